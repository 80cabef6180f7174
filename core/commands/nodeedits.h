#pragma once
// Edits a designer makes to a node as a whole, shared by the outline's commands and the page
// editor's block buttons so both behave the same: a copy placed right after the original (its
// internal references following the copy), a move by some places among its siblings, a removal
// that says which node the designer lands on next.

#include "model/nodekind.h"

#include <QString>
#include <QUuid>

#include <memory>

namespace cw {

class CourseDocument;
class Node;

namespace NodeEdits {

// A new node of `kind` to go into `parent`, ready to insert: a scenario's new variable gets a
// name none of the scenario's variables has ("score", "score2", ...), so it starts valid.
std::unique_ptr<Node> createChild(const Node &parent, NodeKind kind);

// The copy's id, or a null id with *error set.
QUuid duplicate(CourseDocument &document, const QUuid &id, QString *error = nullptr);
// False when the node cannot move that far (first or last already) or the move is refused.
bool moveBy(CourseDocument &document, const QUuid &id, int delta, QString *error = nullptr);
// Where the designer goes after removing `id`: the next sibling, else the previous one, else the
// parent. Null when the node has no parent.
QUuid neighbourAfterRemoval(const CourseDocument &document, const QUuid &id);

// After a scenario's variable was renamed from `from` to `to`: rewrites the conditions and
// effects of the scenario's choices that use `from`, as one undo step. Nothing happens when
// either name is not a valid one or another variable is still called `from` (the uses are its).
// Returns how many properties changed.
int renameVariableUses(CourseDocument &document, const QUuid &scenario, const QString &from,
                       const QString &to);

} // namespace NodeEdits

} // namespace cw
