#pragma once
// Rules on quizzes, their questions and the questions' answer options.

#include <QCoreApplication>

namespace cw {

class Node;
class RuleContext;

class QuizRules
{
    Q_DECLARE_TR_FUNCTIONS(cw::QuizRules)

public:
    // Checks one node (not its children: the validator walks the tree once).
    static void check(const Node &node, RuleContext &context);

private:
    static void checkQuiz(const Node &quiz, RuleContext &context);
    static void checkQuestion(const Node &question, RuleContext &context);
    static void checkChoices(const Node &question, RuleContext &context);
    static void checkOption(const Node &option, RuleContext &context);
};

} // namespace cw
