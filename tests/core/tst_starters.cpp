// The bundled templates: the sample course loads, is canonical and valid, is the size it claims,
// and every new project made from it is a new course with its media.

#include "model/coursedocument.h"
#include "model/coursejson.h"
#include "model/durationestimate.h"
#include "model/expression.h"
#include "model/richtext.h"
#include "model/schema.h"
#include "store/project.h"
#include "store/starters.h"
#include "validate/validator.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImageReader>
#include <QSet>
#include <QTest>
#include <QUndoStack>

using namespace cw;

namespace {

const QString kSampleJson = QStringLiteral(":/starters/sample/course.json");

std::unique_ptr<CourseDocument> loadDocument(const QString &name)
{
    QString error;
    std::optional<CourseData> data = Starters::load(name, &error);
    if (!data) {
        qWarning("%s", qPrintable(error));
        return nullptr;
    }
    return std::make_unique<CourseDocument>(std::move(data->root), data->assets);
}

QList<const Node *> nodesOf(const Node &root, NodeKind kind)
{
    QList<const Node *> out;
    root.walk([&](const Node *n) {
        if (n->kind() == kind)
            out << n;
    });
    return out;
}

QSet<QUuid> idsOf(const Node &root)
{
    QSet<QUuid> ids;
    root.walk([&](const Node *n) { ids.insert(n->id()); });
    return ids;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

class TestStarters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void names();
    void unknownName();
    void sampleIsCanonical();
    void sampleValidates();
    void richTextIsSafe();
    void usesMostKinds();
    void quizSettings();
    void scenarioGraph();
    void duration();
    void freshIdsEachTime();
    void assetsMatchCatalogue();
    void createProject_data();
    void createProject();
};

void TestStarters::names()
{
    const QStringList names = Starters::names();
    QVERIFY(names.contains(QStringLiteral("blank")));
    QVERIFY(names.contains(QStringLiteral("sample")));
    for (const QString &name : names) {
        QVERIFY2(!Starters::description(name).isEmpty(), qPrintable(name));
        QString error;
        QVERIFY2(Starters::load(name, &error).has_value(), qPrintable(error));
    }
}

void TestStarters::unknownName()
{
    QString error;
    QVERIFY(!Starters::load(QStringLiteral("no-such-template"), &error));
    QVERIFY(error.contains(QStringLiteral("no-such-template")));
    QVERIFY(Starters::description(QStringLiteral("no-such-template")).isEmpty());
    error.clear();
    QVERIFY(!Starters::create(QStringLiteral("no-such-template"), &error));
    QVERIFY(!error.isEmpty());
}

// The resource is what CourseJson::write produces, so `dump` of a new sample shows no noise.
void TestStarters::sampleIsCanonical()
{
    QFile file(kSampleJson);
    QVERIFY2(file.open(QIODevice::ReadOnly), "the starters resource is not linked into cw_core");
    const QByteArray stored = file.readAll();
    QString error;
    std::optional<CourseData> data = CourseJson::read(stored, &error);
    QVERIFY2(data, qPrintable(error));
    QMap<QString, AssetInfo> assets;
    for (const AssetInfo &a : data->assets)
        assets.insert(a.hash, a);
    QVERIFY2(CourseJson::write(*data->root, assets) == stored,
             "templates/starters/sample/course.json is not canonical: update the defaults in "
             "scripts/build-sample-course.py to match core/model/schema.cpp and rerun it");
}

void TestStarters::sampleValidates()
{
    auto document = loadDocument(QStringLiteral("sample"));
    QVERIFY(document);
    const QList<Problem> problems = Validator::validate(*document);
    QStringList shown;
    for (const Problem &p : problems) {
        if (p.severity != Problem::Severity::Info)
            shown << Problem::severityName(p.severity) + QLatin1Char(' ') + p.code + QLatin1String(": ") +
                         p.message;
    }
    QVERIFY(!Validator::hasErrors(problems));
    // The showcase course is clean: not even a warning (over 15 minutes, missing captions, ...).
    QVERIFY2(shown.isEmpty(), qPrintable(shown.join(QLatin1Char('\n'))));
}

void TestStarters::richTextIsSafe()
{
    auto document = loadDocument(QStringLiteral("sample"));
    QVERIFY(document);
    int checked = 0;
    document->root()->walk([&](const Node *n) {
        for (const PropertySpec &spec : Schema::instance().kind(n->kind()).properties) {
            if (spec.type != PropertyType::RichText || n->string(spec.key).isEmpty())
                continue;
            ++checked;
            QCOMPARE(RichText::sanitize(n->string(spec.key)), n->string(spec.key));
        }
    });
    QVERIFY(checked > 20);
}

void TestStarters::usesMostKinds()
{
    auto document = loadDocument(QStringLiteral("sample"));
    QVERIFY(document);
    QSet<NodeKind> blocks;
    QSet<NodeKind> questions;
    document->root()->walk([&](const Node *n) {
        if (isBlockKind(n->kind()))
            blocks.insert(n->kind());
        if (isQuestionKind(n->kind()))
            questions.insert(n->kind());
    });
    QVERIFY2(blocks.size() >= 8, qPrintable(QString::number(blocks.size())));
    QVERIFY2(questions.size() >= 5, qPrintable(QString::number(questions.size())));
    const Node *module = document->root()->child(0);
    QCOMPARE(module->kind(), NodeKind::Module);
    QVERIFY(nodesOf(*module, NodeKind::Page).size() >= 4);
    QCOMPARE(nodesOf(*module, NodeKind::Quiz).size(), 1);
    QCOMPARE(nodesOf(*module, NodeKind::Scenario).size(), 1);
    for (const Node *image : nodesOf(*module, NodeKind::Image)) {
        QVERIFY(!image->string(QStringLiteral("alt")).isEmpty());
        QVERIFY(!image->string(QStringLiteral("caption")).isEmpty());
    }
    QCOMPARE(document->root()->string(QStringLiteral("language")), QStringLiteral("en"));
}

void TestStarters::quizSettings()
{
    auto document = loadDocument(QStringLiteral("sample"));
    QVERIFY(document);
    const Node *quiz = nodesOf(*document->root(), NodeKind::Quiz).value(0);
    QVERIFY(quiz);
    QCOMPARE(quiz->integer(QStringLiteral("passingScore")), 80);
    int choiceFeedback = 0;
    for (const auto &question : quiz->children()) {
        QVERIFY(!question->string(QStringLiteral("correctFeedback")).isEmpty());
        QVERIFY(!question->string(QStringLiteral("incorrectFeedback")).isEmpty());
        for (const auto &part : question->children()) {
            if (part->kind() == NodeKind::Choice && !part->string(QStringLiteral("feedback")).isEmpty())
                ++choiceFeedback;
        }
    }
    QVERIFY(choiceFeedback >= 4);
}

void TestStarters::scenarioGraph()
{
    auto document = loadDocument(QStringLiteral("sample"));
    QVERIFY(document);
    const Node *scenario = nodesOf(*document->root(), NodeKind::Scenario).value(0);
    QVERIFY(scenario);

    QSet<QString> variables;
    QHash<QUuid, const Node *> steps;
    for (const auto &child : scenario->children()) {
        if (child->kind() == NodeKind::Variable)
            variables.insert(child->string(QStringLiteral("name")));
        else
            steps.insert(child->id(), child.get());
    }
    QVERIFY(!variables.isEmpty());

    QSet<QString> outcomes;
    bool conditionUsesVariable = false;
    bool effectChangesVariable = false;
    bool scored = false;
    QHash<QUuid, QList<QUuid>> edges;
    for (const Node *step : std::as_const(steps)) {
        if (step->string(QStringLiteral("nodeType")) == QLatin1String("ending")) {
            outcomes.insert(step->string(QStringLiteral("outcome")));
            QVERIFY(!step->string(QStringLiteral("feedback")).isEmpty());
            QCOMPARE(step->childCount(), 0);
        }
        for (const auto &choice : step->children()) {
            const QUuid target = QUuid::fromString(choice->string(QStringLiteral("target")));
            QVERIFY2(steps.contains(target), qPrintable(choice->string(QStringLiteral("text"))));
            edges[step->id()] << target;
            const auto condition = Expression::parseCondition(choice->string(QStringLiteral("condition")));
            const auto effects = Expression::parseEffects(choice->string(QStringLiteral("effects")));
            QVERIFY2(condition.ok, qPrintable(condition.error));
            QVERIFY2(effects.ok, qPrintable(effects.error));
            for (const QString &v : condition.variables + effects.variables)
                QVERIFY2(variables.contains(v), qPrintable(v));
            conditionUsesVariable |= !condition.variables.isEmpty();
            effectChangesVariable |= !effects.variables.isEmpty();
            scored |= choice->integer(QStringLiteral("score")) != 0;
        }
    }
    QVERIFY(conditionUsesVariable);
    QVERIFY(effectChangesVariable);
    QVERIFY(scored);
    QVERIFY(outcomes.contains(QStringLiteral("pass")));
    QVERIFY(outcomes.contains(QStringLiteral("fail")));

    // Every step reachable from the start...
    const QUuid start = QUuid::fromString(scenario->string(QStringLiteral("start")));
    QVERIFY(steps.contains(start));
    QSet<QUuid> reached{start};
    QList<QUuid> queue{start};
    while (!queue.isEmpty()) {
        for (const QUuid &next : edges.value(queue.takeFirst())) {
            if (!reached.contains(next)) {
                reached.insert(next);
                queue << next;
            }
        }
    }
    QCOMPARE(reached.size(), steps.size());
    // ...and every step has a way to an ending (fixed point over "some choice leads to a finisher").
    QSet<QUuid> finishes;
    for (const Node *step : std::as_const(steps)) {
        if (step->string(QStringLiteral("nodeType")) == QLatin1String("ending"))
            finishes.insert(step->id());
    }
    for (bool grew = true; grew;) {
        grew = false;
        for (auto it = edges.cbegin(); it != edges.cend(); ++it) {
            if (finishes.contains(it.key()))
                continue;
            for (const QUuid &next : it.value()) {
                if (finishes.contains(next)) {
                    finishes.insert(it.key());
                    grew = true;
                    break;
                }
            }
        }
    }
    QCOMPARE(finishes.size(), steps.size());
}

void TestStarters::duration()
{
    auto document = loadDocument(QStringLiteral("sample"));
    QVERIFY(document);
    const Node *module = document->root()->child(0);
    const double minutes = DurationEstimate(*document).seconds(*module) / 60.0;
    qInfo("sample module: %.1f minutes", minutes);
    QVERIFY2(minutes >= 12.0 && minutes <= 18.0, qPrintable(QString::number(minutes)));
}

void TestStarters::freshIdsEachTime()
{
    QFile file(kSampleJson);
    QVERIFY(file.open(QIODevice::ReadOnly));
    std::optional<CourseData> stored = CourseJson::read(file.readAll(), nullptr);
    QVERIFY(stored);
    std::optional<CourseData> first = Starters::load(QStringLiteral("sample"), nullptr);
    std::optional<CourseData> second = Starters::load(QStringLiteral("sample"), nullptr);
    QVERIFY(first && second);
    const QSet<QUuid> storedIds = idsOf(*stored->root);
    const QSet<QUuid> firstIds = idsOf(*first->root);
    const QSet<QUuid> secondIds = idsOf(*second->root);
    QCOMPARE(firstIds.size(), storedIds.size());
    QVERIFY(!firstIds.intersects(secondIds));
    QVERIFY(!firstIds.intersects(storedIds));
    const QString identifier = QStringLiteral("identifier");
    QVERIFY(!QUuid::fromString(first->root->string(identifier)).isNull());
    QVERIFY(first->root->string(identifier) != second->root->string(identifier));
    QVERIFY(first->root->string(identifier) != stored->root->string(identifier));
    // Scenario references follow the new ids.
    const Node *scenario = nodesOf(*first->root, NodeKind::Scenario).value(0);
    QVERIFY(scenario);
    QVERIFY(firstIds.contains(QUuid::fromString(scenario->string(QStringLiteral("start")))));
    for (const Node *choice : nodesOf(*scenario, NodeKind::ScenarioChoice))
        QVERIFY(firstIds.contains(QUuid::fromString(choice->string(QStringLiteral("target")))));
}

void TestStarters::assetsMatchCatalogue()
{
    std::optional<CourseData> data = Starters::load(QStringLiteral("sample"), nullptr);
    QVERIFY(data);
    QVERIFY(data->assets.size() >= 3);
    QSet<QString> catalogue;
    for (const AssetInfo &asset : std::as_const(data->assets)) {
        catalogue.insert(asset.hash);
        const QString path = Starters::assetPath(QStringLiteral("sample"), asset);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = file.readAll();
        QCOMPARE(sha256(bytes), asset.hash);
        QCOMPARE(qint64(bytes.size()), asset.size);
        QVERIFY2(asset.size < 100 * 1024, qPrintable(asset.name));
        QCOMPARE(asset.mimeType, QStringLiteral("image/png"));
        QImageReader reader(path);
        QCOMPARE(reader.size(), QSize(asset.width, asset.height));
    }
    // Every reference resolves, and nothing in the catalogue is unused.
    QSet<QString> referenced;
    data->root->walk([&](const Node *n) {
        for (const PropertySpec &spec : Schema::instance().kind(n->kind()).properties) {
            if (spec.type == PropertyType::AssetRef && !n->string(spec.key).isEmpty())
                referenced.insert(n->string(spec.key));
        }
    });
    QCOMPARE(referenced, catalogue);
}

void TestStarters::createProject_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("blank") << QStringLiteral("blank");
    QTest::newRow("sample") << QStringLiteral("sample");
}

