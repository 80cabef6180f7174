#pragma once
// Which nodes a reference property may point to: nodes of the property's kind inside the nearest
// enclosing node of its scope kind (a scenario choice leads to a step of its own scenario). The
// editor's pickers offer exactly these; validation and export read references by the same rule.

#include <QList>

namespace cw {

class Node;
struct PropertySpec;

namespace ReferenceScope {

// The node whose subtree holds the candidates, or nullptr when `from` is not inside one.
const Node *scopeOf(const PropertySpec &spec, const Node &from);
// The candidates in document order.
QList<const Node *> candidates(const PropertySpec &spec, const Node &from);
bool allows(const PropertySpec &spec, const Node &from, const Node &target);

} // namespace ReferenceScope

} // namespace cw
