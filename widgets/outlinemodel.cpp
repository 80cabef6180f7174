#include "outlinemodel.h"

#include "kindicon.h"
#include "model/coursedocument.h"
#include "model/schema.h"

#include <QMimeData>

#include <algorithm>

namespace cw {

namespace {
const QString kNodeMime = QStringLiteral("application/x-coursewright-node-id");
constexpr int kMaxLabel = 80;
} // namespace

OutlineModel::OutlineModel(QObject *parent)
    : QAbstractItemModel(parent)
{}

void OutlineModel::setDocument(CourseDocument *document)
{
    if (document == m_document)
        return;
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CourseDocument::changed, this, &OutlineModel::onChanged);
    endResetModel();
}

namespace {

// The property a node is named by, when a designer can rename it in the outline: a one-line text
// (titles; not rich text such as a text block's body, which only its editor can change).
const PropertySpec *nameProperty(const Node &node)
{
    const KindSpec &kind = Schema::instance().kind(node.kind());
    const PropertySpec *spec = Schema::instance().property(node.kind(), kind.displayKey);
    return spec && spec->type == PropertyType::String ? spec : nullptr;
}

// Decided from the kinds the schema lets the parent hold, not from its current children, so an
// event about a child not yet in the tree (or already out of it) is judged the same way.
bool childrenListed(NodeKind parent)
{
    const QList<NodeKind> &kinds = Schema::instance().kind(parent).childKinds;
    return std::any_of(kinds.begin(), kinds.end(), [](NodeKind k) { return OutlineModel::listsKind(k); });
}

} // namespace

bool OutlineModel::listsKind(NodeKind kind)
{
    // A scenario's choices are edited as cards in their step's form, like a question's parts.
    return !isQuestionPartKind(kind) && kind != NodeKind::ScenarioChoice;
}

bool OutlineModel::listsChildrenOf(const QUuid &parent) const
{
    const Node *p = m_document ? m_document->node(parent) : nullptr;
    return p && childrenListed(p->kind());
}

QString OutlineModel::labelFor(const Node &node)
{
    QString text = node.displayText().simplified();
    if (text.isEmpty())
        return Schema::kindLabel(node.kind());
    if (text.size() > kMaxLabel)
        text = text.left(kMaxLabel - 1) + QChar(0x2026);
    return text;
}

const Node *OutlineModel::nodeAt(const QModelIndex &index) const
{
    if (!index.isValid() || !m_document)
        return nullptr;
    return static_cast<const Node *>(index.internalPointer());
}

QModelIndex OutlineModel::indexFor(const QUuid &id) const
{
    return m_document ? indexFor(m_document->node(id)) : QModelIndex();
}

QModelIndex OutlineModel::indexFor(const Node *node) const
{
    if (!node || !listsKind(node->kind()))
        return {};
    const int row = node->parent() ? node->indexInParent() : 0;
    return createIndex(row, 0, const_cast<Node *>(node));
}

QModelIndex OutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_document || column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row == 0 ? indexFor(m_document->root()) : QModelIndex();
    const Node *p = nodeAt(parent);
    if (!p || row >= rowCount(parent))
        return {};
    return createIndex(row, 0, p->child(row));
}

QModelIndex OutlineModel::parent(const QModelIndex &child) const
{
    const Node *n = nodeAt(child);
    return n ? indexFor(n->parent()) : QModelIndex();
}

int OutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!m_document)
        return 0;
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    const Node *n = nodeAt(parent);
    return n && childrenListed(n->kind()) ? n->childCount() : 0;
}

int OutlineModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return 1;
}

QVariant OutlineModel::data(const QModelIndex &index, int role) const
{
    const Node *n = nodeAt(index);
    if (!n)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return labelFor(*n);
    case Qt::EditRole: {
        const PropertySpec *name = nameProperty(*n);
        return name ? n->string(name->key) : QVariant();
    }
    case Qt::DecorationRole:
        return KindIcon::icon(n->kind());
    case Qt::ToolTipRole:
    case Qt::AccessibleDescriptionRole:
        return Schema::kindLabel(n->kind());
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(Schema::kindLabel(n->kind()), labelFor(*n));
    case NodeIdRole:
        return n->id();
    case KindRole:
        return int(n->kind());
    default:
        return {};
    }
}

Qt::ItemFlags OutlineModel::flags(const QModelIndex &index) const
{
    const Node *n = nodeAt(index);
    if (!n)
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    if (n->parent())
        f |= Qt::ItemIsDragEnabled;
    const bool listsChildren = childrenListed(n->kind());
    if (listsChildren)
        f |= Qt::ItemIsDropEnabled;
    if (!listsChildren || n->childCount() == 0)
        f |= Qt::ItemNeverHasChildren;
    if (nameProperty(*n))
        f |= Qt::ItemIsEditable;
    return f;
}

