#include "assetsdock.h"

#include "kindicon.h"
#include "model/assetusage.h"
#include "model/coursedocument.h"
#include "model/mediafit.h"
#include "model/node.h"
#include "model/schema.h"
#include "outlinemodel.h"
#include "problemsdock.h"
#include "thumbnailcache.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cw {

namespace {
constexpr int kNodeRole = Qt::UserRole + 1;
constexpr int kHashRole = Qt::UserRole + 2;
constexpr int kThumbnailSize = ThumbnailCache::Size;

QString kindOf(const AssetInfo &asset)
{
    if (MediaFit::fits(MediaFit::Captions, asset))
        return AssetsDock::tr("Captions");
    if (asset.mimeType.startsWith(QLatin1String("image/")))
        return AssetsDock::tr("Image");
    if (asset.mimeType.startsWith(QLatin1String("video/")))
        return AssetsDock::tr("Video");
    if (asset.mimeType.startsWith(QLatin1String("audio/")))
        return AssetsDock::tr("Audio");
    return asset.mimeType;
}
} // namespace

AssetsDock::AssetsDock(QAction *importAction, ThumbnailCache *thumbnails, QWidget *parent)
    : QDockWidget(tr("Media"), parent)
    , m_thumbnails(thumbnails)
    , m_list(new QTreeWidget)
    , m_removeUnused(new QPushButton(tr("Remove Unused")))
    , m_replace(new QPushButton(tr("Replace…")))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("AssetsDock"));
    auto *host = new QWidget;
    auto *layout = new QVBoxLayout(host);
    layout->setContentsMargins(4, 4, 4, 4);
    m_list->setObjectName(QStringLiteral("AssetsList"));
    m_list->setAccessibleName(tr("Media files"));
    m_list->setHeaderLabels({tr("File"), tr("Kind"), tr("Size")});
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setRootIsDecorated(true);
    m_list->setIconSize(QSize(kThumbnailSize, kThumbnailSize));
    layout->addWidget(m_list, 1);
    auto *buttons = new QHBoxLayout;
    auto *import = new QToolButton;
    import->setDefaultAction(importAction);
    import->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    buttons->addWidget(import);
    buttons->addStretch();
    m_replace->setObjectName(QStringLiteral("ReplaceMedia"));
    m_replace->setAccessibleName(tr("Replace the selected media file"));
    m_replace->setToolTip(tr("Put another file in place of the selected one, wherever it is used"));
    m_replace->setEnabled(false);
    buttons->addWidget(m_replace);
    m_removeUnused->setAccessibleName(tr("Remove unused media files"));
    m_removeUnused->setToolTip(tr("Take the media files nothing in the course uses out of it"));
    buttons->addWidget(m_removeUnused);
    layout->addLayout(buttons);
    setWidget(host);

    m_refresh->setSingleShot(true);
    m_refresh->setInterval(ProblemsDock::RefreshDelayMs);
    connect(m_refresh, &QTimer::timeout, this, &AssetsDock::refreshNow);
    connect(m_list, &QTreeWidget::itemActivated, this, &AssetsDock::onItemActivated);
    connect(m_removeUnused, &QPushButton::clicked, this, [this] { removeUnused(); });
    connect(m_replace, &QPushButton::clicked, this, &AssetsDock::requestReplace);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_replace->setEnabled(!selectedHash().isEmpty()); });
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_list, &QWidget::customContextMenuRequested, this, &AssetsDock::showContextMenu);
}

void AssetsDock::setDocument(CourseDocument *document, const AssetSource *source)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_thumbnails->setSource(source);
    if (m_document)
        connect(m_document, &CourseDocument::changed, m_refresh, qOverload<>(&QTimer::start));
    refreshNow();
}

void AssetsDock::refreshNow()
{
    m_refresh->stop();
    // The rebuilt list selects the same file again, so a refresh never loses the designer's place.
    const QString selected = selectedHash();
    m_list->clear();
    if (!m_document) {
        m_removeUnused->setEnabled(false);
        return;
    }
    const QMap<QString, QList<QUuid>> uses = AssetUsage::byAsset(*m_document);
    int unused = 0;
    for (const AssetInfo &asset : m_document->assets()) {
        const QList<QUuid> nodes = uses.value(asset.hash);
        auto *item =
            new QTreeWidgetItem(m_list, {asset.name, kindOf(asset), QLocale().formattedDataSize(asset.size)});
        item->setData(0, kHashRole, asset.hash);
        item->setIcon(0, iconFor(asset));
        if (asset.hash == selected)
            item->setSelected(true);
        item->setToolTip(0, nodes.isEmpty() ? tr("Not used anywhere in the course")
                                            : tr("Used in %n place(s)", nullptr, int(nodes.size())));
        if (nodes.isEmpty()) {
            ++unused;
            QFont font = item->font(0);
            font.setItalic(true);
            item->setFont(0, font);
            item->setText(1, tr("%1, unused").arg(kindOf(asset)));
        }
        for (const QUuid &id : nodes) {
            const Node *node = m_document->node(id);
            if (!node)
                continue;
            auto *use = new QTreeWidgetItem(item, {OutlineModel::labelFor(*node)});
            use->setIcon(0, KindIcon::icon(node->kind()));
            use->setData(0, kNodeRole, id);
            use->setToolTip(0, tr("Go to this %1").arg(Schema::kindNoun(node->kind())));
        }
    }
    m_list->expandAll();
    m_removeUnused->setEnabled(unused > 0);
}

int AssetsDock::removeUnused()
{
    if (!m_document)
        return 0;
    const QStringList hashes = AssetUsage::unused(*m_document);
    if (hashes.isEmpty())
        return 0;
    {
        const CourseDocument::Macro macro(*m_document,
                                          tr("Remove %n unused media file(s)", nullptr, int(hashes.size())));
        for (const QString &hash : hashes)
            m_document->removeAsset(hash);
    }
    refreshNow();
    return int(hashes.size());
}

QIcon AssetsDock::iconFor(const AssetInfo &asset)
{
    return m_thumbnails->iconFor(asset);
}

QString AssetsDock::selectedHash() const
{
    const QList<QTreeWidgetItem *> items = m_list->selectedItems();
    if (items.isEmpty())
        return {};
    QTreeWidgetItem *item = items.first();
    while (item->parent())
        item = item->parent();
    return item->data(0, kHashRole).toString();
}

void AssetsDock::requestReplace()
{
    const QString hash = selectedHash();
    if (!hash.isEmpty())
        Q_EMIT replaceRequested(hash);
}

void AssetsDock::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_list->itemAt(pos);
    if (!item)
        return;
    m_list->setCurrentItem(item);
    QMenu menu;
    QAction *replace = menu.addAction(tr("Replace…"));
    connect(replace, &QAction::triggered, this, &AssetsDock::requestReplace);
    QAction *removeUnusedAction = menu.addAction(m_removeUnused->text());
    removeUnusedAction->setEnabled(m_removeUnused->isEnabled());
    connect(removeUnusedAction, &QAction::triggered, this, [this] { removeUnused(); });
    menu.exec(m_list->viewport()->mapToGlobal(pos));
}

void AssetsDock::onItemActivated(QTreeWidgetItem *item)
{
    const QUuid id = item ? item->data(0, kNodeRole).toUuid() : QUuid();
    if (!id.isNull())
        Q_EMIT nodeActivated(id);
}

} // namespace cw
