#pragma once
// The course tree as a Qt item model for the outline view. Read-only except for drag and drop,
// which moves nodes through CourseDocument::moveNode so every drop is undoable.

#include "model/coursedocument.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QUuid>

namespace cw {

class Node;

class OutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        NodeIdRole = Qt::UserRole + 1, // QUuid
        KindRole,                      // int(NodeKind)
    };

    explicit OutlineModel(QObject *parent = nullptr);

    void setDocument(CourseDocument *document);
    CourseDocument *document() const { return m_document; }

    QModelIndex indexFor(const QUuid &id) const;
    QModelIndex indexFor(const Node *node) const;
    const Node *nodeAt(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Renaming in place (F2): the node's title, when its kind is named by a one-line text.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDragActions() const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    // The text shown for a node: its display text, or its kind when that is empty.
    static QString labelFor(const Node &node);
    // Whether nodes of a kind are rows of the outline. Question parts (choices, pairs, steps) and
    // scenario choices are not: their question's or step's editor shows them, and in the outline
    // they buried the questions and steps.
    static bool listsKind(NodeKind kind);

Q_SIGNALS:
    // A drop was refused by the document (with its translated reason).
    void moveFailed(const QString &reason);

private:
    void onChanged(const cw::ChangeEvent &event);
    // Whether a node's children are rows (parents hold only listed or only unlisted kinds).
    bool listsChildrenOf(const QUuid &parent) const;
    // Where a drop at (row, parent) would put the dragged node, as moveNode arguments.
    bool dropTarget(const QMimeData *data, int row, const QModelIndex &parent, QUuid *id, QUuid *newParent,
                    int *newIndex) const;

    QPointer<CourseDocument> m_document;
    bool m_moveFallback = false; // beginMoveRows refused: the move is reported as a reset
};

} // namespace cw
