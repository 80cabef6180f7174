// Schema and model invariants, and the canonical JSON round trip.
#include "model/coursedocument.h"
#include "model/coursejson.h"
#include "model/schema.h"

#include <QJsonArray>
#include <QtTest>

using namespace cw;

class TestModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindNamesRoundTrip();
    void schemaDefaultsAreValid();
    void schemaDisplayKeysExist();
    void everyKindIsReachableFromTheCourse();
    void newNodesHaveDefaultsAndUniqueIds();
    void createNodeGivesUsefulChildren_data();
    void createNodeGivesUsefulChildren();
    void checkValueRejectsWrongTypes_data();
    void checkValueRejectsWrongTypes();
    void cloneWithFreshIdsRemapsReferences();
    void plainTextIsOneLineWithoutControlCharacters();
    void jsonRoundTripIsByteIdentical();
    void jsonReadRejectsBadInput_data();
    void jsonReadRejectsBadInput();
    void jsonReadFillsMissingDefaults();
    void jsonReadKeepsOnlySafeRichText();
};

void TestModel::kindNamesRoundTrip()
{
    QSet<QString> names;
    for (int i = 0; i < NodeKindCount; ++i) {
        const auto kind = NodeKind(i);
        const QString name = kindName(kind);
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(i)));
        QVERIFY2(!names.contains(name), qPrintable(name));
        names.insert(name);
        QCOMPARE(kindFromName(name), std::optional<NodeKind>(kind));
    }
    QCOMPARE(kindFromName(QStringLiteral("nonsense")), std::nullopt);
}

void TestModel::schemaDefaultsAreValid()
{
    for (int i = 0; i < NodeKindCount; ++i) {
        const KindSpec &spec = Schema::instance().kind(NodeKind(i));
        QCOMPARE(spec.kind, NodeKind(i));
        QSet<QString> keys;
        for (const PropertySpec &p : spec.properties) {
            QVERIFY2(!keys.contains(p.key), qPrintable(kindName(spec.kind) + QLatin1Char('.') + p.key));
            keys.insert(p.key);
            const QString problem = Schema::checkValue(p, p.defaultValue);
            QVERIFY2(problem.isEmpty(), qPrintable(kindName(spec.kind) + QLatin1Char('.') + p.key +
                                                   QStringLiteral(": ") + problem));
            QCOMPARE(Schema::normalized(p, p.defaultValue), p.defaultValue);
            QVERIFY(!Schema::propertyLabel(p).isEmpty());
        }
    }
}

void TestModel::schemaDisplayKeysExist()
{
    for (int i = 0; i < NodeKindCount; ++i) {
        const KindSpec &spec = Schema::instance().kind(NodeKind(i));
        if (!spec.displayKey.isEmpty())
            QVERIFY2(spec.property(spec.displayKey), qPrintable(kindName(spec.kind)));
    }
}

void TestModel::everyKindIsReachableFromTheCourse()
{
    QSet<NodeKind> seen{NodeKind::Course};
    QList<NodeKind> queue{NodeKind::Course};
    while (!queue.isEmpty()) {
        const NodeKind k = queue.takeFirst();
        for (NodeKind child : Schema::instance().kind(k).childKinds) {
            if (!seen.contains(child)) {
                seen.insert(child);
                queue << child;
            }
        }
    }
    QCOMPARE(seen.size(), NodeKindCount);
}

void TestModel::newNodesHaveDefaultsAndUniqueIds()
{
    Node a(NodeKind::Quiz);
    Node b(NodeKind::Quiz);
    QVERIFY(a.id() != b.id());
    QCOMPARE(a.integer(QStringLiteral("passingScore")), 80);
    QCOMPARE(a.string(QStringLiteral("feedbackTiming")), QStringLiteral("immediate"));
    QCOMPARE(a.properties().size(), Schema::instance().kind(NodeKind::Quiz).properties.size());
}

void TestModel::createNodeGivesUsefulChildren_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("children");
    QTest::newRow("module") << int(NodeKind::Module) << 1;
    QTest::newRow("single choice") << int(NodeKind::SingleChoice) << 3;
    QTest::newRow("matching") << int(NodeKind::Matching) << 3;
    QTest::newRow("sequencing") << int(NodeKind::Sequencing) << 3;
    QTest::newRow("tabs") << int(NodeKind::Tabs) << 2;
    QTest::newRow("scenario") << int(NodeKind::Scenario) << 2;
    QTest::newRow("text") << int(NodeKind::Text) << 0;
}

void TestModel::createNodeGivesUsefulChildren()
{
    QFETCH(int, kind);
    QFETCH(int, children);
    auto node = CourseDocument::createNode(NodeKind(kind));
    QCOMPARE(node->childCount(), children);
    for (const auto &c : node->children())
        QVERIFY(Schema::instance().kind(node->kind()).acceptsChild(c->kind()));
    if (NodeKind(kind) == NodeKind::Scenario) {
        const QUuid start = QUuid::fromString(node->string(QStringLiteral("start")));
        QCOMPARE(start, node->child(0)->id());
        QCOMPARE(node->child(0)->child(0)->string(QStringLiteral("target")), idString(node->child(1)->id()));
    }
}

