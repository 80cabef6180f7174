#include "richtextdocument.h"

#include "richtext.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextList>

#include <algorithm>
#include <vector>

// Why our own reader and writer rather than QTextDocument::setHtml/toHtml: toHtml writes styles
// and spans the subset does not have, and setHtml gives each element a look (bold headings, a
// Courier family) that cannot be told apart from formatting afterwards. Reading the sanitizer's
// canonical output is simple (known tags, one attribute, five entities), and writing each
// construct one way makes fromDocument(toDocument(x)) give x back for every canonical x, which the
// tests check construct by construct. Foreign HTML does go through setHtml, then is written the
// same way.

namespace cw {

namespace {

constexpr QChar kLineSeparator(0x2028);

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f';
}

// What the sanitizer drops from text (RichText's isDroppedChar: writing it would make the output
// differ from its sanitized form), plus U+FFFC, which stands for an embedded object such as a
// pasted image.
bool isDropped(char32_t c)
{
    return (c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7F && c <= 0x9F) ||
           (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE || c == 0xFFFC;
}

void escapeInto(QString &out, QStringView text, bool inAttribute)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        qsizetype length = 1;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            length = 2;
        }
        if (isDropped(c)) {
            // nothing
        } else if (c == u'&') {
            out += QLatin1String("&amp;");
        } else if (c == 0xA0) {
            out += QLatin1String("&nbsp;");
        } else if (c == u'<' && !inAttribute) {
            out += QLatin1String("&lt;");
        } else if (c == u'>' && !inAttribute) {
            out += QLatin1String("&gt;");
        } else if (c == u'"' && inAttribute) {
            out += QLatin1String("&quot;");
        } else if (c == kLineSeparator.unicode() && !inAttribute) {
            out += QLatin1String("<br>");
        } else {
            out += text.mid(i, length);
        }
        i += length - 1;
    }
}

// The five references the sanitizer writes; it has decoded every other one already.
QString decodeEntities(QStringView text)
{
    static const std::pair<QLatin1String, QChar> references[] = {
        {QLatin1String("&amp;"), QChar(u'&')},  {QLatin1String("&lt;"), QChar(u'<')},
        {QLatin1String("&gt;"), QChar(u'>')},   {QLatin1String("&quot;"), QChar(u'"')},
        {QLatin1String("&nbsp;"), QChar(0xA0)},
    };
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        bool decoded = false;
        if (text[i] == u'&') {
            for (const auto &[name, character] : references) {
                if (text.mid(i).startsWith(name)) {
                    out += character;
                    i += name.size() - 1;
                    decoded = true;
                    break;
                }
            }
        }
        if (!decoded)
            out += text[i];
    }
    return out;
}

bool isMonospace(const QTextCharFormat &format)
{
    if (format.fontFixedPitch())
        return true;
    // Pasted HTML names a monospace font rather than saying fixed pitch (<font face="Liberation
    // Mono, monospace">, Courier for <tt> in Qt's reader).
    static const QStringList monospaceFamilies = {
        QStringLiteral("monospace"),       QStringLiteral("courier"),         QStringLiteral("courier new"),
        QStringLiteral("liberation mono"), QStringLiteral("consolas"),        QStringLiteral("menlo"),
        QStringLiteral("monaco"),          QStringLiteral("dejavu sans mono")};
    QStringList families = format.fontFamilies().toStringList();
    families << format.stringProperty(QTextFormat::FontFamily);
    for (const QString &family : families) {
        for (const QString &part : family.split(u',')) {
            if (monospaceFamilies.contains(part.trimmed().toLower()))
                return true;
        }
    }
    return false;
}

// ---------------------------------------------------------------------------------------------
// Reading the canonical subset into a document.

class Builder
{
public:
    explicit Builder(QTextDocument *document)
        : m_cursor(document)
    {}

