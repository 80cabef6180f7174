#pragma once
// A folder of media files, named by hash or by their own names: the folder form of
// `coursewright-cli load` and `dump --assets`. A folder is data, never a way out: only regular
// files directly inside it are read, and symbolic links, FIFOs, sockets and devices are refused
// before they are opened, so a crafted folder can neither hang a run (a FIFO, /dev/zero) nor
// make it read or report on a file elsewhere.

#include "model/assetinfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QString>

namespace cw {

class MediaFolder
{
    Q_DECLARE_TR_FUNCTIONS(cw::MediaFolder)

public:
    explicit MediaFolder(const QString &path);

    // The file holding `asset`'s bytes: <hash>, <hash>.<ext> or, failing those, its name. Empty
    // with a message in *error when there is none or the one there is not a regular file.
    QString locate(const AssetInfo &asset, QString *error) const;

    // Whether `path` is a regular file that is not a symbolic link (a course.json, a media file).
    static bool isPlainFile(const QString &path, QString *error);
    // Whether `path` is a folder that is not a symbolic link (an assets folder inside a course
    // folder); a missing folder is left for the caller to report.
    static bool isPlainFolder(const QString &path, QString *error);
    // Whether `path` may be written as a new or replaced regular file: nothing there yet, or a
    // regular file that is not a link (writing through a planted link would change another file).
    static bool isWritable(const QString &path, QString *error);
    // The name a media folder gives an asset's file: <hash>.<ext> with a safe, short extension.
    static QString fileName(const AssetInfo &asset);

private:
    QDir m_dir;
};

} // namespace cw
