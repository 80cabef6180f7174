#include "kindpalette.h"

#include "flowlayout.h"
#include "kindicon.h"
#include "model/schema.h"

#include <QAction>
#include <QLabel>
#include <QToolButton>

namespace cw {

KindPalette::KindPalette(const QList<NodeKind> &kinds, const QString &toolTip, QWidget *parent)
    : QWidget(parent)
{
    auto *flow = new FlowLayout(this, 2);
    flow->setContentsMargins(8, 4, 8, 4);
    auto *label = new QLabel(tr("Add:"), this);
    label->setMinimumHeight(24);
    flow->addWidget(label);
    for (NodeKind kind : kinds) {
        auto *action = new QAction(KindIcon::icon(kind), Schema::kindLabel(kind), this);
        action->setObjectName(QStringLiteral("add_") + kindName(kind));
        action->setToolTip(toolTip.arg(Schema::kindNoun(kind)));
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

QAction *KindPalette::action(NodeKind kind) const
{
    return findChild<QAction *>(QStringLiteral("add_") + kindName(kind), Qt::FindDirectChildrenOnly);
}

} // namespace cw