void TestStarters::createProject()
{
    QFETCH(QString, name);
    QString error;
    std::unique_ptr<Project> first = Starters::create(name, &error);
    QVERIFY2(first, qPrintable(error));
    std::unique_ptr<Project> second = Starters::create(name, &error);
    QVERIFY2(second, qPrintable(error));

    CourseDocument &document = first->document();
    QVERIFY(first->file().isTemporary());
    QCOMPARE(document.undoStack()->count(), 0);
    QVERIFY(!idsOf(*document.root()).intersects(idsOf(*second->document().root())));
    const QString identifier = QStringLiteral("identifier");
    QVERIFY(!document.root()->string(identifier).isEmpty());
    QVERIFY(document.root()->string(identifier) != second->document().root()->string(identifier));

    std::optional<CourseData> expected = Starters::load(name, nullptr);
    QVERIFY(expected);
    QCOMPARE(document.assets().size(), expected->assets.size());
    for (const AssetInfo &asset : std::as_const(expected->assets)) {
        QVERIFY(document.asset(asset.hash));
        QCOMPARE(*document.asset(asset.hash), asset);
        QVERIFY(first->file().hasAssetData(asset.hash));
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QVERIFY2(first->file().writeAssetTo(asset.hash, out, &error), qPrintable(error));
        QCOMPARE(sha256(out.data()), asset.hash);
    }
    if (name == QLatin1String("sample"))
        QVERIFY(!document.assets().isEmpty());
}

QTEST_GUILESS_MAIN(TestStarters)
#include "tst_starters.moc"
