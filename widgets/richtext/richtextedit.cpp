#include "richtextedit.h"

#include "model/richtext.h"
#include "model/richtextdocument.h"

#include <QAction>
#include <QKeyEvent>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextList>

#include <functional>
#include <vector>

namespace cw {

namespace {

using FormatChange = std::function<void(QTextCharFormat &, const QTextBlock &)>;

// Changes the character format of every fragment in [from, to). A QTextCursor can only merge
// formats, and taking a link or code away means clearing properties.
void changeRange(QTextDocument *document, int from, int to, const FormatChange &change)
{
    struct Range
    {
        int from;
        int to;
        QTextCharFormat format;
    };
    std::vector<Range> ranges;
    for (QTextBlock block = document->findBlock(from); block.isValid() && block.position() <= to;
         block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int start = std::max(from, fragment.position());
            const int end = std::min(to, fragment.position() + fragment.length());
            if (start >= end)
                continue;
            QTextCharFormat format = fragment.charFormat();
            change(format, block);
            ranges.push_back({start, end, format});
        }
    }
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (const Range &range : ranges) {
        cursor.setPosition(range.from);
        cursor.setPosition(range.to, QTextCursor::KeepAnchor);
        cursor.setCharFormat(range.format);
    }
    cursor.endEditBlock();
}

// The blocks a cursor's selection touches (the cursor's block without one).
std::vector<QTextBlock> selectedBlocks(const QTextCursor &cursor)
{
    std::vector<QTextBlock> blocks;
    const QTextDocument *document = cursor.document();
    const QTextBlock last = document->findBlock(cursor.selectionEnd());
    for (QTextBlock block = document->findBlock(cursor.selectionStart()); block.isValid();
         block = block.next()) {
        blocks.push_back(block);
        if (block == last)
            break;
    }
    return blocks;
}

void clearMonospace(QTextCharFormat &format)
{
    format.clearProperty(QTextFormat::FontFixedPitch);
    format.clearProperty(QTextFormat::FontFamilies);
    format.clearProperty(QTextFormat::FontFamily);
    format.clearProperty(QTextFormat::FontStyleHint);
}

void clearLink(QTextCharFormat &format)
{
    format.clearProperty(QTextFormat::IsAnchor);
    format.clearProperty(QTextFormat::AnchorHref);
    format.clearProperty(QTextFormat::TextUnderlineStyle);
    format.clearProperty(QTextFormat::FontUnderline);
    format.clearForeground();
}

bool isOrdered(QTextListFormat::Style style)
{
    return style == QTextListFormat::ListDecimal || style == QTextListFormat::ListLowerAlpha ||
           style == QTextListFormat::ListUpperAlpha || style == QTextListFormat::ListLowerRoman ||
           style == QTextListFormat::ListUpperRoman;
}

int quoteLevel(const QTextBlock &block)
{
    return block.blockFormat().intProperty(QTextFormat::BlockQuoteLevel);
}

bool matchesShortcut(const QKeyEvent *event, const QAction *action)
{
    const QKeySequence pressed(event->keyCombination());
    for (const QKeySequence &shortcut : action->shortcuts()) {
        if (shortcut == pressed)
            return true;
    }
    return false;
}

} // namespace

QString RichTextEdit::mimeType()
{
    return QStringLiteral("application/x-coursewright-richtext");
}

RichTextEdit::RichTextEdit(QWidget *parent)
    : QTextEdit(parent)
{
    // The course document's undo stack is the only one: a second one here would undo typing the
    // document does not know about.
    setUndoRedoEnabled(false);
    setAcceptRichText(true);
    connect(document(), &QTextDocument::contentsChanged, this, &RichTextEdit::onContentsChanged);
}

QString RichTextEdit::richText() const
{
    return RichTextDocument::fromDocument(*document());
}

