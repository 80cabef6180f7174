#include "validator.h"

#include "contentrules.h"
#include "model/coursedocument.h"
#include "quizrules.h"
#include "rulecontext.h"
#include "scenariorules.h"

#include <algorithm>

namespace cw {

QList<Problem> Validator::validate(const CourseDocument &document)
{
    RuleContext context(document);
    // One walk; each rule set looks at the node kinds it knows. Scenario steps and choices are
    // checked by ScenarioRules from their scenario, since reachability needs the whole graph.
    document.root()->walk([&context](const Node *node) {
        ContentRules::check(*node, context);
        QuizRules::check(*node, context);
        if (node->kind() == NodeKind::Scenario)
            ScenarioRules::check(*node, context);
    });
    return context.takeProblems();
}

bool Validator::hasErrors(const QList<Problem> &problems)
{
    return std::any_of(problems.cbegin(), problems.cend(),
                       [](const Problem &p) { return p.severity == Problem::Severity::Error; });
}

} // namespace cw
