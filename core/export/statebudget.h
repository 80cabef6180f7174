#pragma once
// The worst-case size of a course's learner state (templates/player/state.js, docs/learner-state.md),
// so the exporter can warn before a SCORM suspend_data limit truncates a learner's progress.

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cw {

class CourseDocument;
class Node;

class StateBudget
{
public:
    static constexpr int FormatVersion = 2;
    static constexpr int Scorm12Limit = 4096;
    static constexpr int Scorm2004Limit = 64000;

    // What the state encoding depends on: the course tree reduced to counts, in course order.
    // This is also the JSON the player reads (shapeToJson), so both sides index the same things.
    struct Question
    {
        QString kind; // kindName() of the question
        int n = 0;    // choices, pairs, sequence items or Likert scale points
    };
    struct Item
    {
        QString kind; // "page", "quiz" or "scenario"
        int attempts = 0;
        int drawCount = 0;
        bool shuffleQuestions = false;
        bool shuffleChoices = false;
        QList<Question> questions;
        int nodes = 0;
        QList<bool> booleanVariables; // one entry per scenario variable: true when boolean
    };
    struct Shape
    {
        quint32 hash = 0;
        QList<QList<Item>> modules;
    };

    static Shape shape(const Node &course);
    static QJsonObject shapeToJson(const Shape &shape);
    static Shape shapeFromJson(const QJsonObject &json);
    // FNV-1a 32 over each structural id followed by a line feed, in course order.
    static quint32 structureHash(const QStringList &ids);

    static qint64 worstCaseBits(const Shape &shape);
    // Length in characters of the largest encoded state the course allows.
    static qint64 worstCase(const Shape &shape);
    static qint64 worstCase(const CourseDocument &document);
    static bool fits(const CourseDocument &document, qint64 limit) { return worstCase(document) <= limit; }
};

} // namespace cw
