// The duration estimate's arithmetic on a hand-built course with known word counts and media.

#include "model/coursedocument.h"
#include "model/durationestimate.h"
#include "model/richtext.h"

#include <QJsonArray>
#include <QtTest>

using namespace cw;

namespace {

const QString kImage = QString(64, QLatin1Char('a'));
const QString kVideo = QString(64, QLatin1Char('b'));
const QString kAudio = QString(64, QLatin1Char('c'));
const QString kSilent = QString(64, QLatin1Char('d')); // a video whose duration is unknown

Node *add(Node *parent, NodeKind kind, std::initializer_list<std::pair<const char *, QJsonValue>> props = {})
{
    auto node = std::make_unique<Node>(kind);
    for (const auto &[key, value] : props)
        node->setProperty(QString::fromLatin1(key), value);
    Node *raw = node.get();
    parent->appendChild(std::move(node));
    return raw;
}

AssetInfo asset(const QString &hash, const char *mime, qint64 durationMs)
{
    AssetInfo a;
    a.hash = hash;
    a.name = QStringLiteral("file");
    a.mimeType = QString::fromLatin1(mime);
    a.durationMs = durationMs;
    return a;
}

// 100 words per minute (0.6 s a word) and 30 s per question keep the figures easy to follow.
struct Course
{
    std::unique_ptr<Node> root;
    Node *module = nullptr;
    Node *page = nullptr;
    Node *quiz = nullptr;
    Node *scenario = nullptr;
    Node *start = nullptr;
};

Course buildCourse()
{
    Course c;
    c.root = std::make_unique<Node>(NodeKind::Course);
    Node *course = c.root.get();
    course->setProperty(QStringLiteral("title"), QStringLiteral("My course")); // 2 words
    course->setProperty(QStringLiteral("readingWordsPerMinute"), 100);
    course->setProperty(QStringLiteral("secondsPerQuestion"), 30);
    c.module = add(course, NodeKind::Module, {{"title", QStringLiteral("Module one")}}); // 2

    // Page: 2 + 3 + 4 + 2 + 1 = 12 words = 7.2 s, + image 10 s + video 90 s + audio 30.5 s = 137.7 s.
    c.page = add(c.module, NodeKind::Page, {{"title", QStringLiteral("Intro page")}});
    add(c.page, NodeKind::Heading, {{"text", QStringLiteral("One two three")}});
    add(c.page, NodeKind::Text,
        {{"html", QStringLiteral("<p>Four <b>fi</b>ve six</p><ul><li>seven</li></ul>")}});
    add(c.page, NodeKind::Image,
        {{"asset", kImage},
         {"alt", QStringLiteral("alt text is not read")},
         {"caption", QStringLiteral("A caption")}});
    add(c.page, NodeKind::Video,
        {{"asset", kVideo},
         {"title", QStringLiteral("Clip")},
         {"transcript", QStringLiteral("<p>not counted</p>")}});
    add(c.page, NodeKind::Audio, {{"asset", kAudio}});
    add(c.page, NodeKind::Divider);

    // Quiz: "Quiz" 1 word; single choice 2 + 1 + 1 + (1 + 1) + 1 = 7 words + 30 s = 34.2 s;
    // fill in the blank 2 words (accepted answers are not read) + 30 s = 31.2 s. Total 66 s.
    c.quiz = add(c.module, NodeKind::Quiz, {{"title", QStringLiteral("Quiz")}});
    Node *single = add(c.quiz, NodeKind::SingleChoice,
                       {{"prompt", QStringLiteral("<p>Which one?</p>")},
                        {"correctFeedback", QStringLiteral("<p>Yes</p>")},
                        {"incorrectFeedback", QStringLiteral("<p>No</p>")}});
    add(single, NodeKind::Choice,
        {{"text", QStringLiteral("Alpha")}, {"correct", true}, {"feedback", QStringLiteral("Right")}});
    add(single, NodeKind::Choice, {{"text", QStringLiteral("Beta")}});
    add(c.quiz, NodeKind::FillBlank,
        {{"prompt", QStringLiteral("Fill it")},
         {"accepted", QJsonArray{QStringLiteral("three secret words")}}});

    // Scenario "Talk" (1 word). Steps, each 30 s plus its words and its choices' words:
    //   start  "Start here" + "Left" + "Right way"   5 words -> 33.0 s  (-> good, -> middle)
    //   middle "Middle" + "Go", with an image         2 words -> 41.2 s  (-> bad)
    //   good   ending "Good end" + "Well done you"    5 words -> 33.0 s
    //   bad    ending "Bad"                           1 word  -> 30.6 s
    // Shortest paths: good is 2 steps, bad 3: a typical path is 2.5 steps of the average reachable
    // step (137.8 / 4 = 34.45 s) = 86.125 s, plus the title's 0.6 s.
    c.scenario = add(c.module, NodeKind::Scenario, {{"title", QStringLiteral("Talk")}});
    add(c.scenario, NodeKind::Variable, {{"name", QStringLiteral("trust")}});
    c.start = add(c.scenario, NodeKind::ScenarioNode,
                  {{"nodeType", QStringLiteral("decision")}, {"title", QStringLiteral("Start here")}});
    Node *middle = add(c.scenario, NodeKind::ScenarioNode,
                       {{"title", QStringLiteral("Middle")},
                        {"image", kImage},
                        {"imageAlt", QStringLiteral("not read either")}});
    Node *good = add(c.scenario, NodeKind::ScenarioNode,
                     {{"nodeType", QStringLiteral("ending")},
                      {"title", QStringLiteral("Good end")},
                      {"feedback", QStringLiteral("<p>Well done you</p>")}});
    Node *bad = add(c.scenario, NodeKind::ScenarioNode,
                    {{"nodeType", QStringLiteral("ending")}, {"title", QStringLiteral("Bad")}});
    c.scenario->setProperty(QStringLiteral("start"), idString(c.start->id()));
    add(c.start, NodeKind::ScenarioChoice,
        {{"text", QStringLiteral("Left")}, {"target", idString(good->id())}});
    add(c.start, NodeKind::ScenarioChoice,
        {{"text", QStringLiteral("Right way")}, {"target", idString(middle->id())}});
    add(middle, NodeKind::ScenarioChoice, {{"text", QStringLiteral("Go")}, {"target", idString(bad->id())}});
    return c;
}

QList<AssetInfo> assets()
{
    return {asset(kImage, "image/png", 0), asset(kVideo, "video/mp4", 90000),
            asset(kAudio, "audio/mpeg", 30500), asset(kSilent, "video/mp4", 0)};
}

} // namespace

