#include "movenodecommand.h"

#include "model/coursedocument.h"
#include "model/schema.h"

#include <QCoreApplication>

namespace cw {

MoveNodeCommand::MoveNodeCommand(CourseDocument &document, const Node &node, const QUuid &newParent,
                                 int newIndex)
    : m_document(document)
    , m_node(node.id())
    , m_oldParent(node.parent()->id())
    , m_oldIndex(node.indexInParent())
    , m_newParent(newParent)
    , m_newIndex(newIndex)
{
    setText(QCoreApplication::translate("cw::MoveNodeCommand", "Move %1").arg(Schema::kindNoun(node.kind())));
}

void MoveNodeCommand::undo()
{
    m_document.applyMove(m_node, m_oldParent, m_oldIndex);
}

void MoveNodeCommand::redo()
{
    m_document.applyMove(m_node, m_newParent, m_newIndex);
}

} // namespace cw
