#include "richtext.h"

#include "canonicalrichtext.h"
#include "richtextchars.h"
#include "richtextlimiter.h"

#include <QHash>
#include <QMutex>

#include <gumbo.h>

#include <memory>
#include <vector>

// Why Gumbo: rich text is shown by browsers, so it has to be read the way a browser reads it.
// A hand-written tokenizer knew six entities (`&eacute;` was stored as `&amp;eacute;`), none of
// HTML5's numeric remapping (`&#150;` is an en dash) and took quadratic time on `&`. Gumbo is a
// complete HTML5 parser in C (tokenizer, all 2,231 named references, tree construction with its
// error recovery), packaged by Debian, Homebrew and vcpkg. We parse the way the player does
// (templates/player/dom.js: the fragment algorithm with a <template> as context), keep the safe
// subset of the tree and serialize it with the HTML5 fragment-serialization escapes, so C++ and
// the browser build the same tree from the same text (tests/data/richtext-agreement.json).

namespace cw {

namespace {

enum class Handling
{
    Keep,
    Unwrap,
    Drop
};

// The safe subset; templates/player/dom.js (ALLOWED, DROPPED) has the same lists.
bool isAllowed(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_B:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_I:
    case GUMBO_TAG_A:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_PRE:
        return true;
    default:
        return false;
    }
}

// Elements whose content is never text for a reader: dropped with everything inside them.
bool dropsContent(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
        return true;
    default:
        return false;
    }
}

// Inline elements the parser re-opens after a block closes them; their nesting is limited.
bool isFormatting(GumboTag tag)
{
    return tag == GUMBO_TAG_A || tag == GUMBO_TAG_B || tag == GUMBO_TAG_STRONG || tag == GUMBO_TAG_EM ||
           tag == GUMBO_TAG_I || tag == GUMBO_TAG_CODE;
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
        return true;
    default:
        return false;
    }
}

using richtextchars::isDropped;

// The text without dropped characters; with keepSyntax, CR and form feed stay, which the
// parser reads as white space (and turns CR into LF).
QString withoutDropped(const QString &text, bool keepSyntax = false)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        qsizetype length = 1;
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            length = 2;
        }
        if (!isDropped(c) || (keepSyntax && (c == u'\r' || c == u'\f')))
            out += QStringView(text).mid(i, length);
        i += length - 1;
    }
    return out;
}

// Strips what URL parsing strips from both ends (C0 controls and space).
QString trimHref(const QString &href)
{
    qsizetype from = 0;
    qsizetype to = href.size();
    while (from < to && href[from].unicode() <= 0x20)
        ++from;
    while (to > from && href[to - 1].unicode() <= 0x20)
        --to;
    return href.mid(from, to - from);
}

struct GumboDeleter
{
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};
using Parsed = std::unique_ptr<GumboOutput, GumboDeleter>;

Parsed parse(const QString &html)
{
    const QByteArray utf8 = RichTextLimiter::limit(withoutDropped(html, true).toUtf8());
    GumboOptions options = kGumboDefaultOptions;
    // The player parses with template.innerHTML: the fragment algorithm, a <template> as context.
    options.fragment_context = GUMBO_TAG_TEMPLATE;
    options.fragment_namespace = GUMBO_NAMESPACE_HTML;
    // Each recorded error copies the stack of open elements: quadratic on deep nesting.
    options.max_errors = 0;
    // Gumbo returns null only when it cannot allocate; the caller then keeps nothing.
    return Parsed(gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));
}

