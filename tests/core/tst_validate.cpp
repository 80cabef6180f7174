// Every validation rule firing and not firing, on a course built in memory.

#include "model/coursedocument.h"
#include "validate/contentrules.h"
#include "validate/validator.h"

#include <QJsonArray>
#include <QtTest>

#include <functional>

using namespace cw;

namespace {

const QString kImage = QString(64, QLatin1Char('a'));
const QString kVideo = QString(64, QLatin1Char('b'));
const QString kAudio = QString(64, QLatin1Char('c'));
const QString kCaptions = QString(64, QLatin1Char('d'));
const QString kLongVideo = QString(64, QLatin1Char('e'));
const QString kUnknown = QString(64, QLatin1Char('f'));

// A small course that uses every kind the rules look at and has no problem at all; each test row
// breaks (or almost breaks) one thing in it.
struct Fixture
{
    std::unique_ptr<Node> root;
    QList<AssetInfo> assets;
    Node *course = nullptr;
    Node *module = nullptr;
    Node *page = nullptr;
    Node *image = nullptr;
    Node *video = nullptr;
    Node *audio = nullptr;
    Node *accordion = nullptr;
    Node *quiz = nullptr;
    Node *single = nullptr;
    Node *multiple = nullptr;
    Node *fill = nullptr;
    Node *matching = nullptr;
    Node *sequencing = nullptr;
    Node *numeric = nullptr;
    Node *likert = nullptr;
    Node *scenario = nullptr;
    Node *variable = nullptr;
    Node *start = nullptr;
    Node *middle = nullptr;
    Node *ending = nullptr;
    Node *startChoice = nullptr;
    Node *middleChoice = nullptr;
};

Node *add(Node *parent, NodeKind kind, std::initializer_list<std::pair<const char *, QJsonValue>> props = {})
{
    auto node = std::make_unique<Node>(kind);
    for (const auto &[key, value] : props)
        node->setProperty(QString::fromLatin1(key), value);
    Node *raw = node.get();
    parent->appendChild(std::move(node));
    return raw;
}

QJsonValue ref(const Node *node)
{
    return idString(node->id());
}

AssetInfo asset(const QString &hash, const char *name, const char *mime, qint64 durationMs = 0)
{
    AssetInfo a;
    a.hash = hash;
    a.name = QString::fromLatin1(name);
    a.mimeType = QString::fromLatin1(mime);
    a.size = 1000;
    a.durationMs = durationMs;
    return a;
}

Fixture cleanFixture()
{
    Fixture f;
    f.root = std::make_unique<Node>(NodeKind::Course);
    f.course = f.root.get();
    f.course->setProperty(QStringLiteral("title"), QStringLiteral("Feedback basics"));
    f.course->setProperty(QStringLiteral("identifier"), idString(QUuid::createUuid()));
    f.course->setProperty(QStringLiteral("language"), QStringLiteral("en"));
    f.assets = {asset(kImage, "smile.png", "image/png"), asset(kVideo, "demo.mp4", "video/mp4", 60000),
                asset(kAudio, "talk.mp3", "audio/mpeg", 30000), asset(kCaptions, "demo.vtt", "text/vtt"),
                asset(kLongVideo, "long.mp4", "video/mp4", 3600000)};

    f.module = add(f.course, NodeKind::Module, {{"title", QStringLiteral("Giving feedback")}});
    f.page = add(f.module, NodeKind::Page, {{"title", QStringLiteral("Intro")}});
    add(f.page, NodeKind::Text, {{"html", QStringLiteral("<p>Hello there</p>")}});
    f.image = add(f.page, NodeKind::Image, {{"asset", kImage}, {"alt", QStringLiteral("A smiling manager")}});
    f.video = add(f.page, NodeKind::Video,
                  {{"asset", kVideo}, {"captions", kCaptions}, {"title", QStringLiteral("Demo")}});
    f.audio = add(f.page, NodeKind::Audio,
                  {{"asset", kAudio}, {"captions", kCaptions}, {"title", QStringLiteral("Podcast")}});
    f.accordion = add(f.page, NodeKind::Accordion, {{"title", QStringLiteral("More")}});
    add(f.accordion, NodeKind::Panel);

    f.quiz = add(f.module, NodeKind::Quiz, {{"title", QStringLiteral("Check")}});
    const QJsonValue prompt = QStringLiteral("<p>Which is right?</p>");
    f.single = add(f.quiz, NodeKind::SingleChoice, {{"prompt", prompt}});
    add(f.single, NodeKind::Choice, {{"text", QStringLiteral("A")}, {"correct", true}});
    add(f.single, NodeKind::Choice, {{"text", QStringLiteral("B")}});
    f.multiple = add(f.quiz, NodeKind::MultipleResponse, {{"prompt", prompt}});
    add(f.multiple, NodeKind::Choice, {{"text", QStringLiteral("A")}, {"correct", true}});
    add(f.multiple, NodeKind::Choice, {{"text", QStringLiteral("B")}});
    f.fill = add(f.quiz, NodeKind::FillBlank,
                 {{"prompt", prompt}, {"accepted", QJsonArray{QStringLiteral("yes")}}});
    f.matching = add(f.quiz, NodeKind::Matching, {{"prompt", prompt}});
    add(f.matching, NodeKind::MatchPair, {{"prompt", QStringLiteral("1")}, {"match", QStringLiteral("one")}});
    add(f.matching, NodeKind::MatchPair, {{"prompt", QStringLiteral("2")}, {"match", QStringLiteral("two")}});
    f.sequencing = add(f.quiz, NodeKind::Sequencing, {{"prompt", prompt}});
    add(f.sequencing, NodeKind::SequenceItem, {{"text", QStringLiteral("First")}});
    add(f.sequencing, NodeKind::SequenceItem, {{"text", QStringLiteral("Second")}});
    f.numeric = add(f.quiz, NodeKind::Numeric, {{"prompt", prompt}, {"answer", 4}, {"tolerance", 0.5}});
    f.likert = add(f.quiz, NodeKind::Likert, {{"prompt", prompt}});
    add(f.quiz, NodeKind::TrueFalse, {{"prompt", prompt}});
    add(f.quiz, NodeKind::ShortAnswer, {{"prompt", prompt}});

    f.scenario = add(f.module, NodeKind::Scenario, {{"title", QStringLiteral("Talk")}});
    f.variable = add(f.scenario, NodeKind::Variable, {{"name", QStringLiteral("trust")}});
    f.start = add(f.scenario, NodeKind::ScenarioNode,
                  {{"nodeType", QStringLiteral("decision")}, {"title", QStringLiteral("Start")}});
    f.middle = add(f.scenario, NodeKind::ScenarioNode, {{"title", QStringLiteral("Middle")}});
    f.ending = add(f.scenario, NodeKind::ScenarioNode,
                   {{"nodeType", QStringLiteral("ending")}, {"title", QStringLiteral("End")}});
    f.scenario->setProperty(QStringLiteral("start"), ref(f.start));
    f.startChoice = add(f.start, NodeKind::ScenarioChoice,
                        {{"text", QStringLiteral("Be kind")},
                         {"target", ref(f.middle)},
                         {"effects", QStringLiteral("trust += 1")}});
    f.middleChoice = add(f.middle, NodeKind::ScenarioChoice,
                         {{"text", QStringLiteral("Go on")},
                          {"target", ref(f.ending)},
                          {"condition", QStringLiteral("trust >= 1 and not false")}});
    return f;
}

// A row's change to the clean course; returns the node the expected problem points at.
using Mutation = std::function<QUuid(Fixture &)>;

QString dump(const QList<Problem> &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines << QStringLiteral("%1 %2 %3: %4")
                     .arg(Problem::severityName(p.severity), p.code, idString(p.node), p.message);
    return lines.join(QLatin1Char('\n'));
}

Mutation setProp(Node *Fixture::*member, const char *key, const QJsonValue &value)
{
    return [=](Fixture &f) {
        (f.*member)->setProperty(QString::fromLatin1(key), value);
        return (f.*member)->id();
    };
}

} // namespace

