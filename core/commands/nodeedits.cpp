#include "nodeedits.h"

#include "model/coursedocument.h"
#include "model/expression.h"
#include "model/node.h"
#include "model/schema.h"

#include <QCoreApplication>

namespace cw::NodeEdits {

std::unique_ptr<Node> createChild(const Node &parent, NodeKind kind)
{
    std::unique_ptr<Node> node = CourseDocument::createNode(kind);
    if (kind == NodeKind::Variable) {
        const QString key = QStringLiteral("name");
        QStringList taken;
        for (const auto &child : parent.children()) {
            if (child->kind() == NodeKind::Variable)
                taken << child->string(key);
        }
        const QString base = node->string(key);
        QString name = base;
        for (int n = 2; taken.contains(name); ++n)
            name = base + QString::number(n);
        node->setProperty(key, name);
    }
    return node;
}

QUuid duplicate(CourseDocument &document, const QUuid &id, QString *error)
{
    const Node *n = document.node(id);
    if (!n || !n->parent())
        return {};
    std::unique_ptr<Node> copy = n->clone(true);
    const QUuid copyId = copy->id();
    const CourseDocument::Macro macro(
        document,
        QCoreApplication::translate("cw::NodeEdits", "Duplicate %1").arg(Schema::kindNoun(n->kind())));
    if (!document.insertNode(n->parent()->id(), n->indexInParent() + 1, std::move(copy), error))
        return {};
    return copyId;
}

bool moveBy(CourseDocument &document, const QUuid &id, int delta, QString *error)
{
    const Node *n = document.node(id);
    if (!n || !n->parent())
        return false;
    const int target = n->indexInParent() + delta;
    if (target < 0 || target >= n->parent()->childCount())
        return false;
    return document.moveNode(id, n->parent()->id(), target, error);
}

QUuid neighbourAfterRemoval(const CourseDocument &document, const QUuid &id)
{
    const Node *n = document.node(id);
    if (!n || !n->parent())
        return {};
    const Node *parent = n->parent();
    const int row = n->indexInParent();
    if (row + 1 < parent->childCount())
        return parent->child(row + 1)->id();
    if (row > 0)
        return parent->child(row - 1)->id();
    return parent->id();
}

int renameVariableUses(CourseDocument &document, const QUuid &scenario, const QString &from,
                       const QString &to)
{
    const Node *s = document.node(scenario);
    if (!s || from == to || !Expression::isValidVariableName(from) || !Expression::isValidVariableName(to))
        return 0;
    struct Change
    {
        QUuid node;
        QString key;
        QString text;
    };
    QList<Change> changes;
    for (const auto &child : s->children()) {
        if (child->kind() == NodeKind::Variable && child->string(QStringLiteral("name")) == from)
            return 0;
        for (const auto &choice : child->children()) {
            for (const QString &key : {QStringLiteral("condition"), QStringLiteral("effects")}) {
                if (choice->kind() != NodeKind::ScenarioChoice)
                    continue;
                const QString text = choice->string(key);
                const QString renamed = Expression::renameVariable(text, from, to);
                if (renamed != text)
                    changes.append({choice->id(), key, renamed});
            }
        }
    }
    if (changes.isEmpty())
        return 0;
    const CourseDocument::Macro macro(
        document, QCoreApplication::translate("cw::NodeEdits", "Update the uses of “%1”").arg(to));
    for (const Change &change : changes)
        document.setProperty(change.node, change.key, change.text, true);
    return int(changes.size());
}

} // namespace cw::NodeEdits
