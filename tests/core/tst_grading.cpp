// What counts towards a score (cw::Grading), checked against tests/data/grading.json, the fixture
// the player's quiz engine is tested against too: C++ validation and the player cannot disagree.

#include "model/grading.h"
#include "model/node.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace cw;

namespace {

QJsonObject fixture()
{
    QFile f(QStringLiteral(CW_TEST_DATA_DIR "/grading.json"));
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

std::unique_ptr<Node> question(const QJsonObject &spec)
{
    const std::optional<NodeKind> kind = kindFromName(spec.value(QStringLiteral("kind")).toString());
    if (!kind)
        return nullptr;
    auto node = std::make_unique<Node>(*kind);
    node->setProperty(QStringLiteral("points"), spec.value(QStringLiteral("points")).toInt());
    return node;
}

} // namespace

class TestGrading : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void questions_data()
    {
        QTest::addColumn<QJsonObject>("spec");
        const QJsonArray specs = fixture().value(QStringLiteral("questions")).toArray();
        QVERIFY(specs.size() >= 13);
        for (const QJsonValue &v : specs) {
            const QJsonObject o = v.toObject();
            QTest::addRow("%s, %d points", qPrintable(o.value(QStringLiteral("kind")).toString()),
                          o.value(QStringLiteral("points")).toInt())
                << o;
        }
    }

    void questions()
    {
        QFETCH(QJsonObject, spec);
        const auto node = question(spec);
        QVERIFY(node);
        QCOMPARE(Grading::isGradedQuestion(*node), spec.value(QStringLiteral("graded")).toBool());
        QCOMPARE(Grading::hasIgnoredPoints(*node), spec.value(QStringLiteral("ignoredPoints")).toBool());
    }

    void quizzes_data()
    {
        QTest::addColumn<QJsonObject>("spec");
        const QJsonArray specs = fixture().value(QStringLiteral("quizzes")).toArray();
        QVERIFY(specs.size() >= 5);
        for (const QJsonValue &v : specs)
            QTest::newRow(qPrintable(v.toObject().value(QStringLiteral("name")).toString())) << v.toObject();
    }

    void quizzes()
    {
        QFETCH(QJsonObject, spec);
        Node quiz(NodeKind::Quiz);
        for (const QJsonValue &q : spec.value(QStringLiteral("questions")).toArray()) {
            auto node = question(q.toObject());
            QVERIFY(node);
            quiz.appendChild(std::move(node));
        }
        QCOMPARE(Grading::isSurvey(quiz), spec.value(QStringLiteral("survey")).toBool());
    }
};

QTEST_GUILESS_MAIN(TestGrading)
#include "tst_grading.moc"
