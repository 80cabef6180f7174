#include "insertnodecommand.h"

#include "model/coursedocument.h"
#include "model/schema.h"

#include <QCoreApplication>

namespace cw {

InsertNodeCommand::InsertNodeCommand(CourseDocument &document, const QUuid &parent, int index,
                                     std::unique_ptr<Node> node)
    : m_document(document)
    , m_parent(parent)
    , m_index(index)
    , m_nodeId(node->id())
    , m_node(std::move(node))
{
    setText(
        QCoreApplication::translate("cw::InsertNodeCommand", "Add %1").arg(Schema::kindNoun(m_node->kind())));
}

void InsertNodeCommand::undo()
{
    m_node = m_document.applyTake(m_nodeId);
}

void InsertNodeCommand::redo()
{
    m_document.applyInsert(m_parent, m_index, std::move(m_node));
}

} // namespace cw