void TestModel::checkValueRejectsWrongTypes_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("int ok") << int(NodeKind::Quiz) << "passingScore" << QJsonValue(75) << true;
    QTest::newRow("int fraction") << int(NodeKind::Quiz) << "passingScore" << QJsonValue(7.5) << false;
    QTest::newRow("int over range") << int(NodeKind::Quiz) << "passingScore" << QJsonValue(101) << false;
    QTest::newRow("int as string") << int(NodeKind::Quiz) << "passingScore"
                                   << QJsonValue(QStringLiteral("80")) << false;
    QTest::newRow("bool") << int(NodeKind::Choice) << "correct" << QJsonValue(1) << false;
    QTest::newRow("enum ok") << int(NodeKind::Callout) << "style" << QJsonValue(QStringLiteral("tip"))
                             << true;
    QTest::newRow("enum bad") << int(NodeKind::Callout) << "style" << QJsonValue(QStringLiteral("loud"))
                              << false;
    QTest::newRow("flags ok") << int(NodeKind::Course) << "completion"
                              << QJsonValue(QJsonArray{QStringLiteral("quizzes")}) << true;
    QTest::newRow("flags bad") << int(NodeKind::Course) << "completion"
                               << QJsonValue(QJsonArray{QStringLiteral("moon")}) << false;
    QTest::newRow("string newline (normalized to a space)")
        << int(NodeKind::Page) << "title" << QJsonValue(QStringLiteral("a\nb")) << true;
    QTest::newRow("string too long") << int(NodeKind::Page) << "title"
                                     << QJsonValue(QString(201, QLatin1Char('x'))) << false;
    QTest::newRow("asset ok") << int(NodeKind::Image) << "asset" << QJsonValue(QString(64, QLatin1Char('a')))
                              << true;
    QTest::newRow("asset upper") << int(NodeKind::Image) << "asset"
                                 << QJsonValue(QString(64, QLatin1Char('A'))) << false;
    QTest::newRow("ref bad") << int(NodeKind::ScenarioChoice) << "target" << QJsonValue(QStringLiteral("x"))
                             << false;
    QTest::newRow("ref empty") << int(NodeKind::ScenarioChoice) << "target" << QJsonValue(QString()) << true;
    QTest::newRow("real nan") << int(NodeKind::Numeric) << "answer" << QJsonValue(std::nan("")) << false;
}

void TestModel::checkValueRejectsWrongTypes()
{
    QFETCH(int, kind);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(bool, valid);
    const PropertySpec *spec = Schema::instance().property(NodeKind(kind), key);
    QVERIFY(spec);
    QCOMPARE(Schema::checkValue(*spec, value).isEmpty(), valid);
}

void TestModel::plainTextIsOneLineWithoutControlCharacters()
{
    const PropertySpec *title = Schema::instance().property(NodeKind::Page, QStringLiteral("title"));
    QCOMPARE(Schema::normalized(*title, QStringLiteral("Line one\nline\ttwo\u0000\u0007\u007f!")),
             QJsonValue(QStringLiteral("Line one line two!")));
    const PropertySpec *accepted =
        Schema::instance().property(NodeKind::FillBlank, QStringLiteral("accepted"));
    QCOMPARE(Schema::normalized(*accepted, QJsonArray{QStringLiteral("a\u0001b")}),
             QJsonValue(QJsonArray{QStringLiteral("ab")}));
}

void TestModel::cloneWithFreshIdsRemapsReferences()
{
    auto scenario = CourseDocument::createNode(NodeKind::Scenario);
    auto copy = scenario->clone(true);
    QVERIFY(copy->id() != scenario->id());
    QVERIFY(copy->child(0)->id() != scenario->child(0)->id());
    QCOMPARE(copy->string(QStringLiteral("start")), idString(copy->child(0)->id()));
    QCOMPARE(copy->child(0)->child(0)->string(QStringLiteral("target")), idString(copy->child(1)->id()));
    auto same = scenario->clone(false);
    QCOMPARE(CourseJson::nodeToJson(*same, true), CourseJson::nodeToJson(*scenario, true));
}

