#include "schema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <cmath>

namespace cw {

namespace {

// Small builders so the table below reads as a specification rather than as code.
PropertySpec text(const char *key, const char *label, const QString &def = {}, int maxLength = 0)
{
    PropertySpec p;
    p.key = QString::fromLatin1(key);
    p.type = PropertyType::String;
    p.defaultValue = def;
    p.translatable = true;
    p.maxLength = maxLength;
    p.label = label;
    return p;
}

PropertySpec plain(const char *key, const char *label, const QString &def = {}, int maxLength = 0)
{
    PropertySpec p = text(key, label, def, maxLength);
    p.translatable = false;
    return p;
}

PropertySpec rich(const char *key, const char *label, const QString &def = {})
{
    PropertySpec p = text(key, label, def);
    p.type = PropertyType::RichText;
    return p;
}

PropertySpec boolean(const char *key, const char *label, bool def)
{
    PropertySpec p;
    p.key = QString::fromLatin1(key);
    p.type = PropertyType::Bool;
    p.defaultValue = def;
    p.label = label;
    return p;
}

PropertySpec integer(const char *key, const char *label, int def, int min, int max)
{
    PropertySpec p;
    p.key = QString::fromLatin1(key);
    p.type = PropertyType::Int;
    p.defaultValue = def;
    p.hasRange = true;
    p.minimum = min;
    p.maximum = max;
    p.label = label;
    return p;
}

PropertySpec real(const char *key, const char *label, double def)
{
    PropertySpec p;
    p.key = QString::fromLatin1(key);
    p.type = PropertyType::Real;
    p.defaultValue = def;
    p.label = label;
    return p;
}

PropertySpec choice(const char *key, const char *label, std::initializer_list<const char *> values)
{
    PropertySpec p;
    p.key = QString::fromLatin1(key);
    p.type = PropertyType::Enum;
    for (const char *v : values)
        p.choices << QString::fromLatin1(v);
    p.defaultValue = p.choices.first();
    p.label = label;
    return p;
}

PropertySpec flags(const char *key, const char *label, std::initializer_list<const char *> values,
                   std::initializer_list<const char *> defaults)
{
    PropertySpec p = choice(key, label, values);
    p.type = PropertyType::Flags;
    QStringList def;
    for (const char *v : defaults)
        def << QString::fromLatin1(v);
    def.sort();
    p.defaultValue = QJsonArray::fromStringList(def);
    return p;
}

PropertySpec list(const char *key, const char *label, const QStringList &def = {})
{
    PropertySpec p;
    p.key = QString::fromLatin1(key);
    p.type = PropertyType::StringList;
    p.defaultValue = QJsonArray::fromStringList(def);
    p.translatable = true;
    p.label = label;
    return p;
}

PropertySpec asset(const char *key, const char *label)
{
    PropertySpec p = plain(key, label);
    p.type = PropertyType::AssetRef;
    return p;
}

PropertySpec ref(const char *key, const char *label, NodeKind target)
{
    PropertySpec p = plain(key, label);
    p.type = PropertyType::NodeRef;
    p.refKind = target;
    return p;
}

PropertySpec typed(PropertyType type, const char *key, const char *label)
{
    PropertySpec p = plain(key, label);
    p.type = type;
    return p;
}

// Properties every question shares.
QList<PropertySpec> questionBase(int points)
{
    return {rich("prompt", QT_TRANSLATE_NOOP("cw::Schema", "Question")),
            integer("points", QT_TRANSLATE_NOOP("cw::Schema", "Points"), points, 0, 1000),
            rich("correctFeedback", QT_TRANSLATE_NOOP("cw::Schema", "Feedback when correct")),
            rich("incorrectFeedback", QT_TRANSLATE_NOOP("cw::Schema", "Feedback when incorrect"))};
}

const QList<NodeKind> kBlockKinds = {
    NodeKind::Heading, NodeKind::Text,      NodeKind::Image, NodeKind::Video, NodeKind::Audio,
    NodeKind::Callout, NodeKind::Accordion, NodeKind::Tabs,  NodeKind::Quote, NodeKind::Divider};

const QList<NodeKind> kQuestionKinds = {
    NodeKind::SingleChoice, NodeKind::MultipleResponse, NodeKind::TrueFalse,
    NodeKind::FillBlank,    NodeKind::Matching,         NodeKind::Sequencing,
    NodeKind::Numeric,      NodeKind::Likert,           NodeKind::ShortAnswer};

#define L(s) QT_TRANSLATE_NOOP("cw::Schema", s)

} // namespace

const PropertySpec *KindSpec::property(const QString &key) const
{
    for (const PropertySpec &p : properties) {
        if (p.key == key)
            return &p;
    }
    return nullptr;
}

Schema::Schema()
{
    m_kinds.resize(NodeKindCount);
    auto define = [this](NodeKind kind, const char *label, const char *displayKey, QList<PropertySpec> props,
                         QList<NodeKind> children = {}) {
        KindSpec &k = m_kinds[size_t(kind)];
        k.kind = kind;
        k.label = label;
        k.displayKey = QString::fromLatin1(displayKey);
        k.properties = std::move(props);
        k.childKinds = std::move(children);
    };
    define(NodeKind::Course, L("Course"), "title",
           {text("title", L("Title"), QStringLiteral("Untitled course"), 200),
            text("description", L("Description")), plain("language", L("Language"), QStringLiteral("en")),
            plain("author", L("Author")), plain("version", L("Version"), QStringLiteral("1.0")),
            plain("identifier", L("Course identifier")),
            flags("completion", L("Completion requires"), {"pages", "quizzes", "scenarios"},
                  {"pages", "quizzes", "scenarios"}),
            integer("passingScore", L("Passing score (%)"), 80, 0, 100),
            integer("readingWordsPerMinute", L("Reading speed (words per minute)"), 200, 50, 1000),
            integer("secondsPerQuestion", L("Time allowed per question (seconds)"), 45, 0, 3600)},
           {NodeKind::Module});

    define(NodeKind::Module, L("Module"), "title",
           {text("title", L("Title"), QStringLiteral("Untitled module"), 200),
            text("description", L("Description")), boolean("ownCompletion", L("Own completion rule"), false),
            flags("completion", L("Completion requires"), {"pages", "quizzes", "scenarios"},
                  {"pages", "quizzes", "scenarios"})},
           {NodeKind::Page, NodeKind::Quiz, NodeKind::Scenario});

    define(NodeKind::Page, L("Page"), "title",
           {text("title", L("Title"), QStringLiteral("Untitled page"), 200)}, kBlockKinds);

    define(NodeKind::Quiz, L("Quiz"), "title",
           {text("title", L("Title"), QStringLiteral("Knowledge check"), 200),
            rich("intro", L("Introduction")), integer("passingScore", L("Passing score (%)"), 80, 0, 100),
            integer("attempts", L("Attempts allowed (0 = unlimited)"), 0, 0, 100),
            boolean("shuffleQuestions", L("Shuffle questions"), false),
            boolean("shuffleChoices", L("Shuffle choices"), false),
            integer("drawCount", L("Questions drawn from the pool (0 = all)"), 0, 0, 10000),
            choice("feedbackTiming", L("Feedback"), {"immediate", "afterQuiz", "never"}),
            boolean("allowReview", L("Allow review of answers"), true)},
           kQuestionKinds);

    define(NodeKind::Scenario, L("Scenario"), "title",
           {text("title", L("Title"), QStringLiteral("Untitled scenario"), 200),
            rich("intro", L("Introduction")), ref("start", L("Starting point"), NodeKind::ScenarioNode),
            integer("passingScore", L("Passing score (points, 0 = outcome only)"), 0, 0, 100000)},
           {NodeKind::Variable, NodeKind::ScenarioNode});

    define(NodeKind::Heading, L("Heading"), "text",
           {text("text", L("Text"), QStringLiteral("Heading"), 200), integer("level", L("Level"), 2, 2, 4)});
    define(NodeKind::Text, L("Text"), "html", {rich("html", L("Text"))});
    define(NodeKind::Image, L("Image"), "alt",
           {asset("asset", L("Image")), text("alt", L("Alternative text"), {}, 500),
            boolean("decorative", L("Decorative (no alternative text needed)"), false),
            text("caption", L("Caption"))});
    define(NodeKind::Video, L("Video"), "title",
           {asset("asset", L("Video")), text("title", L("Title")), asset("captions", L("Captions (WebVTT)")),
            asset("poster", L("Poster image")), rich("transcript", L("Transcript"))});
    define(NodeKind::Audio, L("Audio"), "title",
           {asset("asset", L("Audio")), text("title", L("Title")), asset("captions", L("Captions (WebVTT)")),
            rich("transcript", L("Transcript"))});
    define(NodeKind::Callout, L("Callout"), "title",
           {choice("style", L("Style"), {"info", "tip", "warning", "important"}), text("title", L("Title")),
            rich("html", L("Text"))});
    define(NodeKind::Accordion, L("Accordion"), "title", {text("title", L("Title"))}, {NodeKind::Panel});
    define(NodeKind::Tabs, L("Tabs"), "title", {text("title", L("Title"))}, {NodeKind::Panel});
    define(NodeKind::Panel, L("Panel"), "title",
           {text("title", L("Title"), QStringLiteral("Section"), 200), rich("html", L("Text"))});
    define(NodeKind::Quote, L("Quote"), "text",
           {text("text", L("Quotation")), text("attribution", L("Attribution"))});
    define(NodeKind::Divider, L("Divider"), "", {});

    define(NodeKind::SingleChoice, L("Single choice"), "prompt", questionBase(1), {NodeKind::Choice});
    define(NodeKind::MultipleResponse, L("Multiple response"), "prompt", questionBase(1), {NodeKind::Choice});
    define(NodeKind::TrueFalse, L("True or false"), "prompt",
           questionBase(1) + QList<PropertySpec>{boolean("answer", L("Correct answer is true"), true)});
    define(NodeKind::FillBlank, L("Fill in the blank"), "prompt",
           questionBase(1) + QList<PropertySpec>{list("accepted", L("Accepted answers")),
                                                 boolean("caseSensitive", L("Case sensitive"), false)});
    define(NodeKind::Matching, L("Matching"), "prompt", questionBase(1), {NodeKind::MatchPair});
    define(NodeKind::Sequencing, L("Sequencing"), "prompt", questionBase(1), {NodeKind::SequenceItem});
    define(NodeKind::Numeric, L("Numeric"), "prompt",
           questionBase(1) + QList<PropertySpec>{real("answer", L("Correct answer"), 0),
                                                 real("tolerance", L("Tolerance (±)"), 0),
                                                 text("unit", L("Unit"))});
    define(NodeKind::Likert, L("Likert scale"), "prompt",
           questionBase(0) +
               QList<PropertySpec>{list("scale", L("Scale"),
                                        {QStringLiteral("Strongly disagree"), QStringLiteral("Disagree"),
                                         QStringLiteral("Neutral"), QStringLiteral("Agree"),
                                         QStringLiteral("Strongly agree")})});
    define(NodeKind::ShortAnswer, L("Short answer"), "prompt",
           questionBase(0) + QList<PropertySpec>{rich("sampleAnswer", L("Sample answer")),
                                                 integer("maxLength", L("Maximum length"), 1000, 1, 100000)});

    define(NodeKind::Choice, L("Choice"), "text",
           {text("text", L("Text"), QStringLiteral("Choice"), 1000), boolean("correct", L("Correct"), false),
            text("feedback", L("Feedback"))});
    define(NodeKind::MatchPair, L("Pair"), "prompt",
           {text("prompt", L("Item")), text("match", L("Matches"))});
    define(NodeKind::SequenceItem, L("Step"), "text", {text("text", L("Text"))});

    define(NodeKind::Variable, L("Variable"), "name",
           {plain("name", L("Name"), QStringLiteral("score"), 64),
            choice("type", L("Type"), {"number", "boolean"}), real("initial", L("Initial value"), 0)});
    define(NodeKind::ScenarioNode, L("Scenario step"), "title",
           {choice("nodeType", L("Type"), {"content", "decision", "ending"}),
            text("title", L("Title"), QStringLiteral("Untitled step"), 200), rich("html", L("Text")),
            asset("image", L("Image")), text("imageAlt", L("Image alternative text")),
            choice("outcome", L("Outcome (endings)"), {"neutral", "pass", "fail"}),
            rich("feedback", L("Ending feedback"))},
           {NodeKind::ScenarioChoice});
    define(NodeKind::ScenarioChoice, L("Scenario choice"), "text",
           {text("text", L("Text"), QStringLiteral("Continue"), 1000),
            ref("target", L("Leads to"), NodeKind::ScenarioNode),
            typed(PropertyType::Condition, "condition", L("Shown when")),
            typed(PropertyType::Effects, "effects", L("Effects")),
            integer("score", L("Score"), 0, -100000, 100000), text("feedback", L("Feedback"))});
}

#undef L

const Schema &Schema::instance()
{
    static const Schema schema;
    return schema;
}

const PropertySpec *Schema::property(NodeKind kind, const QString &key) const
{
    return this->kind(kind).property(key);
}

QString Schema::kindLabel(NodeKind kind)
{
    return QCoreApplication::translate("cw::Schema", instance().kind(kind).label);
}

QString Schema::propertyLabel(const PropertySpec &spec)
{
    return QCoreApplication::translate("cw::Schema", spec.label);
}

QString Schema::checkValue(const PropertySpec &spec, const QJsonValue &value)
{
    auto expected = [](const char *what) {
        return QCoreApplication::translate("cw::Schema", "expected %1").arg(QString::fromLatin1(what));
    };
    switch (spec.type) {
    case PropertyType::Bool:
        return value.isBool() ? QString() : expected("true or false");
    case PropertyType::Int:
    case PropertyType::Real: {
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return expected("a number");
        const double d = value.toDouble();
        if (spec.type == PropertyType::Int && d != std::floor(d))
            return expected("a whole number");
        if (spec.hasRange && (d < spec.minimum || d > spec.maximum))
            return QCoreApplication::translate("cw::Schema", "must be between %1 and %2")
                .arg(spec.minimum)
                .arg(spec.maximum);
        return {};
    }
    case PropertyType::Enum:
        if (!value.isString() || !spec.choices.contains(value.toString()))
            return QCoreApplication::translate("cw::Schema", "expected one of: %1")
                .arg(spec.choices.join(QStringLiteral(", ")));
        return {};
    case PropertyType::Flags:
    case PropertyType::StringList: {
        if (!value.isArray())
            return expected("a list of strings");
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return expected("a list of strings");
            if (spec.type == PropertyType::Flags && !spec.choices.contains(item.toString()))
                return QCoreApplication::translate("cw::Schema", "expected any of: %1")
                    .arg(spec.choices.join(QStringLiteral(", ")));
        }
        return {};
    }
    case PropertyType::AssetRef: {
        static const QRegularExpression sha256(QStringLiteral("^([0-9a-f]{64})?$"));
        if (!value.isString() || !sha256.match(value.toString()).hasMatch())
            return expected("a SHA-256 asset hash in lower-case hex, or an empty string");
        return {};
    }
    case PropertyType::NodeRef: {
        if (!value.isString())
            return expected("a node id");
        const QString s = value.toString();
        if (!s.isEmpty() && QUuid::fromString(s).isNull())
            return expected("a node id");
        return {};
    }
    case PropertyType::String:
        if (!value.isString())
            return expected("a string");
        if (value.toString().contains(QLatin1Char('\n')))
            return QCoreApplication::translate("cw::Schema", "must be a single line");
        if (spec.maxLength > 0 && value.toString().size() > spec.maxLength)
            return QCoreApplication::translate("cw::Schema", "longer than %1 characters").arg(spec.maxLength);
        return {};
    case PropertyType::RichText:
    case PropertyType::Condition:
    case PropertyType::Effects:
        return value.isString() ? QString() : expected("a string");
    }
    return expected("a known value");
}

QJsonValue Schema::normalized(const PropertySpec &spec, const QJsonValue &value)
{
    switch (spec.type) {
    case PropertyType::Flags: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items << item.toString();
        items.sort();
        items.removeDuplicates();
        return QJsonArray::fromStringList(items);
    }
    case PropertyType::NodeRef: {
        const QString s = value.toString();
        return s.isEmpty() ? QString() : QUuid::fromString(s).toString(QUuid::WithoutBraces);
    }
    default:
        return value;
    }
}

} // namespace cw
