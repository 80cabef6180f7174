#pragma once
// Shared state of one validation pass: the document, the duration estimate, the problems found so
// far, and how a message names a node.

#include "model/durationestimate.h"
#include "problem.h"

#include <QList>

namespace cw {

class CourseDocument;
class Node;

class RuleContext
{
public:
    explicit RuleContext(const CourseDocument &document);

    const CourseDocument &document() const { return m_document; }
    const DurationEstimate &duration() const { return m_duration; }

    void add(Problem::Severity severity, const Node &node, const QString &code, const QString &message);
    void error(const Node &node, const QString &code, const QString &message)
    {
        add(Problem::Severity::Error, node, code, message);
    }
    void warning(const Node &node, const QString &code, const QString &message)
    {
        add(Problem::Severity::Warning, node, code, message);
    }

    QList<Problem> takeProblems() { return std::move(m_problems); }

    // "Page “Introduction”", or for a node without text of its own "Image in page “Introduction”".
    // Only called when a problem is found, so the common (clean) path never builds strings.
    static QString describe(const Node &node);

private:
    const CourseDocument &m_document;
    DurationEstimate m_duration;
    QList<Problem> m_problems;
};

} // namespace cw
