#pragma once
// What counts towards a score: one rule for validation here and for the player's quiz.js
// (engine.graded / gradedQuiz); both test suites check it against tests/data/grading.json.

namespace cw {

class Node;

class Grading
{
public:
    // A question whose kind has a right answer (isScoredQuestionKind) and that is worth points.
    static bool isGradedQuestion(const Node &question);
    // A quiz without a graded question: answers are collected, nothing is scored or passed.
    static bool isSurvey(const Node &quiz);
    // Whether `node` (a course, a module) holds a quiz that is not a survey: what makes its
    // learner pass or fail, and so what a pass mark in a package manifest applies to.
    static bool hasGradedQuiz(const Node &node);
    // Points on a question whose kind is never scored (Likert, short answer): they never count.
    static bool hasIgnoredPoints(const Node &question);
};

} // namespace cw
