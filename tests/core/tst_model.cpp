// Schema and model invariants, and the canonical JSON round trip.
#include "model/assetusage.h"
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
    void questionPartsAreTheQuestionsChildren();
    void newNodesHaveDefaultsAndUniqueIds();
    void fieldsMatterOnlyWhenTheirConditionHolds();
    void assetUsageFindsEveryReference();
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
    void jsonNumbersNeverWrap_data();
    void jsonNumbersNeverWrap();
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

void TestModel::questionPartsAreTheQuestionsChildren()
{
    // Lists that hide parts (the outline) count on a parent holding only parts or no parts at all.
    QSet<NodeKind> partsOfQuestions;
    for (int i = 0; i < NodeKindCount; ++i) {
        const KindSpec &spec = Schema::instance().kind(NodeKind(i));
        for (NodeKind child : spec.childKinds) {
            QVERIFY2(isQuestionKind(spec.kind) == isQuestionPartKind(child),
                     qPrintable(kindName(spec.kind) + QLatin1Char('/') + kindName(child)));
            if (isQuestionKind(spec.kind))
                partsOfQuestions.insert(child);
        }
    }
    QCOMPARE(partsOfQuestions,
             (QSet<NodeKind>{NodeKind::Choice, NodeKind::MatchPair, NodeKind::SequenceItem}));
    for (int i = 0; i < NodeKindCount; ++i)
        QCOMPARE(isQuestionPartKind(NodeKind(i)), partsOfQuestions.contains(NodeKind(i)));
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

void TestModel::jsonNumbersNeverWrap_data()
{
    QTest::addColumn<QByteArray>("asset"); // the fields of one asset after its hash
    QTest::addColumn<QByteArray>("props"); // the course's properties
    QTest::addColumn<QByteArray>("version");
    QTest::addColumn<QString>("expected"); // the whole message, or empty when the course loads
    const auto row = [](const char *tag, const char *asset, const char *props, const char *expected,
                        const char *version = "1") {
        QTest::newRow(tag) << QByteArray(asset) << QByteArray(props) << QByteArray(version)
                           << QString::fromUtf8(expected);
    };
    row("width 2^32 + 1", R"("width":4294967297)", "{}",
        "assets[0].width: 4294967297 is out of range (0 to 2147483647)");
    row("width at int max", R"("width":2147483647)", "{}", "");
    row("width one past int max", R"("width":2147483648)", "{}",
        "assets[0].width: 2147483648 is out of range (0 to 2147483647)");
    row("negative height", R"("height":-1)", "{}", "assets[0].height: -1 is out of range (0 to 2147483647)");
    row("fractional width", R"("width":1.5)", "{}", "assets[0].width: 1.5 is not a whole number");
    row("width as text", R"("width":"12")", "{}", "assets[0].width: expected a number");
    row("huge size", R"("size":1e300)", "{}",
        "assets[0].size: 1e+300 is out of range (0 to 9007199254740991)");
    row("size at 2^53 - 1", R"("size":9007199254740991)", "{}", "");
    row("duration past 2^53", R"("durationMs":9007199254740993)", "{}",
        "assets[0].durationMs: 9007199254740992 is out of range (0 to 9007199254740991)");
    row("passing score 2^32 + 80", R"("size":1)", R"({"passingScore":4294967376})",
        "course.props.passingScore: 4294967376 is out of range (0 to 100)");
    row("passing score fraction", R"("size":1)", R"({"passingScore":79.5})",
        "course.props.passingScore: 79.5 is not a whole number");
    row("format version 2^32 + 1", R"("size":1)", "{}",
        "this course was written by a newer Coursewright (format 4294967297; this version reads up to 1)",
        "4294967297");
    row("format version fraction", R"("size":1)", "{}", "formatVersion: 1.5 is not a whole number", "1.5");
    // The name becomes a file name; no file system takes more than 255 bytes.
    const QByteArray name255 = R"("name":")" + QByteArray(251, 'x') + R"(.png")";
    const QByteArray name256 = R"("name":")" + QByteArray(252, 'x') + R"(.png")";
    QTest::newRow("name of 255 bytes") << name255 << QByteArray("{}") << QByteArray("1") << QString();
    QTest::newRow("name of 256 bytes") << name256 << QByteArray("{}") << QByteArray("1")
                                       << "assets[0].name: the file name is 256 bytes long; file systems "
                                          "allow at most 255";
    QTest::newRow("name of 128 two-byte characters")
        << QByteArray(R"("name":")" + QString(128, QChar(0xE9)).toUtf8() + R"(")") << QByteArray("{}")
        << QByteArray("1")
        << "assets[0].name: the file name is 256 bytes long; file systems allow at most 255";
}

// JSON numbers are doubles: each one that becomes an integer is checked, never wrapped or cut.
void TestModel::jsonNumbersNeverWrap()
{
    QFETCH(QByteArray, asset);
    QFETCH(QByteArray, props);
    QFETCH(QByteArray, version);
    QFETCH(QString, expected);
    const QByteArray json = R"({"format":"coursewright-course","formatVersion":)" + version +
                            R"(,"assets":[{"hash":")" + QByteArray(64, 'a') + R"(",)" + asset +
                            R"(}],"course":{"id":"0b8d4a4e-5f0b-4a57-9c33-6c1b3b1f0f11","kind":"course",)"
                            R"("props":)" +
                            props + "}}";
    QString error;
    const std::optional<CourseData> data = CourseJson::read(json, &error);
    QCOMPARE(error, expected);
    QCOMPARE(data.has_value(), expected.isEmpty());
    if (data && asset.contains("width"))
        QCOMPARE(data->assets.first().width, 2147483647);
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

void TestModel::fieldsMatterOnlyWhenTheirConditionHolds()
{
    const Schema &schema = Schema::instance();
    std::unique_ptr<Node> image = CourseDocument::createNode(NodeKind::Image);
    const PropertySpec *alt = schema.property(NodeKind::Image, QStringLiteral("alt"));
    const PropertySpec *caption = schema.property(NodeKind::Image, QStringLiteral("caption"));
    QVERIFY(alt && caption);
    QVERIFY(Schema::isActive(*alt, *image));
    image->setProperty(QStringLiteral("decorative"), true);
    QVERIFY(!Schema::isActive(*alt, *image));
    QVERIFY(Schema::isActive(*caption, *image)); // no condition: always

    std::unique_ptr<Node> step = CourseDocument::createNode(NodeKind::ScenarioNode);
    const PropertySpec *outcome = schema.property(NodeKind::ScenarioNode, QStringLiteral("outcome"));
    QVERIFY(outcome);
    step->setProperty(QStringLiteral("nodeType"), QStringLiteral("decision"));
    QVERIFY(!Schema::isActive(*outcome, *step));
    step->setProperty(QStringLiteral("nodeType"), QStringLiteral("ending"));
    QVERIFY(Schema::isActive(*outcome, *step));

    // A condition on a property the node does not store reads its default.
    std::unique_ptr<Node> module = CourseDocument::createNode(NodeKind::Module);
    const PropertySpec *completion = schema.property(NodeKind::Module, QStringLiteral("completion"));
    QVERIFY(completion);
    QVERIFY(!Schema::isActive(*completion, *module));
    module->setProperty(QStringLiteral("ownCompletion"), true);
    QVERIFY(Schema::isActive(*completion, *module));

    // Every condition names a property of the same kind.
    for (int k = 0; k < NodeKindCount; ++k) {
        for (const PropertySpec &spec : schema.kind(NodeKind(k)).properties) {
            if (!spec.activeWhen.key.isEmpty())
                QVERIFY2(schema.property(NodeKind(k), spec.activeWhen.key), qPrintable(spec.key));
        }
    }
}

void TestModel::assetUsageFindsEveryReference()
{
    CourseDocument doc(CourseDocument::createCourseTree());
    const Node *page = doc.root()->child(0)->child(0);
    const QString a(64, u'a');
    const QString b(64, u'b');
    const QString c(64, u'c');
    for (const QString &hash : {a, b})
        QVERIFY(doc.addAsset(
            AssetInfo{hash, hash.left(3) + QStringLiteral(".png"), QStringLiteral("image/png"), 10}));
    const Node *first = doc.insertNode(page->id(), 0, CourseDocument::createNode(NodeKind::Image));
    const Node *second = doc.insertNode(page->id(), 1, CourseDocument::createNode(NodeKind::Image));
    QVERIFY(first && second);
    QVERIFY(doc.setProperty(first->id(), QStringLiteral("asset"), a, true));
    QVERIFY(doc.setProperty(second->id(), QStringLiteral("asset"), a, true));
    QVERIFY(doc.setProperty(doc.root()->id(), QStringLiteral("logo"), c, true)); // not catalogued
    const QMap<QString, QList<QUuid>> uses = AssetUsage::byAsset(doc);
    QCOMPARE(uses.value(a), (QList<QUuid>{first->id(), second->id()}));
    QCOMPARE(uses.value(c), QList<QUuid>{doc.root()->id()});
    QVERIFY(!uses.contains(b));
    QCOMPARE(AssetUsage::unused(doc), QStringList{b});
}

QTEST_GUILESS_MAIN(TestModel)
#include "tst_model.moc"
