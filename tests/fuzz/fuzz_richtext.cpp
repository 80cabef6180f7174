// Fuzz harness for the rich-text cleaner (cw::RichText), which every rich-text property passes
// through on load and on commit. Invariants, not only "no crash":
// - idempotent: sanitize(sanitize(x)) == sanitize(x);
// - the output is the safe subset: every '<' outside an href value opens or closes an allowed
//   element, the only attribute is a quoted href on <a> that RichText::isSafeHref accepts once its
//   character references are decoded, so no <script, no on...= handler and no javascript: link;
// - toPlainText and wordCount finish on the raw input and on the output;
// - the shortcut for text already clean (CanonicalRichText) changes no result: sanitize and
//   wordCount give what the full parse gives, for the input and for the output.

#include "fuzzcheck.h"

#include "model/richtext.h"

#include <QSet>

#include <cstddef>
#include <cstdint>

namespace {

using cw::fuzz::check;
using cw::fuzz::fail;
using cw::fuzz::shown;

const QSet<QString> &allowedTags()
{
    static const QSet<QString> tags = {
        QStringLiteral("p"),  QStringLiteral("br"),         QStringLiteral("strong"), QStringLiteral("b"),
        QStringLiteral("em"), QStringLiteral("i"),          QStringLiteral("a"),      QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("li"),         QStringLiteral("h2"),     QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("blockquote"), QStringLiteral("code"),   QStringLiteral("pre")};
    return tags;
}

bool isAsciiAlnum(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
           (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
}

// Decodes the character references a serializer writes in an attribute (&amp; &quot; &lt; &gt;
// &apos; &nbsp; and numeric ones). Any other '&' must not start a reference a browser would
// decode, or "javascript&colon;" could pass as harmless: such output is refused outright.
QString decodeAttribute(const QString &value, const QString &output)
{
    QString out;
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value[i] != QLatin1Char('&')) {
            out += value[i];
            continue;
        }
        const qsizetype semi = value.indexOf(QLatin1Char(';'), i);
        const QString name = semi < 0 ? QString() : value.mid(i + 1, semi - i - 1);
        char32_t code = 0;
        bool ok = true;
        if (name == QLatin1String("amp"))
            code = '&';
        else if (name == QLatin1String("quot"))
            code = '"';
        else if (name == QLatin1String("lt"))
            code = '<';
        else if (name == QLatin1String("gt"))
            code = '>';
        else if (name == QLatin1String("apos"))
            code = '\'';
        else if (name == QLatin1String("nbsp"))
            code = 0xA0;
        else if (name.startsWith(QLatin1String("#x")) || name.startsWith(QLatin1String("#X")))
            code = name.mid(2).toUInt(&ok, 16);
        else if (name.startsWith(QLatin1Char('#')))
            code = name.mid(1).toUInt(&ok, 10);
        else
            ok = false;
        if (!ok || code == 0 || code > 0x10FFFF)
            fail("an href holds only escaped ampersands and valid references", shown(output));
        out += QString::fromUcs4(&code, 1);
        i = semi;
    }
    return out;
}

// Walks the sanitized output tag by tag and fails on anything outside the safe subset.
void checkSafeSubset(const QString &html)
{
    qsizetype i = 0;
    while ((i = html.indexOf(QLatin1Char('<'), i)) >= 0) {
        qsizetype j = i + 1;
        const bool closing = j < html.size() && html[j] == QLatin1Char('/');
        if (closing)
            ++j;
        const qsizetype nameStart = j;
        while (j < html.size() && isAsciiAlnum(html[j]))
            ++j;
        const QString name = html.mid(nameStart, j - nameStart);
        // Inside a quoted href, "<script" is only text of a URL; the walk never looks there.
        check(name.compare(QLatin1String("script"), Qt::CaseInsensitive) != 0, "no <script in the output",
              shown(html));
        check(allowedTags().contains(name), "every '<' in the output opens or closes an allowed element",
              shown(html.mid(i, 80)) + QStringLiteral(" in ") + shown(html));
        // Attributes: none, except one double-quoted href on an opening <a>.
        while (j < html.size() && html[j] == QLatin1Char(' '))
            ++j;
        if (!closing && name == QLatin1String("a") && html.mid(j, 6) == QLatin1String("href=\"")) {
            const qsizetype quote = html.indexOf(QLatin1Char('"'), j + 6);
            check(quote >= 0, "an href in the output ends with a quote", shown(html.mid(i, 80)));
            const QString href = decodeAttribute(html.mid(j + 6, quote - j - 6), html);
            check(cw::RichText::isSafeHref(href), "every href in the output is safe", shown(href));
            j = quote + 1;
            while (j < html.size() && html[j] == QLatin1Char(' '))
                ++j;
        }
        if (name == QLatin1String("br") && html.mid(j, 1) == QLatin1String("/"))
            ++j;
        check(html.mid(j, 1) == QLatin1String(">"),
              "a tag in the output has no attribute but an href on <a> (no on...= handler)",
              shown(html.mid(i, 80)) + QStringLiteral(" in ") + shown(html));
        i = j + 1;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString clean = cw::RichText::sanitize(input);
    const QString twice = cw::RichText::sanitize(clean);
    check(twice == clean, "sanitize is idempotent",
          QStringLiteral("input: %1\nonce:  %2\ntwice: %3").arg(shown(input), shown(clean), shown(twice)));
    checkSafeSubset(clean);
    check(clean == cw::RichText::sanitizeByParsing(input),
          "the canonical-form shortcut keeps only what the parse keeps",
          QStringLiteral("input: %1\nshortcut: %2").arg(shown(input), shown(clean)));
    for (const QString &text : {input, clean}) {
        check(cw::RichText::wordCount(text) == cw::RichText::wordCountByParsing(text),
              "the canonical-form shortcut counts the words the parse counts", shown(text));
    }

    // The reading side must cope with anything, cleaned or not.
    check(cw::RichText::wordCount(input) >= 0, "wordCount of any input is not negative");
    check(cw::RichText::wordCount(clean) >= 0, "wordCount of clean text is not negative");
    check(cw::RichText::plainWordCount(input) >= 0, "plainWordCount is not negative");
    const QString plain = cw::RichText::toPlainText(clean);
    check(cw::RichText::toPlainText(twice) == plain, "the plain text of the output is stable");
    (void)cw::RichText::toPlainText(input);
    return 0;
}
