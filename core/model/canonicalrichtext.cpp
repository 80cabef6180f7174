#include "canonicalrichtext.h"

#include "richtext.h"
#include "richtextchars.h"
#include "richtextlimiter.h"

#include <QLatin1String>

#include <algorithm>
#include <array>
#include <iterator>

// A recursive-descent scanner over the grammar in canonicalrichtext.h. It refuses rather than
// guesses: whatever it does not accept goes through the full parse, so the only way to be wrong is
// to accept something sanitize would change. tests/core/tst_canonicalrichtext.cpp and the fuzz
// harness (tests/fuzz/fuzz_richtext.cpp) check that it never does.

namespace cw {

namespace {

enum class Element
{
    P,
    H2,
    H3,
    H4,
    Ul,
    Ol,
    Li,
    Blockquote,
    Pre,
    Strong,
    Em,
    B,
    I,
    Code,
    A,
    Br
};

struct ElementName
{
    QLatin1String name;
    Element element;
};

constexpr ElementName kElements[] = {
    {QLatin1String("p"), Element::P},     {QLatin1String("h2"), Element::H2},
    {QLatin1String("h3"), Element::H3},   {QLatin1String("h4"), Element::H4},
    {QLatin1String("ul"), Element::Ul},   {QLatin1String("ol"), Element::Ol},
    {QLatin1String("li"), Element::Li},   {QLatin1String("blockquote"), Element::Blockquote},
    {QLatin1String("pre"), Element::Pre}, {QLatin1String("strong"), Element::Strong},
    {QLatin1String("em"), Element::Em},   {QLatin1String("b"), Element::B},
    {QLatin1String("i"), Element::I},     {QLatin1String("code"), Element::Code},
    {QLatin1String("a"), Element::A},     {QLatin1String("br"), Element::Br},
};
// nameOf() indexes the table by Element.
constexpr bool inElementOrder()
{
    for (size_t i = 0; i < std::size(kElements); ++i) {
        if (size_t(kElements[i].element) != i)
            return false;
    }
    return std::size(kElements) == size_t(Element::Br) + 1;
}
static_assert(inElementOrder());

QLatin1String nameOf(Element element)
{
    return kElements[int(element)].name;
}

// The active formatting elements of the HTML5 parser among ours.
bool isFormatting(Element e)
{
    return e == Element::Strong || e == Element::Em || e == Element::B || e == Element::I ||
           e == Element::Code || e == Element::A;
}

bool isInline(Element e)
{
    return isFormatting(e) || e == Element::Br;
}

// Where RichText's WordCounter ends a word (its isBlock): every element here but the inline ones.
bool endsWord(Element e)
{
    return !isFormatting(e);
}

// ASCII text characters for the scanner's short path: part of a word, white space between words,
// or anything needing a closer look (a tag, a reference, a character sanitize escapes or drops).
enum class AsciiClass : unsigned char
{
    Word,
    Space,
    Other
};

constexpr auto kAsciiClasses = [] {
    std::array<AsciiClass, 0x80> classes{};
    for (char16_t c = 0; c < 0x80; ++c) {
        if (c == u' ' || c == u'\t' || c == u'\n')
            classes[c] = AsciiClass::Space;
        else if (c > u' ' && c < 0x7F && c != u'<' && c != u'&' && c != u'>')
            classes[c] = AsciiClass::Word;
        else
            classes[c] = AsciiClass::Other;
    }
    return classes;
}();

bool isAsciiNameChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

class Scanner
{
public:
    explicit Scanner(QStringView html)
        : m_s(html)
    {}

    std::optional<int> words()
    {
        if (!flow(std::nullopt))
            return std::nullopt;
        return m_words;
    }

private:
    // Far inside the limits the sanitizer keeps (RichTextLimiter, walk() in richtext.cpp), so
    // neither the limiter nor the walk ever cuts anything the scanner accepts.
    static constexpr int kMaxDepth = RichTextLimiter::maxDepth / 4;
    static constexpr int kMaxFormatting = RichTextLimiter::maxFormatting / 2;

    // Blocks and inline content, up to the end tag of `container` (consumed) or, at the top level,
    // to the end of the input.
    bool flow(std::optional<Element> container)
    {
        while (m_i < m_s.size()) {
            if (m_s[m_i] != u'<') {
                if (!text())
                    return false;
                continue;
            }
            if (atEndTag())
                return container && endTag(*container);
            const std::optional<Element> element = startTag();
            if (!element || !open(*element))
                return false;
            bool ok = false;
            switch (*element) {
            case Element::P:
            case Element::H2:
            case Element::H3:
            case Element::H4:
                ok = inlineContent(*element);
                break;
            case Element::Ul:
            case Element::Ol:
                ok = listItems(*element);
                break;
            case Element::Blockquote:
                ok = flow(*element);
                break;
            case Element::Pre:
                // The parser drops a line feed right after <pre>; the serializer writes it back only
                // when another one follows. Not worth getting right here.
                ok = !(m_i < m_s.size() && m_s[m_i] == u'\n') && inlineContent(*element);
                break;
            case Element::Li: // only directly inside a list
                return false;
            default:
                ok = inlineElement(*element);
            }
            if (!ok)
                return false;
        }
        return !container;
    }

    // Text, <br> and formatting elements up to the end tag of `container` (consumed).
    bool inlineContent(Element container)
    {
        while (m_i < m_s.size()) {
            if (m_s[m_i] != u'<') {
                if (!text())
                    return false;
                continue;
            }
            if (atEndTag())
                return endTag(container);
            const std::optional<Element> element = startTag();
            if (!element || !isInline(*element) || !open(*element) || !inlineElement(*element))
                return false;
        }
        return false; // not closed
    }

