#include "coursedocument.h"

#include "commands/assetcommand.h"
#include "commands/insertnodecommand.h"
#include "commands/movenodecommand.h"
#include "commands/removenodecommand.h"
#include "commands/setpropertycommand.h"
#include "schema.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace cw {

namespace {
void setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
}

std::unique_ptr<Node> withChildren(NodeKind kind, std::initializer_list<NodeKind> children)
{
    auto node = std::make_unique<Node>(kind);
    for (NodeKind child : children)
        node->appendChild(CourseDocument::createNode(child));
    return node;
}
} // namespace

CourseDocument::CourseDocument(std::unique_ptr<Node> root, const QList<AssetInfo> &assets, QObject *parent)
    : QObject(parent)
    , m_root(std::move(root))
    , m_undoStack(new QUndoStack(this))
{
    Q_ASSERT(m_root && m_root->kind() == NodeKind::Course);
    indexSubtree(m_root.get());
    for (const AssetInfo &a : assets)
        m_assets.insert(a.hash, a);
}

CourseDocument::~CourseDocument()
{
    // Commands hold references to this document; destroy them while it is still whole.
    m_undoStack->clear();
}

std::unique_ptr<Node> CourseDocument::createCourseTree()
{
    auto course = std::make_unique<Node>(NodeKind::Course);
    course->setProperty(QStringLiteral("identifier"), idString(QUuid::createUuid()));
    course->appendChild(createNode(NodeKind::Module));
    return course;
}

std::unique_ptr<Node> CourseDocument::createNode(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Course:
        return createCourseTree();
    case NodeKind::Module:
        return withChildren(kind, {NodeKind::Page});
    case NodeKind::SingleChoice:
    case NodeKind::MultipleResponse: {
        auto node = withChildren(kind, {NodeKind::Choice, NodeKind::Choice, NodeKind::Choice});
        node->child(0)->setProperty(QStringLiteral("correct"), true);
        return node;
    }
    case NodeKind::Matching:
        return withChildren(kind, {NodeKind::MatchPair, NodeKind::MatchPair, NodeKind::MatchPair});
    case NodeKind::Sequencing:
        return withChildren(kind, {NodeKind::SequenceItem, NodeKind::SequenceItem, NodeKind::SequenceItem});
    case NodeKind::Accordion:
    case NodeKind::Tabs:
        return withChildren(kind, {NodeKind::Panel, NodeKind::Panel});
    case NodeKind::Scenario: {
        // A start that leads to an ending, so a new scenario validates and plays at once.
        auto scenario = std::make_unique<Node>(kind);
        auto start = std::make_unique<Node>(NodeKind::ScenarioNode);
        start->setProperty(QStringLiteral("nodeType"), QStringLiteral("decision"));
        start->setProperty(QStringLiteral("title"), tr("Start"));
        auto ending = std::make_unique<Node>(NodeKind::ScenarioNode);
        ending->setProperty(QStringLiteral("nodeType"), QStringLiteral("ending"));
        ending->setProperty(QStringLiteral("title"), tr("Ending"));
        auto choice = std::make_unique<Node>(NodeKind::ScenarioChoice);
        choice->setProperty(QStringLiteral("target"), idString(ending->id()));
        start->appendChild(std::move(choice));
        scenario->setProperty(QStringLiteral("start"), idString(start->id()));
        scenario->appendChild(std::move(start));
        scenario->appendChild(std::move(ending));
        return scenario;
    }
    default:
        return std::make_unique<Node>(kind);
    }
}

bool CourseDocument::isModified() const
{
    return !m_undoStack->isClean();
}

const AssetInfo *CourseDocument::asset(const QString &hash) const
{
    auto it = m_assets.constFind(hash);
    return it == m_assets.constEnd() ? nullptr : &it.value();
}

