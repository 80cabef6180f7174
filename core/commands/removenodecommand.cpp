#include "removenodecommand.h"

#include "model/coursedocument.h"
#include "model/schema.h"

#include <QCoreApplication>

namespace cw {

RemoveNodeCommand::RemoveNodeCommand(CourseDocument &document, const Node &node)
    : m_document(document)
    , m_nodeId(node.id())
    , m_parent(node.parent()->id())
    , m_index(node.indexInParent())
{
    setText(
        QCoreApplication::translate("cw::RemoveNodeCommand", "Delete %1").arg(Schema::kindNoun(node.kind())));
}

void RemoveNodeCommand::undo()
{
    m_document.applyInsert(m_parent, m_index, std::move(m_node));
}

void RemoveNodeCommand::redo()
{
    m_node = m_document.applyTake(m_nodeId);
}

} // namespace cw