Q_DECLARE_METATYPE(Mutation)

class TestValidate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanCourseHasNoProblems();
    void newCourseAndNodes();
    void rules_data();
    void rules();
    void messagesNameTheItem();
    void themeMessagesAndDefaults();
    void severityNames();
    void hasErrors();
    void languageTags_data();
    void languageTags();
    void largeCourseReportsEachProblemOnce();
};

void TestValidate::cleanCourseHasNoProblems()
{
    Fixture f = cleanFixture();
    CourseDocument doc(std::move(f.root), f.assets);
    const QList<Problem> problems = Validator::validate(doc);
    QVERIFY2(problems.isEmpty(), qPrintable(dump(problems)));
    QVERIFY(!Validator::hasErrors(problems));
}

void TestValidate::newCourseAndNodes()
{
    // A new course is one module with one empty page: only the empty-page warning.
    CourseDocument fresh(CourseDocument::createCourseTree());
    const QList<Problem> problems = Validator::validate(fresh);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().code, QStringLiteral("empty-page"));
    QCOMPARE(problems.first().severity, Problem::Severity::Warning);
    QCOMPARE(problems.first().node, fresh.root()->child(0)->child(0)->id());

    // A new scenario and a new single-choice question are valid apart from text to write.
    Fixture f = cleanFixture();
    f.module->appendChild(CourseDocument::createNode(NodeKind::Scenario));
    auto question = CourseDocument::createNode(NodeKind::SingleChoice);
    question->setProperty(QStringLiteral("prompt"), QStringLiteral("Why?"));
    f.quiz->appendChild(std::move(question));
    CourseDocument doc(std::move(f.root), f.assets);
    const QList<Problem> more = Validator::validate(doc);
    QVERIFY2(more.isEmpty(), qPrintable(dump(more)));
}

