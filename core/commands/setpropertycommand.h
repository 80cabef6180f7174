#pragma once
// Sets one property of one node. Consecutive edits of the same property merge (typing) until
// the command is committed (focus left the field, a drag ended).

#include <QJsonValue>
#include <QUndoCommand>
#include <QUuid>

namespace cw {

class CourseDocument;

class SetPropertyCommand : public QUndoCommand
{
public:
    static constexpr int Id = 0x5e7;

    SetPropertyCommand(CourseDocument &document, const QUuid &node, const QString &key,
                       const QJsonValue &oldValue, const QJsonValue &newValue, bool committed);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    void commit() { m_committed = true; }
    bool isCommitted() const { return m_committed; }
    const QUuid &node() const { return m_node; }
    const QString &key() const { return m_key; }
    const QJsonValue &newValue() const { return m_newValue; }

private:
    CourseDocument &m_document;
    QUuid m_node;
    QString m_key;
    QJsonValue m_oldValue;
    QJsonValue m_newValue;
    bool m_committed;
};

} // namespace cw
