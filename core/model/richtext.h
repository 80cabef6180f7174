#pragma once
// The safe HTML subset used by rich-text properties: p, br, strong/b, em/i, a[href], ul, ol, li,
// h2-h4, blockquote, code, pre. Anything else is dropped, so text typed by an author can never
// carry script into a package.

#include <QString>

namespace cw {

class RichText
{
public:
    // Returns the input reduced to the safe subset, parsed as HTML5 (Gumbo): unknown tags removed
    // (their text kept, except inside script/style/svg/...), attributes removed except a safe href,
    // every character reference decoded once and only & < > and U+00A0 escaped again.
    // Idempotent: sanitize(sanitize(x)) == sanitize(x).
    // Text already in the canonical form (CanonicalRichText) comes back as it is, without parsing.
    static QString sanitize(const QString &html);
    // sanitize() and wordCount() without that shortcut, always parsing: what the shortcut is
    // checked against (tests, fuzzing).
    static QString sanitizeByParsing(const QString &html);
    static int wordCountByParsing(const QString &html);
    // The visible text, block elements separated by newlines.
    static QString toPlainText(const QString &html);
    // Words a reader sees; only ASCII white space separates them (a no-break space joins).
    static int wordCount(const QString &html);
    static int plainWordCount(const QString &text);
    // Absolute http(s) URLs with a host, mailto: and tel: only: never a relative reference, which
    // would reach a file of the exported package.
    static bool isSafeHref(const QString &href);
};

} // namespace cw
