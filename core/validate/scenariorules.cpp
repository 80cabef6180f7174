#include "scenariorules.h"

#include "model/expression.h"
#include "model/node.h"
#include "rulecontext.h"

#include <QHash>
#include <QUuid>

#include <vector>

namespace cw {

namespace {

bool isEnding(const Node &step)
{
    return step.string(QStringLiteral("nodeType")) == QLatin1String("ending");
}

// Marks every index reachable from `seeds` along `edges`.
std::vector<bool> reach(const std::vector<std::vector<int>> &edges, const std::vector<int> &seeds)
{
    std::vector<bool> seen(edges.size(), false);
    std::vector<int> stack;
    for (int s : seeds) {
        if (!seen[size_t(s)]) {
            seen[size_t(s)] = true;
            stack.push_back(s);
        }
    }
    while (!stack.empty()) {
        const int n = stack.back();
        stack.pop_back();
        for (int next : edges[size_t(n)]) {
            if (!seen[size_t(next)]) {
                seen[size_t(next)] = true;
                stack.push_back(next);
            }
        }
    }
    return seen;
}

} // namespace

void ScenarioRules::check(const Node &scenario, RuleContext &context)
{
    // Variables: names must be usable in expressions and unique, or conditions become ambiguous.
    QSet<QString> variables;
    std::vector<const Node *> steps;
    QHash<QUuid, int> stepIndex;
    for (const auto &child : scenario.children()) {
        if (child->kind() == NodeKind::Variable) {
            const QString name = child->string(QStringLiteral("name"));
            if (!Expression::isValidVariableName(name))
                context.error(*child, QStringLiteral("invalid-variable-name"),
                              tr("Variable “%1” in %2 is not a valid name: use letters, digits and _, "
                                 "starting with a letter.")
                                  .arg(name, RuleContext::describe(scenario)));
            else if (variables.contains(name))
                context.error(*child, QStringLiteral("duplicate-variable"),
                              tr("%1 defines the variable “%2” more than once.")
                                  .arg(RuleContext::describe(scenario), name));
            else
                variables.insert(name);
        } else if (child->kind() == NodeKind::ScenarioNode) {
            stepIndex.insert(child->id(), int(steps.size()));
            steps.push_back(child.get());
        }
    }

    const QUuid startId = QUuid::fromString(scenario.string(QStringLiteral("start")));
    const int start = startId.isNull() ? -1 : stepIndex.value(startId, -1);
    if (start < 0)
        context.error(scenario, QStringLiteral("scenario-no-start"),
                      tr("%1 has no starting step.").arg(RuleContext::describe(scenario)));

    // Links, and the same graph reversed to search backwards from the endings.
    std::vector<std::vector<int>> forward(steps.size()), backward(steps.size());
    std::vector<int> endings;
    for (size_t i = 0; i < steps.size(); ++i) {
        const Node &step = *steps[i];
        if (isEnding(step))
            endings.push_back(int(i));
        if (!step.string(QStringLiteral("image")).isEmpty() &&
            step.string(QStringLiteral("imageAlt")).trimmed().isEmpty())
            context.error(step, QStringLiteral("image-no-alt"),
                          tr("%1 has an image without alternative text.").arg(RuleContext::describe(step)));
        for (const auto &choice : step.children()) {
            const QUuid targetId = QUuid::fromString(choice->string(QStringLiteral("target")));
            const int target = targetId.isNull() ? -1 : stepIndex.value(targetId, -1);
            if (target < 0) {
                context.error(*choice, QStringLiteral("scenario-broken-link"),
                              targetId.isNull()
                                  ? tr("%1 does not lead anywhere.").arg(RuleContext::describe(*choice))
                                  : tr("%1 leads to a step that is not in this scenario.")
                                        .arg(RuleContext::describe(*choice)));
            } else {
                forward[i].push_back(target);
                backward[size_t(target)].push_back(int(i));
            }
            checkExpression(*choice, QStringLiteral("condition"), variables, context);
            checkExpression(*choice, QStringLiteral("effects"), variables, context);
        }
    }

    // Unreachable is a warning: the scenario still plays, the step is just never seen.
    if (start >= 0) {
        const std::vector<bool> reachable = reach(forward, {start});
        for (size_t i = 0; i < steps.size(); ++i) {
            if (!reachable[i])
                context.warning(
                    *steps[i], QStringLiteral("scenario-unreachable"),
                    tr("%1 cannot be reached from the start.").arg(RuleContext::describe(*steps[i])));
        }
    }

    // A learner who gets to a step with no way on is stuck: an error. Checked for every step,
    // reachable or not, because each is wrong on its own account.
    const std::vector<bool> canEnd = reach(backward, endings);
    for (size_t i = 0; i < steps.size(); ++i) {
        if (canEnd[i])
            continue;
        const Node &step = *steps[i];
        context.error(step, QStringLiteral("scenario-dead-end"),
                      forward[i].empty() && step.childCount() == 0
                          ? tr("%1 has no choices and is not an ending.").arg(RuleContext::describe(step))
                          : tr("%1 has no path to an ending.").arg(RuleContext::describe(step)));
    }
}

void ScenarioRules::checkExpression(const Node &choice, const QString &key, const QSet<QString> &variables,
                                    RuleContext &context)
{
    const QString text = choice.string(key);
    if (text.trimmed().isEmpty())
        return;
    const Expression::Parsed parsed =
        key == QLatin1String("condition") ? Expression::parseCondition(text) : Expression::parseEffects(text);
    if (!parsed.ok) {
        context.error(choice, QStringLiteral("expression-error"),
                      key == QLatin1String("condition")
                          ? tr("%1: the condition “%2” is not valid (%3).")
                                .arg(RuleContext::describe(choice), text, parsed.error)
                          : tr("%1: the effects “%2” are not valid (%3).")
                                .arg(RuleContext::describe(choice), text, parsed.error));
        return;
    }
    for (const QString &name : parsed.variables) {
        if (!variables.contains(name))
            context.error(choice, QStringLiteral("undefined-variable"),
                          tr("%1 uses the variable “%2”, which the scenario does not define.")
                              .arg(RuleContext::describe(choice), name));
    }
}

} // namespace cw
