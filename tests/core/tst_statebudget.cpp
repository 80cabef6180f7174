// Worst-case learner-state size: the shared fixture (the JS player test asserts the same figure),
// the sample course, a benchmark-sized course, and the SCORM limits.

#include "export/statebudget.h"
#include "model/coursedocument.h"
#include "store/starters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using namespace cw;

namespace {

QJsonObject fixture()
{
    QFile f(QStringLiteral(CW_TEST_DATA_DIR "/state-shape.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

// 100 modules x 20 pages x 5 blocks with a 10-question quiz each, like tests/bench.
std::unique_ptr<Node> bigCourse()
{
    auto course = CourseDocument::createCourseTree();
    course->takeChild(0);
    for (int m = 0; m < 100; ++m) {
        auto module = std::make_unique<Node>(NodeKind::Module);
        for (int p = 0; p < 20; ++p) {
            auto page = std::make_unique<Node>(NodeKind::Page);
            for (int b = 0; b < 5; ++b)
                page->appendChild(std::make_unique<Node>(NodeKind::Text));
            module->appendChild(std::move(page));
        }
        auto quiz = std::make_unique<Node>(NodeKind::Quiz);
        for (int q = 0; q < 10; ++q)
            quiz->appendChild(CourseDocument::createNode(NodeKind::SingleChoice));
        module->appendChild(std::move(quiz));
        course->appendChild(std::move(module));
    }
    return course;
}

} // namespace

class TestStateBudget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sharedFixture()
    {
        const QJsonObject f = fixture();
        QVERIFY(!f.isEmpty());
        const StateBudget::Shape shape =
            StateBudget::shapeFromJson(f.value(QStringLiteral("shape")).toObject());
        QCOMPARE(StateBudget::worstCaseBits(shape), qint64(f.value(QStringLiteral("worstCaseBits")).toInt()));
        QCOMPARE(StateBudget::worstCase(shape), qint64(f.value(QStringLiteral("worstCaseLength")).toInt()));
        // The shape survives its JSON form, which the exporter ships to the player.
        const auto again = StateBudget::shapeFromJson(StateBudget::shapeToJson(shape));
        QCOMPARE(again.hash, shape.hash);
        QCOMPARE(StateBudget::worstCaseBits(again), StateBudget::worstCaseBits(shape));
    }

    void structureHash()
    {
        const QJsonObject check = fixture().value(QStringLiteral("hashCheck")).toObject();
        QStringList ids;
        for (const QJsonValue &v : check.value(QStringLiteral("ids")).toArray())
            ids << v.toString();
        QCOMPARE(StateBudget::structureHash(ids), quint32(check.value(QStringLiteral("hash")).toDouble()));
        QCOMPARE(StateBudget::structureHash({}), 0x811c9dc5u);
    }

    void hashFollowsStructureNotText()
    {
        auto root = CourseDocument::createCourseTree();
        const quint32 before = StateBudget::shape(*root).hash;
        root->setProperty(QStringLiteral("title"), QStringLiteral("Renamed"));
        QCOMPARE(StateBudget::shape(*root).hash, before);
        root->child(0)->appendChild(std::make_unique<Node>(NodeKind::Page));
        QVERIFY(StateBudget::shape(*root).hash != before);
    }

    void sampleCourse()
    {
        QString error;
        auto data = Starters::load(QStringLiteral("sample"), &error);
        QVERIFY2(data, qPrintable(error));
        CourseDocument document(std::move(data->root), data->assets);
        const qint64 size = StateBudget::worstCase(document);
        qInfo("sample course: worst-case learner state %lld characters", size);
        QVERIFY(size > 3);
        QVERIFY(StateBudget::fits(document, StateBudget::Scorm12Limit));
    }

    void benchmarkCourse()
    {
        CourseDocument document(bigCourse());
        const StateBudget::Shape shape = StateBudget::shape(*document.root());
        QCOMPARE(shape.modules.size(), 100);
        QCOMPARE(shape.modules.first().size(), 21);
        const qint64 size = StateBudget::worstCase(document);
        qInfo("100x20x5 course with 100 ten-question quizzes: worst-case learner state %lld characters",
              size);
        QVERIFY(StateBudget::fits(document, StateBudget::Scorm2004Limit));
    }

    void shortAnswersOverflowScorm12()
    {
        // 256 bytes of text a short answer: sixteen of them cannot fit in 4,096 characters.
        auto root = CourseDocument::createCourseTree();
        auto quiz = std::make_unique<Node>(NodeKind::Quiz);
        for (int i = 0; i < 16; ++i)
            quiz->appendChild(std::make_unique<Node>(NodeKind::ShortAnswer));
        root->child(0)->appendChild(std::move(quiz));
        CourseDocument document(std::move(root));
        QVERIFY(!StateBudget::fits(document, StateBudget::Scorm12Limit));
        QVERIFY(StateBudget::fits(document, StateBudget::Scorm2004Limit));
    }
};

QTEST_GUILESS_MAIN(TestStateBudget)
#include "tst_statebudget.moc"
