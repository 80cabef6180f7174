#pragma once
// Removes a subtree. While done, the command owns the removed subtree so undo can restore it.

#include "model/node.h"

#include <QUndoCommand>

#include <memory>

namespace cw {

class CourseDocument;

class RemoveNodeCommand : public QUndoCommand
{
public:
    RemoveNodeCommand(CourseDocument &document, const Node &node);

    void undo() override;
    void redo() override;

private:
    CourseDocument &m_document;
    QUuid m_nodeId;
    QUuid m_parent;
    int m_index;
    std::unique_ptr<Node> m_node; // set while the node is out of the tree
};

} // namespace cw