bool CourseDocument::setProperty(const QUuid &id, const QString &key, const QJsonValue &value, bool commit,
                                 QString *error)
{
    const Node *n = node(id);
    if (!n) {
        setError(error, tr("The item no longer exists."));
        return false;
    }
    const PropertySpec *spec = Schema::instance().property(n->kind(), key);
    if (!spec) {
        setError(error, tr("%1 has no property '%2'.").arg(Schema::kindLabel(n->kind()), key));
        return false;
    }
    const QString problem = Schema::checkValue(*spec, value);
    if (!problem.isEmpty()) {
        setError(error, Schema::propertyLabel(*spec) + QStringLiteral(": ") + problem);
        return false;
    }
    // Rich text is cleaned when the edit is committed, not on every keystroke: cleaning "<stro"
    // half-way through typing a tag would turn it into text.
    const bool typingRichText = spec->type == PropertyType::RichText && !commit;
    const QJsonValue normalized = typingRichText ? value : Schema::normalized(*spec, value);
    const QJsonValue old = n->property(key);
    if (old == normalized) {
        if (commit)
            closeOpenEdit();
        return true;
    }
    m_undoStack->push(new SetPropertyCommand(*this, id, key, old, normalized, commit));
    return true;
}

SetPropertyCommand *CourseDocument::openEdit() const
{
    const int top = m_undoStack->index() - 1;
    const QUndoCommand *command = top >= 0 ? m_undoStack->command(top) : nullptr;
    if (!command || command->id() != SetPropertyCommand::Id)
        return nullptr;
    auto *edit = const_cast<SetPropertyCommand *>(static_cast<const SetPropertyCommand *>(command));
    return edit->isCommitted() ? nullptr : edit;
}

void CourseDocument::closeOpenEdit()
{
    if (SetPropertyCommand *edit = openEdit())
        edit->commit();
}

void CourseDocument::commitEdits()
{
    SetPropertyCommand *edit = openEdit();
    if (!edit)
        return;
    // Committing through setProperty() merges into the open step and normalizes what was typed
    // (rich text is cleaned only now); when nothing changes it just closes the step.
    const QUuid node = edit->node();
    const QString key = edit->key();
    const QJsonValue value = edit->newValue();
    if (!setProperty(node, key, value, true))
        closeOpenEdit();
}

QString CourseDocument::checkInsert(const QUuid &parent, int index, const Node &node) const
{
    const Node *p = this->node(parent);
    if (!p)
        return tr("The place to insert into no longer exists.");
    if (!Schema::instance().kind(p->kind()).acceptsChild(node.kind()))
        return tr("A %1 cannot contain a %2.")
            .arg(Schema::kindNoun(p->kind()), Schema::kindNoun(node.kind()));
    if (index < 0 || index > p->childCount())
        return tr("Position %1 is outside the %2.").arg(index).arg(Schema::kindNoun(p->kind()));
    QString clash;
    node.walk([&](const Node *n) {
        if (clash.isEmpty() && m_index.contains(n->id()))
            clash = tr("The course already has an item with id %1.").arg(idString(n->id()));
    });
    return clash;
}

QString CourseDocument::checkMove(const QUuid &id, const QUuid &newParent, int newIndex) const
{
    const Node *n = node(id);
    const Node *p = node(newParent);
    if (!n || !p)
        return tr("The item no longer exists.");
    if (!n->parent())
        return tr("The course itself cannot be moved.");
    if (!Schema::instance().kind(p->kind()).acceptsChild(n->kind()))
        return tr("A %1 cannot contain a %2.").arg(Schema::kindNoun(p->kind()), Schema::kindNoun(n->kind()));
    if (p == n || n->isAncestorOf(p))
        return tr("An item cannot be moved into itself.");
    const int limit = p->childCount() - (n->parent() == p ? 1 : 0);
    if (newIndex < 0 || newIndex > limit)
        return tr("Position %1 is outside the %2.").arg(newIndex).arg(Schema::kindNoun(p->kind()));
    return {};
}

const Node *CourseDocument::insertNode(const QUuid &parent, int index, std::unique_ptr<Node> node,
                                       QString *error)
{
    if (!node) {
        setError(error, tr("Nothing to insert."));
        return nullptr;
    }
    const QString problem = checkInsert(parent, index, *node);
    if (!problem.isEmpty()) {
        setError(error, problem);
        return nullptr;
    }
    const QUuid id = node->id();
    m_undoStack->push(new InsertNodeCommand(*this, parent, index, std::move(node)));
    return this->node(id);
}

bool CourseDocument::removeNode(const QUuid &id, QString *error)
{
    const Node *n = node(id);
    if (!n) {
        setError(error, tr("The item no longer exists."));
        return false;
    }
    if (!n->parent()) {
        setError(error, tr("The course itself cannot be deleted."));
        return false;
    }
    m_undoStack->push(new RemoveNodeCommand(*this, *n));
    return true;
}