void TestValidate::rules_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QString>("code"); // empty: no problem at all expected
    QTest::addColumn<int>("severity");
    QTest::addColumn<QStringList>("alsoAllowed"); // other codes the same change may cause

    const int error = int(Problem::Severity::Error);
    const int warning = int(Problem::Severity::Warning);
    auto row = [](const char *name, Mutation m, const char *code, int severity, QStringList also = {}) {
        QTest::newRow(name) << m << QString::fromLatin1(code) << severity << also;
    };
    auto clean = [](const char *name, Mutation m) {
        QTest::newRow(name) << m << QString() << 0 << QStringList();
    };

    // Course settings
    row("course without title", setProp(&Fixture::course, "title", QStringLiteral("  ")), "course-no-title",
        error);
    row("course without identifier", setProp(&Fixture::course, "identifier", QString()),
        "course-no-identifier", error);
    row("course language invalid", setProp(&Fixture::course, "language", QStringLiteral("english")),
        "invalid-language", error);
    row("course language empty", setProp(&Fixture::course, "language", QString()), "invalid-language", error);
    clean("course language with region", setProp(&Fixture::course, "language", QStringLiteral("de-CH")));
    row(
        "course without modules",
        [](Fixture &f) {
            f.course->takeChild(0);
            return f.course->id();
        },
        "empty-course", error);

    // Theme
    row("theme colour not hex", setProp(&Fixture::course, "themeColor", QStringLiteral("blue")),
        "invalid-theme-color", error);
    row("theme colour short form", setProp(&Fixture::course, "themeColor", QStringLiteral("#19f")),
        "invalid-theme-color", error);
    row("theme colour empty", setProp(&Fixture::course, "themeColor", QString()), "invalid-theme-color",
        error);
    row("theme colour too light", setProp(&Fixture::course, "themeColor", QStringLiteral("#ffcc00")),
        "low-contrast-theme-color", warning);
    // #777777 is 4.48:1 on white, just under the line; #767676 is 4.54:1, just over.
    row("theme colour barely too light", setProp(&Fixture::course, "themeColor", QStringLiteral("#777777")),
        "low-contrast-theme-color", warning);
    clean("theme colour barely dark enough",
          setProp(&Fixture::course, "themeColor", QStringLiteral("#767676")));
    clean("theme colour upper case", setProp(&Fixture::course, "themeColor", QStringLiteral("#1F5F99")));
    row("logo without alternative text", setProp(&Fixture::course, "logo", kImage), "logo-no-alt", warning);
    clean("logo with alternative text", [](Fixture &f) {
        f.course->setProperty(QStringLiteral("logo"), kImage);
        f.course->setProperty(QStringLiteral("logoAlt"), QStringLiteral("Acme Learning"));
        return f.course->id();
    });

    // Modules and pages
    row(
        "empty module",
        [](Fixture &f) {
            return add(f.course, NodeKind::Module, {{"title", QStringLiteral("Later")}})->id();
        },
        "empty-module", error);
    row(
        "empty page",
        [](Fixture &f) {
            return add(f.module, NodeKind::Page, {{"title", QStringLiteral("Blank")}})->id();
        },
        "empty-page", warning);
    auto longModule = [](qint64 ms) {
        return [ms](Fixture &f) {
            // Module and page titles are one word each: 2 words at 200 wpm = 0.6 s beside the video.
            f.assets << asset(QString(64, QLatin1Char('9')), "clip.mp4", "video/mp4", ms);
            Node *module = add(f.course, NodeKind::Module, {{"title", QStringLiteral("Long")}});
            Node *page = add(module, NodeKind::Page, {{"title", QStringLiteral("Watch")}});
            add(page, NodeKind::Video, {{"asset", QString(64, QLatin1Char('9'))}, {"captions", kCaptions}});
            return module->id();
        };
    };
    row("module over 15 minutes", longModule(15 * 60 * 1000), "module-too-long", warning);
    clean("module just under 15 minutes", longModule(15 * 60 * 1000 - 1000));
    auto headings = [](const QList<int> &levels, bool accordionFirst = false) {
        return [levels, accordionFirst](Fixture &f) {
            Node *page = add(f.module, NodeKind::Page, {{"title", QStringLiteral("Headings")}});
            if (accordionFirst) {
                Node *accordion = add(page, NodeKind::Accordion, {{"title", QStringLiteral("Questions")}});
                add(accordion, NodeKind::Panel, {{"html", QStringLiteral("<p>Answer</p>")}});
            }
            Node *last = nullptr;
            for (const int level : levels)
                last = add(page, NodeKind::Heading, {{"text", QStringLiteral("Part")}, {"level", level}});
            return last->id();
        };
    };
    row("heading level 3 right after the page title", headings({3}), "heading-skips-level", warning);
    row("heading level 4 after level 2", headings({2, 4}), "heading-skips-level", warning);
    clean("heading levels 2, 3, 4, 2", headings({2, 3, 4, 2}));
    clean("heading level 4 after an accordion's sections", headings({4}, true));
    row(
        "accordion without panels",
        [](Fixture &f) {
            f.accordion->takeChild(0);
            return f.accordion->id();
        },
        "empty-block", warning);

    // Images and media
    row("image without alt", setProp(&Fixture::image, "alt", QString()), "image-no-alt", error);
    row("image with blank alt", setProp(&Fixture::image, "alt", QStringLiteral("  ")), "image-no-alt", error);
    clean("decorative image without alt", [](Fixture &f) {
        f.image->setProperty(QStringLiteral("alt"), QString());
        f.image->setProperty(QStringLiteral("decorative"), true);
        return f.image->id();
    });
    row("image without file", setProp(&Fixture::image, "asset", QString()), "missing-media", error);
    row("video without file", setProp(&Fixture::video, "asset", QString()), "missing-media", error);
    row("scenario step image without alt", setProp(&Fixture::start, "image", kImage), "image-no-alt", error);
    clean("scenario step image with alt", [](Fixture &f) {
        f.start->setProperty(QStringLiteral("image"), kImage);
        f.start->setProperty(QStringLiteral("imageAlt"), QStringLiteral("Two colleagues"));
        return f.start->id();
    });
    row("video without captions", setProp(&Fixture::video, "captions", QString()), "media-no-captions",
        warning);
    row("audio without captions", setProp(&Fixture::audio, "captions", QString()), "media-no-captions",
        warning);
    row("broken image asset", setProp(&Fixture::image, "asset", kUnknown), "broken-asset", error);
    row("broken captions asset", setProp(&Fixture::video, "captions", kUnknown), "broken-asset", error);
    row("broken poster asset", setProp(&Fixture::video, "poster", kUnknown), "broken-asset", error);
    row(
        "broken scenario image",
        [](Fixture &f) {
            f.start->setProperty(QStringLiteral("image"), kUnknown);
            f.start->setProperty(QStringLiteral("imageAlt"), QStringLiteral("Two colleagues"));
            return f.start->id();
        },
        "broken-asset", error);
    row("video file in an image", setProp(&Fixture::image, "asset", kVideo), "wrong-asset-type", error);
    // Captions are WebVTT (MediaFit), the only text the player can inline as a captions track.
    auto captionsFile = [](const char *name, const char *mime) {
        return [name, mime](Fixture &f) {
            const QString hash(64, QLatin1Char('8'));
            f.assets << asset(hash, name, mime);
            f.video->setProperty(QStringLiteral("captions"), hash);
            return f.video->id();
        };
    };
    row("plain text as captions", captionsFile("notes.txt", "text/plain"), "wrong-asset-type", error);
    row("plain text named .vtt as captions", captionsFile("notes.vtt", "text/plain"), "wrong-asset-type",
        error);
    row("file of unknown type as captions", captionsFile("notes.vtt", ""), "wrong-asset-type", error);
    row("video file as captions", setProp(&Fixture::video, "captions", kVideo), "wrong-asset-type", error);
    clean("poster image", setProp(&Fixture::video, "poster", kImage));

    // Quizzes
    row(
        "quiz without questions",
        [](Fixture &f) {
            return add(f.module, NodeKind::Quiz, {{"title", QStringLiteral("Empty")}})->id();
        },
        "quiz-no-questions", error);
    row("quiz draws more than it has", setProp(&Fixture::quiz, "drawCount", 10), "quiz-draw-too-many", error);
    clean("quiz draws all it has", setProp(&Fixture::quiz, "drawCount", 9));
    row("question without prompt", setProp(&Fixture::single, "prompt", QStringLiteral("<p> </p>")),
        "empty-prompt", error);
    row(
        "single choice, none correct",
        [](Fixture &f) {
            f.single->child(0)->setProperty(QStringLiteral("correct"), false);
            return f.single->id();
        },
        "no-correct-answer", error);
    row(
        "single choice, two correct",
        [](Fixture &f) {
            f.single->child(1)->setProperty(QStringLiteral("correct"), true);
            return f.single->id();
        },
        "several-correct-answers", error);
    clean("single choice, one correct of three", [](Fixture &f) {
        add(f.single, NodeKind::Choice, {{"text", QStringLiteral("C")}});
        return f.single->id();
    });
    row(
        "single choice, one choice",
        [](Fixture &f) {
            f.single->takeChild(1);
            return f.single->id();
        },
        "too-few-choices", error);
    row(
        "multiple response, none correct",
        [](Fixture &f) {
            f.multiple->child(0)->setProperty(QStringLiteral("correct"), false);
            return f.multiple->id();
        },
        "no-correct-answer", error);
    clean("multiple response, all correct", [](Fixture &f) {
        f.multiple->child(1)->setProperty(QStringLiteral("correct"), true);
        return f.multiple->id();
    });
    row("fill blank, no answers", setProp(&Fixture::fill, "accepted", QJsonArray()), "no-correct-answer",
        error);
    row("fill blank, blank answers",
        setProp(&Fixture::fill, "accepted", QJsonArray{QStringLiteral(" "), QString()}), "no-correct-answer",
        error);
    clean("fill blank, one real answer",
          setProp(&Fixture::fill, "accepted", QJsonArray{QString(), QStringLiteral("ok")}));
    row(
        "matching with one pair",
        [](Fixture &f) {
            f.matching->takeChild(1);
            return f.matching->id();
        },
        "too-few-items", error);
    row(
        "sequencing with one step",
        [](Fixture &f) {
            f.sequencing->takeChild(1);
            return f.sequencing->id();
        },
        "too-few-items", error);
    row(
        "sequencing with no steps",
        [](Fixture &f) {
            f.sequencing->takeChild(1);
            f.sequencing->takeChild(0);
            return f.sequencing->id();
        },
        "too-few-items", error);
    row("numeric with negative tolerance", setProp(&Fixture::numeric, "tolerance", -1), "negative-tolerance",
        error);
    row("likert with one point", setProp(&Fixture::likert, "scale", QJsonArray{QStringLiteral("Agree")}),
        "too-few-scale-points", error);
    // Issue 8: points on a survey question never count; the designer is told.
    row("likert worth points", setProp(&Fixture::likert, "points", 2), "ungraded-points", warning);
    clean("likert worth no points", setProp(&Fixture::likert, "points", 0));
    row(
        "blank choice",
        [](Fixture &f) {
            f.single->child(1)->setProperty(QStringLiteral("text"), QString());
            return f.single->child(1)->id();
        },
        "empty-option", warning);
    row(
        "half a pair",
        [](Fixture &f) {
            f.matching->child(0)->setProperty(QStringLiteral("match"), QString());
            return f.matching->child(0)->id();
        },
        "empty-option", warning);

    // Scenarios
    row("scenario without start", setProp(&Fixture::scenario, "start", QString()), "scenario-no-start",
        error);
    row(
        "scenario start elsewhere",
        [](Fixture &f) {
            f.scenario->setProperty(QStringLiteral("start"), ref(f.page));
            return f.scenario->id();
        },
        "scenario-no-start", error);
    row(
        "unreachable step",
        [](Fixture &f) {
            Node *orphan = add(f.scenario, NodeKind::ScenarioNode, {{"title", QStringLiteral("Orphan")}});
            add(orphan, NodeKind::ScenarioChoice, {{"target", ref(f.ending)}});
            return orphan->id();
        },
        "scenario-unreachable", warning);
    clean("loop that can still end", [](Fixture &f) {
        add(f.middle, NodeKind::ScenarioChoice, {{"target", ref(f.start)}});
        return f.middle->id();
    });
    row("step without choices",
        [](Fixture &f) {
            f.middle->takeChild(0);
            return f.middle->id();
        },
        "scenario-dead-end", error, {QStringLiteral("scenario-unreachable")});
    row("loop with no way out",
        [](Fixture &f) {
            f.middleChoice->setProperty(QStringLiteral("target"), ref(f.start));
            return f.middle->id();
        },
        "scenario-dead-end", error, {QStringLiteral("scenario-unreachable")});
    row("no ending at all", setProp(&Fixture::ending, "nodeType", QStringLiteral("content")),
        "scenario-dead-end", error);
    row("choice without target", setProp(&Fixture::middleChoice, "target", QString()), "scenario-broken-link",
        error, {QStringLiteral("scenario-dead-end"), QStringLiteral("scenario-unreachable")});
    row("choice into another part of the course",
        [](Fixture &f) {
            f.middleChoice->setProperty(QStringLiteral("target"), ref(f.page));
            return f.middleChoice->id();
        },
        "scenario-broken-link", error,
        {QStringLiteral("scenario-dead-end"), QStringLiteral("scenario-unreachable")});
    row("condition on undefined variable",
        setProp(&Fixture::middleChoice, "condition", QStringLiteral("mood > 1")), "undefined-variable",
        error);
    row("effect on undefined variable", setProp(&Fixture::startChoice, "effects", QStringLiteral("mood = 2")),
        "undefined-variable", error);
    row("condition syntax error", setProp(&Fixture::middleChoice, "condition", QStringLiteral("trust >=")),
        "expression-error", error);
    row("effects syntax error", setProp(&Fixture::startChoice, "effects", QStringLiteral("trust ++ 1")),
        "expression-error", error);
    row("invalid variable name", setProp(&Fixture::variable, "name", QStringLiteral("and")),
        "invalid-variable-name", error, {QStringLiteral("undefined-variable")});
    row(
        "duplicate variable",
        [](Fixture &f) {
            return add(f.scenario, NodeKind::Variable, {{"name", QStringLiteral("trust")}})->id();
        },
        "duplicate-variable", error);
    clean("two distinct variables", [](Fixture &f) {
        return add(f.scenario, NodeKind::Variable,
                   {{"name", QStringLiteral("warned")}, {"type", QStringLiteral("boolean")}})
            ->id();
    });
}