    void read(const QString &html)
    {
        qsizetype i = 0;
        const qsizetype n = html.size();
        while (i < n) {
            if (html[i] != u'<') {
                qsizetype end = html.indexOf(u'<', i);
                if (end < 0)
                    end = n;
                text(decodeEntities(QStringView(html).mid(i, end - i)));
                i = end;
                continue;
            }
            // A tag: "<name>", "</name>" or "<a href="...">" (the value has " escaped).
            const bool closing = i + 1 < n && html[i + 1] == u'/';
            qsizetype j = i + (closing ? 2 : 1);
            const qsizetype nameStart = j;
            while (j < n && html[j].isLetterOrNumber())
                ++j;
            const QString name = html.mid(nameStart, j - nameStart);
            QString href;
            while (j < n && html[j] != u'>') {
                if (html[j] == u'"') {
                    const qsizetype close = html.indexOf(u'"', j + 1);
                    const qsizetype valueEnd = close < 0 ? n : close;
                    href = decodeEntities(QStringView(html).mid(j + 1, valueEnd - j - 1));
                    j = valueEnd;
                }
                ++j;
            }
            i = j + 1;
            if (closing)
                close(name);
            else
                open(name, href);
        }
    }

private:
    struct ListLevel
    {
        QTextListFormat::Style style;
        QTextList *list = nullptr;
    };

    QTextCharFormat current() const
    {
        QTextCharFormat format = m_blockChar;
        if (m_strong > 0)
            format.setFontWeight(QFont::Bold);
        if (m_em > 0)
            format.setFontItalic(true);
        if (m_code > 0)
            format.merge(RichTextDocument::codeFormat());
        if (!m_hrefs.empty() && !m_hrefs.back().isEmpty())
            format.merge(RichTextDocument::linkFormat(m_hrefs.back()));
        return format;
    }

    void startBlock(int headingLevel, bool code, bool item)
    {
        QTextBlockFormat format;
        if (headingLevel > 0)
            format.setHeadingLevel(headingLevel);
        if (code) {
            format.setProperty(RichTextDocument::CodeBlock, true);
            format.setNonBreakableLines(true);
            format.setBackground(RichTextDocument::codeBlockBackground());
        }
        if (m_quote > 0) {
            format.setProperty(QTextFormat::BlockQuoteLevel, m_quote);
            format.setLeftMargin(RichTextDocument::quoteMargin * m_quote);
        }
        m_blockFormat = format;
        m_blockChar = RichTextDocument::blockCharFormat(headingLevel, code);
        if (m_first) {
            m_cursor.setBlockFormat(format);
            m_cursor.setBlockCharFormat(m_blockChar);
            m_first = false;
        } else {
            m_cursor.insertBlock(format, m_blockChar);
        }
        if (item && !m_lists.empty()) {
            ListLevel &level = m_lists.back();
            if (level.list) {
                level.list->add(m_cursor.block());
            } else {
                QTextListFormat listFormat;
                listFormat.setStyle(level.style);
                listFormat.setIndent(int(m_lists.size()));
                level.list = m_cursor.createList(listFormat);
            }
        }
        m_inBlock = true;
        m_blockEmpty = true;
        m_lineStart = true;
        m_item = item;
        m_pendingSpace = false;
    }

    // Text outside any block element (at the top, in a quote, after a nested list) opens one.
    void ensureBlock()
    {
        if (!m_inBlock)
            startBlock(0, false, !m_lists.empty());
    }

    void endBlock()
    {
        m_inBlock = false;
        m_inPre = false;
        m_pendingSpace = false;
    }

    void openBlock(int headingLevel, bool code)
    {
        // <li><p>text</p></li>: the paragraph is the item's text.
        if (m_inBlock && m_item && m_blockEmpty)
            return;
        startBlock(headingLevel, code, false);
    }