void RichTextEdit::setRichText(const QString &html)
{
    QTextDocument incoming;
    RichTextDocument::toDocument(html, &incoming);
    const QString normalized = RichTextDocument::fromDocument(incoming);
    m_edited = false;
    if (normalized == richText()) {
        m_html = normalized;
        return;
    }
    // Positions, not a QTextCursor: a cursor would follow the text as it is replaced.
    const int anchor = textCursor().anchor();
    const int position = textCursor().position();
    const int scroll = verticalScrollBar()->value();
    ++m_quiet;
    RichTextDocument::toDocument(html, document());
    --m_quiet;
    // An undo usually changes the text near where the author was: keep the cursor there.
    const int last = document()->characterCount() - 1;
    QTextCursor cursor(document());
    cursor.setPosition(std::clamp(anchor, 0, last));
    cursor.setPosition(std::clamp(position, 0, last), QTextCursor::KeepAnchor);
    setTextCursor(cursor);
    verticalScrollBar()->setValue(scroll);
    m_html = normalized;
}

void RichTextEdit::onContentsChanged()
{
    if (m_quiet > 0)
        return;
    const QString html = richText();
    if (html == m_html)
        return; // a change the subset cannot say (a colour, a size)
    m_html = html;
    m_edited = true;
    Q_EMIT edited(html);
}

// ---- Inline formats

void RichTextEdit::toggleBold()
{
    const bool on = !isBold();
    const FormatChange change = [on](QTextCharFormat &format, const QTextBlock &block) {
        // Off in a heading is the heading's own semi-bold.
        const QFont::Weight off = block.blockFormat().headingLevel() > 0 ? QFont::DemiBold : QFont::Normal;
        format.setFontWeight(on ? QFont::Bold : off);
    };
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection()) {
        changeRange(document(), cursor.selectionStart(), cursor.selectionEnd(), change);
    } else {
        QTextCharFormat format = currentCharFormat();
        change(format, cursor.block());
        setCurrentCharFormat(format);
    }
}

void RichTextEdit::toggleItalic()
{
    const bool on = !isItalic();
    QTextCursor cursor = textCursor();
    const FormatChange change = [on](QTextCharFormat &format, const QTextBlock &) {
        format.setFontItalic(on);
    };
    if (cursor.hasSelection()) {
        changeRange(document(), cursor.selectionStart(), cursor.selectionEnd(), change);
    } else {
        QTextCharFormat format = currentCharFormat();
        change(format, cursor.block());
        setCurrentCharFormat(format);
    }
}

void RichTextEdit::toggleCode()
{
    const bool on = !isCode();
    const FormatChange change = [on](QTextCharFormat &format, const QTextBlock &) {
        if (on)
            format.merge(RichTextDocument::codeFormat());
        else
            clearMonospace(format);
    };
    QTextCursor cursor = textCursor();
    if (cursor.hasSelection()) {
        changeRange(document(), cursor.selectionStart(), cursor.selectionEnd(), change);
    } else {
        QTextCharFormat format = currentCharFormat();
        change(format, cursor.block());
        setCurrentCharFormat(format);
    }
}

bool RichTextEdit::applyLink(const QString &href, QString *error)
{
    const QString address = href.trimmed();
    if (!address.isEmpty() && !RichText::isSafeHref(address)) {
        if (error)
            *error = tr("\"%1\" cannot be a link. Use a web address (https://...), mailto: or tel:; a "
                        "course cannot link to its own files.")
                         .arg(address);
        return false;
    }
    QTextCursor cursor = textCursor();
    if (!cursor.hasSelection()) {
        const QTextCharFormat here = cursor.charFormat();
        if (here.isAnchor()) {
            // Inside a link: the whole link.
            const QString current = here.anchorHref();
            const QTextBlock block = cursor.block();
            int from = cursor.position();
            int to = cursor.position();
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                const bool same =
                    fragment.charFormat().isAnchor() && fragment.charFormat().anchorHref() == current;
                const int start = fragment.position();
                const int end = start + fragment.length();
                if (same && start <= to && end >= from) {
                    from = std::min(from, start);
                    to = std::max(to, end);
                }
            }
            cursor.setPosition(from);
            cursor.setPosition(to, QTextCursor::KeepAnchor);
        } else {
            cursor.select(QTextCursor::WordUnderCursor);
        }
    }
    if (!cursor.hasSelection()) {
        if (address.isEmpty())
            return true;
        QTextCharFormat format = currentCharFormat();
        format.merge(RichTextDocument::linkFormat(address));
        cursor.insertText(address, format);
        // What is typed next is not part of the link.
        clearLink(format);
        setTextCursor(cursor);
        setCurrentCharFormat(format);
        return true;
    }
    changeRange(document(), cursor.selectionStart(), cursor.selectionEnd(),
                [&address](QTextCharFormat &format, const QTextBlock &) {
                    if (address.isEmpty())
                        clearLink(format);
                    else
                        format.merge(RichTextDocument::linkFormat(address));
                });
    return true;
}

