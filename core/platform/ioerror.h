#pragma once
// Messages for failed reads and writes that name the cause a designer can act on: "disk full"
// rather than "Unknown error" or a library's error number.

#include <QCoreApplication>
#include <QString>

class QFileDevice;

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
};

} // namespace cw
