#include "schema.h"

#include "node.h"

#include "jsonnumber.h"
#include "mediafit.h"
#include "richtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <cmath>
#include <limits>

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

PropertySpec activeWhen(PropertySpec p, const char *key, const QJsonValue &equals)
{
    p.activeWhen = ActiveWhen{QString::fromLatin1(key), equals};
    return p;
}

PropertySpec hinted(PropertySpec p, EditorHint hint)
{
    p.hint = hint;
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

PropertySpec asset(const char *key, const char *label, const char *mediaType)
{
    PropertySpec p = plain(key, label);
    p.type = PropertyType::AssetRef;
    p.mediaType = QString::fromLatin1(mediaType);
    return p;
}

PropertySpec ref(const char *key, const char *label, NodeKind target)
{
    PropertySpec p = plain(key, label);
    p.type = PropertyType::NodeRef;
    p.refKind = target;
    // Scenario steps are the only targets so far, and a choice may only lead within its scenario.
    p.refScope = NodeKind::Scenario;
    return p;
}

PropertySpec settings(const char *key, const char *label)
{
    PropertySpec p = plain(key, label);
    p.type = PropertyType::Settings;
    p.defaultValue = QJsonObject();
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
    return {hinted(rich("prompt", QT_TRANSLATE_NOOP("cw::Schema", "Question")), EditorHint::ShortText),
            integer("points", QT_TRANSLATE_NOOP("cw::Schema", "Points"), points, 0, 1000),
            hinted(rich("correctFeedback", QT_TRANSLATE_NOOP("cw::Schema", "Feedback when correct")),
                   EditorHint::ShortText),
            hinted(rich("incorrectFeedback", QT_TRANSLATE_NOOP("cw::Schema", "Feedback when incorrect")),
                   EditorHint::ShortText)};
}

const QList<NodeKind> kBlockKinds = {
    NodeKind::Heading, NodeKind::Text,      NodeKind::Image, NodeKind::Video, NodeKind::Audio,
    NodeKind::Callout, NodeKind::Accordion, NodeKind::Tabs,  NodeKind::Quote, NodeKind::Divider};

const QList<NodeKind> kQuestionKinds = {
    NodeKind::SingleChoice, NodeKind::MultipleResponse, NodeKind::TrueFalse,
    NodeKind::FillBlank,    NodeKind::Matching,         NodeKind::Sequencing,
    NodeKind::Numeric,      NodeKind::Likert,           NodeKind::ShortAnswer};

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
    define(NodeKind::Course, QT_TRANSLATE_NOOP("cw::Schema", "Course"), "title",
           {text("title", QT_TRANSLATE_NOOP("cw::Schema", "Title"), QStringLiteral("Untitled course"), 200),
            text("description", QT_TRANSLATE_NOOP("cw::Schema", "Description")),
            hinted(plain("language", QT_TRANSLATE_NOOP("cw::Schema", "Language"), QStringLiteral("en")),
                   EditorHint::LanguageTag),
            plain("author", QT_TRANSLATE_NOOP("cw::Schema", "Author")),
            plain("version", QT_TRANSLATE_NOOP("cw::Schema", "Version"), QStringLiteral("1.0")),
            plain("identifier", QT_TRANSLATE_NOOP("cw::Schema", "Course identifier")),
            flags("completion", QT_TRANSLATE_NOOP("cw::Schema", "Completion requires"),
                  {"pages", "quizzes", "scenarios"}, {"pages", "quizzes", "scenarios"}),
            integer("passingScore", QT_TRANSLATE_NOOP("cw::Schema", "Passing score (%)"), 80, 0, 100),
            integer("readingWordsPerMinute",
                    QT_TRANSLATE_NOOP("cw::Schema", "Reading speed (words per minute)"), 200, 50, 1000),
            integer("secondsPerQuestion",
                    QT_TRANSLATE_NOOP("cw::Schema", "Time allowed per question (seconds)"), 45, 0, 3600),
            // The player's look (docs/player.md): checked by ContentRules rather than refused here,
            // so a half-typed colour can sit in the editor and old files with odd values still open.
            hinted(plain("themeColor", QT_TRANSLATE_NOOP("cw::Schema", "Theme colour"),
                         QStringLiteral("#1f5f99")),
                   EditorHint::Color),
            choice("font", QT_TRANSLATE_NOOP("cw::Schema", "Font"),
                   {"system", "sans", "serif", "rounded", "mono"}),
            asset("logo", QT_TRANSLATE_NOOP("cw::Schema", "Logo"), "image/"),
            text("logoAlt", QT_TRANSLATE_NOOP("cw::Schema", "Logo alternative text"), {}, 500),
            choice("navigation", QT_TRANSLATE_NOOP("cw::Schema", "Navigation"), {"free", "sequential"}),
            // What the last export chose, so the next one repeats it: {"format": name, <target
            // name>: {option: value}} (ExportSettings reads it).
            settings("exportSettings", QT_TRANSLATE_NOOP("cw::Schema", "Export settings"))},
           {NodeKind::Module});

    define(NodeKind::Module, QT_TRANSLATE_NOOP("cw::Schema", "Module"), "title",
           {text("title", QT_TRANSLATE_NOOP("cw::Schema", "Title"), QStringLiteral("Untitled module"), 200),
            text("description", QT_TRANSLATE_NOOP("cw::Schema", "Description")),
            boolean("ownCompletion", QT_TRANSLATE_NOOP("cw::Schema", "Own completion rule"), false),
            activeWhen(flags("completion", QT_TRANSLATE_NOOP("cw::Schema", "Completion requires"),
                             {"pages", "quizzes", "scenarios"}, {"pages", "quizzes", "scenarios"}),
                       "ownCompletion", true)},
           {NodeKind::Page, NodeKind::Quiz, NodeKind::Scenario});

    define(NodeKind::Page, QT_TRANSLATE_NOOP("cw::Schema", "Page"), "title",
           {text("title", QT_TRANSLATE_NOOP("cw::Schema", "Title"), QStringLiteral("Untitled page"), 200)},
           kBlockKinds);

    define(
        NodeKind::Quiz, QT_TRANSLATE_NOOP("cw::Schema", "Quiz"), "title",
        {text("title", QT_TRANSLATE_NOOP("cw::Schema", "Title"), QStringLiteral("Knowledge check"), 200),
         rich("intro", QT_TRANSLATE_NOOP("cw::Schema", "Introduction")),
         integer("passingScore", QT_TRANSLATE_NOOP("cw::Schema", "Passing score (%)"), 80, 0, 100),
         integer("attempts", QT_TRANSLATE_NOOP("cw::Schema", "Attempts allowed (0 = unlimited)"), 0, 0, 100),
         boolean("shuffleQuestions", QT_TRANSLATE_NOOP("cw::Schema", "Shuffle questions"), false),
         boolean("shuffleChoices", QT_TRANSLATE_NOOP("cw::Schema", "Shuffle choices"), false),
         integer("drawCount", QT_TRANSLATE_NOOP("cw::Schema", "Questions drawn from the pool (0 = all)"), 0,
                 0, 10000),
         choice("feedbackTiming", QT_TRANSLATE_NOOP("cw::Schema", "Feedback"),
                {"immediate", "afterQuiz", "never"}),
         boolean("allowReview", QT_TRANSLATE_NOOP("cw::Schema", "Allow review of answers"), true)},
        kQuestionKinds);

    define(
        NodeKind::Scenario, QT_TRANSLATE_NOOP("cw::Schema", "Scenario"), "title",
        {text("title", QT_TRANSLATE_NOOP("cw::Schema", "Title"), QStringLiteral("Untitled scenario"), 200),
         rich("intro", QT_TRANSLATE_NOOP("cw::Schema", "Introduction")),
         ref("start", QT_TRANSLATE_NOOP("cw::Schema", "Starting point"), NodeKind::ScenarioNode),
         integer("passingScore", QT_TRANSLATE_NOOP("cw::Schema", "Passing score (points, 0 = outcome only)"),
                 0, 0, 100000)},
        {NodeKind::Variable, NodeKind::ScenarioNode});

    define(NodeKind::Heading, QT_TRANSLATE_NOOP("cw::Schema", "Heading"), "text",
           {text("text", QT_TRANSLATE_NOOP("cw::Schema", "Text"), QStringLiteral("Heading"), 200),
            integer("level", QT_TRANSLATE_NOOP("cw::Schema", "Level"), 2, 2, 4)});
    define(NodeKind::Text, QT_TRANSLATE_NOOP("cw::Schema", "Text"), "html",
           {rich("html", QT_TRANSLATE_NOOP("cw::Schema", "Text"))});
    define(NodeKind::Image, QT_TRANSLATE_NOOP("cw::Schema", "Image"), "alt",
           {asset("asset", QT_TRANSLATE_NOOP("cw::Schema", "Image"), "image/"),
            activeWhen(text("alt", QT_TRANSLATE_NOOP("cw::Schema", "Alternative text"), {}, 500),
                       "decorative", false),
            boolean("decorative", QT_TRANSLATE_NOOP("cw::Schema", "Decorative (no alternative text needed)"),
                    false),
            text("caption", QT_TRANSLATE_NOOP("cw::Schema", "Caption"))});
    define(
        NodeKind::Video, QT_TRANSLATE_NOOP("cw::Schema", "Video"), "title",
        {asset("asset", QT_TRANSLATE_NOOP("cw::Schema", "Video"), "video/"),
         text("title", QT_TRANSLATE_NOOP("cw::Schema", "Title")),
         asset("captions", QT_TRANSLATE_NOOP("cw::Schema", "Captions (WebVTT)"), MediaFit::Captions.latin1()),
         asset("poster", QT_TRANSLATE_NOOP("cw::Schema", "Poster image"), "image/"),
         rich("transcript", QT_TRANSLATE_NOOP("cw::Schema", "Transcript"))});
    define(
        NodeKind::Audio, QT_TRANSLATE_NOOP("cw::Schema", "Audio"), "title",
        {asset("asset", QT_TRANSLATE_NOOP("cw::Schema", "Audio"), "audio/"),
         text("title", QT_TRANSLATE_NOOP("cw::Schema", "Title")),
         asset("captions", QT_TRANSLATE_NOOP("cw::Schema", "Captions (WebVTT)"), MediaFit::Captions.latin1()),
         rich("transcript", QT_TRANSLATE_NOOP("cw::Schema", "Transcript"))});
    define(
        NodeKind::Callout, QT_TRANSLATE_NOOP("cw::Schema", "Callout"), "title",
        {choice("style", QT_TRANSLATE_NOOP("cw::Schema", "Style"), {"info", "tip", "warning", "important"}),
         text("title", QT_TRANSLATE_NOOP("cw::Schema", "Title")),
         rich("html", QT_TRANSLATE_NOOP("cw::Schema", "Text"))});
    define(NodeKind::Accordion, QT_TRANSLATE_NOOP("cw::Schema", "Accordion"), "title",
           {text("title", QT_TRANSLATE_NOOP("cw::Schema", "Title"))}, {NodeKind::Panel});
    define(NodeKind::Tabs, QT_TRANSLATE_NOOP("cw::Schema", "Tabs"), "title",
           {text("title", QT_TRANSLATE_NOOP("cw::Schema", "Title"))}, {NodeKind::Panel});
    define(NodeKind::Panel, QT_TRANSLATE_NOOP("cw::Schema", "Panel"), "title",
           {text("title", QT_TRANSLATE_NOOP("cw::Schema", "Title"), QStringLiteral("Section"), 200),
            rich("html", QT_TRANSLATE_NOOP("cw::Schema", "Text"))});
    define(NodeKind::Quote, QT_TRANSLATE_NOOP("cw::Schema", "Quote"), "text",
           {text("text", QT_TRANSLATE_NOOP("cw::Schema", "Quotation")),
            text("attribution", QT_TRANSLATE_NOOP("cw::Schema", "Attribution"))});
    define(NodeKind::Divider, QT_TRANSLATE_NOOP("cw::Schema", "Divider"), "", {});

    define(NodeKind::SingleChoice, QT_TRANSLATE_NOOP("cw::Schema", "Single choice"), "prompt",
           questionBase(1), {NodeKind::Choice});
    define(NodeKind::MultipleResponse, QT_TRANSLATE_NOOP("cw::Schema", "Multiple response"), "prompt",
           questionBase(1), {NodeKind::Choice});
    define(NodeKind::TrueFalse, QT_TRANSLATE_NOOP("cw::Schema", "True or false"), "prompt",
           questionBase(1) + QList<PropertySpec>{hinted(
                                 boolean("answer", QT_TRANSLATE_NOOP("cw::Schema", "Correct answer"), true),
                                 EditorHint::TrueOrFalse)});
    define(NodeKind::FillBlank, QT_TRANSLATE_NOOP("cw::Schema", "Fill in the blank"), "prompt",
           questionBase(1) +
               QList<PropertySpec>{
                   list("accepted", QT_TRANSLATE_NOOP("cw::Schema", "Accepted answers")),
                   boolean("caseSensitive", QT_TRANSLATE_NOOP("cw::Schema", "Case sensitive"), false)});
    define(NodeKind::Matching, QT_TRANSLATE_NOOP("cw::Schema", "Matching"), "prompt", questionBase(1),
           {NodeKind::MatchPair});
    define(NodeKind::Sequencing, QT_TRANSLATE_NOOP("cw::Schema", "Sequencing"), "prompt", questionBase(1),
           {NodeKind::SequenceItem});
    define(NodeKind::Numeric, QT_TRANSLATE_NOOP("cw::Schema", "Numeric"), "prompt",
           questionBase(1) +
               QList<PropertySpec>{real("answer", QT_TRANSLATE_NOOP("cw::Schema", "Correct answer"), 0),
                                   real("tolerance", QT_TRANSLATE_NOOP("cw::Schema", "Tolerance (±)"), 0),
                                   text("unit", QT_TRANSLATE_NOOP("cw::Schema", "Unit"))});
    define(NodeKind::Likert, QT_TRANSLATE_NOOP("cw::Schema", "Likert scale"), "prompt",
           questionBase(0) +
               QList<PropertySpec>{list("scale", QT_TRANSLATE_NOOP("cw::Schema", "Scale"),
                                        {QStringLiteral("Strongly disagree"), QStringLiteral("Disagree"),
                                         QStringLiteral("Neutral"), QStringLiteral("Agree"),
                                         QStringLiteral("Strongly agree")})});
    define(NodeKind::ShortAnswer, QT_TRANSLATE_NOOP("cw::Schema", "Short answer"), "prompt",
           questionBase(0) +
               QList<PropertySpec>{
                   hinted(rich("sampleAnswer", QT_TRANSLATE_NOOP("cw::Schema", "Sample answer")),
                          EditorHint::ShortText),
                   integer("maxLength", QT_TRANSLATE_NOOP("cw::Schema", "Maximum length"), 1000, 1, 100000)});

    define(NodeKind::Choice, QT_TRANSLATE_NOOP("cw::Schema", "Choice"), "text",
           {text("text", QT_TRANSLATE_NOOP("cw::Schema", "Text"), QStringLiteral("Choice"), 1000),
            boolean("correct", QT_TRANSLATE_NOOP("cw::Schema", "Correct"), false),
            text("feedback", QT_TRANSLATE_NOOP("cw::Schema", "Feedback"))});
    define(NodeKind::MatchPair, QT_TRANSLATE_NOOP("cw::Schema", "Pair"), "prompt",
           {text("prompt", QT_TRANSLATE_NOOP("cw::Schema", "Item")),
            text("match", QT_TRANSLATE_NOOP("cw::Schema", "Matches"))});
    define(NodeKind::SequenceItem, QT_TRANSLATE_NOOP("cw::Schema", "Step"), "text",
           {text("text", QT_TRANSLATE_NOOP("cw::Schema", "Text"))});

    define(NodeKind::Variable, QT_TRANSLATE_NOOP("cw::Schema", "Variable"), "name",
           {plain("name", QT_TRANSLATE_NOOP("cw::Schema", "Name"), QStringLiteral("score"), 64),
            choice("type", QT_TRANSLATE_NOOP("cw::Schema", "Type"), {"number", "boolean"}),
            real("initial", QT_TRANSLATE_NOOP("cw::Schema", "Initial value"), 0)});
    define(NodeKind::ScenarioNode, QT_TRANSLATE_NOOP("cw::Schema", "Scenario step"), "title",
           {choice("nodeType", QT_TRANSLATE_NOOP("cw::Schema", "Type"), {"content", "decision", "ending"}),
            text("title", QT_TRANSLATE_NOOP("cw::Schema", "Title"), QStringLiteral("Untitled step"), 200),
            rich("html", QT_TRANSLATE_NOOP("cw::Schema", "Text")),
            asset("image", QT_TRANSLATE_NOOP("cw::Schema", "Image"), "image/"),
            text("imageAlt", QT_TRANSLATE_NOOP("cw::Schema", "Image alternative text")),
            activeWhen(choice("outcome", QT_TRANSLATE_NOOP("cw::Schema", "Outcome (endings)"),
                              {"neutral", "pass", "fail"}),
                       "nodeType", QStringLiteral("ending")),
            activeWhen(hinted(rich("feedback", QT_TRANSLATE_NOOP("cw::Schema", "Ending feedback")),
                              EditorHint::ShortText),
                       "nodeType", QStringLiteral("ending"))},
           {NodeKind::ScenarioChoice});
    define(NodeKind::ScenarioChoice, QT_TRANSLATE_NOOP("cw::Schema", "Scenario choice"), "text",
           {text("text", QT_TRANSLATE_NOOP("cw::Schema", "Text"), QStringLiteral("Continue"), 1000),
            ref("target", QT_TRANSLATE_NOOP("cw::Schema", "Leads to"), NodeKind::ScenarioNode),
            typed(PropertyType::Condition, "condition", QT_TRANSLATE_NOOP("cw::Schema", "Shown when")),
            typed(PropertyType::Effects, "effects", QT_TRANSLATE_NOOP("cw::Schema", "Effects")),
            integer("score", QT_TRANSLATE_NOOP("cw::Schema", "Score"), 0, -100000, 100000),
            text("feedback", QT_TRANSLATE_NOOP("cw::Schema", "Feedback"))});
}

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