void TestModel::jsonRoundTripIsByteIdentical()
{
    auto root = CourseDocument::createCourseTree();
    Node *module = root->child(0);
    module->appendChild(CourseDocument::createNode(NodeKind::Quiz));
    module->appendChild(CourseDocument::createNode(NodeKind::Scenario));
    module->child(1)->appendChild(CourseDocument::createNode(NodeKind::Matching));
    module->child(0)->appendChild(CourseDocument::createNode(NodeKind::Tabs));
    module->child(0)->child(0)->setProperty(QStringLiteral("title"), QStringLiteral("Ünïcödé “quotes” 😀"));
    QMap<QString, AssetInfo> assets;
    AssetInfo a;
    a.hash = QString(64, QLatin1Char('b'));
    a.name = QStringLiteral("x.png");
    a.mimeType = QStringLiteral("image/png");
    a.size = 1234;
    a.width = 10;
    a.height = 20;
    assets.insert(a.hash, a);
    const QByteArray first = CourseJson::write(*root, assets);
    QString error;
    auto data = CourseJson::read(first, &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->assets.size(), 1);
    QCOMPARE(data->assets.first(), a);
    QMap<QString, AssetInfo> again;
    for (const AssetInfo &x : data->assets)
        again.insert(x.hash, x);
    QCOMPARE(CourseJson::write(*data->root, again), first);
}

void TestModel::jsonReadRejectsBadInput_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // a fragment of the message
    const QByteArray head = R"({"format":"coursewright-course","formatVersion":1,"assets":[],"course":)";
    const QByteArray id = R"("id":"0b8d4a4e-5f0b-4a57-9c33-6c1b3b1f0f11")";
    QTest::newRow("not json") << QByteArray("{\n  \"format\": ,") << "line 2, column ";
    QTest::newRow("array") << QByteArray("[]") << "not a JSON object";
    QTest::newRow("other format") << QByteArray(R"({"format":"x"})") << "not a Coursewright course";
    QTest::newRow("newer") << QByteArray(R"({"format":"coursewright-course","formatVersion":99})") << "newer";
    QTest::newRow("unknown kind") << head + "{" + id + R"(,"kind":"spaceship"}})"
                                  << "unknown kind";
    QTest::newRow("bad id") << head + R"({"id":"x","kind":"course"}})"
                            << "expected a UUID";
    QTest::newRow("unknown prop") << head + "{" + id + R"(,"kind":"course","props":{"colour":1}}})"
                                  << "no property 'colour'";
    QTest::newRow("bad value") << head + "{" + id + R"(,"kind":"course","props":{"passingScore":"high"}}})"
                               << "course.props.passingScore";
    QTest::newRow("wrong child")
        << head + "{" + id +
               R"(,"kind":"course","children":[{"id":"1b8d4a4e-5f0b-4a57-9c33-6c1b3b1f0f11","kind":"page"}]}})"
        << "cannot contain";
    QTest::newRow("duplicate id") << head + "{" + id + R"(,"kind":"course","children":[{)" + id +
                                         R"(,"kind":"module"}]}})"
                                  << "used twice";
    QTest::newRow("root not course") << head + "{" + id + R"(,"kind":"module"}})"
                                     << "must be a course";
    QTest::newRow("bad asset")
        << QByteArray(
               R"({"format":"coursewright-course","formatVersion":1,"assets":[{"hash":"zz"}],"course":{)") +
               id + R"(,"kind":"course"}})"
        << "assets[0].hash";
}

void TestModel::jsonReadRejectsBadInput()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!CourseJson::read(json, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
}

void TestModel::jsonReadFillsMissingDefaults()
{
    const QByteArray json = R"({"format":"coursewright-course","formatVersion":1,
        "course":{"id":"0b8d4a4e-5f0b-4a57-9c33-6c1b3b1f0f11","kind":"course","props":{"title":"T"}}})";
    QString error;
    auto data = CourseJson::read(json, &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(data->root->string(QStringLiteral("title")), QStringLiteral("T"));
    QCOMPARE(data->root->integer(QStringLiteral("passingScore")), 80);
}

void TestModel::jsonReadKeepsOnlySafeRichText()
{
    // Text from any source reaches the model in the safe subset: no script survives a load.
    const QByteArray json = R"({"format":"coursewright-course","formatVersion":1,
        "course":{"id":"0b8d4a4e-5f0b-4a57-9c33-6c1b3b1f0f11","kind":"course","props":{
            "description":"x"},"children":[{"id":"1b8d4a4e-5f0b-4a57-9c33-6c1b3b1f0f11","kind":"module",
            "children":[{"id":"2b8d4a4e-5f0b-4a57-9c33-6c1b3b1f0f11","kind":"page","children":[
                {"id":"3b8d4a4e-5f0b-4a57-9c33-6c1b3b1f0f11","kind":"text","props":{
                    "html":"<p onclick=\"steal()\">Hi<script>steal()</script> <a href=\"javascript:steal()\">x</a></p>"}}]}]}]}})";
    QString error;
    auto data = CourseJson::read(json, &error);
    QVERIFY2(data, qPrintable(error));
    const Node *text = data->root->child(0)->child(0)->child(0);
    QCOMPARE(text->string(QStringLiteral("html")), QStringLiteral("<p>Hi <a>x</a></p>"));
}

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
