#include "platform/platformfiles.h"

#include "platform/ioerror.h"

#include <QDir>

#include <io.h>
#include <stdio.h>
#include <windows.h>

namespace cw {

bool PlatformFiles::replaceFile(const QString &from, const QString &to, QString *error)
{
    // MoveFileEx with REPLACE_EXISTING is the atomic replace on NTFS; WRITE_THROUGH makes it durable
    // before returning.
    const std::wstring source = QDir::toNativeSeparators(from).toStdWString();
    const std::wstring target = QDir::toNativeSeparators(to).toStdWString();
    if (MoveFileExW(source.c_str(), target.c_str(), MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH))
        return true;
    if (error) {
        const DWORD code = GetLastError();
        *error = code == ERROR_DISK_FULL || code == ERROR_HANDLE_DISK_FULL
                     ? IoError::diskFull()
                     : QStringLiteral("Windows error %1").arg(qulonglong(code));
    }
    return false;
}

bool PlatformFiles::isTerminal(std::FILE *stream)
{
    return stream && _isatty(_fileno(stream)) != 0;
}

} // namespace cw