void TestValidate::rules()
{
    QFETCH(Mutation, mutate);
    QFETCH(QString, code);
    QFETCH(int, severity);
    QFETCH(QStringList, alsoAllowed);

    Fixture f = cleanFixture();
    const QUuid target = mutate(f);
    CourseDocument doc(std::move(f.root), f.assets);
    const QList<Problem> problems = Validator::validate(doc);

    if (code.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(dump(problems)));
        return;
    }
    const auto it = std::find_if(problems.cbegin(), problems.cend(),
                                 [&](const Problem &p) { return p.code == code && p.node == target; });
    QVERIFY2(it != problems.cend(),
             qPrintable(
                 QStringLiteral("expected %1 on %2, got:\n%3").arg(code, idString(target), dump(problems))));
    QCOMPARE(int(it->severity), severity);
    QVERIFY(!it->message.isEmpty());
    QCOMPARE(Validator::hasErrors(problems), severity == int(Problem::Severity::Error));
    // The change causes nothing unrelated.
    for (const Problem &p : problems)
        QVERIFY2(p.code == code || alsoAllowed.contains(p.code), qPrintable(dump(problems)));
}

void TestValidate::messagesNameTheItem()
{
    Fixture f = cleanFixture();
    f.image->setProperty(QStringLiteral("alt"), QString());
    add(f.module, NodeKind::Page, {{"title", QStringLiteral("Closing words")}});
    f.single->setProperty(QStringLiteral("prompt"), QStringLiteral("<p>Which <b>one</b>?</p>"));
    f.single->child(0)->setProperty(QStringLiteral("correct"), false);
    CourseDocument doc(std::move(f.root), f.assets);
    const QList<Problem> problems = Validator::validate(doc);
    QHash<QString, QString> messages;
    for (const Problem &p : problems)
        messages.insert(p.code, p.message);
    // No translator is installed, so the English source text comes back.
    QCOMPARE(messages.value(QStringLiteral("empty-page")),
             QStringLiteral("Page “Closing words” has no blocks."));
    QCOMPARE(messages.value(QStringLiteral("image-no-alt")),
             QStringLiteral(
                 "Image in page “Intro” has no alternative text; add one or mark the image decorative."));
    QCOMPARE(messages.value(QStringLiteral("no-correct-answer")),
             QStringLiteral("Single choice “Which one?” has no choice marked correct."));
    QCOMPARE(problems.first().node, f.image->id()); // document order: the page comes before the quiz
}

