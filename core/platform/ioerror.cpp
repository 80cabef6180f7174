#include "platform/ioerror.h"

#include <QFileDevice>

#include <cerrno>
#include <cstring>
#include <system_error>

namespace cw {

bool IoError::isDiskFull(int errorNumber)
{
    // std::errc is the portable name of ENOSPC; EDQUOT (quota exceeded) is POSIX only.
    const std::error_condition condition = std::generic_category().default_error_condition(errorNumber);
    if (condition == std::errc::no_space_on_device)
        return true;
#ifdef EDQUOT
    if (errorNumber == EDQUOT)
        return true;
#endif
    return false;
}

QString IoError::diskFull()
{
    return tr("disk full");
}

QString IoError::describe(int errorNumber)
{
    if (isDiskFull(errorNumber))
        return diskFull();
    if (errorNumber == 0)
        return tr("unknown error");
    return QString::fromStdString(std::generic_category().message(errorNumber));
}

QString IoError::describe(const QFileDevice &device)
{
    if (device.error() == QFileDevice::ResourceError)
        return diskFull();
    const QString text = device.errorString();
    // Qt says "Unknown error" when a write failed without an errno (a short write on a full disk).
    if (text.isEmpty() || text.compare(QLatin1String("Unknown error"), Qt::CaseInsensitive) == 0)
        return device.error() == QFileDevice::WriteError
                   ? tr("the data could not be written (is the disk full?)")
                   : tr("unknown error");
    return text;
}

} // namespace cw