class TestDuration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assumptionsFromCourse();
    void arithmetic();
    void drawnQuestions();
    void hiddenFeedback();
    void scenarioWithoutStartCountsEveryStep();
    void unknownMediaDuration();
    void wordCountsAgreeWithRichText_data();
    void wordCountsAgreeWithRichText();
};

void TestDuration::assumptionsFromCourse()
{
    Course c = buildCourse();
    CourseDocument doc(std::move(c.root), assets());
    const DurationEstimate estimate(doc);
    QCOMPARE(estimate.assumptions().wordsPerMinute, 100);
    QCOMPARE(estimate.assumptions().secondsPerQuestion, 30);
    QCOMPARE(estimate.assumptions().secondsPerScenarioStep, 30);
    QCOMPARE(estimate.assumptions().secondsPerImage, 10);

    CourseDocument fresh(CourseDocument::createCourseTree());
    const DurationEstimate defaults(fresh);
    QCOMPARE(defaults.assumptions().wordsPerMinute, 200);
    QCOMPARE(defaults.assumptions().secondsPerQuestion, 45);
}

void TestDuration::arithmetic()
{
    Course c = buildCourse();
    CourseDocument doc(std::move(c.root), assets());
    const DurationEstimate estimate(doc);

    QCOMPARE(estimate.words(*c.page), 12);
    QCOMPARE(estimate.seconds(*c.page), 137.7);
    QCOMPARE(estimate.words(*c.quiz), 10);
    QCOMPARE(estimate.seconds(*c.quiz), 66.0);
    QCOMPARE(estimate.words(*c.scenario), 14); // words() counts every step
    QCOMPARE(estimate.seconds(*c.start), 33.0);
    QCOMPARE(estimate.seconds(*c.scenario), 86.725);
    // Module: its title (1.2 s) and its three parts; course: its title (1.2 s) and the module.
    QCOMPARE(estimate.seconds(*c.module), 1.2 + 137.7 + 66.0 + 86.725);
    QCOMPARE(estimate.seconds(*doc.root()), 1.2 + 1.2 + 137.7 + 66.0 + 86.725);
    QCOMPARE(estimate.words(*doc.root()), 2 + 2 + 12 + 10 + 14);
}