void TestValidate::themeMessagesAndDefaults()
{
    // A new course gets a theme that passes its own rules: an AA accent, system font, free navigation.
    CourseDocument fresh(CourseDocument::createCourseTree());
    const Node &course = *fresh.root();
    QCOMPARE(course.string(QStringLiteral("themeColor")), QStringLiteral("#1f5f99"));
    QCOMPARE(course.string(QStringLiteral("font")), QStringLiteral("system"));
    QCOMPARE(course.string(QStringLiteral("navigation")), QStringLiteral("free"));
    QCOMPARE(course.string(QStringLiteral("logo")), QString());
    QCOMPARE(course.string(QStringLiteral("logoAlt")), QString());
    QVERIFY(ContentRules::contrastWithWhite(QStringLiteral("#1f5f99")) >= ContentRules::MinimumContrast);
    QCOMPARE(qRound(ContentRules::contrastWithWhite(QStringLiteral("#000000")) * 100), 2100);
    QCOMPARE(qRound(ContentRules::contrastWithWhite(QStringLiteral("#FFFFFF")) * 100), 100);

    Fixture f = cleanFixture();
    f.course->setProperty(QStringLiteral("themeColor"), QStringLiteral("#777777"));
    CourseDocument doc(std::move(f.root), f.assets);
    const QList<Problem> problems = Validator::validate(doc);
    QCOMPARE(problems.size(), 1);
    // The ratio is cut, not rounded, so a colour just under the line never reads "4.50:1".
    QCOMPARE(problems.first().message,
             QStringLiteral("The theme colour #777777 has a contrast of 4.47:1 against white; text in it "
                            "needs at least 4.5:1. Choose a darker colour."));
}

