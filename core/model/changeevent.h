#pragma once
// What CourseDocument::changed carries: which node changed and how. "AboutTo" events come first
// so item models can call beginInsertRows()/beginRemoveRows()/beginMoveRows() while it is valid.

#include <QMetaType>
#include <QStringList>
#include <QUuid>

namespace cw {

struct ChangeEvent
{
    enum Type
    {
        PropertiesChanged,     // node, keys
        NodeAboutToBeInserted, // node (not yet in the tree), parent, index
        NodeInserted,
        NodeAboutToBeRemoved, // node, parent, index
        NodeRemoved,
        NodeAboutToBeMoved, // node, parent, index -> newParent, newIndex (index before the move)
        NodeMoved,
        AssetsChanged, // keys = the hashes added or removed
    };

    Type type = PropertiesChanged;
    QUuid node;
    QUuid parent;
    int index = -1;
    QUuid newParent;
    int newIndex = -1;
    QStringList keys;
};

} // namespace cw

Q_DECLARE_METATYPE(cw::ChangeEvent)