    void open(const QString &name, const QString &href)
    {
        m_afterPre = false;
        if (name == u"p") {
            openBlock(0, false);
        } else if (name.size() == 2 && name[0] == u'h' && name[1] >= u'2' && name[1] <= u'4') {
            openBlock(name[1].unicode() - u'0', false);
        } else if (name == u"pre") {
            openBlock(0, true);
            m_inPre = true;
            m_afterPre = true;
        } else if (name == u"li") {
            startBlock(0, false, true);
        } else if (name == u"ul" || name == u"ol") {
            m_lists.push_back({name == u"ul" ? QTextListFormat::ListDisc : QTextListFormat::ListDecimal});
            endBlock();
        } else if (name == u"blockquote") {
            ++m_quote;
            endBlock();
        } else if (name == u"br") {
            ensureBlock();
            m_cursor.insertText(QString(kLineSeparator), current());
            m_blockEmpty = false;
            m_lineStart = true;
            m_pendingSpace = false;
        } else if (name == u"strong" || name == u"b") {
            ++m_strong;
        } else if (name == u"em" || name == u"i") {
            ++m_em;
        } else if (name == u"code") {
            ++m_code;
        } else if (name == u"a") {
            m_hrefs.push_back(href);
        }
    }

    void close(const QString &name)
    {
        m_afterPre = false;
        if (name == u"p" || name == u"li" || name == u"pre" ||
            (name.size() == 2 && name[0] == u'h' && name[1] >= u'2' && name[1] <= u'4')) {
            // </p> inside an item keeps the item open for a nested list's sake; text after it
            // starts a new item anyway.
            endBlock();
        } else if (name == u"ul" || name == u"ol") {
            if (!m_lists.empty())
                m_lists.pop_back();
            endBlock();
        } else if (name == u"blockquote") {
            m_quote = std::max(0, m_quote - 1);
            endBlock();
        } else if (name == u"strong" || name == u"b") {
            m_strong = std::max(0, m_strong - 1);
        } else if (name == u"em" || name == u"i") {
            m_em = std::max(0, m_em - 1);
        } else if (name == u"code") {
            m_code = std::max(0, m_code - 1);
        } else if (name == u"a") {
            if (!m_hrefs.empty())
                m_hrefs.pop_back();
        }
    }

    void text(const QString &text)
    {
        const bool afterPre = m_afterPre;
        m_afterPre = false;
        if (m_inPre) {
            // The parser drops a line feed right after <pre>; the sanitizer writes one more there.
            QStringView rest(text);
            if (afterPre && rest.startsWith(u'\n'))
                rest = rest.mid(1);
            const auto lines = rest.split(u'\n');
            for (qsizetype i = 0; i < lines.size(); ++i) {
                if (i > 0)
                    m_cursor.insertBlock(m_blockFormat, m_blockChar);
                if (!lines[i].isEmpty())
                    m_cursor.insertText(lines[i].toString(), current());
            }
            m_blockEmpty = false;
            return;
        }
        // White space collapses as a browser shows it: none at the start of a line, one space
        // between words, and a space before the end of a block or a <br> is dropped.
        QString run;
        auto flush = [&] {
            if (run.isEmpty())
                return;
            m_cursor.insertText(run, current());
            run.clear();
            m_blockEmpty = false;
            m_lineStart = false;
        };
        for (const QChar c : text) {
            if (isHtmlSpace(c)) {
                flush();
                if (m_inBlock && !m_lineStart && !m_pendingSpace) {
                    m_pendingSpace = true;
                    m_pendingFormat = current();
                }
                continue;
            }
            if (run.isEmpty()) {
                ensureBlock();
                if (m_pendingSpace)
                    m_cursor.insertText(QStringLiteral(" "), m_pendingFormat);
                m_pendingSpace = false;
            }
            run += c;
        }
        flush();
    }

    QTextCursor m_cursor;
    bool m_first = true; // the document's first block is there already
    bool m_inBlock = false;
    bool m_blockEmpty = true;
    bool m_lineStart = true;
    bool m_item = false;
    bool m_inPre = false;
    bool m_afterPre = false;
    bool m_pendingSpace = false;
    QTextCharFormat m_pendingFormat;
    QTextBlockFormat m_blockFormat;
    QTextCharFormat m_blockChar;
    int m_quote = 0;
    std::vector<ListLevel> m_lists;
    int m_strong = 0;
    int m_em = 0;
    int m_code = 0;
    std::vector<QString> m_hrefs;
};

// ---------------------------------------------------------------------------------------------
// Writing a document as the subset.

