#include "svgstyle.h"

#include <QSet>
#include <QStringList>

namespace cw {

namespace {

// What an SVG drawing needs; anything that could load, lay out HTML or run (behavior, -moz-binding,
// background-image, content, cursor, ...) is absent.
const QSet<QString> &allowedProperties()
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (const char *name : {"alignment-baseline",
                                 "baseline-shift",
                                 "clip",
                                 "clip-path",
                                 "clip-rule",
                                 "color",
                                 "color-interpolation",
                                 "color-interpolation-filters",
                                 "color-rendering",
                                 "direction",
                                 "display",
                                 "dominant-baseline",
                                 "fill",
                                 "fill-opacity",
                                 "fill-rule",
                                 "filter",
                                 "flood-color",
                                 "flood-opacity",
                                 "font",
                                 "font-family",
                                 "font-feature-settings",
                                 "font-kerning",
                                 "font-size",
                                 "font-size-adjust",
                                 "font-stretch",
                                 "font-style",
                                 "font-variant",
                                 "font-weight",
                                 "image-rendering",
                                 "isolation",
                                 "letter-spacing",
                                 "lighting-color",
                                 "line-height",
                                 "marker",
                                 "marker-end",
                                 "marker-mid",
                                 "marker-start",
                                 "mask",
                                 "mask-type",
                                 "mix-blend-mode",
                                 "opacity",
                                 "overflow",
                                 "paint-order",
                                 "shape-rendering",
                                 "stop-color",
                                 "stop-opacity",
                                 "stroke",
                                 "stroke-dasharray",
                                 "stroke-dashoffset",
                                 "stroke-linecap",
                                 "stroke-linejoin",
                                 "stroke-miterlimit",
                                 "stroke-opacity",
                                 "stroke-width",
                                 "text-anchor",
                                 "text-decoration",
                                 "text-rendering",
                                 "text-transform",
                                 "transform",
                                 "transform-box",
                                 "transform-origin",
                                 "unicode-bidi",
                                 "vector-effect",
                                 "visibility",
                                 "white-space",
                                 "word-spacing",
                                 "writing-mode"})
            set.insert(QLatin1String(name));
        return set;
    }();
    return names;
}

// Functions that compute a colour, a length, a shape or a transform: none of them loads anything.
const QSet<QString> &allowedFunctions()
{
    static const QSet<QString> names = [] {
        QSet<QString> set;
        for (const char *name :
             {"url",     "rgb",        "rgba",     "hsl",         "hsla",      "hwb",        "calc",
              "min",     "max",        "clamp",    "matrix",      "translate", "translatex", "translatey",
              "scale",   "scalex",     "scaley",   "rotate",      "skew",      "skewx",      "skewy",
              "blur",    "brightness", "contrast", "drop-shadow", "grayscale", "hue-rotate", "invert",
              "opacity", "saturate",   "sepia",    "inset",       "circle",    "ellipse",    "polygon"})
            set.insert(QLatin1String(name));
        return set;
    }();
    return names;
}

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_';
}

// url(#id), url('#id') or url("#id"): a reference inside the same document, nothing else.
bool isLocalUrl(QString argument)
{
    argument = argument.trimmed();
    if (argument.size() >= 2 && (argument.front() == u'\'' || argument.front() == u'"') &&
        argument.back() == argument.front())
        argument = argument.mid(1, argument.size() - 2);
    if (argument.size() < 2 || argument.front() != u'#')
        return false;
    for (qsizetype i = 1; i < argument.size(); ++i) {
        const QChar c = argument.at(i);
        if (!(c.unicode() < 128 && (isIdentChar(c) || c == u'.' || c == u':')))
            return false;
    }
    return true;
}

} // namespace

bool SvgStyle::isAllowedProperty(const QString &name)
{
    return allowedProperties().contains(name);
}

