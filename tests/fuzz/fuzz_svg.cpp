// Fuzz harness for the SVG cleaner (cw::SvgSanitizer), which every SVG asset passes through on
// import and on export. Invariants, not only "no crash":
// - a refusal carries a message;
// - idempotent: cleaning the output again succeeds and gives the same bytes;
// - the output is well-formed XML with an <svg> root, no DTD (no entity tricks), and nothing that
//   runs or fetches: no script, foreignObject or other scriptable element, no on* attribute, no
//   href other than a same-document fragment, no url(...) other than a fragment in CSS (style and
//   presentation attributes, <style>), no CSS escape or comment in a style, no @import, no
//   xml-stylesheet processing instruction.

#include "fuzzcheck.h"

#include "store/svgsanitizer.h"

#include <QSet>
#include <QXmlStreamReader>

#include <cstddef>
#include <cstdint>

namespace {

using cw::fuzz::check;
using cw::fuzz::shown;

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c.unicode() >= 0x80;
}

// Reads CSS as a browser tokenizes it (strings end at their quote or at a newline; escapes and
// comments are refused by plainCss) and checks every function: url() must point into the
// document itself (url(#id), optionally quoted) and no other function that loads an image from a
// string (image-set(), image(), cross-fade(), element(), src()) may appear. Text inside a string
// or an ident that merely ends in "url" is no fetch.
bool onlyFragmentUrls(QStringView css)
{
    static const QStringList loaders = {QStringLiteral("image-set"), QStringLiteral("image"),
                                        QStringLiteral("cross-fade"), QStringLiteral("element"),
                                        QStringLiteral("src")};
    qsizetype i = 0;
    while (i < css.size()) {
        const QChar c = css[i];
        if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            ++i;
            while (i < css.size() && css[i] != c && css[i] != QLatin1Char('\n') &&
                   css[i] != QLatin1Char('\r') && css[i] != QLatin1Char('\f'))
                ++i;
            if (i < css.size() && css[i] == c)
                ++i;
            continue;
        }
        if (!isIdentChar(c)) {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < css.size() && isIdentChar(css[i]))
            ++i;
        if (i >= css.size() || css[i] != QLatin1Char('('))
            continue;
        QString name = css.mid(start, i - start).toString().toLower();
        if (name.startsWith(QLatin1Char('-'))) // vendor prefix: -webkit-image-set
            name = name.mid(name.indexOf(QLatin1Char('-'), 1) + 1);
        ++i;
        if (loaders.contains(name))
            return false;
        if (name != QLatin1String("url"))
            continue;
        while (i < css.size() &&
               (css[i].isSpace() || css[i] == QLatin1Char('"') || css[i] == QLatin1Char('\'')))
            ++i;
        if (i >= css.size() || css[i] != QLatin1Char('#'))
            return false;
    }
    return true;
}

// A CSS escape or a comment could hide "url(" from the check above; clean output has neither.
bool plainCss(QStringView value)
{
    return !value.contains(QLatin1Char('\\')) && !value.contains(QLatin1String("/*"));
}

// The attributes a browser reads as CSS and so may fetch a url() from; an id or a class holding
// "url(" is only text.
const QSet<QString> &cssAttributes()
{
    static const QSet<QString> names = {QStringLiteral("style"),
                                        QStringLiteral("fill"),
                                        QStringLiteral("stroke"),
                                        QStringLiteral("filter"),
                                        QStringLiteral("mask"),
                                        QStringLiteral("clip-path"),
                                        QStringLiteral("marker"),
                                        QStringLiteral("marker-start"),
                                        QStringLiteral("marker-mid"),
                                        QStringLiteral("marker-end"),
                                        QStringLiteral("cursor"),
                                        QStringLiteral("color-profile"),
                                        QStringLiteral("font-family"),
                                        QStringLiteral("src"),
                                        QStringLiteral("background"),
                                        QStringLiteral("background-image"),
                                        QStringLiteral("list-style-image"),
                                        QStringLiteral("content")};
    return names;
}