enum class Mark
{
    Link,
    Strong,
    Em,
    Code
};

struct Piece
{
    QString text;
    bool marks[4] = {false, false, false, false};
    QString href;

    bool has(Mark mark) const { return marks[int(mark)]; }
};

bool sameMark(const Piece &a, const Piece &b, Mark mark)
{
    return a.has(mark) && b.has(mark) && (mark != Mark::Link || a.href == b.href);
}

Piece pieceFor(const QString &text, const QTextCharFormat &format, bool inCode)
{
    Piece piece;
    piece.text = text;
    piece.marks[int(Mark::Strong)] = format.fontWeight() >= QFont::Bold;
    piece.marks[int(Mark::Em)] = format.fontItalic();
    // A code block's text is monospace by its block; <pre><code> says nothing more.
    piece.marks[int(Mark::Code)] = !inCode && isMonospace(format);
    if (format.isAnchor()) {
        const QString href = format.anchorHref().trimmed();
        if (!href.isEmpty() && RichText::isSafeHref(href)) {
            piece.marks[int(Mark::Link)] = true;
            piece.href = href;
        }
    }
    return piece;
}

void appendBlockPieces(std::vector<Piece> &pieces, const QTextBlock &block, bool inCode)
{
    for (auto it = block.begin(); !it.atEnd(); ++it) {
        const QTextFragment fragment = it.fragment();
        if (fragment.isValid() && !fragment.text().isEmpty())
            pieces.push_back(pieceFor(fragment.text(), fragment.charFormat(), inCode));
    }
}

// Inline content as nested tags: a tag stays open while the following pieces keep its mark, and
// of the tags opening together the one lasting longest goes outside ("<em>a<strong>b</strong>
// </em>" and "<strong><em>b</em></strong>" both come back as written).
QString writeInline(const std::vector<Piece> &pieces)
{
    static const char *const names[] = {"a", "strong", "em", "code"};
    QString out;
    std::vector<Mark> open;
    auto closeTag = [&out](Mark mark) {
        out += QLatin1String("</") + QLatin1String(names[int(mark)]) + QLatin1Char('>');
    };
    for (size_t i = 0; i < pieces.size(); ++i) {
        const Piece &piece = pieces[i];
        size_t keep = 0;
        while (keep < open.size() && sameMark(piece, pieces[i - 1], open[keep]))
            ++keep;
        while (open.size() > keep) {
            closeTag(open.back());
            open.pop_back();
        }
        std::vector<std::pair<size_t, Mark>> opening;
        for (Mark mark : {Mark::Link, Mark::Strong, Mark::Em, Mark::Code}) {
            if (!piece.has(mark) || std::find(open.begin(), open.end(), mark) != open.end())
                continue;
            size_t last = i;
            while (last + 1 < pieces.size() && sameMark(piece, pieces[last + 1], mark))
                ++last;
            opening.emplace_back(last, mark);
        }
        std::stable_sort(opening.begin(), opening.end(),
                         [](const auto &a, const auto &b) { return a.first > b.first; });
        for (const auto &[last, mark] : opening) {
            out += QLatin1Char('<') + QLatin1String(names[int(mark)]);
            if (mark == Mark::Link) {
                out += QLatin1String(" href=\"");
                escapeInto(out, piece.href, true);
                out += QLatin1Char('"');
            }
            out += QLatin1Char('>');
            open.push_back(mark);
        }
        escapeInto(out, piece.text, false);
    }
    while (!open.empty()) {
        closeTag(open.back());
        open.pop_back();
    }
    return out;
}

bool isCodeBlock(const QTextBlock &block)
{
    const QTextBlockFormat format = block.blockFormat();
    if (format.boolProperty(RichTextDocument::CodeBlock))
        return true;
    // Qt's HTML reader marks a <pre> as lines that do not wrap, in a monospace font; lines that
    // merely do not wrap (white-space: nowrap) are a paragraph.
    if (!format.nonBreakableLines())
        return false;
    const auto first = block.begin();
    return isMonospace(block.charFormat()) || (!first.atEnd() && isMonospace(first.fragment().charFormat()));
}