// Walks the safe subset of a parsed fragment in document order, without recursion (nesting is
// bounded by RichTextLimiter, but a stack of frames costs nothing). The visitor gets
// open(element), close(element) and text(QString) for what is kept; unknown elements are
// unwrapped to their children, dropped ones skipped with their content.
template<typename Visitor> void walk(const GumboOutput *output, Visitor &visitor)
{
    if (!output)
        return;
    struct Frame
    {
        const GumboVector *children;
        unsigned next;
        const GumboNode *kept;
    };
    std::vector<Frame> stack{{&output->root->v.element.children, 0, nullptr}};
    int depth = 0;
    int formatting = 0;
    while (!stack.empty()) {
        Frame &frame = stack.back();
        if (frame.next == frame.children->length) {
            if (const GumboNode *kept = frame.kept) {
                visitor.close(kept);
                --depth;
                formatting -= isFormatting(kept->v.element.tag) ? 1 : 0;
            }
            stack.pop_back();
            continue;
        }
        const auto *node = static_cast<const GumboNode *>(frame.children->data[frame.next++]);
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
            node->type == GUMBO_NODE_CDATA) {
            visitor.text(QString::fromUtf8(node->v.text.text));
            continue;
        }
        if (node->type != GUMBO_NODE_ELEMENT)
            continue; // comments, and <template> (its content is never shown)
        const GumboTag tag = node->v.element.tag;
        // Elements of SVG and MathML only occur inside <svg> and <math>, which are dropped.
        if (node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML || dropsContent(tag))
            continue;
        // Kept within the limits RichTextLimiter gives the parser, so that our own output is
        // never cut down when it is cleaned again (sanitize stays idempotent).
        const bool keep = isAllowed(tag) && depth < RichTextLimiter::maxDepth &&
                          !(isFormatting(tag) && formatting >= RichTextLimiter::maxFormatting);
        if (keep) {
            visitor.open(node);
            ++depth;
            formatting += isFormatting(tag) ? 1 : 0;
        }
        stack.push_back({&node->v.element.children, 0, keep ? node : nullptr});
    }
}

// The HTML5 fragment serialization of what walk() keeps.
struct Serializer
{
    QString out;
    bool afterPre = false;

    // Text escapes & < > and U+00A0; attribute values & " and U+00A0 (the HTML5 rules).
    void escape(const QString &text, bool inAttribute)
    {
        for (const QChar c : withoutDropped(text)) {
            if (c == u'&')
                out += QLatin1String("&amp;");
            else if (c == u'\u00a0')
                out += QLatin1String("&nbsp;");
            else if (c == u'<' && !inAttribute)
                out += QLatin1String("&lt;");
            else if (c == u'>' && !inAttribute)
                out += QLatin1String("&gt;");
            else if (c == u'"' && inAttribute)
                out += QLatin1String("&quot;");
            else
                out += c;
        }
    }

    void open(const GumboNode *node)
    {
        const GumboTag tag = node->v.element.tag;
        out += QLatin1Char('<') + QLatin1String(gumbo_normalized_tagname(tag));
        if (tag == GUMBO_TAG_A) {
            if (const GumboAttribute *href = gumbo_get_attribute(&node->v.element.attributes, "href")) {
                const QString value = trimHref(withoutDropped(QString::fromUtf8(href->value)));
                if (RichText::isSafeHref(value)) {
                    out += QLatin1String(" href=\"");
                    escape(value, true);
                    out += QLatin1Char('"');
                }
            }
        }
        out += QLatin1Char('>');
        afterPre = tag == GUMBO_TAG_PRE;
    }

    void close(const GumboNode *node)
    {
        afterPre = false;
        const GumboTag tag = node->v.element.tag;
        if (tag != GUMBO_TAG_BR)
            out += QLatin1String("</") + QLatin1String(gumbo_normalized_tagname(tag)) + QLatin1Char('>');
    }

    void text(const QString &text)
    {
        // The parser drops a newline right after <pre>; one written there keeps the text's own.
        if (afterPre && text.startsWith(u'\n'))
            out += QLatin1Char('\n');
        afterPre = false;
        escape(text, false);
    }
};

QString serialize(const QString &html)
{
    Serializer serializer;
    const Parsed parsed = parse(html);
    walk(parsed.get(), serializer);
    return serializer.out;
}

// The visible text, a newline where a block starts or ends.
struct PlainText
{
    QString out;

    void block()
    {
        if (!out.isEmpty() && !out.endsWith(u'\n'))
            out += u'\n';
    }
    void open(const GumboNode *node)
    {
        if (isBlock(node->v.element.tag))
            block();
    }
    void close(const GumboNode *node) { open(node); }
    void text(const QString &text) { out += withoutDropped(text); }
};

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

    void text(QStringView text)
    {
        for (const QChar c : text) {
            const bool separator = isWordSeparator(c);
            if (!separator && !inWord)
                ++words;
            inWord = !separator;
        }
    }
    void open(const GumboNode *node)
    {
        if (isBlock(node->v.element.tag))
            inWord = false;
    }
    void close(const GumboNode *node) { open(node); }
};

} // namespace

