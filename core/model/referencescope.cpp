#include "referencescope.h"

#include "node.h"
#include "schema.h"

namespace cw::ReferenceScope {

const Node *scopeOf(const PropertySpec &spec, const Node &from)
{
    for (const Node *n = &from; n; n = n->parent()) {
        if (n->kind() == spec.refScope)
            return n;
    }
    return nullptr;
}

QList<const Node *> candidates(const PropertySpec &spec, const Node &from)
{
    QList<const Node *> found;
    if (const Node *scope = scopeOf(spec, from)) {
        scope->walk([&](const Node *n) {
            if (n->kind() == spec.refKind)
                found << n;
        });
    }
    return found;
}

bool allows(const PropertySpec &spec, const Node &from, const Node &target)
{
    if (target.kind() != spec.refKind)
        return false;
    const Node *scope = scopeOf(spec, from);
    for (const Node *n = &target; n; n = n->parent()) {
        if (n == scope)
            return true;
    }
    return false;
}

} // namespace cw::ReferenceScope