QString RichTextEdit::currentLink() const
{
    const QTextCharFormat format = textCursor().charFormat();
    return format.isAnchor() ? format.anchorHref() : QString();
}

// ---- Block formats

void RichTextEdit::restyleBlocks(int headingLevel, bool codeBlock)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    for (const QTextBlock &block : selectedBlocks(cursor)) {
        const bool wasCode = block.blockFormat().boolProperty(RichTextDocument::CodeBlock);
        if (codeBlock) {
            // A list item stays an item whatever its look; a code block is a block of its own.
            if (QTextList *list = block.textList())
                list->remove(block);
        }
        QTextBlockFormat format = block.blockFormat();
        if (headingLevel > 0)
            format.setHeadingLevel(headingLevel);
        else
            format.clearProperty(QTextFormat::HeadingLevel);
        if (codeBlock) {
            format.setProperty(RichTextDocument::CodeBlock, true);
            format.setNonBreakableLines(true);
            format.setIndent(0);
            format.setBackground(RichTextDocument::codeBlockBackground());
        } else {
            format.clearProperty(RichTextDocument::CodeBlock);
            format.clearProperty(QTextFormat::BlockNonBreakableLines);
            if (wasCode)
                format.clearBackground();
        }
        QTextCursor blockCursor(block);
        blockCursor.setBlockFormat(format);
        const auto restyle = [headingLevel, codeBlock, wasCode](QTextCharFormat &chars) {
            const bool strong = chars.fontWeight() >= QFont::Bold;
            if (wasCode && !codeBlock)
                clearMonospace(chars);
            chars.merge(RichTextDocument::blockCharFormat(headingLevel, codeBlock));
            if (strong)
                chars.setFontWeight(QFont::Bold);
        };
        QTextCharFormat blockChars = block.charFormat();
        restyle(blockChars);
        blockCursor.setBlockCharFormat(blockChars);
        changeRange(document(), block.position(), block.position() + block.length() - 1,
                    [&restyle](QTextCharFormat &chars, const QTextBlock &) { restyle(chars); });
    }
    cursor.endEditBlock();
    QTextCharFormat typing = currentCharFormat();
    const bool strong = typing.fontWeight() >= QFont::Bold;
    if (!codeBlock)
        clearMonospace(typing);
    typing.merge(RichTextDocument::blockCharFormat(headingLevel, codeBlock));
    if (strong)
        typing.setFontWeight(QFont::Bold);
    setCurrentCharFormat(typing);
}

void RichTextEdit::setHeading(int level)
{
    restyleBlocks(level >= 2 && level <= 4 ? level : 0, false);
}

void RichTextEdit::toggleCodeBlock()
{
    restyleBlocks(0, !isCodeBlock());
}

void RichTextEdit::toggleQuote()
{
    const bool on = !isQuote();
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    for (const QTextBlock &block : selectedBlocks(cursor)) {
        QTextBlockFormat format = block.blockFormat();
        if (on)
            format.setProperty(QTextFormat::BlockQuoteLevel, 1);
        else
            format.clearProperty(QTextFormat::BlockQuoteLevel);
        format.setLeftMargin(on ? RichTextDocument::quoteMargin : 0);
        QTextCursor(block).setBlockFormat(format);
    }
    cursor.endEditBlock();
}

void RichTextEdit::toggleList(QTextListFormat::Style style)
{
    QTextCursor cursor = textCursor();
    cursor.beginEditBlock();
    const std::vector<QTextBlock> blocks = selectedBlocks(cursor);
    QTextList *list = cursor.currentList();
    if (list && isOrdered(list->format().style()) == isOrdered(style)) {
        // The same kind again: these paragraphs leave the list.
        for (const QTextBlock &block : blocks) {
            if (QTextList *own = block.textList()) {
                own->remove(block);
                QTextBlockFormat format = block.blockFormat();
                format.setIndent(0);
                QTextCursor(block).setBlockFormat(format);
            }
        }
    } else if (list) {
        QTextListFormat format = list->format();
        format.setStyle(style);
        list->setFormat(format);
    } else {
        // A heading or a code block cannot be an item: it becomes a paragraph first.
        restyleBlocks(0, false);
        const QTextBlock previous = blocks.front().previous();
        QTextList *before = previous.isValid() ? previous.textList() : nullptr;
        if (before && before->format().style() == style && before->format().indent() == 1 &&
            quoteLevel(previous) == quoteLevel(blocks.front())) {
            // Right after a list of the same kind: its next items, not a second list.
            for (const QTextBlock &block : blocks)
                before->add(block);
        } else {
            QTextListFormat format;
            format.setStyle(style);
            format.setIndent(1);
            cursor.createList(format);
        }
    }
    cursor.endEditBlock();
}

