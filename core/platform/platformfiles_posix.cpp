#include "platform/platformfiles.h"

#include "platform/ioerror.h"

#include <QFile>

#include <cerrno>

#include <stdio.h>
#include <unistd.h>

namespace cw {

bool PlatformFiles::replaceFile(const QString &from, const QString &to, QString *error)
{
    // rename(2) replaces an existing file atomically.
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    if (error)
        *error = IoError::describe(errno);
    return false;
}

bool PlatformFiles::isTerminal(std::FILE *stream)
{
    return stream && ::isatty(::fileno(stream)) == 1;
}

} // namespace cw
