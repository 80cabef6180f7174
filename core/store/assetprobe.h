#pragma once
// Reads what a media file says about itself cheaply: MIME type (WebVTT by content, see MediaFit), image size
// without decoding, and the duration of WAV, MP4/MOV/M4A and MP3 files from their headers. Unknown values
// stay 0.

#include "model/assetinfo.h"

class QIODevice;

namespace cw {

class AssetProbe
{
public:
    // Fills mimeType, width, height and durationMs of `info` from the file at `path`.
    static void probe(const QString &path, AssetInfo &info);

    // Exposed for tests; each leaves the device position undefined.
    static qint64 wavDurationMs(QIODevice &device);
    static qint64 mp4DurationMs(QIODevice &device, int *width = nullptr, int *height = nullptr);
    static qint64 mp3DurationMs(QIODevice &device);
};

} // namespace cw
