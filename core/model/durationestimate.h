#pragma once
// How long a learner needs: reading time at the course's stated words per minute, plus media
// durations, plus a fixed allowance per question and per scenario step.

#include <QHash>
#include <QString>
#include <QUuid>

namespace cw {

class CourseDocument;
class Node;

class DurationEstimate
{
public:
    struct Assumptions
    {
        int wordsPerMinute = 200;
        int secondsPerQuestion = 45;
        int secondsPerScenarioStep = 30; // reading a step and choosing, beyond its words
        int secondsPerImage = 10;        // looking at a picture
    };

    explicit DurationEstimate(const CourseDocument &document);

    const Assumptions &assumptions() const { return m_assumptions; }
    // Seconds for a node and everything below it (page, quiz, scenario, module, course).
    double seconds(const Node &node) const;
    int words(const Node &node) const;

private:
    // Words in the node's own properties that a learner reads (see durationestimate.cpp).
    static int ownWords(const Node &node);
    double ownSeconds(const Node &node) const;
    double childrenSeconds(const Node &node) const;
    double quizSeconds(const Node &quiz) const;
    double scenarioSeconds(const Node &scenario) const;

    const CourseDocument &m_document;
    Assumptions m_assumptions;
    // Totals of containers (course, module, page, quiz, scenario); the estimate is a snapshot, so
    // build a new one after the document changes.
    mutable QHash<QUuid, double> m_seconds;
};

} // namespace cw
