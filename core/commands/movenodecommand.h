#pragma once
// Moves a node to another position, under the same or another parent.

#include <QUndoCommand>
#include <QUuid>

namespace cw {

class CourseDocument;
class Node;

class MoveNodeCommand : public QUndoCommand
{
public:
    // newIndex counts positions in the new parent after the node has been taken out.
    MoveNodeCommand(CourseDocument &document, const Node &node, const QUuid &newParent, int newIndex);

    void undo() override;
    void redo() override;

private:
    CourseDocument &m_document;
    QUuid m_node;
    QUuid m_oldParent;
    int m_oldIndex;
    QUuid m_newParent;
    int m_newIndex;
};

} // namespace cw
