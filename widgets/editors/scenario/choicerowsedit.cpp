#include "choicerowsedit.h"

#include "choicerow.h"
#include "model/schema.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cw {

ChoiceRowsEdit::ChoiceRowsEdit(CourseDocument *document, const QUuid &step, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_step(step)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    m_add->setText(tr("Add %1").arg(Schema::kindNoun(NodeKind::ScenarioChoice)));
    m_add->setAccessibleName(m_add->text());
    m_add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    connect(m_add, &QPushButton::clicked, this, &ChoiceRowsEdit::addChoice);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch();
    layout->addLayout(addRow);
    sync();
}

const Node *ChoiceRowsEdit::step() const
{
    return m_document ? m_document->node(m_step) : nullptr;
}

ChoiceRow *ChoiceRowsEdit::row(int index) const
{
    return index >= 0 && index < rowCount() ? m_rows[size_t(index)] : nullptr;
}

void ChoiceRowsEdit::setVariables(const QList<ScenarioVariable> &variables)
{
    m_variables = variables;
    for (ChoiceRow *r : m_rows)
        r->setVariables(variables);
}

void ChoiceRowsEdit::appendTabOrder(QList<QWidget *> &chain) const
{
    for (ChoiceRow *r : m_rows)
        r->appendTabOrder(chain);
    chain << m_add;
}

void ChoiceRowsEdit::sync()
{
    std::vector<ChoiceRow *> next;
    if (const Node *s = step()) {
        for (const auto &child : s->children()) {
            auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                   [&](const ChoiceRow *r) { return r->choice() == child->id(); });
            if (it != m_rows.end()) {
                next.push_back(*it);
                m_rows.erase(it);
                continue;
            }
            auto *r = new ChoiceRow(m_document, child->id(), this);
            r->setVariables(m_variables);
            connect(r, &ChoiceRow::moveRequested, this, &ChoiceRowsEdit::moveChoice);
            connect(r, &ChoiceRow::removeRequested, this, &ChoiceRowsEdit::removeChoice);
            connect(r, &ChoiceRow::editResult, this, &ChoiceRowsEdit::editResult);
            connect(r, &ChoiceRow::rowsChanged, this, &ChoiceRowsEdit::rowsChanged);
            next.push_back(r);
        }
    }
    for (ChoiceRow *gone : m_rows) {
        m_rowsLayout->removeWidget(gone);
        gone->hide();
        gone->deleteLater(); // later: its own remove button may be the one being clicked
    }
    m_rows = std::move(next);
    for (int i = 0; i < rowCount(); ++i) {
        ChoiceRow *r = m_rows[size_t(i)];
        if (m_rowsLayout->indexOf(r) != i) {
            // Moving the card, not rebuilding it, keeps the keyboard focus inside it.
            m_rowsLayout->removeWidget(r);
            m_rowsLayout->insertWidget(i, r);
        }
        r->show();
        r->setNumber(i + 1, rowCount());
    }
    Q_EMIT rowsChanged();
}

void ChoiceRowsEdit::handleChange(const ChangeEvent &event)
{
    const bool structural = event.type == ChangeEvent::NodeInserted ||
                            event.type == ChangeEvent::NodeRemoved || event.type == ChangeEvent::NodeMoved;
    if (structural && (event.parent == m_step || event.newParent == m_step))
        sync();
    for (ChoiceRow *r : m_rows)
        r->handleChange(event);
}

void ChoiceRowsEdit::addChoice()
{
    const Node *s = step();
    if (!s)
        return;
    m_document->commitEdits();
    QString error;
    const Node *added = m_document->insertNode(m_step, s->childCount(),
                                               CourseDocument::createNode(NodeKind::ScenarioChoice), &error);
    Q_EMIT editResult(added ? QString() : error);
    // The new card's text takes the typing, selected to be replaced.
    if (added)
        focusRow(added->id());
}

bool ChoiceRowsEdit::focusRow(const QUuid &choice)
{
    for (ChoiceRow *r : m_rows) {
        if (r->choice() == choice) {
            r->textEdit()->setFocus(Qt::TabFocusReason);
            r->textEdit()->selectAll();
            return true;
        }
    }
    return false;
}

void ChoiceRowsEdit::moveChoice(const QUuid &id, int delta)
{
    const Node *n = m_document ? m_document->node(id) : nullptr;
    if (!n || n->parent()->id() != m_step)
        return;
    const int target = n->indexInParent() + delta;
    if (target < 0 || target >= n->parent()->childCount())
        return;
    QWidget *focused = QApplication::focusWidget();
    m_document->commitEdits();
    QString error;
    Q_EMIT editResult(m_document->moveNode(id, m_step, target, &error) ? QString() : error);
    // At the top or the bottom the clicked button is disabled: the focus goes to its opposite.
    for (ChoiceRow *r : m_rows) {
        if (r->choice() == id && focused && !focused->isEnabled() &&
            (focused == r->moveUpButton() || focused == r->moveDownButton()))
            (focused == r->moveUpButton() ? r->moveDownButton() : r->moveUpButton())
                ->setFocus(Qt::TabFocusReason);
    }
}

void ChoiceRowsEdit::removeChoice(const QUuid &id)
{
    const Node *n = m_document ? m_document->node(id) : nullptr;
    if (!n)
        return;
    const int index = n->indexInParent();
    m_document->commitEdits();
    QString error;
    const bool ok = m_document->removeNode(id, &error);
    Q_EMIT editResult(ok ? QString() : error);
    if (ok) {
        if (ChoiceRow *r = row(std::min(index, rowCount() - 1)))
            r->removeButton()->setFocus(Qt::TabFocusReason);
        else
            m_add->setFocus(Qt::TabFocusReason);
    }
}

} // namespace cw