bool CourseDocument::moveNode(const QUuid &id, const QUuid &newParent, int newIndex, QString *error)
{
    const QString problem = checkMove(id, newParent, newIndex);
    if (!problem.isEmpty()) {
        setError(error, problem);
        return false;
    }
    const Node *n = node(id);
    if (n->parent()->id() == newParent && n->indexInParent() == newIndex)
        return true;
    m_undoStack->push(new MoveNodeCommand(*this, *n, newParent, newIndex));
    return true;
}

bool CourseDocument::addAsset(const AssetInfo &asset)
{
    if (asset.hash.isEmpty())
        return false;
    std::optional<AssetInfo> before;
    if (const AssetInfo *existing = this->asset(asset.hash)) {
        if (*existing == asset)
            return true;
        before = *existing;
    }
    m_undoStack->push(new AssetCommand(*this, asset.hash, before, asset));
    return true;
}

bool CourseDocument::removeAsset(const QString &hash)
{
    const AssetInfo *existing = asset(hash);
    if (!existing)
        return false;
    m_undoStack->push(new AssetCommand(*this, hash, *existing, std::nullopt));
    return true;
}

CourseDocument::Macro::Macro(CourseDocument &document, const QString &text)
    : m_document(document)
{
    m_document.m_undoStack->beginMacro(text);
}

CourseDocument::Macro::~Macro()
{
    m_document.m_undoStack->endMacro();
}

void CourseDocument::applyProperty(const QUuid &id, const QString &key, const QJsonValue &value)
{
    Node *n = mutableNode(id);
    Q_ASSERT(n);
    n->setProperty(key, value);
    ChangeEvent event;
    event.type = ChangeEvent::PropertiesChanged;
    event.node = id;
    event.keys = {key};
    Q_EMIT changed(event);
}

void CourseDocument::applyInsert(const QUuid &parent, int index, std::unique_ptr<Node> node)
{
    Node *p = mutableNode(parent);
    Q_ASSERT(p && node);
    ChangeEvent event;
    event.type = ChangeEvent::NodeAboutToBeInserted;
    event.node = node->id();
    event.parent = parent;
    event.index = index;
    Q_EMIT changed(event);
    Node *raw = node.get();
    p->insertChild(index, std::move(node));
    indexSubtree(raw);
    event.type = ChangeEvent::NodeInserted;
    Q_EMIT changed(event);
}

std::unique_ptr<Node> CourseDocument::applyTake(const QUuid &id)
{
    Node *n = mutableNode(id);
    Q_ASSERT(n && n->parent());
    ChangeEvent event;
    event.type = ChangeEvent::NodeAboutToBeRemoved;
    event.node = id;
    event.parent = n->parent()->id();
    event.index = n->indexInParent();
    Q_EMIT changed(event);
    unindexSubtree(n);
    std::unique_ptr<Node> taken = n->parent()->takeChild(event.index);
    event.type = ChangeEvent::NodeRemoved;
    Q_EMIT changed(event);
    return taken;
}

void CourseDocument::applyMove(const QUuid &id, const QUuid &newParent, int newIndex)
{
    Node *n = mutableNode(id);
    Node *target = mutableNode(newParent);
    Q_ASSERT(n && n->parent() && target);
    ChangeEvent event;
    event.type = ChangeEvent::NodeAboutToBeMoved;
    event.node = id;
    event.parent = n->parent()->id();
    event.index = n->indexInParent();
    event.newParent = newParent;
    event.newIndex = newIndex;
    Q_EMIT changed(event);
    std::unique_ptr<Node> taken = n->parent()->takeChild(event.index);
    target->insertChild(newIndex, std::move(taken));
    event.type = ChangeEvent::NodeMoved;
    Q_EMIT changed(event);
}

void CourseDocument::applyAsset(const QString &hash, const std::optional<AssetInfo> &entry)
{
    if (entry)
        m_assets.insert(hash, *entry);
    else
        m_assets.remove(hash);
    ChangeEvent event;
    event.type = ChangeEvent::AssetsChanged;
    event.keys = {hash};
    Q_EMIT changed(event);
}

void CourseDocument::indexSubtree(Node *node)
{
    node->walk([this](const Node *n) { m_index.insert(n->id(), const_cast<Node *>(n)); });
}

void CourseDocument::unindexSubtree(const Node *node)
{
    node->walk([this](const Node *n) { m_index.remove(n->id()); });
}

} // namespace cw
