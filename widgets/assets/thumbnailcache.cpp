#include "thumbnailcache.h"

#include "kindicon.h"
#include "model/assetinfo.h"
#include "model/assetsource.h"
#include "model/mediafit.h"

#include <QBuffer>
#include <QImage>
#include <QPixmap>

namespace cw {

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
    // Raster images small enough to read at once; an SVG (no SVG module in the build) or a huge
    // photo keeps the kind's icon.
    constexpr qint64 maxThumbnailSource = 20 * 1024 * 1024;
    if (m_source && MediaFit::fits(QStringLiteral("image/"), asset) &&
        asset.mimeType != QLatin1String("image/svg+xml") && asset.size <= maxThumbnailSource) {
        QBuffer bytes;
        bytes.open(QIODevice::WriteOnly);
        QImage image;
        if (m_source->writeAssetTo(asset.hash, bytes, nullptr) && image.loadFromData(bytes.data()))
            icon = QIcon(QPixmap::fromImage(
                image.scaled(Size * 2, Size * 2, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
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
