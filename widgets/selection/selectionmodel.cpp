#include "selectionmodel.h"

#include "model/coursedocument.h"

namespace cw {

SelectionModel::SelectionModel(QObject *parent)
    : QObject(parent)
{}

void SelectionModel::setDocument(CourseDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CourseDocument::changed, this, &SelectionModel::onChanged);
    clear();
}

void SelectionModel::select(const QUuid &id)
{
    setSelection(id.isNull() ? QList<QUuid>() : QList<QUuid>{id}, id);
}

void SelectionModel::setSelection(const QList<QUuid> &ids, const QUuid &current)
{
    QList<QUuid> unique;
    for (const QUuid &id : ids) {
        if (!id.isNull() && !unique.contains(id))
            unique << id;
    }
    const QUuid newCurrent =
        unique.contains(current) ? current : (unique.isEmpty() ? QUuid() : unique.first());
    const QUuid previous = m_current;
    const bool selectionDiffers = unique != m_selected;
    m_selected = unique;
    m_current = newCurrent;
    if (newCurrent != previous)
        Q_EMIT currentChanged(newCurrent, previous);
    if (selectionDiffers)
        Q_EMIT selectionChanged();
}

void SelectionModel::onChanged(const ChangeEvent &event)
{
    if (event.type != ChangeEvent::NodeRemoved || m_selected.isEmpty() || !m_document)
        return;
    // A removed subtree can hold selected nodes below the removed one: keep only those still there.
    QList<QUuid> remaining;
    for (const QUuid &id : std::as_const(m_selected)) {
        if (m_document->node(id))
            remaining << id;
    }
    if (remaining == m_selected)
        return;
    if (remaining.isEmpty())
        select(event.parent);
    else
        setSelection(remaining, m_current);
}

} // namespace cw
