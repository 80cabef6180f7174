#pragma once
// Keeps the HTML handed to Gumbo within the bounds in which it parses in linear time.
//
// Gumbo follows the HTML5 tree-construction algorithm literally: every character of text looks
// for the last active formatting element in the stack of open elements from its bottom, scope
// checks walk the stack, and every attribute is compared with the tag's earlier ones. Time is
// therefore characters x nesting depth plus attributes squared: 25,000 nested <b> took 12 s and
// a tag with 40,000 distinct attributes 8 s. Reconstructed formatting elements multiply too (a
// text run re-opens every formatting element a </p> closed). This pass walks the input once,
// tracks the open elements the way the parser would (conservatively: an end tag closes only the
// innermost element, so it over-estimates), and removes the start tags that would nest deeper
// than the limits below, and all attributes but href of a tag with too many of them. Real text
// never comes near the limits; Chromium flattens at 512 levels for the same reason.

#include <QByteArray>

namespace cw {

class RichTextLimiter
{
public:
    static constexpr int maxDepth = 128;     // open elements
    static constexpr int maxFormatting = 8;  // open formatting elements (a, b, i, em, strong, code, ...)
    static constexpr int maxAttributes = 64; // per tag; beyond that only href is kept

    // The UTF-8 HTML with the start tags removed that would nest deeper than the limits. Input
    // within the limits comes back unchanged (the same bytes, no copy).
    static QByteArray limit(const QByteArray &utf8);
};

} // namespace cw
