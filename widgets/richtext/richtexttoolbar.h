#pragma once
// The formatting buttons of one RichTextEdit: bold, italic, code, link, lists, headings, quote
// and code block, each with its shortcut (active while that editor has the keyboard).

#include <QToolBar>

namespace cw {

class RichTextEdit;

class RichTextToolBar : public QToolBar
{
    Q_OBJECT

public:
    enum Command
    {
        Bold,
        Italic,
        Code,
        Link,
        BulletList,
        NumberedList,
        Paragraph,
        Heading2,
        Heading3,
        Heading4,
        Quote,
        CodeBlock,
        CommandCount
    };

    explicit RichTextToolBar(RichTextEdit *edit, QWidget *parent = nullptr);
    // The edit with its toolbar above it, as a form row shows them.
    static QWidget *withToolBar(RichTextEdit *edit);

    QAction *action(Command command) const { return m_actions.value(command); }
    RichTextEdit *edit() const { return m_edit; }
    // Asks for the link's address (the link command); an address that cannot be a link is
    // refused with a message saying why.
    void promptForLink();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAction *add(Command command, const QString &text, const QString &name,
                 const QList<QKeySequence> &shortcuts, bool checkable);
    void updateStates();

    RichTextEdit *m_edit;
    QList<QAction *> m_actions; // indexed by Command
};

} // namespace cw