void TestValidate::severityNames()
{
    QCOMPARE(Problem::severityName(Problem::Severity::Info), QStringLiteral("info"));
    QCOMPARE(Problem::severityName(Problem::Severity::Warning), QStringLiteral("warning"));
    QCOMPARE(Problem::severityName(Problem::Severity::Error), QStringLiteral("error"));
}

void TestValidate::hasErrors()
{
    Problem warning;
    warning.severity = Problem::Severity::Warning;
    Problem info;
    info.severity = Problem::Severity::Info;
    Problem error;
    error.severity = Problem::Severity::Error;
    QVERIFY(!Validator::hasErrors({}));
    QVERIFY(!Validator::hasErrors({warning, info}));
    QVERIFY(Validator::hasErrors({warning, error}));
}

void TestValidate::languageTags_data()
{
    QTest::addColumn<QString>("tag");
    QTest::addColumn<bool>("valid");
    const QStringList good = {QStringLiteral("en"),
                              QStringLiteral("de-CH"),
                              QStringLiteral("zh-Hant-TW"),
                              QStringLiteral("sr-Latn-RS"),
                              QStringLiteral("es-419"),
                              QStringLiteral("de-DE-1996"),
                              QStringLiteral("en-US-x-twain"),
                              QStringLiteral("x-klingon"),
                              QStringLiteral("zh-yue-HK"),
                              QStringLiteral("en-a-bbb-ccc")};
    const QStringList bad = {QString(),
                             QStringLiteral("english"),
                             QStringLiteral("en_US"),
                             QStringLiteral("e"),
                             QStringLiteral("en-"),
                             QStringLiteral("en US"),
                             QStringLiteral("de-CH-"),
                             QStringLiteral("123")};
    for (const QString &t : good)
        QTest::newRow(qPrintable(QStringLiteral("good ") + t)) << t << true;
    for (const QString &t : bad)
        QTest::newRow(qPrintable(QStringLiteral("bad '%1'").arg(t))) << t << false;
}

