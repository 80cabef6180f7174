#pragma once
// What the course knows about one media file; the bytes live in the project file, keyed by hash.

#include <QString>
#include <QtGlobal>

namespace cw {

struct AssetInfo
{
    QString hash; // SHA-256, lower-case hex: the asset's identity
    QString name; // original file name, for display and for export paths
    QString mimeType;
    qint64 size = 0;
    int width = 0; // images and video, 0 when unknown
    int height = 0;
    qint64 durationMs = 0; // audio and video, 0 when unknown

    bool operator==(const AssetInfo &) const = default;
};

} // namespace cw