// The visible text of a block: an image or an object alone does not make a paragraph.
bool hasText(const QTextBlock &block)
{
    const QString text = block.text();
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return !isDropped(c.unicode()); });
}

class Writer
{
public:
    QString write(const QTextDocument &document)
    {
        QTextBlock block = document.begin();
        while (block.isValid()) {
            const int quote =
                std::clamp(block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel), 0, 16);
            if (QTextList *list = block.textList()) {
                item(block, list, quote);
                block = block.next();
            } else if (isCodeBlock(block)) {
                block = pre(block, quote);
            } else {
                if (hasText(block))
                    paragraph(block, quote);
                block = block.next();
            }
        }
        setQuote(0);
        return m_out;
    }

private:
    struct OpenList
    {
        QTextList *list;
        int indent;
        bool ordered;
    };

    void closeLists(size_t keep)
    {
        while (m_lists.size() > keep) {
            m_out += m_lists.back().ordered ? QLatin1String("</li></ol>") : QLatin1String("</li></ul>");
            m_lists.pop_back();
        }
    }

    void setQuote(int quote)
    {
        closeLists(0);
        for (; m_quote > quote; --m_quote)
            m_out += QLatin1String("</blockquote>");
        for (; m_quote < quote; ++m_quote)
            m_out += QLatin1String("<blockquote>");
    }

    void item(const QTextBlock &block, QTextList *list, int quote)
    {
        if (quote != m_quote)
            setQuote(quote);
        const QTextListFormat format = list->format();
        const int indent = std::max(1, format.indent());
        while (!m_lists.empty() && m_lists.back().indent > indent)
            closeLists(m_lists.size() - 1);
        if (!m_lists.empty() && m_lists.back().indent == indent && m_lists.back().list != list)
            closeLists(m_lists.size() - 1);
        if (!m_lists.empty() && m_lists.back().list == list) {
            m_out += QLatin1String("</li><li>");
        } else {
            const QTextListFormat::Style style = format.style();
            const bool ordered =
                style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha ||
                style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman ||
                style == QTextListFormat::ListUpperRoman;
            m_out += ordered ? QLatin1String("<ol><li>") : QLatin1String("<ul><li>");
            m_lists.push_back({list, indent, ordered});
        }
        std::vector<Piece> pieces;
        appendBlockPieces(pieces, block, false);
        m_out += writeInline(pieces);
    }

    QTextBlock pre(QTextBlock block, int quote)
    {
        if (quote != m_quote)
            setQuote(quote);
        closeLists(0);
        std::vector<Piece> pieces;
        bool first = true;
        for (; block.isValid() && isCodeBlock(block) && !block.textList() &&
               block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel) == quote;
             block = block.next()) {
            const size_t before = pieces.size();
            if (!first) {
                // The line break keeps the marks both of its lines have, so a <strong> running
                // over lines stays one element.
                Piece lineBreak;
                lineBreak.text = QStringLiteral("\n");
                pieces.push_back(lineBreak);
            }
            appendBlockPieces(pieces, block, true);
            if (!first && before > 0 && pieces.size() > before + 1) {
                Piece &lineBreak = pieces[before];
                for (Mark mark : {Mark::Link, Mark::Strong, Mark::Em, Mark::Code}) {
                    if (sameMark(pieces[before - 1], pieces[before + 1], mark)) {
                        lineBreak.marks[int(mark)] = true;
                        lineBreak.href = pieces[before - 1].href;
                    }
                }
            }
            first = false;
        }
        const QString content = writeInline(pieces);
        // The parser drops a line feed right after <pre>: a text starting with one needs two.
        m_out += QLatin1String(content.startsWith(u'\n') ? "<pre>\n" : "<pre>") + content +
                 QLatin1String("</pre>");
        return block;
    }

    void paragraph(const QTextBlock &block, int quote)
    {
        if (quote != m_quote)
            setQuote(quote);
        closeLists(0);
        const int level = block.blockFormat().headingLevel();
        const QLatin1String tag = level <= 0   ? QLatin1String("p")
                                  : level <= 2 ? QLatin1String("h2")
                                  : level == 3 ? QLatin1String("h3")
                                               : QLatin1String("h4");
        std::vector<Piece> pieces;
        appendBlockPieces(pieces, block, false);
        m_out += QLatin1Char('<') + tag + QLatin1Char('>') + writeInline(pieces) + QLatin1String("</") + tag +
                 QLatin1Char('>');
    }

    QString m_out;
    int m_quote = 0;
    std::vector<OpenList> m_lists;
};

