#include "setpropertycommand.h"

#include "model/coursedocument.h"
#include "model/schema.h"

#include <QCoreApplication>

namespace cw {

SetPropertyCommand::SetPropertyCommand(CourseDocument &document, const QUuid &node, const QString &key,
                                       const QJsonValue &oldValue, const QJsonValue &newValue, bool committed)
    : m_document(document)
    , m_node(node)
    , m_key(key)
    , m_oldValue(oldValue)
    , m_newValue(newValue)
    , m_committed(committed)
{
    const Node *n = document.node(node);
    const PropertySpec *spec = n ? Schema::instance().property(n->kind(), key) : nullptr;
    setText(QCoreApplication::translate("cw::SetPropertyCommand", "Change %1")
                .arg(spec ? Schema::propertyNoun(*spec) : key));
}

void SetPropertyCommand::undo()
{
    m_document.applyProperty(m_node, m_key, m_oldValue);
}

void SetPropertyCommand::redo()
{
    m_document.applyProperty(m_node, m_key, m_newValue);
}

int SetPropertyCommand::id() const
{
    return Id;
}

bool SetPropertyCommand::mergeWith(const QUndoCommand *other)
{
    if (m_committed || other->id() != id())
        return false;
    const auto *next = static_cast<const SetPropertyCommand *>(other);
    if (next->m_node != m_node || next->m_key != m_key)
        return false;
    m_newValue = next->m_newValue;
    m_committed = next->m_committed;
    // Typing a value back to where it started leaves nothing to undo.
    setObsolete(m_newValue == m_oldValue);
    return true;
}

} // namespace cw
