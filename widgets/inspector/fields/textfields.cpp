#include "textfields.h"

#include "model/schema.h"
#include "richtext/richtextedit.h"
#include "richtext/richtexttoolbar.h"
#include "themedicon.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cw {

LineField::LineField(const PropertySpec &spec)
    : PropertyField(spec)
    , m_line(new QLineEdit)
{
    if (spec.maxLength > 0)
        m_line->setMaxLength(spec.maxLength);
    connect(m_line, &QLineEdit::textEdited, this, [this] { Q_EMIT edited(false); });
    connect(m_line, &QLineEdit::editingFinished, this, [this] { Q_EMIT edited(true); });
    setEditor(m_line);
}

QJsonValue LineField::value() const
{
    return m_line->text();
}

void LineField::show(const QJsonValue &value, const FieldContext &)
{
    if (m_line->text() == value.toString())
        return;
    const QSignalBlocker blocker(m_line);
    m_line->setText(value.toString());
    m_line->setCursorPosition(0); // the start of a long text, not its tail
}

void LineField::selectAll()
{
    m_line->selectAll();
}

RichTextField::RichTextField(const PropertySpec &spec)
    : PropertyField(spec)
    , m_edit(new RichTextEdit)
    , m_minimumLines(spec.hint == EditorHint::ShortText ? 3 : 6)
{
    m_edit->setTabChangesFocus(true);
    connect(m_edit, &RichTextEdit::edited, this, [this] { Q_EMIT edited(false); });
    connect(m_edit, &RichTextEdit::editingFinished, this, [this] { Q_EMIT edited(true); });
    connect(m_edit->document()->documentLayout(), &QAbstractTextDocumentLayout::documentSizeChanged, this,
            &RichTextField::fitHeight);
    setEditor(m_edit, RichTextToolBar::withToolBar(m_edit));
    fitHeight();
}

void RichTextField::fitHeight()
{
    const int line = m_edit->fontMetrics().lineSpacing();
    const int frame = 2 * m_edit->frameWidth() + 8;
    const int content = int(m_edit->document()->size().height());
    m_edit->setFixedHeight(std::clamp(content + frame, line * m_minimumLines + frame, line * 30 + frame));
}

QJsonValue RichTextField::value() const
{
    return m_edit->richText();
}

void RichTextField::show(const QJsonValue &value, const FieldContext &)
{
    const QSignalBlocker blocker(m_edit);
    m_edit->setRichText(value.toString());
}

void RichTextField::selectAll()
{
    m_edit->selectAll();
}

namespace {

QToolButton *listButton(const QString &text, const QIcon &icon, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(text);
    button->setAccessibleName(text);
    button->setIcon(icon);
    return button;
}

} // namespace

ListField::ListField(const PropertySpec &spec)
    : PropertyField(spec)
    , m_list(new QListWidget)
{
    auto *box = new QWidget;
    auto *row = new QHBoxLayout(box);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_list, 1);
    auto *buttons = new QVBoxLayout;
    m_add = listButton(tr("Add entry"), themedIcon("list-add", QStyle::SP_FileDialogNewFolder), box);
    m_remove = listButton(tr("Remove entry"), themedIcon("list-remove", QStyle::SP_TrashIcon), box);
    m_up = listButton(tr("Move entry up"), themedIcon("go-up", QStyle::SP_ArrowUp), box);
    m_down = listButton(tr("Move entry down"), themedIcon("go-down", QStyle::SP_ArrowDown), box);
    for (QToolButton *button : {m_add, m_remove, m_up, m_down})
        buttons->addWidget(button);
    buttons->addStretch();
    row->addLayout(buttons);

    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                            QAbstractItemView::AnyKeyPressed);
    m_list->setFixedHeight(m_list->fontMetrics().lineSpacing() * 5 + 12);
    connect(m_list, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        // An entry emptied by the designer is an entry removed (value() already leaves it out).
        // Its row goes once the view has closed the editor: removing it while the editor is
        // committing would leave the view closing an editor it no longer owns.
        if (item->text().trimmed().isEmpty())
            QMetaObject::invokeMethod(this, &ListField::removeEmptyEntries, Qt::QueuedConnection);
        updateButtons();
        Q_EMIT edited(true);
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &ListField::updateButtons);
    connect(m_add, &QToolButton::clicked, this, &ListField::addEntry);
    connect(m_remove, &QToolButton::clicked, this, &ListField::removeEntry);
    connect(m_up, &QToolButton::clicked, this, [this] { moveEntry(-1); });
    connect(m_down, &QToolButton::clicked, this, [this] { moveEntry(1); });
    box->setFocusProxy(m_list);
    setEditor(m_list, box);
    updateButtons();
}

QStringList ListField::entries() const
{
    QStringList list;
    for (int i = 0; i < m_list->count(); ++i) {
        const QString text = m_list->item(i)->text();
        if (!text.trimmed().isEmpty())
            list << text;
    }
    return list;
}

QJsonValue ListField::value() const
{
    return QJsonArray::fromStringList(entries());
}

void ListField::show(const QJsonValue &value, const FieldContext &)
{
    QStringList stored;
    for (const QJsonValue &item : value.toArray())
        stored << item.toString();
    if (stored == entries())
        return;
    const QSignalBlocker blocker(m_list);
    const int current = m_list->currentRow();
    m_list->clear();
    for (const QString &entry : stored) {
        auto *item = new QListWidgetItem(entry, m_list);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
    }
    m_list->setCurrentRow(std::min(current, m_list->count() - 1));
    updateButtons();
}

void ListField::addEntry()
{
    // The entry is stored once it has text (itemChanged); an empty one left behind disappears.
    auto *item = new QListWidgetItem;
    item->setFlags(item->flags() | Qt::ItemIsEditable);
    {
        const QSignalBlocker blocker(m_list);
        m_list->addItem(item);
    }
    m_list->setCurrentItem(item);
    m_list->setFocus(Qt::OtherFocusReason);
    m_list->editItem(item);
}

void ListField::removeEmptyEntries()
{
    const QSignalBlocker blocker(m_list);
    for (int row = m_list->count() - 1; row >= 0; --row) {
        QListWidgetItem *item = m_list->item(row);
        // An editor open on the current entry (a new one just added) sits in the viewport.
        const bool beingEdited =
            item == m_list->currentItem() && m_list->viewport()->isAncestorOf(QApplication::focusWidget());
        if (item->text().trimmed().isEmpty() && !beingEdited)
            delete m_list->takeItem(row);
    }
    updateButtons();
}

void ListField::removeEntry()
{
    const int row = m_list->currentRow();
    if (row < 0)
        return;
    {
        const QSignalBlocker blocker(m_list);
        delete m_list->takeItem(row);
    }
    updateButtons();
    Q_EMIT edited(true);
}

void ListField::moveEntry(int delta)
{
    const int row = m_list->currentRow();
    const int to = row + delta;
    if (row < 0 || to < 0 || to >= m_list->count())
        return;
    {
        const QSignalBlocker blocker(m_list);
        QListWidgetItem *item = m_list->takeItem(row);
        m_list->insertItem(to, item);
        m_list->setCurrentRow(to);
    }
    updateButtons();
    Q_EMIT edited(true);
}

void ListField::updateButtons()
{
    const int row = m_list->currentRow();
    m_remove->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
}

} // namespace cw
