#pragma once
// The selected nodes, by id, shared by every view: the outline, the central editor and the
// inspector follow it instead of each other. When the current node leaves the course (deleted,
// or its insertion undone), the parent it left becomes current, so no view shows a dead node.

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUuid>

namespace cw {

class CourseDocument;
struct ChangeEvent;

class SelectionModel : public QObject
{
    Q_OBJECT

public:
    explicit SelectionModel(QObject *parent = nullptr);

    void setDocument(CourseDocument *document); // clears the selection
    QUuid current() const { return m_current; }
    QList<QUuid> selected() const { return m_selected; }
    bool isSelected(const QUuid &id) const { return m_selected.contains(id); }

    // Makes `id` the current and only selected node; a null id clears.
    void select(const QUuid &id);
    // Several selected nodes with one of them current (the first when `current` is not among them).
    void setSelection(const QList<QUuid> &ids, const QUuid &current);
    void clear() { select({}); }

Q_SIGNALS:
    void currentChanged(const QUuid &current, const QUuid &previous);
    void selectionChanged();

private:
    void onChanged(const ChangeEvent &event);

    QPointer<CourseDocument> m_document;
    QUuid m_current;
    QList<QUuid> m_selected;
};

} // namespace cw
