#include "node.h"

#include "richtext.h"
#include "schema.h"

#include <QHash>
#include <QJsonArray>

namespace cw {

Node::Node(NodeKind kind, const QUuid &id)
    : m_id(id)
    , m_kind(kind)
{
    for (const PropertySpec &spec : Schema::instance().kind(kind).properties)
        m_properties.insert(spec.key, spec.defaultValue);
}

int Node::indexInParent() const
{
    if (!m_parent)
        return -1;
    const auto &siblings = m_parent->m_children;
    for (size_t i = 0; i < siblings.size(); ++i) {
        if (siblings[i].get() == this)
            return int(i);
    }
    return -1;
}

bool Node::isAncestorOf(const Node *other) const
{
    for (const Node *n = other ? other->parent() : nullptr; n; n = n->parent()) {
        if (n == this)
            return true;
    }
    return false;
}

QStringList Node::stringList(const QString &key) const
{
    QStringList out;
    for (const QJsonValue &v : m_properties.value(key).toArray())
        out << v.toString();
    return out;
}

QString Node::displayText() const
{
    const QString &key = Schema::instance().kind(m_kind).displayKey;
    if (key.isEmpty())
        return {};
    const PropertySpec *spec = Schema::instance().property(m_kind, key);
    const QString value = string(key);
    return spec && spec->type == PropertyType::RichText ? RichText::toPlainText(value).simplified() : value;
}

void Node::insertChild(int index, std::unique_ptr<Node> child)
{
    Q_ASSERT(child && !child->m_parent);
    Q_ASSERT(index >= 0 && index <= childCount());
    child->m_parent = this;
    m_children.insert(m_children.begin() + index, std::move(child));
}

std::unique_ptr<Node> Node::takeChild(int index)
{
    Q_ASSERT(index >= 0 && index < childCount());
    std::unique_ptr<Node> child = std::move(m_children[size_t(index)]);
    m_children.erase(m_children.begin() + index);
    child->m_parent = nullptr;
    return child;
}

namespace {
std::unique_ptr<Node> cloneInto(const Node &source, bool freshIds, QHash<QUuid, QUuid> &idMap)
{
    auto copy = std::make_unique<Node>(source.kind(), freshIds ? QUuid::createUuid() : source.id());
    idMap.insert(source.id(), copy->id());
    const QJsonObject &props = source.properties();
    for (auto it = props.begin(); it != props.end(); ++it)
        copy->setProperty(it.key(), it.value());
    for (const auto &c : source.children())
        copy->appendChild(cloneInto(*c, freshIds, idMap));
    return copy;
}
} // namespace

std::unique_ptr<Node> Node::clone(bool freshIds) const
{
    QHash<QUuid, QUuid> idMap;
    std::unique_ptr<Node> copy = cloneInto(*this, freshIds, idMap);
    if (!freshIds)
        return copy;
    // References inside the copied subtree (a scenario choice's target) follow the copy.
    copy->walk([&idMap](const Node *n) {
        auto *node = const_cast<Node *>(n);
        for (const PropertySpec &spec : Schema::instance().kind(node->kind()).properties) {
            if (spec.type != PropertyType::NodeRef)
                continue;
            const QUuid target = QUuid::fromString(node->string(spec.key));
            if (idMap.contains(target))
                node->setProperty(spec.key, idString(idMap.value(target)));
        }
    });
    return copy;
}

} // namespace cw
