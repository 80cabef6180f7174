#pragma once
// Which dragged files the editor can take as media: local files whose names say image, video,
// audio or captions (the types the Import Media dialog offers; keep the two lists alike). A drag carrying
// anything else (a remote address, a document, a folder) is refused as a whole, so the pointer shows "no
// drop" instead of a drop that would fail.

#include <QString>
#include <QStringList>

class QMimeData;

namespace cw {

class MediaDrop
{
public:
    // The local paths of a drag that holds only media files; empty otherwise.
    static QStringList files(const QMimeData *mime);
    static bool isMediaFile(const QString &path);
};

} // namespace cw
