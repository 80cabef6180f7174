#include "rulecontext.h"

#include "model/coursedocument.h"
#include "model/schema.h"

#include <QCoreApplication>

namespace cw {

namespace {

// Long prompts would swamp a problem list; the node id is there to find the rest.
QString elided(const QString &text)
{
    constexpr int maxChars = 60;
    if (text.size() <= maxChars)
        return text;
    return text.left(maxChars - 1).trimmed() + QChar(0x2026);
}

QString quoted(const Node &node, bool lowerKind)
{
    const QString kind = lowerKind ? Schema::kindNoun(node.kind()) : Schema::kindLabel(node.kind());
    return QCoreApplication::translate("cw::Validator", "%1 “%2”").arg(kind, elided(node.displayText()));
}

} // namespace

RuleContext::RuleContext(const CourseDocument &document)
    : m_document(document)
    , m_duration(document)
{}

void RuleContext::add(Problem::Severity severity, const Node &node, const QString &code,
                      const QString &message)
{
    Problem problem;
    problem.severity = severity;
    problem.node = node.id();
    problem.code = code;
    problem.message = message;
    m_problems.append(std::move(problem));
}

QString RuleContext::describe(const Node &node)
{
    if (!node.displayText().isEmpty())
        return quoted(node, false);
    for (const Node *p = node.parent(); p; p = p->parent()) {
        // The container's kind in lower case, as the model's own messages do: "Image in page “Intro”".
        if (!p->displayText().isEmpty())
            return QCoreApplication::translate("cw::Validator", "%1 in %2")
                .arg(Schema::kindLabel(node.kind()), quoted(*p, true));
    }
    return Schema::kindLabel(node.kind());
}

} // namespace cw