void TestDuration::drawnQuestions()
{
    // Drawing 1 of 2 questions: the title's 0.6 s plus half of (34.2 + 31.2) s.
    Course c = buildCourse();
    c.quiz->setProperty(QStringLiteral("drawCount"), 1);
    CourseDocument doc(std::move(c.root), assets());
    QCOMPARE(DurationEstimate(doc).seconds(*c.quiz), 0.6 + (34.2 + 31.2) / 2);
}

void TestDuration::hiddenFeedback()
{
    // With no feedback shown, "Yes", "No" and "Right" are not read: 3 words (1.8 s) fewer.
    Course c = buildCourse();
    c.quiz->setProperty(QStringLiteral("feedbackTiming"), QStringLiteral("never"));
    CourseDocument doc(std::move(c.root), assets());
    const DurationEstimate estimate(doc);
    QCOMPARE(estimate.words(*c.quiz), 7);
    QCOMPARE(estimate.seconds(*c.quiz), 66.0 - 1.8);
}

void TestDuration::scenarioWithoutStartCountsEveryStep()
{
    Course c = buildCourse();
    c.scenario->setProperty(QStringLiteral("start"), QString());
    CourseDocument doc(std::move(c.root), assets());
    QCOMPARE(DurationEstimate(doc).seconds(*c.scenario), 0.6 + 33.0 + 41.2 + 33.0 + 30.6);
}

void TestDuration::unknownMediaDuration()
{
    // A video of unknown length and one whose file is missing add only their words.
    Course c = buildCourse();
    Node *page = add(c.module, NodeKind::Page, {{"title", QStringLiteral("More")}});
    add(page, NodeKind::Video, {{"asset", kSilent}});
    add(page, NodeKind::Video, {{"asset", QString(64, QLatin1Char('e'))}});
    CourseDocument doc(std::move(c.root), assets());
    QCOMPARE(DurationEstimate(doc).seconds(*page), 0.6);
}

void TestDuration::wordCountsAgreeWithRichText_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("empty") << QString();
    QTest::newRow("paragraphs") << QStringLiteral("<p>one two</p><p>three</p>");
    QTest::newRow("inline split") << QStringLiteral("<p>con<b>cre</b>te <em>word</em></p>");
    QTest::newRow("list") << QStringLiteral("<ul><li>a</li><li>b c</li></ul><ol><li>d</li></ol>");
    QTest::newRow("br") << QStringLiteral("<p>a<br>b</p>");
    QTest::newRow("entities") << QStringLiteral("<p>fish &amp; chips&nbsp;now &lt;3</p>");
    QTest::newRow("link") << QStringLiteral("<p>see <a href=\"https://example.org/a b\">this page</a>.</p>");
    QTest::newRow("headings quote code")
        << QStringLiteral("<h2>Title</h2><blockquote>Said so</blockquote><pre><code>x = 1</code></pre>");
    QTest::newRow("plain text") << QStringLiteral("  just   some words ");
}

void TestDuration::wordCountsAgreeWithRichText()
{
    // The estimate counts rich text with its own fast scanner; it must match RichText's count.
    QFETCH(QString, html);
    auto course = std::make_unique<Node>(NodeKind::Course);
    course->setProperty(QStringLiteral("title"), QString());
    Node *module = add(course.get(), NodeKind::Module, {{"title", QString()}});
    Node *page = add(module, NodeKind::Page, {{"title", QString()}});
    Node *text = add(page, NodeKind::Text, {{"html", html}});
    CourseDocument doc(std::move(course));
    QCOMPARE(DurationEstimate(doc).words(*text), RichText::wordCount(html));
}

QTEST_GUILESS_MAIN(TestDuration)
#include "tst_duration.moc"
