#pragma once
// A text editor for one rich-text property: what it shows converts to and from the safe HTML
// subset exactly (RichTextDocument). Its own undo is off: edits reach the course through
// edited()/editingFinished(), and Ctrl+Z goes to the window's undo, i.e. the document's stack.

#include <QTextEdit>
#include <QTextListFormat>

namespace cw {

class RichTextEdit : public QTextEdit
{
    Q_OBJECT

public:
    // The clipboard format carrying the safe subset between rich-text fields.
    static QString mimeType();

    explicit RichTextEdit(QWidget *parent = nullptr);

    // The content as canonical safe HTML.
    QString richText() const;
    // Shows stored HTML without emitting edited(). When it already shows that content nothing
    // happens (the cursor stays); otherwise the cursor keeps its position as far as it exists.
    void setRichText(const QString &html);

    // Formatting, applied to the selection or, without one, to what is typed next / the
    // current paragraph. The toolbar's actions and their shortcuts call these.
    void toggleBold();
    void toggleItalic();
    void toggleCode();
    // 0 makes the selected paragraphs plain paragraphs, 2-4 headings.
    void setHeading(int level);
    void toggleCodeBlock();
    void toggleQuote();
    // Bulleted (ListDisc) or numbered (ListDecimal); the same kind again ends the list.
    void toggleList(QTextListFormat::Style style);
    // Nests the selected items one level deeper (+1) or brings them out one level (-1); out of
    // the first level, they leave the list. Tab and Shift+Tab in a list.
    void changeListLevel(int delta);
    // Links the selection (or the word at the cursor; without one, inserts the address as the
    // link's text). An empty href removes the link. Refuses what RichText::isSafeHref refuses.
    bool applyLink(const QString &href, QString *error = nullptr);
    // The link at the cursor, empty when there is none.
    QString currentLink() const;

    // What the toolbar shows as checked.
    bool isBold() const;
    bool isItalic() const;
    bool isCode() const;
    int headingLevel() const;
    bool isCodeBlock() const;
    bool isQuote() const;
    QTextListFormat::Style listStyle() const; // ListStyleUndefined outside lists

Q_SIGNALS:
    // The content after an edit by the user, as canonical safe HTML (only when it changed).
    void edited(const QString &html);
    // The keyboard left the field after edits: the integration closes its merged undo step.
    // Not sent when nothing was edited, so passing through a field never rewrites stored HTML
    // (which may be written differently from what richText() gives).
    void editingFinished();

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;

private:
    void onContentsChanged();
    void insertRichText(const QString &safeHtml);
    bool startListFromMarker();
    void restyleBlocks(int headingLevel, bool codeBlock);

    QString m_html;        // what edited() last reported or setRichText() showed
    int m_quiet = 0;       // changes made here that report once, or not at all
    bool m_edited = false; // edited() was sent since the last editingFinished() or setRichText()
};

} // namespace cw