// Pasted HTML is read without fetching anything it names: a <link rel="stylesheet"> or an image
// may point at any local file (/dev/zero never ends), and nothing fetched would be kept anyway.
class ForeignDocument : public QTextDocument
{
protected:
    QVariant loadResource(int, const QUrl &) override { return QVariant(); }
};

// Word puts list items on the clipboard as paragraphs with an "mso-list:lN levelM" style, the
// bullet or number written as text in a span marked mso-list:Ignore (inside <![if
// !supportLists]>). They become real lists before Qt reads them, nested by level; the marker
// tells numbered from bulleted.
QString withWordLists(const QString &html)
{
    if (!html.contains(QLatin1String("mso-list"), Qt::CaseInsensitive))
        return html;
    constexpr auto options =
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption;
    static const QRegularExpression paragraph(QStringLiteral("<p\\b([^>]*mso-list:[^>]*)>(.*?)</p\\s*>"),
                                              options);
    static const QRegularExpression levelPattern(QStringLiteral("level(\\d+)"), options);
    static const QRegularExpression supportLists(
        QStringLiteral("<!\\[if !supportLists\\]>(.*?)<!\\[endif\\]>"), options);
    static const QRegularExpression ignoreSpan(
        QStringLiteral("<span[^>]*mso-list:\\s*Ignore[^>]*>(.*?)</span>"), options);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    static const QRegularExpression numberMarker(QStringLiteral("^\\(?[0-9A-Za-z]{1,4}[.)]"));
    struct Open
    {
        int level;
        bool ordered;
    };
    std::vector<Open> open;
    QString out;
    auto closeOne = [&] {
        out += open.back().ordered ? QLatin1String("</li></ol>") : QLatin1String("</li></ul>");
        open.pop_back();
    };
    qsizetype last = 0;
    for (auto it = paragraph.globalMatch(html); it.hasNext();) {
        const QRegularExpressionMatch item = it.next();
        const QString between = html.mid(last, item.capturedStart() - last);
        if (!between.trimmed().isEmpty()) {
            while (!open.empty())
                closeOne();
        }
        if (open.empty()) // a line break between items would be a space at the end of one
            out += between;
        last = item.capturedEnd();
        const QRegularExpressionMatch levelMatch = levelPattern.match(item.captured(1));
        const int level = levelMatch.hasMatch() ? std::clamp(levelMatch.captured(1).toInt(), 1, 9) : 1;
        QString content = item.captured(2);
        QString marker;
        QRegularExpressionMatch markerMatch = supportLists.match(content);
        if (!markerMatch.hasMatch())
            markerMatch = ignoreSpan.match(content);
        if (markerMatch.hasMatch()) {
            marker = markerMatch.captured(1);
            content.remove(markerMatch.capturedStart(), markerMatch.capturedLength());
        }
        marker.remove(tag);
        marker.replace(QLatin1String("&nbsp;"), QLatin1String(" "));
        const bool ordered = numberMarker.match(marker.trimmed()).hasMatch();
        while (!open.empty() && open.back().level > level)
            closeOne();
        if (!open.empty() && open.back().level == level && open.back().ordered != ordered)
            closeOne();
        if (!open.empty() && open.back().level == level) {
            out += QLatin1String("</li><li>");
        } else {
            out += ordered ? QLatin1String("<ol><li>") : QLatin1String("<ul><li>");
            open.push_back({level, ordered});
        }
        out += content;
    }
    while (!open.empty())
        closeOne();
    out += html.mid(last);
    return out;
}