void checkInert(const QByteArray &svg)
{
    static const QSet<QString> scriptable = {
        QStringLiteral("script"),       QStringLiteral("foreignobject"),
        QStringLiteral("iframe"),       QStringLiteral("embed"),
        QStringLiteral("object"),       QStringLiteral("handler"),
        QStringLiteral("listener"),     QStringLiteral("animate"),
        QStringLiteral("set"),          QStringLiteral("animatetransform"),
        QStringLiteral("animatemotion")};
    QXmlStreamReader xml(svg);
    bool sawRoot = false;
    while (!xml.atEnd()) {
        switch (xml.readNext()) {
        case QXmlStreamReader::DTD:
            cw::fuzz::fail("the output has no DTD", shown(svg));
        case QXmlStreamReader::EntityReference:
            cw::fuzz::fail("the output has no entity reference", shown(svg));
        case QXmlStreamReader::ProcessingInstruction:
            check(xml.processingInstructionTarget().compare(QLatin1String("xml-stylesheet"),
                                                            Qt::CaseInsensitive) != 0,
                  "the output has no xml-stylesheet", shown(svg));
            break;
        case QXmlStreamReader::StartElement: {
            const QString name = xml.name().toString().toLower();
            if (!sawRoot)
                check(name == QLatin1String("svg"), "the output's root is <svg>", shown(svg));
            sawRoot = true;
            check(!scriptable.contains(name), "the output has no scriptable element",
                  name + QStringLiteral(" in ") + shown(svg));
            for (const QXmlStreamAttribute &attribute : xml.attributes()) {
                const QString attr = attribute.name().toString().toLower();
                const QStringView value = attribute.value();
                check(!attr.startsWith(QLatin1String("on")), "the output has no on* attribute",
                      attr + QStringLiteral(" in ") + shown(svg));
                if (attr == QLatin1String("href") || attr == QLatin1String("src"))
                    check(value.trimmed().startsWith(QLatin1Char('#')) || value.trimmed().isEmpty(),
                          "every href in the output is a same-document fragment",
                          value.toString() + QStringLiteral(" in ") + shown(svg));
                if (cssAttributes().contains(attr))
                    check(onlyFragmentUrls(value) && (attr != QLatin1String("style") || plainCss(value)),
                          "no url() but a fragment in a style or presentation attribute",
                          attr + QLatin1Char('=') + value.toString());
            }
            if (name == QLatin1String("style")) {
                const QString css = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                // @import fetches only as a sheet's rule; in a declaration it is an inert token.
                check(onlyFragmentUrls(css) && plainCss(css) &&
                          !css.contains(QLatin1String("@import"), Qt::CaseInsensitive),
                      "no url() but a fragment and no @import in a stylesheet", shown(css));
            }
            break;
        }
        default:
            break;
        }
    }
    check(!xml.hasError(), "the output is well-formed XML",
          xml.errorString() +
              QStringLiteral(" at line %1, column %2 in ").arg(xml.lineNumber()).arg(xml.columnNumber()) +
              shown(svg, 2000));
    check(sawRoot, "the output has a root element", shown(svg));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<QByteArray> clean = cw::SvgSanitizer::clean(input, &error);
    if (!clean) {
        check(!error.isEmpty(), "a refused SVG says why");
        return 0;
    }
    checkInert(*clean);
    error.clear();
    const std::optional<QByteArray> twice = cw::SvgSanitizer::clean(*clean, &error);
    check(twice.has_value(), "cleaned SVG is accepted again",
          error + QLatin1Char('\n') + shown(*clean, 2000));
    check(*twice == *clean, "clean is idempotent",
          QStringLiteral("once:  %1\ntwice: %2").arg(shown(*clean, 2000), shown(*twice, 2000)));
    return 0;
}
