#pragma once
// Rules on branching scenarios: the start, links between steps, reachability, endings, and the
// variables that conditions and effects use.

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace cw {

class Node;
class RuleContext;

class ScenarioRules
{
    Q_DECLARE_TR_FUNCTIONS(cw::ScenarioRules)

public:
    // Checks a scenario and every step and choice in it (the graph needs them all at once).
    static void check(const Node &scenario, RuleContext &context);

private:
    static void checkExpression(const Node &choice, const QString &key, const QSet<QString> &variables,
                                RuleContext &context);
};

} // namespace cw
