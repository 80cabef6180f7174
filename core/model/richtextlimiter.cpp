#include "richtextlimiter.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>
#include <vector>

namespace cw {

namespace {

using namespace std::string_view_literals;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

bool isAsciiAlpha(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

char toLower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

template<size_t N> bool isOneOf(std::string_view name, const std::array<std::string_view, N> &names)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements that never hold children.
constexpr std::array kVoid = {"area"sv,  "base"sv,   "basefont"sv, "bgsound"sv, "br"sv,
                              "col"sv,   "embed"sv,  "frame"sv,    "hr"sv,      "image"sv,
                              "img"sv,   "input"sv,  "keygen"sv,   "link"sv,    "meta"sv,
                              "param"sv, "source"sv, "track"sv,    "wbr"sv};
// Elements whose content is text up to their end tag (raw text, RCDATA, script data).
constexpr std::array kRawText = {"script"sv, "style"sv,  "textarea"sv, "title"sv,
                                 "xmp"sv,    "iframe"sv, "noembed"sv,  "noframes"sv};
// The active formatting elements of the HTML5 parser.
constexpr std::array kFormatting = {"a"sv,    "b"sv, "big"sv,   "code"sv,   "em"sv,     "font"sv, "i"sv,
                                    "nobr"sv, "s"sv, "small"sv, "strike"sv, "strong"sv, "tt"sv,   "u"sv};
// Start tags that close an open <p>.
constexpr std::array kClosesP = {
    "address"sv, "article"sv, "aside"sv, "blockquote"sv, "center"sv,     "details"sv, "dialog"sv,
    "dir"sv,     "div"sv,     "dl"sv,    "fieldset"sv,   "figcaption"sv, "figure"sv,  "footer"sv,
    "header"sv,  "hgroup"sv,  "main"sv,  "menu"sv,       "nav"sv,        "ol"sv,      "p"sv,
    "section"sv, "summary"sv, "ul"sv,    "h1"sv,         "h2"sv,         "h3"sv,      "h4"sv,
    "h5"sv,      "h6"sv,      "pre"sv,   "listing"sv,    "form"sv,       "li"sv,      "dd"sv,
    "dt"sv,      "table"sv,   "hr"sv,    "xmp"sv,        "plaintext"sv};
constexpr std::array kHeadings = {"h1"sv, "h2"sv, "h3"sv, "h4"sv, "h5"sv, "h6"sv};

struct Scanned
{
    qsizetype end = -1; // after the '>', or -1 when the tag runs to the end of the input
    int attributes = 0;
    std::string_view href; // the first href attribute as written, with its value
};

// Reads the attributes of a tag from i (just after its name) to its '>', the way the HTML
// tokenizer's attribute states do, so a '>' inside a quoted value does not end the tag.
Scanned scanAttributes(std::string_view s, size_t i)
{
    Scanned tag;
    const size_t n = s.size();
    while (i < n) {
        const char c = s[i];
        if (isSpace(c) || c == '/') {
            ++i;
            continue;
        }
        if (c == '>') {
            tag.end = qsizetype(i + 1);
            return tag;
        }
        const size_t nameStart = i++; // a name may start with '='
        while (i < n && !isSpace(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=')
            ++i;
        const size_t nameEnd = i;
        size_t valueEnd = nameEnd;
        size_t j = i;
        while (j < n && isSpace(s[j]))
            ++j;
        if (j < n && s[j] == '=') {
            ++j;
            while (j < n && isSpace(s[j]))
                ++j;
            if (j < n && (s[j] == '"' || s[j] == '\'')) {
                const size_t close = s.find(s[j], j + 1);
                if (close == std::string_view::npos)
                    return tag;
                j = close + 1;
            } else {
                while (j < n && !isSpace(s[j]) && s[j] != '>')
                    ++j;
            }
            i = valueEnd = j;
        }
        ++tag.attributes;
        const std::string_view name = s.substr(nameStart, nameEnd - nameStart);
        if (tag.href.empty() && name.size() == 4 && toLower(name[0]) == 'h' && toLower(name[1]) == 'r' &&
            toLower(name[2]) == 'e' && toLower(name[3]) == 'f')
            tag.href = s.substr(nameStart, valueEnd - nameStart);
    }
    return tag;
}

// The end of the raw text of element `name` that starts at i: the start of its end tag, or npos.
size_t rawTextEnd(std::string_view s, size_t i, std::string_view name)
{
    while ((i = s.find("</"sv, i)) != std::string_view::npos) {
        size_t k = 0;
        while (k < name.size() && i + 2 + k < s.size() && toLower(s[i + 2 + k]) == name[k])
            ++k;
        const size_t after = i + 2 + k;
        if (k == name.size() && after < s.size() && (isSpace(s[after]) || s[after] == '/' || s[after] == '>'))
            return i;
        i += 2;
    }
    return std::string_view::npos;
}

struct Open
{
    std::string name;
    bool formatting;
};

struct Edit
{
    size_t from;
    size_t to;
    std::string replacement;
};

} // namespace

QByteArray RichTextLimiter::limit(const QByteArray &utf8)
{
    const std::string_view s(utf8.constData(), size_t(utf8.size()));
    const size_t n = s.size();
    std::vector<Open> open;
    int formatting = 0;
    std::vector<Edit> edits;
    auto pop = [&] {
        formatting -= open.back().formatting ? 1 : 0;
        open.pop_back();
    };
    auto top = [&](std::string_view name) { return !open.empty() && open.back().name == name; };

    size_t i = 0;
    while ((i = s.find('<', i)) != std::string_view::npos) {
        const size_t lt = i;
        if (s.substr(i, 4) == "<!--"sv) {
            const size_t end = s.find("-->"sv, i + 4);
            if (end == std::string_view::npos)
                break;
            i = end + 3;
            continue;
        }
        const bool closing = i + 1 < n && s[i + 1] == '/';
        const size_t nameStart = i + (closing ? 2 : 1);
        if (nameStart < n &&
            (s[nameStart] == '!' || s[nameStart] == '?' || (closing && !isAsciiAlpha(s[nameStart])))) {
            const size_t end = s.find('>', nameStart); // bogus comment, doctype, CDATA
            if (end == std::string_view::npos)
                break;
            i = end + 1;
            continue;
        }
        if (nameStart >= n || !isAsciiAlpha(s[nameStart])) {
            i += 1; // a '<' that is text
            continue;
        }
        size_t nameEnd = nameStart;
        std::string name;
        while (nameEnd < n && !isSpace(s[nameEnd]) && s[nameEnd] != '/' && s[nameEnd] != '>')
            name += toLower(s[nameEnd++]);
        const Scanned tag = scanAttributes(s, nameEnd);
        if (tag.end < 0)
            break; // a tag cut off by the end of the input is dropped by the parser
        i = size_t(tag.end);
        if (closing) {
            if (top(name))
                pop();
            continue;
        }
        if (tag.attributes > maxAttributes) {
            std::string replacement = "<" + std::string(s.substr(nameStart, nameEnd - nameStart));
            if (!tag.href.empty())
                replacement += " " + std::string(tag.href);
            edits.push_back({lt, i, replacement + ">"});
        }
        if (name == "plaintext"sv)
            break; // the rest is text
        if (isOneOf(name, kRawText)) {
            const size_t end = rawTextEnd(s, i, name);
            if (end == std::string_view::npos)
                break;
            i = end;
            continue;
        }
        if (isOneOf(name, kVoid))
            continue;
        // The implied end tags that keep ordinary text shallow: <p>a<p>b, <li>a<li>b, <h2>a<h3>b.
        if (top("p"sv) && isOneOf(name, kClosesP))
            pop();
        else if ((name == "li"sv && top("li"sv)) ||
                 ((name == "dd"sv || name == "dt"sv) && (top("dd"sv) || top("dt"sv))))
            pop();
        if (isOneOf(name, kHeadings) && !open.empty() &&
            isOneOf(std::string_view(open.back().name), kHeadings))
            pop();
        const bool isFormatting = isOneOf(name, kFormatting);
        if (int(open.size()) >= maxDepth || (isFormatting && formatting >= maxFormatting)) {
            if (!edits.empty() && edits.back().from == lt)
                edits.back().replacement.clear();
            else
                edits.push_back({lt, i, {}});
            continue;
        }
        open.push_back({std::move(name), isFormatting});
        formatting += isFormatting ? 1 : 0;
    }

    if (edits.empty())
        return utf8;
    QByteArray out;
    out.reserve(utf8.size());
    size_t at = 0;
    for (const Edit &edit : edits) {
        out.append(utf8.constData() + at, qsizetype(edit.from - at));
        out.append(edit.replacement.data(), qsizetype(edit.replacement.size()));
        at = edit.to;
    }
    out.append(utf8.constData() + at, qsizetype(n - at));
    return out;
}

} // namespace cw
