#pragma once
// Messages for failed reads and writes that name the cause a designer can act on: "disk full"
// rather than "Unknown error" or a library's error number.

#include <QCoreApplication>
#include <QString>

class QFileDevice;
class QSaveFile;

namespace cw {

class IoError
{
    Q_DECLARE_TR_FUNCTIONS(cw::IoError)

public:
    // The text for a C library error number (errno); "disk full" for ENOSPC and EDQUOT.
    static QString describe(int errorNumber);
    static bool isDiskFull(int errorNumber);
    // The text for a Qt file device's last error; Qt reports a full disk as ResourceError.
    static QString describe(const QFileDevice &device);
    static QString diskFull();
    // Flushes, checks and commits: QSaveFile::commit() alone ignores a failed flush of buffered
    // data, so a full disk could leave a truncated file in place. On failure the partial file is
    // discarded and *reason says why.
    static bool commit(QSaveFile &file, QString *reason);
};

} // namespace cw
