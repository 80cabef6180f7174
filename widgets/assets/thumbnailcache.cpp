#include "thumbnailcache.h"

#include "kindicon.h"
#include "model/assetinfo.h"
#include "model/assetsource.h"
#include "model/mediafit.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace cw {

namespace {

// Bigger files are not read just for a thumbnail: a huge photo or drawing keeps the kind's icon.
constexpr qint64 MaxThumbnailSource = 20 * 1024 * 1024;
// Twice the shown size, so the picture stays sharp on high-density screens.
constexpr int RenderedSize = ThumbnailCache::Size * 2;

// A drawing is rendered by Qt SVG's renderer, at the largest size that keeps its proportions
// inside the thumbnail, on a transparent background.
QImage renderSvg(const QByteArray &bytes)
{
    QSvgRenderer renderer(bytes);
    if (!renderer.isValid())
        return {};
    QSizeF size = renderer.viewBoxF().size();
    if (size.isEmpty())
        size = renderer.defaultSize();
    if (size.isEmpty())
        size = QSizeF(RenderedSize, RenderedSize);
    const QSize target =
        size.scaled(RenderedSize, RenderedSize, Qt::KeepAspectRatio).toSize().expandedTo(QSize(1, 1));
    QImage image(target, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    renderer.render(&painter);
    return image;
}

QImage renderRaster(const QByteArray &bytes)
{
    QImage image;
    if (!image.loadFromData(bytes))
        return {};
    return image.scaled(RenderedSize, RenderedSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}

} // namespace

void ThumbnailCache::setSource(const AssetSource *source)
{
    m_source = source;
    m_icons.clear();
}

QIcon ThumbnailCache::iconFor(const AssetInfo &asset)
{
    const auto found = m_icons.constFind(asset.hash);
    if (found != m_icons.constEnd())
        return *found;
    QIcon icon;
    if (m_source && MediaFit::fits(QStringLiteral("image/"), asset) && asset.size <= MaxThumbnailSource) {
        QBuffer bytes;
        bytes.open(QIODevice::WriteOnly);
        if (m_source->writeAssetTo(asset.hash, bytes, nullptr)) {
            const QImage image = asset.mimeType == QLatin1String("image/svg+xml")
                                     ? renderSvg(bytes.data())
                                     : renderRaster(bytes.data());
            if (!image.isNull())
                icon = QIcon(QPixmap::fromImage(image));
        }
    }
    if (icon.isNull()) {
        const NodeKind kind = asset.mimeType.startsWith(QLatin1String("video/"))   ? NodeKind::Video
                              : asset.mimeType.startsWith(QLatin1String("audio/")) ? NodeKind::Audio
                                                                                   : NodeKind::Image;
        icon = KindIcon::icon(kind);
    }
    m_icons.insert(asset.hash, icon);
    return icon;
}

} // namespace cw