namespace {
// One line of plain text: line breaks and tabs (pasted text) become spaces, and other control
// characters, which break LMS runtimes and XML, are dropped.
QString singleLine(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            out += QLatin1Char(' ');
        else if (c.unicode() >= 0x20 && c.unicode() != 0x7F)
            out += c;
    }
    return out;
}

QString inSentence(const QString &label)
{
    // Translators answer "keep" when their language capitalises nouns inside a sentence.
    const QString rule = QCoreApplication::translate(
        "cw::Schema", "lower-case",
        "Translate as \"keep\" if nouns keep their capital letter inside a sentence "
        "in your language (German does); otherwise as \"lower-case\".");
    return rule == QLatin1String("keep") ? label : label.toLower();
}
} // namespace

QString Schema::kindNoun(NodeKind kind)
{
    return inSentence(kindLabel(kind));
}

QString Schema::propertyNoun(const PropertySpec &spec)
{
    return inSentence(propertyLabel(spec));
}

bool Schema::isActive(const PropertySpec &spec, const Node &node)
{
    if (spec.activeWhen.key.isEmpty())
        return true;
    QJsonValue value = node.property(spec.activeWhen.key);
    if (value.isUndefined()) {
        if (const PropertySpec *other = instance().property(node.kind(), spec.activeWhen.key))
            value = other->defaultValue;
    }
    return value == spec.activeWhen.equals;
}

