#pragma once
// The page editor's palette: a button for every kind of block a page takes, each with its icon and
// name, wrapping onto a second line in a narrow window so no kind hides behind an overflow arrow.

#include "model/nodekind.h"

#include <QWidget>

class QAction;

namespace cw {

class BlockPalette : public QWidget
{
    Q_OBJECT

public:
    explicit BlockPalette(QWidget *parent = nullptr);

    // The action behind a kind's button (named "add_<kind>"), or nullptr.
    QAction *action(NodeKind kind) const;

Q_SIGNALS:
    void addRequested(cw::NodeKind kind);
};

} // namespace cw
