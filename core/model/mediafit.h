#pragma once
// Which media file fits which media field: the one rule used by import, validation, the editor
// and export (see "One rule, one place" in the design notes), so a file accepted for a field is
// always one the exported package can play there.

#include "assetinfo.h"

#include <QByteArray>
#include <QLatin1String>
#include <QString>

namespace cw {

class MediaFit
{
public:
    // The type a captions field holds (PropertySpec::mediaType) and the player inlines.
    static constexpr QLatin1String Captions{"text/vtt"};

    // Whether a file's first bytes are the WebVTT signature: an optional UTF-8 byte order mark,
    // "WEBVTT", then a space, tab, line break or the end of the file.
    static bool isWebVtt(const QByteArray &head);
    // The MIME type to record for a file, from what the system's MIME database guessed and the
    // file's first bytes (16 are enough). Databases disagree about caption files (text/vtt,
    // text/plain or nothing, by name or by content), so WebVTT is decided by content alone: a
    // WebVTT file is text/vtt under any name, and a file called text/vtt for its name only is
    // text/plain.
    static QString mimeType(const QString &detected, const QByteArray &head);
    // Whether `asset` may go into a media property holding `mediaType` (PropertySpec::mediaType):
    // a family such as "image/" takes every type in it, an exact type such as "text/vtt" only that
    // type, and an empty mediaType anything. A file of unknown type fits no family.
    static bool fits(const QString &mediaType, const AssetInfo &asset);
};

} // namespace cw
