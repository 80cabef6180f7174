#pragma once
// Recognises rich text already in the form RichText::sanitize writes, without parsing it. Opening a
// course sanitizes every text it holds, and nearly all of them are the editor's own clean output:
// the HTML5 parse, which changes nothing there, was most of the time it took to open a large course.

#include <QStringView>

#include <optional>

namespace cw {

class CanonicalRichText
{
public:
    // The number of words (as RichText::wordCount counts them) when `html` is in a strict form that
    // RichText::sanitize returns unchanged; nullopt otherwise, and whenever the scanner is not sure:
    // the caller then parses. The form: blocks p, h2-h4, ul/ol of li, blockquote and pre (not
    // starting with a line feed), inline strong, em, b, i, code, br and a (no href, or a safe one in
    // printable ASCII), every element closed where it was opened, lower-case tags with no attribute
    // but that href, no element inside one of its own kind, text without control characters or raw
    // < > U+00A0 and with no character reference but &amp; &lt; &gt; &nbsp; (and &amp; in an href),
    // and nesting well within RichTextLimiter's limits. Inside these bounds the HTML5 parser builds
    // exactly the tree the tags describe (no implied end tag, no reconstructed or adopted formatting
    // element, no dropped line feed), so serializing that tree gives back the same characters.
    static std::optional<int> wordsIfCanonical(QStringView html);
};

} // namespace cw
