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

// Untrusted text (names, titles, paths, messages that quote them) as a terminal may show it: C0
// and C1 control characters, DEL and the bidirectional overrides become visible escapes ("\x1b",
// "\n", "\u202e"), so a file name cannot move the cursor, retitle the window, split a line or
// reorder what is shown. Printable text, backslashes included, is left as it is.
QString terminalSafe(const QString &text);

// out() and fail() pass each line through terminalSafe() as a last guard; put terminalSafe()
// around each untrusted value too, which also escapes a line break inside it.
void out(const QString &text);                        // stdout, as UTF-8, with a newline
void outBytes(const QByteArray &data);                // stdout, exactly these bytes
void outJson(const QByteArray &json);                 // stdout, JSON with control characters escaped
int fail(const QString &message, int code = Failure); // "coursewright-cli: message" on stderr

} // namespace cw::cli