bool SvgStyle::isSafeValue(const QString &value)
{
    if (value.contains(QLatin1String("/*")))
        return false;
    QChar quote;
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if ((c.unicode() < 0x20 && c != u'\t' && c != u'\n' && c != u'\r') || c.unicode() == 0x7f)
            return false;
        // An escape can spell any function name or URL, and inside a string it can hide the closing
        // quote ("a\"" url(...) "): the browser would then read as code what this reads as text.
        if (c == u'\\')
            return false;
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            else if (c == u'\n' || c == u'\r')
                return false;
            continue;
        }
        switch (c.unicode()) {
        case u'{':
        case u'}':
        case u'<':
        case u'>':
        case u'@':
        case u';':
        case u'!':
        case u'`':
            return false;
        case u'\'':
        case u'"':
            quote = c;
            continue;
        case u'(': {
            qsizetype start = i;
            while (start > 0 && isIdentChar(value.at(start - 1)))
                --start;
            const QString name = value.mid(start, i - start).toLower();
            if (!allowedFunctions().contains(name))
                return false;
            if (name == QLatin1String("url")) {
                const qsizetype close = value.indexOf(u')', i + 1);
                if (close < 0 || !isLocalUrl(value.mid(i + 1, close - i - 1)))
                    return false;
                i = close;
            }
            continue;
        }
        default:
            continue;
        }
    }
    return quote.isNull();
}

QString SvgStyle::cleanDeclarations(const QString &style)
{
    QStringList kept;
    for (const QString &piece : style.split(u';')) {
        const qsizetype colon = piece.indexOf(u':');
        if (colon <= 0)
            continue;
        const QString name = piece.left(colon).trimmed().toLower();
        const QString value = piece.mid(colon + 1).simplified();
        if (value.isEmpty() || !isAllowedProperty(name) || !isSafeValue(value))
            continue;
        kept << name + u':' + value;
    }
    return kept.join(u';');
}

bool SvgStyle::isSafeSelector(const QString &selector)
{
    if (selector.isEmpty())
        return false;
    int depth = 0;
    for (qsizetype i = 0; i < selector.size(); ++i) {
        const QChar c = selector.at(i);
        if (!(c.unicode() < 128 && (isIdentChar(c) || QStringView(u" .#,*:>+~()").contains(c))))
            return false;
        if (c == u')' && --depth < 0)
            return false;
        if (c != u'(')
            continue;
        // A parenthesis opens a pseudo-class's arguments (":not(", ":nth-child("), nothing else.
        // "url(" is a URL token to the browser wherever it stands, and its unquoted form swallows
        // braces, so the browser would pair selectors and blocks differently from this parser.
        qsizetype start = i;
        while (start > 0 && isIdentChar(selector.at(start - 1)))
            --start;
        const QStringView name = QStringView(selector).mid(start, i - start);
        if (name.isEmpty() || start == 0 || selector.at(start - 1) != u':' ||
            name.compare(QLatin1String("url"), Qt::CaseInsensitive) == 0)
            return false;
        ++depth;
    }
    return depth == 0;
}

QString SvgStyle::cleanSheet(const QString &sheet)
{
    // At-rules (@import, @font-face, @media, ...) and escapes are not worth the risk of reading
    // them differently from the browser: such a sheet goes whole.
    if (sheet.contains(u'@') || sheet.contains(u'\\') || sheet.contains(u'<'))
        return {};
    QString text = sheet;
    // A comment separates tokens for the browser, so it becomes a space, never nothing.
    for (qsizetype at = text.indexOf(QLatin1String("/*")); at >= 0; at = text.indexOf(QLatin1String("/*"))) {
        const qsizetype end = text.indexOf(QLatin1String("*/"), at + 2);
        if (end < 0)
            return {};
        text.replace(at, end + 2 - at, u' ');
    }
    QString out;
    const QStringList rules = text.split(u'}');
    for (qsizetype r = 0; r < rules.size(); ++r) {
        const QString &rule = rules.at(r);
        if (r == rules.size() - 1) {
            if (!rule.trimmed().isEmpty())
                return {}; // an unterminated rule
            break;
        }
        const qsizetype brace = rule.indexOf(u'{');
        if (brace < 0 || rule.indexOf(u'{', brace + 1) >= 0)
            return {};
        const QString selector = rule.left(brace).simplified();
        const QString declarations = cleanDeclarations(rule.mid(brace + 1));
        if (isSafeSelector(selector) && !declarations.isEmpty())
            out += selector + u'{' + declarations + u'}';
    }
    return out;
}

} // namespace cw
