#include "partrowsedit.h"

#include "model/schema.h"

#include <QApplication>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cw {

PartRowsEdit::PartRowsEdit(CourseDocument *document, const QUuid &question, NodeKind partKind, Marker marker,
                           QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_question(question)
    , m_partKind(partKind)
    , m_marker(marker)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(this))
{
    for (const PropertySpec &spec : Schema::instance().kind(partKind).properties) {
        if (spec.type == PropertyType::Bool && !m_markerSpec)
            m_markerSpec = &spec;
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    layout->addLayout(m_rowsLayout);
    m_add->setText(tr("Add %1").arg(Schema::kindNoun(partKind)));
    m_add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    connect(m_add, &QPushButton::clicked, this, &PartRowsEdit::addPart);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch();
    layout->addLayout(addRow);
    sync();
}

PartRowsEdit::~PartRowsEdit()
{
    // Destroying a focused line edit reports editingFinished: it must not reach a half-destroyed
    // editor or write into the document.
    m_updating = true;
    for (Row &r : m_rows) {
        for (auto &[spec, edit] : r.texts)
            disconnect(edit, nullptr, this, nullptr);
    }
}

const Node *PartRowsEdit::question() const
{
    return m_document ? m_document->node(m_question) : nullptr;
}

const PartRowsEdit::Row *PartRowsEdit::row(int index) const
{
    return index >= 0 && index < rowCount() ? &m_rows[size_t(index)] : nullptr;
}

PartRowsEdit::Row *PartRowsEdit::rowFor(const QUuid &id)
{
    for (Row &r : m_rows) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QUuid PartRowsEdit::rowNode(int index) const
{
    const Row *r = row(index);
    return r ? r->id : QUuid();
}

QWidget *PartRowsEdit::editorAt(int index, const QString &key) const
{
    const Row *r = row(index);
    if (!r)
        return nullptr;
    if (m_markerSpec && m_markerSpec->key == key)
        return r->marker;
    for (const auto &[spec, edit] : r->texts) {
        if (spec->key == key)
            return edit;
    }
    return nullptr;
}

QAbstractButton *PartRowsEdit::moveUpButton(int index) const
{
    const Row *r = row(index);
    return r ? r->up : nullptr;
}

QAbstractButton *PartRowsEdit::moveDownButton(int index) const
{
    const Row *r = row(index);
    return r ? r->down : nullptr;
}

QAbstractButton *PartRowsEdit::removeButton(int index) const
{
    const Row *r = row(index);
    return r ? r->remove : nullptr;
}

QAbstractButton *PartRowsEdit::addButton() const
{
    return m_add;
}

void PartRowsEdit::setTabPredecessor(QWidget *before)
{
    m_tabPredecessor = before;
    renumber();
}

PartRowsEdit::Row PartRowsEdit::createRow(const QUuid &id)
{
    Row r;
    r.id = id;
    r.widget = new QWidget(this);
    auto *layout = new QHBoxLayout(r.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    if (m_markerSpec) {
        if (m_marker == Marker::Exclusive) {
            auto *radio = new QRadioButton(r.widget);
            // The document decides which choice is correct; Qt's own exclusivity would unmark the
            // others without an undo step.
            radio->setAutoExclusive(false);
            r.marker = radio;
        } else {
            r.marker = new QCheckBox(r.widget);
        }
        r.marker->setToolTip(Schema::propertyLabel(*m_markerSpec));
        connect(r.marker, &QAbstractButton::clicked, this, [this, id](bool checked) { mark(id, checked); });
        layout->addWidget(r.marker);
    }
    for (const PropertySpec &spec : Schema::instance().kind(m_partKind).properties) {
        if (spec.type != PropertyType::String)
            continue;
        auto *edit = new QLineEdit(r.widget);
        edit->setPlaceholderText(Schema::propertyLabel(spec));
        if (spec.maxLength > 0)
            edit->setMaxLength(spec.maxLength);
        const QString key = spec.key;
        connect(edit, &QLineEdit::textEdited, this,
                [this, id, key](const QString &text) { applyText(id, key, text, false); });
        connect(edit, &QLineEdit::editingFinished, this,
                [this, id, key, edit] { applyText(id, key, edit->text(), true); });
        // Return moves on to the next text (a choice's feedback, then the next choice), so a list
        // of answers is typed without reaching for the mouse.
        connect(edit, &QLineEdit::returnPressed, this, [this, edit] { focusTextAfter(edit); });
        layout->addWidget(edit, 1);
        r.texts.emplace_back(&spec, edit);
    }
    auto button = [&](QStyle::StandardPixmap icon) {
        auto *b = new QToolButton(r.widget);
        b->setIcon(style()->standardIcon(icon));
        b->setFocusPolicy(Qt::StrongFocus); // keyboard users reach them with Tab
        layout->addWidget(b);
        return b;
    };
    r.up = button(QStyle::SP_ArrowUp);
    r.down = button(QStyle::SP_ArrowDown);
    r.remove = button(QStyle::SP_TrashIcon);
    connect(r.up, &QToolButton::clicked, this, [this, id] { movePart(id, -1); });
    connect(r.down, &QToolButton::clicked, this, [this, id] { movePart(id, +1); });
    connect(r.remove, &QToolButton::clicked, this, [this, id] { removePart(id); });
    return r;
}

void PartRowsEdit::retire(Row &r)
{
    for (auto &[spec, edit] : r.texts)
        disconnect(edit, nullptr, this, nullptr);
    m_rowsLayout->removeWidget(r.widget);
    r.widget->hide();
    // Later: the row may be the one whose remove button is being clicked.
    r.widget->deleteLater();
}

void PartRowsEdit::sync()
{
    const bool was = m_updating;
    m_updating = true;
    std::vector<Row> next;
    if (const Node *q = question()) {
        for (const auto &child : q->children()) {
            auto it =
                std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &r) { return r.id == child->id(); });
            if (it != m_rows.end()) {
                next.push_back(*it);
                m_rows.erase(it);
            } else {
                next.push_back(createRow(child->id()));
            }
        }
    }
    for (Row &gone : m_rows)
        retire(gone);
    m_rows = std::move(next);
    for (int i = 0; i < rowCount(); ++i) {
        QWidget *w = m_rows[size_t(i)].widget;
        if (m_rowsLayout->indexOf(w) != i) {
            // Moving the widget, not rebuilding it, keeps the keyboard focus inside it.
            m_rowsLayout->removeWidget(w);
            m_rowsLayout->insertWidget(i, w);
        }
        w->show();
        refreshRow(m_rows[size_t(i)]);
    }
    m_updating = was;
    renumber();
}

void PartRowsEdit::refreshRow(Row &r)
{
    const Node *n = m_document ? m_document->node(r.id) : nullptr;
    if (!n)
        return;
    const bool was = m_updating;
    m_updating = true;
    if (r.marker) {
        const QSignalBlocker blocker(r.marker);
        r.marker->setChecked(n->boolean(m_markerSpec->key));
    }
    for (auto &[spec, edit] : r.texts) {
        const QString value = n->string(spec->key);
        if (edit->text() != value) {
            const QSignalBlocker blocker(edit);
            edit->setText(value);
            edit->setCursorPosition(0);
        }
    }
    m_updating = was;
}

void PartRowsEdit::renumber()
{
    const QString kind = Schema::kindLabel(m_partKind);
    const QString noun = Schema::kindNoun(m_partKind);
    QWidget *previous = m_tabPredecessor;
    auto chain = [&previous](QWidget *w) {
        if (previous)
            QWidget::setTabOrder(previous, w);
        previous = w;
    };
    for (int i = 0; i < rowCount(); ++i) {
        Row &r = m_rows[size_t(i)];
        const int n = i + 1;
        auto name = [&](const PropertySpec &spec) {
            //: %1 is a question part ("Choice"), %2 its number, %3 a property ("correct", "feedback")
            return tr("%1 %2 %3").arg(kind).arg(n).arg(Schema::propertyNoun(spec));
        };
        if (r.marker) {
            r.marker->setAccessibleName(name(*m_markerSpec));
            chain(r.marker);
        }
        for (auto &[spec, edit] : r.texts) {
            edit->setAccessibleName(name(*spec));
            chain(edit);
        }
        r.up->setAccessibleName(tr("Move %1 %2 up").arg(noun).arg(n));
        r.down->setAccessibleName(tr("Move %1 %2 down").arg(noun).arg(n));
        r.remove->setAccessibleName(tr("Remove %1 %2").arg(noun).arg(n));
        for (QToolButton *b : {r.up, r.down, r.remove}) {
            b->setToolTip(b->accessibleName());
            chain(b);
        }
        r.up->setEnabled(i > 0);
        r.down->setEnabled(i + 1 < rowCount());
    }
    chain(m_add);
}

void PartRowsEdit::handleChange(const ChangeEvent &event)
{
    switch (event.type) {
    case ChangeEvent::PropertiesChanged:
        if (Row *r = rowFor(event.node))
            refreshRow(*r);
        break;
    case ChangeEvent::NodeInserted:
    case ChangeEvent::NodeRemoved:
    case ChangeEvent::NodeMoved:
        if (event.parent == m_question || event.newParent == m_question)
            sync();
        break;
    default:
        break;
    }
}

void PartRowsEdit::report(bool ok, const QString &error)
{
    Q_EMIT editResult(ok ? QString() : error);
}

void PartRowsEdit::applyText(const QUuid &id, const QString &key, const QString &text, bool commit)
{
    if (m_updating || !m_document || !m_document->node(id))
        return;
    QString error;
    report(m_document->setProperty(id, key, text, commit, &error), error);
}

void PartRowsEdit::mark(const QUuid &id, bool checked)
{
    const Node *q = question();
    if (m_updating || !q || !m_markerSpec)
        return;
    const QString key = m_markerSpec->key;
    QString error;
    if (m_marker == Marker::Independent) {
        report(m_document->setProperty(id, key, checked, true, &error), error);
        return;
    }
    // Exclusive: clicking the marked radio again keeps it marked (the click unchecked it).
    QList<QUuid> changes;
    for (const auto &child : q->children()) {
        if (child->boolean(key) != (child->id() == id))
            changes << child->id();
    }
    if (changes.isEmpty()) {
        if (Row *r = rowFor(id))
            refreshRow(*r);
        return;
    }
    m_document->commitEdits();
    bool ok = true;
    {
        const CourseDocument::Macro macro(*m_document,
                                          tr("Mark the correct %1").arg(Schema::kindNoun(m_partKind)));
        for (const QUuid &change : changes)
            ok = m_document->setProperty(change, key, change == id, true, &error) && ok;
    }
    report(ok, error);
}

void PartRowsEdit::addPart()
{
    const Node *q = question();
    if (!q)
        return;
    m_document->commitEdits();
    QString error;
    const Node *added =
        m_document->insertNode(m_question, q->childCount(), CourseDocument::createNode(m_partKind), &error);
    report(added, error);
    // The new row's first field takes the typing, its placeholder text selected to be replaced.
    if (added)
        focusRow(added->id());
}

void PartRowsEdit::focusTextAfter(QLineEdit *edit)
{
    bool found = false;
    for (const Row &r : m_rows) {
        for (const auto &entry : r.texts) {
            QLineEdit *text = entry.second;
            if (found) {
                text->setFocus(Qt::TabFocusReason);
                text->selectAll();
                return;
            }
            found = text == edit;
        }
    }
    // The last text of the last row: the field keeps the keyboard (Add makes another row).
}

bool PartRowsEdit::focusRow(const QUuid &part)
{
    const Row *r = rowFor(part);
    if (!r || r->texts.empty())
        return false;
    QLineEdit *edit = r->texts.front().second;
    edit->setFocus(Qt::TabFocusReason);
    edit->selectAll();
    return true;
}

void PartRowsEdit::movePart(const QUuid &id, int delta)
{
    const Node *n = m_document ? m_document->node(id) : nullptr;
    if (!n || n->parent()->id() != m_question)
        return;
    const int target = n->indexInParent() + delta;
    if (target < 0 || target >= n->parent()->childCount())
        return;
    QWidget *focused = QApplication::focusWidget();
    m_document->commitEdits();
    QString error;
    report(m_document->moveNode(id, m_question, target, &error), error);
    // The clicked button may now be disabled (the row reached the top or the bottom): the focus
    // goes to its opposite rather than somewhere unexpected.
    const Row *r = rowFor(id);
    if (r && focused && (focused == r->up || focused == r->down) && !focused->isEnabled())
        (focused == r->up ? r->down : r->up)->setFocus(Qt::TabFocusReason);
}

void PartRowsEdit::removePart(const QUuid &id)
{
    const Node *n = m_document ? m_document->node(id) : nullptr;
    if (!n)
        return;
    const int index = n->indexInParent();
    m_document->commitEdits();
    QString error;
    const bool ok = m_document->removeNode(id, &error);
    report(ok, error);
    // Keep the keyboard near where it was: the row that took this one's place, or the add button.
    if (ok) {
        if (const Row *r = row(std::min(index, rowCount() - 1)))
            r->remove->setFocus(Qt::TabFocusReason);
        else
            m_add->setFocus(Qt::TabFocusReason);
    }
}

} // namespace cw
