#pragma once
// The player's runtime files as packages carry them: the sources' comments (they explain the code
// to its developers) are left out, which keeps the runtime within its 40 KB gzip budget
// (tests/bench/player-budget.js). Code is never changed.

#include <QByteArray>
#include <QString>

namespace cw {

class RuntimeText
{
public:
    // For a file name ending in .js or .css the text without its comments, as described below;
    // any other file, or one the rules cannot take apart safely, comes back unchanged.
    static QByteArray packaged(const QString &fileName, const QByteArray &text);

    // JavaScript: drops every line that is nothing but a // comment, and blank lines. It never
    // looks inside a line, so it needs no JavaScript tokenizer (no division/regex ambiguity); the
    // one way such a line can be text rather than a comment is inside a template literal or a
    // string continued over lines, so a file with a line holding an odd number of backticks or
    // ending in a backslash is returned unchanged.
    static QByteArray withoutCommentLines(const QByteArray &script);

    // CSS: drops /* */ comments outside quoted strings that stand between declarations or rules
    // (after a blank, ';', '{' or '}' and before a blank), and blank lines. An unterminated
    // comment or string returns the text unchanged.
    static QByteArray withoutCssComments(const QByteArray &style);
};

} // namespace cw
