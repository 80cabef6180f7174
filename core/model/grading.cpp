#include "grading.h"

#include "node.h"

namespace cw {

namespace {
const QString kPoints = QStringLiteral("points");
}

bool Grading::isGradedQuestion(const Node &question)
{
    return isScoredQuestionKind(question.kind()) && question.integer(kPoints) > 0;
}

bool Grading::isSurvey(const Node &quiz)
{
    for (const auto &question : quiz.children()) {
        if (isGradedQuestion(*question))
            return false;
    }
    return true;
}

bool Grading::hasGradedQuiz(const Node &node)
{
    bool graded = false;
    node.walk(
        [&graded](const Node *n) { graded = graded || (n->kind() == NodeKind::Quiz && !isSurvey(*n)); });
    return graded;
}

bool Grading::hasIgnoredPoints(const Node &question)
{
    return isQuestionKind(question.kind()) && !isScoredQuestionKind(question.kind()) &&
           question.integer(kPoints) > 0;
}

} // namespace cw
