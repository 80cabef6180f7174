#include "quizrules.h"

#include "model/grading.h"
#include "model/node.h"
#include "rulecontext.h"

namespace cw {

void QuizRules::check(const Node &node, RuleContext &context)
{
    const NodeKind kind = node.kind();
    if (kind == NodeKind::Quiz)
        checkQuiz(node, context);
    else if (isQuestionKind(kind))
        checkQuestion(node, context);
    else if (kind == NodeKind::Choice || kind == NodeKind::MatchPair || kind == NodeKind::SequenceItem)
        checkOption(node, context);
}

void QuizRules::checkQuiz(const Node &quiz, RuleContext &context)
{
    // Every child of a quiz is a question (the schema allows nothing else).
    const int questions = quiz.childCount();
    const int drawCount = quiz.integer(QStringLiteral("drawCount"));
    if (questions == 0)
        context.error(quiz, QStringLiteral("quiz-no-questions"),
                      tr("%1 has no questions.").arg(RuleContext::describe(quiz)));
    else if (drawCount > questions)
        context.error(quiz, QStringLiteral("quiz-draw-too-many"),
                      tr("%1 draws %2 questions but has only %3.")
                          .arg(RuleContext::describe(quiz))
                          .arg(drawCount)
                          .arg(questions));
}

void QuizRules::checkQuestion(const Node &question, RuleContext &context)
{
    if (question.displayText().isEmpty())
        context.error(question, QStringLiteral("empty-prompt"),
                      tr("%1 has no question text.").arg(RuleContext::describe(question)));
    // A warning: the course plays, but the designer expected these points to count.
    if (Grading::hasIgnoredPoints(question))
        context.warning(question, QStringLiteral("ungraded-points"),
                        tr("%1 is a survey question with no right answer, so its %n point(s) never "
                           "count towards a score. Set its points to 0.",
                           nullptr, question.integer(QStringLiteral("points")))
                            .arg(RuleContext::describe(question)));

    switch (question.kind()) {
    case NodeKind::SingleChoice:
    case NodeKind::MultipleResponse:
        checkChoices(question, context);
        break;
    case NodeKind::FillBlank: {
        bool any = false;
        for (const QString &answer : question.stringList(QStringLiteral("accepted")))
            any = any || !answer.trimmed().isEmpty();
        if (!any)
            context.error(question, QStringLiteral("no-correct-answer"),
                          tr("%1 has no accepted answer.").arg(RuleContext::describe(question)));
        break;
    }
    case NodeKind::Matching:
    case NodeKind::Sequencing:
        if (question.childCount() < 2)
            context.error(question, QStringLiteral("too-few-items"),
                          question.kind() == NodeKind::Matching
                              ? tr("%1 needs at least two pairs.").arg(RuleContext::describe(question))
                              : tr("%1 needs at least two steps.").arg(RuleContext::describe(question)));
        break;
    case NodeKind::Numeric:
        if (question.real(QStringLiteral("tolerance")) < 0)
            context.error(question, QStringLiteral("negative-tolerance"),
                          tr("%1 has a negative tolerance.").arg(RuleContext::describe(question)));
        break;
    case NodeKind::Likert: {
        int points = 0;
        for (const QString &label : question.stringList(QStringLiteral("scale")))
            points += label.trimmed().isEmpty() ? 0 : 1;
        if (points < 2)
            context.error(
                question, QStringLiteral("too-few-scale-points"),
                tr("%1 needs at least two points on its scale.").arg(RuleContext::describe(question)));
        break;
    }
    default:
        break;
    }
}

void QuizRules::checkChoices(const Node &question, RuleContext &context)
{
    int correct = 0;
    for (const auto &choice : question.children())
        correct += choice->boolean(QStringLiteral("correct")) ? 1 : 0;
    const bool single = question.kind() == NodeKind::SingleChoice;
    if (question.childCount() < 2)
        context.error(question, QStringLiteral("too-few-choices"),
                      tr("%1 needs at least two choices.").arg(RuleContext::describe(question)));
    if (correct == 0)
        context.error(question, QStringLiteral("no-correct-answer"),
                      tr("%1 has no choice marked correct.").arg(RuleContext::describe(question)));
    else if (single && correct > 1)
        context.error(question, QStringLiteral("several-correct-answers"),
                      tr("%1 has %2 choices marked correct; a single-choice question needs exactly one.")
                          .arg(RuleContext::describe(question))
                          .arg(correct));
}

void QuizRules::checkOption(const Node &option, RuleContext &context)
{
    // A warning: a blank option still plays, but the learner sees an empty button or slot.
    bool empty = false;
    if (option.kind() == NodeKind::MatchPair)
        empty = option.string(QStringLiteral("prompt")).trimmed().isEmpty() ||
                option.string(QStringLiteral("match")).trimmed().isEmpty();
    else
        empty = option.string(QStringLiteral("text")).trimmed().isEmpty();
    if (empty)
        context.warning(option, QStringLiteral("empty-option"),
                        tr("%1 has no text.").arg(RuleContext::describe(option)));
}

} // namespace cw
