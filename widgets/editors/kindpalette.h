#pragma once
// A palette of "add" buttons, one per node kind with its icon and name, wrapping onto a second
// line in a narrow window so no kind hides behind an overflow arrow: the page editor's blocks,
// the question editor's question kinds.

#include "model/nodekind.h"

#include <QList>
#include <QWidget>

class QAction;

namespace cw {

class KindPalette : public QWidget
{
    Q_OBJECT

public:
    // `toolTip` describes a button, with %1 for the kind's noun ("Add a %1 after ...").
    KindPalette(const QList<NodeKind> &kinds, const QString &toolTip, QWidget *parent = nullptr);

    // The action behind a kind's button (named "add_<kind>"), or nullptr.
    QAction *action(NodeKind kind) const;

Q_SIGNALS:
    void addRequested(cw::NodeKind kind);
};

} // namespace cw
