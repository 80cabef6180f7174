#include "mediadrop.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

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
} // namespace

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