    // The rest of an inline element whose start tag was just read.
    bool inlineElement(Element element) { return element == Element::Br || inlineContent(element); }

    // <li> elements only, up to the list's end tag.
    bool listItems(Element list)
    {
        while (m_i < m_s.size()) {
            if (atEndTag())
                return endTag(list);
            const std::optional<Element> element = startTag();
            if (element != Element::Li || !open(Element::Li) || !flow(Element::Li))
                return false;
        }
        return false;
    }

    bool open(Element element)
    {
        if (endsWord(element))
            m_inWord = false;
        if (element == Element::Br)
            return true;
        if (++m_depth > kMaxDepth)
            return false;
        if (isFormatting(element)) {
            // No element inside one of its kind: that keeps the parser's "Noah's Ark" clause and
            // the nested-<a> rule out of play.
            const unsigned bit = 1u << unsigned(element);
            if ((m_openFormatting & bit) || ++m_formatting > kMaxFormatting)
                return false;
            m_openFormatting |= bit;
        }
        return true;
    }

    void close(Element element)
    {
        if (endsWord(element))
            m_inWord = false;
        --m_depth;
        if (isFormatting(element)) {
            --m_formatting;
            m_openFormatting &= ~(1u << unsigned(element));
        }
    }

    bool atEndTag() const { return m_s.mid(m_i).startsWith(u"</"); }

    bool consume(QLatin1String literal)
    {
        if (!m_s.mid(m_i).startsWith(literal))
            return false;
        m_i += literal.size();
        return true;
    }

    bool endTag(Element element)
    {
        m_i += 2; // "</"
        if (!consume(nameOf(element)) || !consume(QLatin1String(">")))
            return false;
        close(element);
        return true;
    }

    // "<name>", or "<a href="...">" with a safe href.
    std::optional<Element> startTag()
    {
        if (m_s[m_i] != u'<')
            return std::nullopt;
        qsizetype end = m_i + 1;
        while (end < m_s.size() && isAsciiNameChar(m_s[end]))
            ++end;
        const QStringView name = m_s.mid(m_i + 1, end - m_i - 1);
        const auto found = std::find_if(std::begin(kElements), std::end(kElements),
                                        [name](const ElementName &e) { return name == e.name; });
        if (found == std::end(kElements))
            return std::nullopt;
        m_i = end;
        if (found->element == Element::A && consume(QLatin1String(" href=\"")) && !hrefValue())
            return std::nullopt;
        if (!consume(QLatin1String(">")))
            return std::nullopt;
        return found->element;
    }

    // The value of an href up to its closing quote (consumed): printable ASCII with & written as
    // &amp; and nothing else escaped, which the serializer writes back as it is, and safe.
    bool hrefValue()
    {
        QString decoded;
        while (m_i < m_s.size() && m_s[m_i] != u'"') {
            const QChar c = m_s[m_i];
            if (c == u'&') {
                if (!consume(QLatin1String("&amp;")))
                    return false;
                decoded += u'&';
                continue;
            }
            if (c.unicode() <= 0x20 || c.unicode() >= 0x7F || c == u'<' || c == u'>')
                return false;
            decoded += c;
            ++m_i;
        }
        return consume(QLatin1String("\"")) && RichText::isSafeHref(decoded);
    }

    // Text up to the next tag, counting its words. It runs over every character of a course on
    // every open, validation and duration estimate, so printable ASCII and white space take a
    // short path with the scanner's state in locals.
    bool text()
    {
        const char16_t *const data = m_s.utf16();
        const qsizetype size = m_s.size();
        while (true) {
            qsizetype i = m_i;
            int words = m_words;
            bool inWord = m_inWord;
            for (; i < size; ++i) {
                const char16_t c = data[i];
                const AsciiClass kind = c < 0x80 ? kAsciiClasses[c] : AsciiClass::Other;
                if (kind == AsciiClass::Other)
                    break;
                // Without a branch on the word boundary, which mispredicts once a word.
                const bool word = kind == AsciiClass::Word;
                words += int(word && !inWord);
                inWord = word;
            }
            m_i = i;
            m_words = words;
            m_inWord = inWord;
            if (i == size || data[i] == u'<')
                return true;
            if (!otherCharacter())
                return false;
        }
    }

    // A character reference, or a character outside printable ASCII.
    bool otherCharacter()
    {
        if (m_s[m_i] == u'&') {
            if (!(consume(QLatin1String("&amp;")) || consume(QLatin1String("&lt;")) ||
                  consume(QLatin1String("&gt;")) || consume(QLatin1String("&nbsp;"))))
                return false;
            countCharacter(false); // & < > and a no-break space are all part of a word
            return true;
        }
        char32_t c = m_s[m_i].unicode();
        qsizetype length = 1;
        if (m_s[m_i].isHighSurrogate() && m_i + 1 < m_s.size() && m_s[m_i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(m_s[m_i], m_s[m_i + 1]);
            length = 2;
        } else if (m_s[m_i].isSurrogate()) {
            return false; // a lone surrogate has no UTF-8 form
        }
        if (c == u'>' || c == u'\u00a0' || richtextchars::isDropped(c))
            return false;
        countCharacter(c == u' ' || c == u'\t' || c == u'\n');
        m_i += length;
        return true;
    }

    void countCharacter(bool separator)
    {
        if (!separator && !m_inWord)
            ++m_words;
        m_inWord = !separator;
    }

    QStringView m_s;
    qsizetype m_i = 0;
    int m_depth = 0;
    int m_formatting = 0;
    unsigned m_openFormatting = 0; // a bit per Element
    int m_words = 0;
    bool m_inWord = false;
};

} // namespace

std::optional<int> CanonicalRichText::wordsIfCanonical(QStringView html)
{
    return Scanner(html).words();
}

} // namespace cw
