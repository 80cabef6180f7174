#include "richtext.h"

#include <QList>
#include <QRegularExpression>
#include <QSet>

namespace cw {

namespace {

const QSet<QString> &allowedTags()
{
    static const QSet<QString> tags = {
        QStringLiteral("p"),  QStringLiteral("br"),         QStringLiteral("strong"), QStringLiteral("b"),
        QStringLiteral("em"), QStringLiteral("i"),          QStringLiteral("a"),      QStringLiteral("ul"),
        QStringLiteral("ol"), QStringLiteral("li"),         QStringLiteral("h2"),     QStringLiteral("h3"),
        QStringLiteral("h4"), QStringLiteral("blockquote"), QStringLiteral("code"),   QStringLiteral("pre")};
    return tags;
}

// Elements whose content is never text for a reader.
bool dropsContent(const QString &tag)
{
    static const QSet<QString> tags = {QStringLiteral("script"),   QStringLiteral("style"),
                                       QStringLiteral("template"), QStringLiteral("noscript"),
                                       QStringLiteral("iframe"),   QStringLiteral("object"),
                                       QStringLiteral("svg"),      QStringLiteral("math"),
                                       QStringLiteral("textarea"), QStringLiteral("title")};
    return tags.contains(tag);
}

bool isBlockTag(const QString &tag)
{
    static const QSet<QString> tags = {
        QStringLiteral("p"),  QStringLiteral("br"), QStringLiteral("li"),         QStringLiteral("h2"),
        QStringLiteral("h3"), QStringLiteral("h4"), QStringLiteral("blockquote"), QStringLiteral("pre"),
        QStringLiteral("ul"), QStringLiteral("ol")};
    return tags.contains(tag);
}

struct Tag
{
    QString name;
    bool closing = false;
    QString href;
};

QString decodeEntities(QStringView text)
{
    if (!text.contains(QLatin1Char('&')))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c != QLatin1Char('&')) {
            out += c;
            continue;
        }
        const qsizetype semi = text.indexOf(QLatin1Char(';'), i);
        if (semi < 0 || semi - i > 10) {
            out += c;
            continue;
        }
        const QStringView name = text.mid(i + 1, semi - i - 1);
        char32_t code = 0;
        if (name == u"amp")
            code = '&';
        else if (name == u"lt")
            code = '<';
        else if (name == u"gt")
            code = '>';
        else if (name == u"quot")
            code = '"';
        else if (name == u"apos")
            code = '\'';
        else if (name == u"nbsp")
            code = 0xA0;
        else if (name.startsWith(u'#')) {
            bool ok = false;
            const bool hex = name.size() > 1 && (name[1] == u'x' || name[1] == u'X');
            const uint value = hex ? name.mid(2).toUInt(&ok, 16) : name.mid(1).toUInt(&ok, 10);
            // Control characters and surrogates are not text; they are dropped below.
            if (ok && value >= 0x20 && value <= 0x10FFFF && (value < 0xD800 || value > 0xDFFF))
                code = value;
            else if (ok)
                code = 0xFFFD;
        }
        if (code == 0) {
            out += c;
            continue;
        }
        out += QString::fromUcs4(&code, 1);
        i = semi;
    }
    return out;
}

// Quotes need escaping only inside an attribute value; text keeps them as typed.
QString escapeText(const QString &text, bool inAttribute = false)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == QLatin1Char('&'))
            out += QStringLiteral("&amp;");
        else if (c == QLatin1Char('<'))
            out += QStringLiteral("&lt;");
        else if (c == QLatin1Char('>'))
            out += QStringLiteral("&gt;");
        else if (c == QLatin1Char('"') && inAttribute)
            out += QStringLiteral("&quot;");
        else if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t'))
            continue; // control characters break LMS runtimes and XML
        else
            out += c;
    }
    return out;
}

