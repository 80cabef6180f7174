#pragma once
// The kinds of node a course tree can hold, and their stable names in files and JSON.

#include <QString>

#include <optional>

namespace cw {

enum class NodeKind
{
    Course,
    Module,
    Page,
    Quiz,
    Scenario,
    // Page blocks
    Heading,
    Text,
    Image,
    Video,
    Audio,
    Callout,
    Accordion,
    Tabs,
    Panel, // one section of an accordion or one tab
    Quote,
    Divider,
    // Quiz questions
    SingleChoice,
    MultipleResponse,
    TrueFalse,
    FillBlank,
    Matching,
    Sequencing,
    Numeric,
    Likert,
    ShortAnswer,
    // Question parts
    Choice,
    MatchPair,
    SequenceItem,
    // Scenario parts
    Variable,
    ScenarioNode,
    ScenarioChoice,
};

inline constexpr int NodeKindCount = int(NodeKind::ScenarioChoice) + 1;

// The name written to the project file and to canonical JSON. Never changes once shipped.
QString kindName(NodeKind kind);
std::optional<NodeKind> kindFromName(const QString &name);

bool isBlockKind(NodeKind kind);
bool isQuestionKind(NodeKind kind);
// Questions that count towards a quiz score (Likert and short answer are surveys).
bool isScoredQuestionKind(NodeKind kind);
// The rows a question edits inside its own form (choices, pairs, steps): never items of their own
// in lists such as the outline.
bool isQuestionPartKind(NodeKind kind);

} // namespace cw
