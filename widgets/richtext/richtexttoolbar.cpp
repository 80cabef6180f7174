#include "richtexttoolbar.h"

#include "richtextedit.h"

#include <QAction>
#include <QEvent>
#include <QInputDialog>
#include <QMessageBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace cw {

QWidget *RichTextToolBar::withToolBar(RichTextEdit *edit)
{
    auto *host = new QWidget;
    auto *column = new QVBoxLayout(host);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(new RichTextToolBar(edit, host));
    column->addWidget(edit);
    return host;
}

RichTextToolBar::RichTextToolBar(RichTextEdit *edit, QWidget *parent)
    : QToolBar(parent)
    , m_edit(edit)
{
    setAccessibleName(tr("Text formatting"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setIconSize(QSize(16, 16));
    setMovable(false);
    setFloatable(false);
    m_actions.resize(CommandCount);

    auto keys = [](QKeyCombination key) { return QList<QKeySequence>{QKeySequence(key)}; };
    QAction *bold = add(Bold, tr("B"), tr("Bold"), QKeySequence::keyBindings(QKeySequence::Bold), true);
    connect(bold, &QAction::triggered, m_edit, &RichTextEdit::toggleBold);
    QAction *italic =
        add(Italic, tr("I"), tr("Italic"), QKeySequence::keyBindings(QKeySequence::Italic), true);
    connect(italic, &QAction::triggered, m_edit, &RichTextEdit::toggleItalic);
    QAction *code = add(Code, tr("Code"), tr("Code (fixed-width text)"), {}, true);
    connect(code, &QAction::triggered, m_edit, &RichTextEdit::toggleCode);
    QAction *link = add(Link, tr("Link"), tr("Link"), keys(Qt::CTRL | Qt::Key_K), false);
    connect(link, &QAction::triggered, this, &RichTextToolBar::promptForLink);
    addSeparator();
    QAction *bullets =
        add(BulletList, tr("\u2022 List"), tr("Bulleted list"), keys(Qt::CTRL | Qt::SHIFT | Qt::Key_8), true);
    connect(bullets, &QAction::triggered, m_edit, [this] { m_edit->toggleList(QTextListFormat::ListDisc); });
    QAction *numbers =
        add(NumberedList, tr("1. List"), tr("Numbered list"), keys(Qt::CTRL | Qt::SHIFT | Qt::Key_7), true);
    connect(numbers, &QAction::triggered, m_edit,
            [this] { m_edit->toggleList(QTextListFormat::ListDecimal); });
    addSeparator();
    QAction *paragraph = add(Paragraph, tr("\u00b6"), tr("Paragraph"), keys(Qt::CTRL | Qt::Key_0), false);
    connect(paragraph, &QAction::triggered, m_edit, [this] { m_edit->setHeading(0); });
    const Command headings[] = {Heading2, Heading3, Heading4};
    const Qt::Key digits[] = {Qt::Key_2, Qt::Key_3, Qt::Key_4};
    for (int i = 0; i < 3; ++i) {
        const int level = i + 2;
        QAction *heading = add(headings[i], tr("H%1").arg(level), tr("Heading %1").arg(level),
                               keys(Qt::CTRL | digits[i]), true);
        connect(heading, &QAction::triggered, m_edit,
                [this, level] { m_edit->setHeading(m_edit->headingLevel() == level ? 0 : level); });
    }
    addSeparator();
    QAction *quote = add(Quote, tr("Quote"), tr("Quotation"), {}, true);
    connect(quote, &QAction::triggered, m_edit, &RichTextEdit::toggleQuote);
    QAction *codeBlock = add(CodeBlock, tr("Code block"), tr("Code block (preformatted lines)"), {}, true);
    connect(codeBlock, &QAction::triggered, m_edit, &RichTextEdit::toggleCodeBlock);

    QFont boldFont = font();
    boldFont.setBold(true);
    widgetForAction(bold)->setFont(boldFont);
    QFont italicFont = font();
    italicFont.setItalic(true);
    widgetForAction(italic)->setFont(italicFont);

    connect(m_edit, &RichTextEdit::cursorPositionChanged, this, &RichTextToolBar::updateStates);
    connect(m_edit, &RichTextEdit::currentCharFormatChanged, this, &RichTextToolBar::updateStates);
    connect(m_edit, &RichTextEdit::textChanged, this, &RichTextToolBar::updateStates);
    m_edit->installEventFilter(this);
    setEnabled(m_edit->isEnabled());
    updateStates();
}

QAction *RichTextToolBar::add(Command command, const QString &text, const QString &name,
                              const QList<QKeySequence> &shortcuts, bool checkable)
{
    auto *action = new QAction(text, this);
    action->setObjectName(QStringLiteral("richtext_%1").arg(int(command)));
    action->setCheckable(checkable);
    action->setToolTip(shortcuts.isEmpty()
                           ? name
                           : tr("%1 (%2)").arg(name, shortcuts.first().toString(QKeySequence::NativeText)));
    // Each field has its own toolbar: the shortcuts act in the field that has the keyboard only.
    action->setShortcuts(shortcuts);
    action->setShortcutContext(Qt::WidgetShortcut);
    addAction(action);
    m_edit->addAction(action);
    if (QWidget *button = widgetForAction(action)) {
        button->setFocusPolicy(Qt::NoFocus); // a click formats and leaves the keyboard in the text
        button->setAccessibleName(name);
    }
    m_actions[command] = action;
    return action;
}

void RichTextToolBar::promptForLink()
{
    bool ok = false;
    const QString address = QInputDialog::getText(
        m_edit, tr("Link"), tr("Web address (https://...), mailto: or tel: (empty removes the link):"),
        QLineEdit::Normal, m_edit->currentLink(), &ok);
    if (!ok)
        return;
    QString error;
    if (!m_edit->applyLink(address, &error))
        QMessageBox::warning(m_edit, tr("Link"), error);
}

bool RichTextToolBar::eventFilter(QObject *watched, QEvent *event)
{
    // The form greys out a field that does not apply; its buttons go with it.
    if (watched == m_edit && event->type() == QEvent::EnabledChange)
        setEnabled(m_edit->isEnabled());
    return QToolBar::eventFilter(watched, event);
}

void RichTextToolBar::updateStates()
{
    m_actions[Bold]->setChecked(m_edit->isBold());
    m_actions[Italic]->setChecked(m_edit->isItalic());
    m_actions[Code]->setChecked(m_edit->isCode());
    const QTextListFormat::Style list = m_edit->listStyle();
    const bool inList = list != QTextListFormat::ListStyleUndefined;
    const bool numbered = list == QTextListFormat::ListDecimal || list == QTextListFormat::ListLowerAlpha ||
                          list == QTextListFormat::ListUpperAlpha ||
                          list == QTextListFormat::ListLowerRoman || list == QTextListFormat::ListUpperRoman;
    m_actions[BulletList]->setChecked(inList && !numbered);
    m_actions[NumberedList]->setChecked(inList && numbered);
    const int level = m_edit->headingLevel();
    m_actions[Heading2]->setChecked(level == 2);
    m_actions[Heading3]->setChecked(level == 3);
    m_actions[Heading4]->setChecked(level == 4);
    m_actions[Quote]->setChecked(m_edit->isQuote());
    m_actions[CodeBlock]->setChecked(m_edit->isCodeBlock());
}

} // namespace cw
