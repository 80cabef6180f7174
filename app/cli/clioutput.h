#pragma once
// Where the command line writes: results to stdout, messages to stderr, and the exit codes
// every command shares (documented in --help).

#include <QString>

namespace cw::cli {

enum ExitCode
{
    Success = 0,
    ValidationErrors = 1, // validate found errors
    UsageError = 2,       // wrong arguments
    Failure = 3,          // a file could not be read or written
};

void out(const QString &text);                        // stdout, as UTF-8, with a newline
void outBytes(const QByteArray &data);                // stdout, exactly these bytes
int fail(const QString &message, int code = Failure); // "coursewright-cli: message" on stderr

} // namespace cw::cli
