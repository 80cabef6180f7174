#include "nodekind.h"

#include <array>

namespace cw {

namespace {
struct KindNameEntry
{
    NodeKind kind;
    const char16_t *name;
};

constexpr std::array<KindNameEntry, NodeKindCount> kKindNames{{
    {NodeKind::Course, u"course"},
    {NodeKind::Module, u"module"},
    {NodeKind::Page, u"page"},
    {NodeKind::Quiz, u"quiz"},
    {NodeKind::Scenario, u"scenario"},
    {NodeKind::Heading, u"heading"},
    {NodeKind::Text, u"text"},
    {NodeKind::Image, u"image"},
    {NodeKind::Video, u"video"},
    {NodeKind::Audio, u"audio"},
    {NodeKind::Callout, u"callout"},
    {NodeKind::Accordion, u"accordion"},
    {NodeKind::Tabs, u"tabs"},
    {NodeKind::Panel, u"panel"},
    {NodeKind::Quote, u"quote"},
    {NodeKind::Divider, u"divider"},
    {NodeKind::SingleChoice, u"singleChoice"},
    {NodeKind::MultipleResponse, u"multipleResponse"},
    {NodeKind::TrueFalse, u"trueFalse"},
    {NodeKind::FillBlank, u"fillBlank"},
    {NodeKind::Matching, u"matching"},
    {NodeKind::Sequencing, u"sequencing"},
    {NodeKind::Numeric, u"numeric"},
    {NodeKind::Likert, u"likert"},
    {NodeKind::ShortAnswer, u"shortAnswer"},
    {NodeKind::Choice, u"choice"},
    {NodeKind::MatchPair, u"matchPair"},
    {NodeKind::SequenceItem, u"sequenceItem"},
    {NodeKind::Variable, u"variable"},
    {NodeKind::ScenarioNode, u"scenarioNode"},
    {NodeKind::ScenarioChoice, u"scenarioChoice"},
}};

constexpr bool namesFollowEnumOrder()
{
    for (size_t i = 0; i < kKindNames.size(); ++i) {
        if (size_t(kKindNames[i].kind) != i)
            return false;
    }
    return true;
}
static_assert(namesFollowEnumOrder(), "kKindNames must list the kinds in enum order");
} // namespace

QString kindName(NodeKind kind)
{
    return QString::fromUtf16(kKindNames[size_t(kind)].name);
}

std::optional<NodeKind> kindFromName(const QString &name)
{
    for (const auto &entry : kKindNames) {
        if (name == QStringView(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

bool isBlockKind(NodeKind kind)
{
    return kind >= NodeKind::Heading && kind <= NodeKind::Divider && kind != NodeKind::Panel;
}

bool isQuestionKind(NodeKind kind)
{
    return kind >= NodeKind::SingleChoice && kind <= NodeKind::ShortAnswer;
}

bool isScoredQuestionKind(NodeKind kind)
{
    return isQuestionKind(kind) && kind != NodeKind::Likert && kind != NodeKind::ShortAnswer;
}

bool isQuestionPartKind(NodeKind kind)
{
    return kind == NodeKind::Choice || kind == NodeKind::MatchPair || kind == NodeKind::SequenceItem;
}

} // namespace cw
