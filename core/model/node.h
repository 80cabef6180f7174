#pragma once
// One node of the course tree: a stable id, a kind, properties as JSON values, owned children.
// Plain C++ on purpose: only CourseDocument and its commands mutate nodes inside a document.

#include "nodekind.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <vector>

namespace cw {

class Node
{
public:
    // Creates a node with every property at its schema default.
    explicit Node(NodeKind kind, const QUuid &id = QUuid::createUuid());

    Node(const Node &) = delete;
    Node &operator=(const Node &) = delete;

    const QUuid &id() const { return m_id; }
    NodeKind kind() const { return m_kind; }
    Node *parent() const { return m_parent; }

    int childCount() const { return int(m_children.size()); }
    Node *child(int index) const { return m_children.at(size_t(index)).get(); }
    const std::vector<std::unique_ptr<Node>> &children() const { return m_children; }
    int indexInParent() const;
    bool isAncestorOf(const Node *other) const;

    const QJsonObject &properties() const { return m_properties; }
    QJsonValue property(const QString &key) const { return m_properties.value(key); }
    QString string(const QString &key) const { return m_properties.value(key).toString(); }
    double real(const QString &key) const { return m_properties.value(key).toDouble(); }
    int integer(const QString &key) const { return m_properties.value(key).toInt(); }
    bool boolean(const QString &key) const { return m_properties.value(key).toBool(); }
    QStringList stringList(const QString &key) const;

    // The text that names this node in lists (its title, prompt, ...), plain and possibly empty.
    QString displayText() const;

    // Mutators: for loaders building a tree and for undo commands. Values are stored as given;
    // callers check them with Schema::checkValue first.
    void setProperty(const QString &key, const QJsonValue &value) { m_properties.insert(key, value); }
    void insertChild(int index, std::unique_ptr<Node> child);
    void appendChild(std::unique_ptr<Node> child) { insertChild(childCount(), std::move(child)); }
    std::unique_ptr<Node> takeChild(int index);

    // A deep copy; with freshIds every node in the copy gets a new id (paste, duplicate).
    std::unique_ptr<Node> clone(bool freshIds) const;

    // Calls f(node) for this node and every descendant, parents before children.
    template<typename F> void walk(F &&f) const
    {
        f(this);
        for (const auto &c : m_children)
            c->walk(f);
    }

private:
    QUuid m_id;
    NodeKind m_kind;
    Node *m_parent = nullptr;
    std::vector<std::unique_ptr<Node>> m_children;
    QJsonObject m_properties;
};

// Ids are written without braces everywhere (files, JSON, packages).
inline QString idString(const QUuid &id)
{
    return id.toString(QUuid::WithoutBraces);
}

} // namespace cw
