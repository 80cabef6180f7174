#pragma once
// Small painted icons, one per node kind, so the outline reads at a glance without an icon theme.

#include "model/nodekind.h"

#include <QIcon>

namespace cw {

class KindIcon
{
public:
    static QIcon icon(NodeKind kind);
    static QColor color(NodeKind kind);
};

} // namespace cw
