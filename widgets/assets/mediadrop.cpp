#include "mediadrop.h"

#include <QDropEvent>
#include <QFileInfo>
#include <QMimeData>
#include <QUrl>
#include <QWidget>

namespace cw {

namespace {
const QStringList &suffixes()
{
    static const QStringList list{QStringLiteral("png"), QStringLiteral("jpg"),  QStringLiteral("jpeg"),
                                  QStringLiteral("gif"), QStringLiteral("webp"), QStringLiteral("svg"),
                                  QStringLiteral("mp4"), QStringLiteral("webm"), QStringLiteral("m4v"),
                                  QStringLiteral("mp3"), QStringLiteral("m4a"),  QStringLiteral("ogg"),
                                  QStringLiteral("wav"), QStringLiteral("vtt")};
    return list;
}
// Refuses a media drag on behalf of the field it watches: Qt then offers the drag to the field's
// parents (QApplication::notify), up to the one that takes media.
class PassMediaOn : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto *drag = static_cast<QDropEvent *>(event);
            if (!MediaDrop::files(drag->mimeData()).isEmpty()) {
                drag->ignore();
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void MediaDrop::passThroughTextFields(QWidget *form)
{
    auto *filter = new PassMediaOn(form);
    const QList<QWidget *> children = form->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if (child->acceptDrops())
            child->installEventFilter(filter);
    }
}

QString MediaDrop::dialogFilter()
{
    QStringList patterns;
    for (const QString &suffix : suffixes())
        patterns << QStringLiteral("*.") + suffix;
    return tr("Media (%1)").arg(patterns.join(QLatin1Char(' '))) + QStringLiteral(";;") + tr("All files (*)");
}

bool MediaDrop::isMediaFile(const QString &path)
{
    const QFileInfo info(path);
    return !info.isDir() && suffixes().contains(info.suffix(), Qt::CaseInsensitive);
}

QStringList MediaDrop::files(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    QStringList paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile() || !isMediaFile(url.toLocalFile()))
            return {};
        paths << url.toLocalFile();
    }
    return paths;
}

} // namespace cw
