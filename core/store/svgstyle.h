#pragma once
// The CSS inside an SVG (style attributes, presentation attributes, <style> sheets) reduced to what
// draws: allow-listed properties whose values reference nothing outside the document. Anything
// this checker does not fully understand is dropped rather than interpreted, so the browser's CSS
// parser can never read it differently.

#include <QString>

namespace cw {

class SvgStyle
{
public:
    // Whether a presentation attribute's value (or a declaration's) references nothing outside the
    // document: no url() but url(#id), no image-set() or other loading function, no escapes or comments.
    static bool isSafeValue(const QString &value);
    // A style attribute with only the safe declarations, normalized as "name:value;name:value".
    static QString cleanDeclarations(const QString &style);
    // Whether a rule's selector is plain: type, class, id, attribute-free combinators and pseudo-
    // classes whose parentheses balance; never a url( or another function outside a pseudo-class.
    static bool isSafeSelector(const QString &selector);
    // A <style> sheet with only plain rules (no at-rules) and safe declarations, normalized as
    // "selector{declarations}..."; empty when nothing is left or the sheet cannot be read safely.
    static QString cleanSheet(const QString &sheet);
    static bool isAllowedProperty(const QString &name);
};

} // namespace cw
