#pragma once
// Inserts a subtree. While undone, the command owns the detached subtree.

#include "model/node.h"

#include <QUndoCommand>

#include <memory>

namespace cw {

class CourseDocument;

class InsertNodeCommand : public QUndoCommand
{
public:
    InsertNodeCommand(CourseDocument &document, const QUuid &parent, int index, std::unique_ptr<Node> node);

    void undo() override;
    void redo() override;

private:
    CourseDocument &m_document;
    QUuid m_parent;
    int m_index;
    QUuid m_nodeId;
    std::unique_ptr<Node> m_node; // set while the node is out of the tree
};

} // namespace cw
