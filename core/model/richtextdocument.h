#pragma once
// The one conversion between a QTextDocument (what the rich-text editor edits) and the safe HTML
// subset of RichText (what a course stores), used by the editor, loading and pasting.

#include <QString>
#include <QTextFormat>

class QTextDocument;

namespace cw {

// How the subset is written into a QTextDocument, and read back:
// - p: a block; h2-h4: QTextBlockFormat::headingLevel (shown larger, semi-bold: only weight
//   Bold and above is <strong>); pre: a block with the CodeBlock property (consecutive ones form
//   one <pre>, one block per line); ul/ol: a QTextList (Disc or Decimal, nesting by indent);
//   blockquote: QTextFormat::BlockQuoteLevel on each quoted block (Qt's own property, which its
//   HTML reader sets too), shown with a left margin.
// - strong: weight Bold or more; em: italic; code: fixed pitch; a: anchor with a safe href;
//   br: U+2028 (what Shift+Enter types).
// Empty paragraphs are not written: a browser shows an empty <p> as nothing.
class RichTextDocument
{
public:
    // The block property that marks a line of a <pre>.
    static constexpr int CodeBlock = QTextFormat::UserProperty + 0x4357;

    // Replaces the document's content with the (sanitized) HTML.
    static void toDocument(const QString &safeHtml, QTextDocument *document);
    // Writes the document as the safe subset, already canonical: sanitize(result) == result.
    static QString fromDocument(const QTextDocument &document);
    // Typed or pasted plain text: one paragraph per line, "- "/"* " lines a bulleted list and
    // "1. " lines a numbered one.
    static QString fromPlainText(const QString &text);
    // HTML pasted from a word processor or a web page: what the subset can say is kept (bold and
    // italic spans become strong and em, lists and headings stay), the rest is dropped.
    static QString fromForeignHtml(const QString &html);

    // The looks the editor gives what it formats, the same as toDocument gives them.
    // A block's character format: larger and semi-bold for headings, fixed pitch for code.
    static QTextCharFormat blockCharFormat(int headingLevel, bool codeBlock);
    // Inline code: fixed pitch (what fromDocument reads as <code>).
    static QTextCharFormat codeFormat();
    // A link: an anchor with the href, underlined.
    static QTextCharFormat linkFormat(const QString &href);
    // The shading of a code block's lines.
    static QBrush codeBlockBackground();
    // The left margin of a quoted block, per level.
    static constexpr qreal quoteMargin = 24;
};

} // namespace cw
