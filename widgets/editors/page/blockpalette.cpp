#include "blockpalette.h"

#include "flowlayout.h"
#include "kindicon.h"
#include "model/schema.h"

#include <QAction>
#include <QLabel>
#include <QToolButton>

namespace cw {

BlockPalette::BlockPalette(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("BlockPalette"));
    setAccessibleName(tr("Add a block"));
    auto *flow = new FlowLayout(this, 2);
    flow->setContentsMargins(8, 4, 8, 4);
    auto *label = new QLabel(tr("Add:"), this);
    label->setMinimumHeight(24);
    flow->addWidget(label);
    for (NodeKind kind : Schema::instance().kind(NodeKind::Page).childKinds) {
        auto *action = new QAction(KindIcon::icon(kind), Schema::kindLabel(kind), this);
        action->setObjectName(QStringLiteral("add_") + kindName(kind));
        action->setToolTip(tr("Add a %1 after the current block").arg(Schema::kindNoun(kind)));
        connect(action, &QAction::triggered, this, [this, kind] { Q_EMIT addRequested(kind); });
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setIconSize(QSize(16, 16));
        button->setAutoRaise(true);
        button->setAccessibleName(action->toolTip());
        flow->addWidget(button);
    }
}

QAction *BlockPalette::action(NodeKind kind) const
{
    return findChild<QAction *>(QStringLiteral("add_") + kindName(kind), Qt::FindDirectChildrenOnly);
}

} // namespace cw