void RichTextEdit::changeListLevel(int delta)
{
    QTextCursor cursor = textCursor();
    QTextList *list = cursor.currentList();
    if (!list || delta == 0)
        return;
    const int level = list->format().indent() + delta;
    cursor.beginEditBlock();
    const std::vector<QTextBlock> blocks = selectedBlocks(cursor);
    if (level < 1) {
        for (const QTextBlock &block : blocks) {
            if (QTextList *own = block.textList()) {
                own->remove(block);
                QTextBlockFormat format = block.blockFormat();
                format.setIndent(0);
                QTextCursor(block).setBlockFormat(format);
            }
        }
    } else {
        // The list at that level just above: the previous item's own sublist (deeper) or the
        // list the current one is nested in (shallower). Without one, a new list.
        QTextList *target = nullptr;
        for (QTextBlock block = blocks.front().previous(); block.isValid() && block.textList();
             block = block.previous()) {
            const int indent = block.textList()->format().indent();
            if (indent == level) {
                target = block.textList();
                break;
            }
            if (indent < level)
                break;
        }
        if (!target) {
            QTextListFormat format = list->format();
            format.setIndent(level);
            target = cursor.createList(format);
        }
        for (const QTextBlock &block : blocks) {
            if (block.textList() && block.textList() != target)
                target->add(block);
        }
    }
    cursor.endEditBlock();
}

// ---- State

bool RichTextEdit::isBold() const
{
    return currentCharFormat().fontWeight() >= QFont::Bold;
}

bool RichTextEdit::isItalic() const
{
    return currentCharFormat().fontItalic();
}

bool RichTextEdit::isCode() const
{
    return currentCharFormat().fontFixedPitch();
}

int RichTextEdit::headingLevel() const
{
    return textCursor().blockFormat().headingLevel();
}

bool RichTextEdit::isCodeBlock() const
{
    return textCursor().blockFormat().boolProperty(RichTextDocument::CodeBlock);
}

bool RichTextEdit::isQuote() const
{
    return quoteLevel(textCursor().block()) > 0;
}

QTextListFormat::Style RichTextEdit::listStyle() const
{
    const QTextList *list = textCursor().currentList();
    return list ? list->format().style() : QTextListFormat::ListStyleUndefined;
}

// ---- Keyboard

bool RichTextEdit::event(QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        // In a list, Tab nests the item rather than leaving the field.
        auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        if (plain && (key->key() == Qt::Key_Tab || key->key() == Qt::Key_Backtab) &&
            textCursor().currentList()) {
            const bool out = key->key() == Qt::Key_Backtab || (key->modifiers() & Qt::ShiftModifier);
            changeListLevel(out ? -1 : 1);
            key->accept();
            return true;
        }
    }
    if (event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        // A text edit claims Undo and Redo for its own stack; here they belong to the window.
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            key->ignore();
            return true;
        }
        // The formatting shortcuts win over the window's while the field has the keyboard.
        const QList<QAction *> own = actions();
        for (const QAction *action : own) {
            if (action->isEnabled() && matchesShortcut(key, action)) {
                key->accept();
                return true;
            }
        }
    }
    return QTextEdit::event(event);
}

