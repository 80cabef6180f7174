#pragma once
// What Qt does not offer portably about files: the few calls whose implementation differs by
// operating system (platformfiles_posix.cpp, platformfiles_win.cpp). Everything else uses Qt.

#include <QString>

#include <cstdio>

namespace cw {

class PlatformFiles
{
public:
    // Moves `from` over `to` in one step, replacing an existing file: a reader sees the old file or
    // the new one, never neither (QFile::rename refuses to replace). Both on one file system.
    static bool replaceFile(const QString &from, const QString &to, QString *error);
    // True when `stream` is an interactive terminal (progress lines rewrite themselves only there).
    static bool isTerminal(std::FILE *stream);
};

} // namespace cw