bool RichText::isSafeHref(const QString &href)
{
    // Only absolute URLs of schemes that cannot reach a package file: a relative reference
    // ("assets/x.svg", "course.js", "?a", "#top", "//host") would open the package's own files,
    // which run in the LMS's origin. Browsers ignore tabs and newlines anywhere in a URL and C0
    // controls and spaces around it ("java\tscript:"), so those go before judging.
    QString compact;
    compact.reserve(href.size());
    for (const QChar c : href) {
        if (c.unicode() > 0x20)
            compact += c.toLower();
    }
    const qsizetype colon = compact.indexOf(u':');
    if (colon <= 0)
        return false;
    const QStringView scheme = QStringView(compact).left(colon);
    const QStringView rest = QStringView(compact).mid(colon + 1);
    if (scheme == u"mailto" || scheme == u"tel")
        return !rest.isEmpty();
    if (scheme != u"http" && scheme != u"https")
        return false;
    // "https:course.js" is relative to a page served over https; an absolute URL names a host.
    auto isSlash = [](QChar c) { return c == u'/' || c == u'\\'; };
    if (rest.size() < 3 || !isSlash(rest[0]) || !isSlash(rest[1]))
        return false;
    qsizetype host = 2;
    while (host < rest.size() && isSlash(rest[host]))
        ++host;
    return host < rest.size() && rest[host] != u'?' && rest[host] != u'#';
}

namespace {

// Parsing is what costs (Gumbo takes tens of microseconds for a paragraph), and the same texts
// are asked about again and again: validation, the duration estimate after every edit, export.
// Results are kept per text (texts up to 64 K characters); the table is emptied when it grows past
// its limit rather than tracking recency, which keeps it simple and bounded.
template<typename Value> class Memo
{
public:
    template<typename Compute> Value get(const QString &key, Compute compute)
    {
        if (key.size() > kLongestKept) // a huge text would pin its memory; it is rare anyway
            return compute();
        {
            const QMutexLocker locker(&m_mutex);
            const auto it = m_values.constFind(key);
            if (it != m_values.constEnd())
                return *it;
        }
        Value value = compute();
        put(key, value);
        return value;
    }

    void put(const QString &key, const Value &value)
    {
        if (key.size() > kLongestKept)
            return;
        const QMutexLocker locker(&m_mutex);
        if (m_values.size() >= kLimit)
            m_values.clear();
        m_values.insert(key, value);
    }

private:
    static constexpr qsizetype kLimit = 20000;
    static constexpr qsizetype kLongestKept = 64 * 1024;
    QMutex m_mutex;
    QHash<QString, Value> m_values;
};

Memo<int> &wordCounts()
{
    static Memo<int> memo;
    return memo;
}

} // namespace

QString RichText::sanitize(const QString &html)
{
    // Opening a course sanitizes every text in it, and a saved course holds clean text only: the
    // scanner recognises most of it in a fraction of a parse (and of a memo lookup, which hashes
    // the text and keeps a copy of it).
    if (CanonicalRichText::wordsIfCanonical(html))
        return html;
    return sanitizeByParsing(html);
}

QString RichText::sanitizeByParsing(const QString &html)
{
    static Memo<QString> memo;
    return memo.get(html, [&html] {
        Serializer serializer;
        const Parsed parsed = parse(html);
        walk(parsed.get(), serializer);
        const QString once = serializer.out;
        if (once == html) {
            // Clean text the canonical-form scanner does not recognise is counted from the same
            // parse: loading a course sanitizes every text and validating it right after counts
            // their words, and the parse is what costs.
            WordCounter counter;
            walk(parsed.get(), counter);
            wordCounts().put(html, counter.words);
            return once;
        }
        // Unwrapping can leave a tree the parser would not build from its own serialization (a
        // link kept apart from another one by a table cell becomes a link inside a link). Parsed
        // again, the text gives what a browser builds from it, which is stable: sanitize is
        // idempotent.
        return serialize(once);
    });
}

QString RichText::toPlainText(const QString &html)
{
    static Memo<QString> memo;
    return memo.get(html, [&html] {
        PlainText plain;
        const Parsed parsed = parse(html);
        walk(parsed.get(), plain);
        return plain.out.trimmed();
    });
}

int RichText::wordCount(const QString &html)
{
    if (const std::optional<int> words = CanonicalRichText::wordsIfCanonical(html))
        return *words;
    return wordCountByParsing(html);
}

int RichText::wordCountByParsing(const QString &html)
{
    return wordCounts().get(html, [&html] {
        WordCounter counter;
        const Parsed parsed = parse(html);
        walk(parsed.get(), counter);
        return counter.words;
    });
}

int RichText::plainWordCount(const QString &text)
{
    WordCounter counter;
    counter.text(text);
    return counter.words;
}

} // namespace cw