void RichTextEdit::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Undo) || event->matches(QKeySequence::Redo)) {
        event->ignore(); // to the parent, never to the disabled undo of this editor
        return;
    }
    const QList<QAction *> own = actions();
    for (QAction *action : own) {
        if (action->isEnabled() && matchesShortcut(event, action)) {
            action->trigger();
            event->accept();
            return;
        }
    }
    const bool enter = (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
                       !(event->modifiers() & Qt::ShiftModifier);
    const QTextCursor cursor = textCursor();
    if (enter && !cursor.hasSelection()) {
        // Enter on an empty item ends the list (or comes out of a nested one), as in every word
        // processor; the paragraph after a heading is body text.
        if (QTextList *list = cursor.currentList(); list && cursor.block().text().isEmpty()) {
            changeListLevel(-1);
            event->accept();
            return;
        }
        // Enter on an empty last line of a code block leaves it (blank lines within stay).
        const QTextBlock block = cursor.block();
        const auto isCode = [](const QTextBlock &b) {
            return b.isValid() && b.blockFormat().boolProperty(RichTextDocument::CodeBlock);
        };
        if (isCode(block) && block.text().isEmpty() && isCode(block.previous()) && !isCode(block.next())) {
            restyleBlocks(0, false);
            event->accept();
            return;
        }
        if (cursor.blockFormat().headingLevel() > 0 && cursor.atBlockEnd()) {
            QTextEdit::keyPressEvent(event);
            setHeading(0);
            return;
        }
    }
    QTextEdit::keyPressEvent(event);
    if (event->text() == QLatin1String(" "))
        startListFromMarker();
}

// "- ", "* " or "1. " typed at the start of an empty paragraph starts a list, as in most editors.
bool RichTextEdit::startListFromMarker()
{
    QTextCursor cursor = textCursor();
    const QTextBlock block = cursor.block();
    if (cursor.hasSelection() || block.textList() || block.blockFormat().headingLevel() > 0 ||
        block.blockFormat().boolProperty(RichTextDocument::CodeBlock))
        return false;
    const QString text = block.text();
    if (cursor.positionInBlock() != text.size())
        return false;
    QTextListFormat::Style style;
    if (text == QLatin1String("- ") || text == QLatin1String("* "))
        style = QTextListFormat::ListDisc;
    else if (text == QLatin1String("1. "))
        style = QTextListFormat::ListDecimal;
    else
        return false;
    ++m_quiet;
    cursor.beginEditBlock();
    cursor.movePosition(QTextCursor::StartOfBlock, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    setTextCursor(cursor);
    toggleList(style);
    cursor.endEditBlock();
    --m_quiet;
    onContentsChanged();
    return true;
}

void RichTextEdit::focusOutEvent(QFocusEvent *event)
{
    QTextEdit::focusOutEvent(event);
    if (m_edited) {
        m_edited = false;
        Q_EMIT editingFinished();
    }
}

// ---- Clipboard

bool RichTextEdit::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasFormat(mimeType()) || source->hasHtml() || source->hasText();
}

void RichTextEdit::insertFromMimeData(const QMimeData *source)
{
    // Never the HTML as it comes: what another program put on the clipboard goes through the
    // same reduction to the subset as everything else.
    if (source->hasFormat(mimeType())) {
        insertRichText(QString::fromUtf8(source->data(mimeType())));
    } else if (source->hasHtml()) {
        insertRichText(RichTextDocument::fromForeignHtml(source->html()));
    } else if (source->hasText()) {
        const QString text = source->text();
        const QString html = RichTextDocument::fromPlainText(text);
        const bool oneLine = !text.contains(u'\n') && !text.contains(u'\r');
        if (oneLine && (html.isEmpty() || html.startsWith(QLatin1String("<p>"))))
            textCursor().insertText(text); // within the paragraph, in its format
        else
            insertRichText(html);
    }
    ensureCursorVisible();
}

void RichTextEdit::insertRichText(const QString &safeHtml)
{
    QTextDocument pasted;
    RichTextDocument::toDocument(safeHtml, &pasted);
    if (pasted.isEmpty())
        return;
    QTextCursor cursor = textCursor();
    cursor.insertFragment(QTextDocumentFragment(&pasted));
    setTextCursor(cursor);
}

QMimeData *RichTextEdit::createMimeDataFromSelection() const
{
    // The subset rather than Qt's HTML with its styles, for this field and for other programs.
    const QTextDocumentFragment selection = textCursor().selection();
    QTextDocument copy;
    QTextCursor(&copy).insertFragment(selection);
    const QString html = RichTextDocument::fromDocument(copy);
    auto *mime = new QMimeData;
    mime->setData(mimeType(), html.toUtf8());
    mime->setHtml(html);
    mime->setText(selection.toPlainText());
    return mime;
}

} // namespace cw