// Walks HTML, calling onText(decoded text) and onTag(tag) in document order.
template<typename TextFn, typename TagFn> void tokenize(const QString &html, TextFn onText, TagFn onTag)
{
    static const QRegularExpression attrRe(QStringLiteral(
        R"re(([A-Za-z_:][-A-Za-z0-9_:.]*)\s*(?:=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?)re"));
    QString dropUntil; // while inside <script> and friends
    qsizetype i = 0;
    const qsizetype n = html.size();
    while (i < n) {
        const qsizetype lt = html.indexOf(QLatin1Char('<'), i);
        const qsizetype textEnd = lt < 0 ? n : lt;
        if (textEnd > i && dropUntil.isEmpty())
            onText(decodeEntities(QStringView(html).mid(i, textEnd - i)));
        if (lt < 0)
            break;
        i = lt;
        if (QStringView(html).mid(i, 4) == u"<!--") {
            const qsizetype end = html.indexOf(QStringLiteral("-->"), i + 4);
            i = end < 0 ? n : end + 3;
            continue;
        }
        const bool closing = i + 1 < n && html[i + 1] == QLatin1Char('/');
        const qsizetype nameStart = i + (closing ? 2 : 1);
        if (nameStart >= n ||
            !(html[nameStart].isLetter() || (!closing && html[nameStart] == QLatin1Char('!')))) {
            // A lone '<' is text.
            if (dropUntil.isEmpty())
                onText(QStringLiteral("<"));
            i += 1;
            continue;
        }
        // Find the end of the tag, respecting quoted attribute values.
        qsizetype j = nameStart;
        QChar quote;
        while (j < n) {
            const QChar c = html[j];
            if (!quote.isNull()) {
                if (c == quote)
                    quote = QChar();
            } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
                quote = c;
            } else if (c == QLatin1Char('>')) {
                break;
            }
            ++j;
        }
        const QStringView inner = QStringView(html).mid(nameStart, j - nameStart);
        i = j < n ? j + 1 : n;
        if (inner.startsWith(QLatin1Char('!')))
            continue; // doctype and the like
        qsizetype nameEnd = 0;
        while (nameEnd < inner.size() &&
               (inner[nameEnd].isLetterOrNumber() || inner[nameEnd] == QLatin1Char('-')))
            ++nameEnd;
        Tag tag;
        tag.name = inner.left(nameEnd).toString().toLower();
        tag.closing = closing;
        if (!dropUntil.isEmpty()) {
            if (closing && tag.name == dropUntil)
                dropUntil.clear();
            continue;
        }
        if (!closing && dropsContent(tag.name) && !inner.endsWith(QLatin1Char('/'))) {
            dropUntil = tag.name;
            continue;
        }
        if (!closing && tag.name == QLatin1String("a")) {
            auto it = attrRe.globalMatch(inner.toString(), nameEnd);
            while (it.hasNext()) {
                const auto m = it.next();
                if (m.captured(1).toLower() == QLatin1String("href")) {
                    const QString raw = !m.captured(2).isNull()   ? m.captured(2)
                                        : !m.captured(3).isNull() ? m.captured(3)
                                                                  : m.captured(4);
                    tag.href = decodeEntities(raw).trimmed();
                }
            }
        }
        onTag(tag);
    }
}

} // namespace

bool RichText::isSafeHref(const QString &href)
{
    // Strip what browsers ignore inside a scheme ("java\tscript:") before judging it.
    QString compact;
    for (const QChar c : href) {
        if (c.unicode() > 0x20)
            compact += c.toLower();
    }
    const qsizetype colon = compact.indexOf(QLatin1Char(':'));
    const qsizetype firstDelimiter = compact.indexOf(QRegularExpression(QStringLiteral("[/?#]")));
    if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        return true; // relative reference
    const QString scheme = compact.left(colon);
    return scheme == QLatin1String("http") || scheme == QLatin1String("https") ||
           scheme == QLatin1String("mailto") || scheme == QLatin1String("tel");
}

QString RichText::sanitize(const QString &html)
{
    QString out;
    QList<QString> open;
    auto closeTo = [&](qsizetype depth) {
        while (open.size() > depth)
            out += QStringLiteral("</") + open.takeLast() + QLatin1Char('>');
    };
    tokenize(
        html, [&](const QString &text) { out += escapeText(text); },
        [&](const Tag &tag) {
            if (!allowedTags().contains(tag.name))
                return;
            if (tag.closing) {
                const qsizetype at = open.lastIndexOf(tag.name);
                if (at >= 0)
                    closeTo(at);
                return;
            }
            if (tag.name == QLatin1String("br")) {
                out += QStringLiteral("<br>");
                return;
            }
            if (tag.name == QLatin1String("a")) {
                if (!tag.href.isEmpty() && isSafeHref(tag.href))
                    out += QStringLiteral("<a href=\"") + escapeText(tag.href, true) + QStringLiteral("\">");
                else
                    out += QStringLiteral("<a>");
            } else {
                out += QLatin1Char('<') + tag.name + QLatin1Char('>');
            }
            open << tag.name;
        });
    closeTo(0);
    return out;
}

QString RichText::toPlainText(const QString &html)
{
    QString out;
    tokenize(
        html, [&](const QString &text) { out += text; },
        [&](const Tag &tag) {
            if (isBlockTag(tag.name) && !out.isEmpty() && !out.endsWith(QLatin1Char('\n')))
                out += QLatin1Char('\n');
        });
    return out.trimmed();
}

namespace {
// Only ASCII white space separates words: a non-breaking space binds "10 km" into one unit.
bool isWordSeparator(QChar c)
{
    return c == u' ' || c == u'\n' || c == u'\t' || c == u'\r' || c == u'\f' || c == u'\v';
}

// Counts word starts across calls, so words split by inline tags ("<b>wo</b>rd") count once.
struct WordCounter
{
    int words = 0;
    bool inWord = false;

    void add(QStringView text)
    {
        for (const QChar c : text) {
            const bool separator = isWordSeparator(c);
            if (!separator && !inWord)
                ++words;
            inWord = !separator;
        }
    }
};
} // namespace

int RichText::wordCount(const QString &html)
{
    WordCounter counter;
    tokenize(
        html, [&](const QString &text) { counter.add(text); },
        [&](const Tag &tag) {
            if (isBlockTag(tag.name))
                counter.inWord = false;
        });
    return counter.words;
}

int RichText::plainWordCount(const QString &text)
{
    WordCounter counter;
    counter.add(text);
    return counter.words;
}

} // namespace cw