void TestValidate::languageTags()
{
    QFETCH(QString, tag);
    QFETCH(bool, valid);
    Fixture f = cleanFixture();
    f.course->setProperty(QStringLiteral("language"), tag);
    CourseDocument doc(std::move(f.root), f.assets);
    const QList<Problem> problems = Validator::validate(doc);
    const bool flagged = std::any_of(problems.cbegin(), problems.cend(), [](const Problem &p) {
        return p.code == QLatin1String("invalid-language");
    });
    QCOMPARE(flagged, !valid);
}

void TestValidate::largeCourseReportsEachProblemOnce()
{
    // 15,000 nodes: 50 modules x 20 pages x 14 blocks, plus the modules and pages themselves.
    auto course = std::make_unique<Node>(NodeKind::Course);
    course->setProperty(QStringLiteral("identifier"), idString(QUuid::createUuid()));
    const QString html = QStringLiteral("<p>Constructive feedback names the behaviour, its effect and a "
                                        "<b>concrete</b> next step, and it is given soon.</p>");
    int nodes = 1;
    for (int m = 0; m < 50; ++m) {
        Node *module = add(course.get(), NodeKind::Module);
        ++nodes;
        for (int p = 0; p < 20; ++p) {
            Node *page = add(module, NodeKind::Page);
            ++nodes;
            for (int b = 0; b < 14; ++b) {
                // Some images lack alt text so the problem path is exercised too.
                if (b == 13)
                    add(page, NodeKind::Image, {{"asset", kImage}});
                else
                    add(page, NodeKind::Text, {{"html", html}});
                ++nodes;
            }
        }
    }
    QVERIFY(nodes >= 15000);
    CourseDocument doc(std::move(course), {asset(kImage, "a.png", "image/png")});
    // Timing lives in tests/bench/bench_project ("validate"); here, the result on a large course.
    const QList<Problem> problems = Validator::validate(doc);
    // One image-no-alt per page, and each module (about 23 minutes of reading) is too long.
    QCOMPARE(problems.size(), 50 * 20 + 50);
}

QTEST_GUILESS_MAIN(TestValidate)
#include "tst_validate.moc"