QString Schema::checkValue(const PropertySpec &spec, const QJsonValue &value)
{
    auto expected = [](const char *what) {
        return QCoreApplication::translate("cw::Schema", "expected %1")
            .arg(QCoreApplication::translate("cw::Schema", what));
    };
    switch (spec.type) {
    case PropertyType::Bool:
        return value.isBool() ? QString() : expected(QT_TRANSLATE_NOOP("cw::Schema", "true or false"));
    case PropertyType::Int:
    case PropertyType::Real: {
        // Integers are read as int wherever they are used: without a range they could wrap.
        Q_ASSERT(spec.type != PropertyType::Int || spec.hasRange);
        QString problem;
        if (spec.type == PropertyType::Int)
            JsonNumber::toInteger(value, qint64(spec.minimum), qint64(spec.maximum), &problem);
        else
            JsonNumber::checkRange(
                value, spec.hasRange ? spec.minimum : std::numeric_limits<double>::lowest(),
                spec.hasRange ? spec.maximum : std::numeric_limits<double>::max(), &problem);
        return problem;
    }
    case PropertyType::Enum:
        if (!value.isString() || !spec.choices.contains(value.toString()))
            return QCoreApplication::translate("cw::Schema", "expected one of: %1")
                .arg(spec.choices.join(QStringLiteral(", ")));
        return {};
    case PropertyType::Flags:
    case PropertyType::StringList: {
        if (!value.isArray())
            return expected(QT_TRANSLATE_NOOP("cw::Schema", "a list of strings"));
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString())
                return expected(QT_TRANSLATE_NOOP("cw::Schema", "a list of strings"));
            if (spec.type == PropertyType::Flags && !spec.choices.contains(item.toString()))
                return QCoreApplication::translate("cw::Schema", "expected any of: %1")
                    .arg(spec.choices.join(QStringLiteral(", ")));
        }
        return {};
    }
    case PropertyType::AssetRef: {
        static const QRegularExpression sha256(QStringLiteral("^([0-9a-f]{64})?$"));
        if (!value.isString() || !sha256.match(value.toString()).hasMatch())
            return expected(QT_TRANSLATE_NOOP("cw::Schema",
                                              "a SHA-256 asset hash in lower-case hex, or an empty string"));
        return {};
    }
    case PropertyType::NodeRef: {
        if (!value.isString())
            return expected(QT_TRANSLATE_NOOP("cw::Schema", "a node id"));
        const QString s = value.toString();
        if (!s.isEmpty() && QUuid::fromString(s).isNull())
            return expected(QT_TRANSLATE_NOOP("cw::Schema", "a node id"));
        return {};
    }
    case PropertyType::String:
        if (!value.isString())
            return expected(QT_TRANSLATE_NOOP("cw::Schema", "a string"));
        if (spec.maxLength > 0 && singleLine(value.toString()).size() > spec.maxLength)
            return QCoreApplication::translate("cw::Schema", "longer than %1 characters").arg(spec.maxLength);
        return {};
    case PropertyType::RichText:
    case PropertyType::Condition:
    case PropertyType::Effects:
        return value.isString() ? QString() : expected(QT_TRANSLATE_NOOP("cw::Schema", "a string"));
    case PropertyType::Settings:
        return value.isObject() ? QString() : expected(QT_TRANSLATE_NOOP("cw::Schema", "an object"));
    }
    return expected(QT_TRANSLATE_NOOP("cw::Schema", "a known value"));
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
    case PropertyType::String:
        return singleLine(value.toString());
    case PropertyType::StringList: {
        QJsonArray items;
        for (const QJsonValue &item : value.toArray())
            items.append(singleLine(item.toString()));
        return items;
    }
    case PropertyType::RichText:
        // Whatever the source (typing, JSON, an old file), only the safe subset is kept.
        return RichText::sanitize(value.toString());
    case PropertyType::NodeRef: {
        const QString s = value.toString();
        return s.isEmpty() ? QString() : QUuid::fromString(s).toString(QUuid::WithoutBraces);
    }
    default:
        return value;
    }
}

} // namespace cw