bool OutlineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *n = nodeAt(index);
    const PropertySpec *name = n && role == Qt::EditRole ? nameProperty(*n) : nullptr;
    if (!name)
        return false;
    // Through the document, so a rename is one undoable edit like any other (the model hears the
    // change as every view does).
    return m_document->setProperty(n->id(), name->key, value.toString(), true);
}

Qt::DropActions OutlineModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions OutlineModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

QStringList OutlineModel::mimeTypes() const
{
    return {kNodeMime};
}

QMimeData *OutlineModel::mimeData(const QModelIndexList &indexes) const
{
    // One node at a time: the outline is single-selection, and a multi-node move would need a
    // macro with index bookkeeping that buys little here.
    for (const QModelIndex &index : indexes) {
        if (const Node *n = nodeAt(index); n && n->parent()) {
            auto *mime = new QMimeData;
            mime->setData(kNodeMime, idString(n->id()).toLatin1());
            return mime;
        }
    }
    return nullptr;
}

bool OutlineModel::dropTarget(const QMimeData *data, int row, const QModelIndex &parent, QUuid *id,
                              QUuid *newParent, int *newIndex) const
{
    if (!m_document || !data || !data->hasFormat(kNodeMime))
        return false;
    const Node *n = m_document->node(QUuid::fromString(QString::fromLatin1(data->data(kNodeMime))));
    const Node *target = nodeAt(parent);
    if (!n || !target || !n->parent() || !listsKind(n->kind()))
        return false;
    int index = row < 0 ? target->childCount() : row;
    // Qt counts the drop row with the dragged node still in place; moveNode counts without it.
    if (n->parent() == target && n->indexInParent() < index)
        --index;
    *id = n->id();
    *newParent = target->id();
    *newIndex = index;
    return true;
}

bool OutlineModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent) const
{
    Q_UNUSED(column);
    if (action != Qt::MoveAction)
        return false;
    QUuid id, newParent;
    int newIndex = 0;
    if (!dropTarget(data, row, parent, &id, &newParent, &newIndex))
        return false;
    return m_document->checkMove(id, newParent, newIndex).isEmpty();
}

bool OutlineModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    Q_UNUSED(column);
    if (action != Qt::MoveAction)
        return false;
    QUuid id, newParent;
    int newIndex = 0;
    if (!dropTarget(data, row, parent, &id, &newParent, &newIndex))
        return false;
    QString error;
    if (!m_document->moveNode(id, newParent, newIndex, &error)) {
        Q_EMIT moveFailed(error);
        return false;
    }
    // The view then asks the source to remove the dragged rows; this model has no removeRows,
    // so that request is a no-op and the move above is the whole story.
    return true;
}

void OutlineModel::onChanged(const ChangeEvent &event)
{
    // Edits among a question's parts are not rows here (parts only ever move between questions).
    const bool structural =
        event.type != ChangeEvent::PropertiesChanged && event.type != ChangeEvent::AssetsChanged;
    if (structural && !listsChildrenOf(event.parent))
        return;
    switch (event.type) {
    case ChangeEvent::PropertiesChanged: {
        const QModelIndex index = indexFor(event.node);
        if (index.isValid())
            Q_EMIT dataChanged(index, index);
        break;
    }
    case ChangeEvent::NodeAboutToBeInserted:
        beginInsertRows(indexFor(event.parent), event.index, event.index);
        break;
    case ChangeEvent::NodeInserted:
        endInsertRows();
        break;
    case ChangeEvent::NodeAboutToBeRemoved:
        beginRemoveRows(indexFor(event.parent), event.index, event.index);
        break;
    case ChangeEvent::NodeRemoved:
        endRemoveRows();
        break;
    case ChangeEvent::NodeAboutToBeMoved: {
        // newIndex counts positions after the node was taken out; Qt wants the row before.
        const bool sameParent = event.parent == event.newParent;
        const int destination =
            sameParent && event.newIndex > event.index ? event.newIndex + 1 : event.newIndex;
        m_moveFallback = !beginMoveRows(indexFor(event.parent), event.index, event.index,
                                        indexFor(event.newParent), destination);
        if (m_moveFallback)
            beginResetModel();
        break;
    }
    case ChangeEvent::NodeMoved:
        if (m_moveFallback)
            endResetModel();
        else
            endMoveRows();
        m_moveFallback = false;
        break;
    case ChangeEvent::AssetsChanged:
        break;
    }
}

} // namespace cw
