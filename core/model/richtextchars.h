#pragma once
// The characters rich text never keeps: one rule for the sanitizer (richtext.cpp) and the scanner
// that recognises its output without parsing (canonicalrichtext.cpp).

namespace cw::richtextchars {

// Control characters (C0 but tab and newline, DEL, C1) and noncharacters break LMS runtimes
// and XML; they are dropped from text and links. Gumbo would turn them into U+FFFD where a
// browser keeps them, so they go before parsing too (templates/player/dom.js drops the same).
constexpr bool isDropped(char32_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7F && c <= 0x9F) ||
           (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

} // namespace cw::richtextchars