QString escaped(QStringView text)
{
    QString out;
    escapeInto(out, text, false);
    return out;
}

} // namespace

QTextCharFormat RichTextDocument::blockCharFormat(int headingLevel, bool codeBlock)
{
    QTextCharFormat format;
    if (headingLevel > 0) {
        // Semi-bold, not bold: bold is what <strong> is read from.
        format.setFontWeight(QFont::DemiBold);
        format.setProperty(QTextFormat::FontSizeAdjustment, std::clamp(5 - headingLevel, 0, 3));
    } else {
        format.setFontWeight(QFont::Normal);
        format.setProperty(QTextFormat::FontSizeAdjustment, 0);
    }
    if (codeBlock)
        format.merge(codeFormat());
    return format;
}

QBrush RichTextDocument::codeBlockBackground()
{
    return QBrush(QColor(0, 0, 0, 16)); // a tint that works on light and dark palettes
}

QTextCharFormat RichTextDocument::codeFormat()
{
    QTextCharFormat format;
    format.setFontFixedPitch(true);
    format.setFontFamilies(QStringList{QStringLiteral("monospace")});
    format.setFontStyleHint(QFont::Monospace);
    return format;
}

QTextCharFormat RichTextDocument::linkFormat(const QString &href)
{
    QTextCharFormat format;
    format.setAnchor(true);
    format.setAnchorHref(href);
    format.setFontUnderline(true);
    format.setForeground(QBrush(QColor(0x1a, 0x5f, 0xb4)));
    return format;
}

void RichTextDocument::toDocument(const QString &safeHtml, QTextDocument *document)
{
    document->clear();
    Builder builder(document);
    builder.read(RichText::sanitize(safeHtml));
}

QString RichTextDocument::fromDocument(const QTextDocument &document)
{
    Writer writer;
    return writer.write(document);
}

QString RichTextDocument::fromPlainText(const QString &text)
{
    static const QRegularExpression numbered(QStringLiteral("^\\s*\\d{1,9}[.)]\\s+"));
    static const QRegularExpression bulleted(QStringLiteral("^\\s*[-*\\x{2022}]\\s+"));
    QString normalized = text;
    normalized.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    normalized.replace(u'\r', u'\n');
    normalized.replace(kLineSeparator, u'\n');
    normalized.replace(QChar(0x2029), u'\n');
    QString out;
    QLatin1String openList;
    auto closeList = [&] {
        if (openList.size() > 0)
            out += QLatin1String("</") + openList + QLatin1Char('>');
        openList = QLatin1String();
    };
    for (const QStringView line : QStringView(normalized).split(u'\n')) {
        const QString trimmed = line.trimmed().toString();
        if (trimmed.isEmpty()) {
            closeList();
            continue;
        }
        const QRegularExpressionMatch bullet = bulleted.match(line);
        const QRegularExpressionMatch number =
            bullet.hasMatch() ? QRegularExpressionMatch() : numbered.match(line);
        if (bullet.hasMatch() || number.hasMatch()) {
            const QLatin1String tag = bullet.hasMatch() ? QLatin1String("ul") : QLatin1String("ol");
            if (openList != tag) {
                closeList();
                out += QLatin1Char('<') + tag + QLatin1Char('>');
                openList = tag;
            }
            const qsizetype start = (bullet.hasMatch() ? bullet : number).capturedEnd();
            out += QLatin1String("<li>") + escaped(line.mid(start).trimmed()) + QLatin1String("</li>");
        } else {
            closeList();
            out += QLatin1String("<p>") + escaped(trimmed) + QLatin1String("</p>");
        }
    }
    closeList();
    return out;
}

QString RichTextDocument::fromForeignHtml(const QString &html)
{
    ForeignDocument document;
    document.setHtml(withWordLists(html));
    // Qt's reader shows headings bold through their character format; in a heading that is the
    // heading's look, not <strong>.
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() <= 0)
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat normal;
        normal.setFontWeight(QFont::Normal);
        cursor.mergeCharFormat(normal);
    }
    return fromDocument(document);
}

} // namespace cw
