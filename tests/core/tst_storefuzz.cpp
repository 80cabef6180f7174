// Randomised edits, undo/redo and saves against the project file's incremental dirty tracking:
// after every save the file, reopened, holds exactly the live document.
#include "model/coursedocument.h"
#include "model/coursejson.h"
#include "model/schema.h"
#include "store/project.h"
#include "store/projectfile.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <vector>

using namespace cw;

namespace {

QByteArray canonical(const CourseDocument &document)
{
    return CourseJson::write(*document.root(), document.assets());
}

std::vector<const Node *> allNodes(const CourseDocument &document)
{
    std::vector<const Node *> nodes;
    document.root()->walk([&nodes](const Node *n) { nodes.push_back(n); });
    return nodes;
}

const NodeKind kInsertable[] = {NodeKind::Module,    NodeKind::Page,         NodeKind::Text,
                                NodeKind::Accordion, NodeKind::Tabs,         NodeKind::Quiz,
                                NodeKind::Scenario,  NodeKind::SingleChoice, NodeKind::Matching};

} // namespace

class TestStoreFuzz : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void randomEditsAndSaves_data();
    void randomEditsAndSaves();

private:
    QTemporaryDir m_dir;
    QStringList m_media; // files with real bytes to import
};

void TestStoreFuzz::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (int i = 0; i < 4; ++i) {
        QByteArray bytes(1000 + i * 70000, Qt::Uninitialized);
        quint32 x = 0x9e3779b9u * quint32(i + 1);
        for (char &c : bytes) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = char(x);
        }
        const QString file = m_dir.filePath(QStringLiteral("media-%1.bin").arg(i));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(bytes), bytes.size());
        m_media << file;
    }
}

void TestStoreFuzz::randomEditsAndSaves_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 5u, 8u, 13u, 21u, 34u})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestStoreFuzz::randomEditsAndSaves()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    const auto pick = [&rng](int n) { return n > 0 ? int(rng.bounded(n)) : 0; };
    const QString file = m_dir.filePath(QStringLiteral("fuzz-%1.cwcourse").arg(seed));
    QString error;
    // A start with several modules, pages and blocks, so moves between parents have somewhere to go.
    CourseData start;
    start.root = CourseDocument::createCourseTree();
    for (int m = 0; m < 3; ++m) {
        auto module = CourseDocument::createNode(NodeKind::Module);
        for (int p = 0; p < 3; ++p) {
            auto page = CourseDocument::createNode(NodeKind::Page);
            for (int b = 0; b < 3; ++b)
                page->appendChild(CourseDocument::createNode(NodeKind::Text));
            module->appendChild(std::move(page));
        }
        module->appendChild(CourseDocument::createNode(NodeKind::Quiz));
        start.root->appendChild(std::move(module));
    }
    auto project = Project::createNew(std::move(start), &error);
    QVERIFY2(project, qPrintable(error));
    QVERIFY2(project->file().saveAs(file, &error), qPrintable(error));
    CourseDocument &doc = project->document();

    int saves = 0;
    int edits = 0;
    int crossMoves = 0;
    const auto checkSaved = [&] {
        auto reopened = Project::open(file, &error);
        QVERIFY2(reopened, qPrintable(error));
        const QByteArray live = canonical(doc);
        const QByteArray stored = canonical(reopened->document());
        if (live != stored) {
            qWarning("seed %u, after %d edits and %d saves:\nlive:   %s\nstored: %s", seed, edits, saves,
                     live.constData(), stored.constData());
        }
        QVERIFY(live == stored);
        for (const AssetInfo &asset : doc.assets())
            QVERIFY2(reopened->file().hasAssetData(asset.hash), qPrintable(asset.name));
    };

    for (int step = 0; step < 300; ++step) {
        const std::vector<const Node *> nodes = allNodes(doc);
        const Node *node = nodes[size_t(pick(int(nodes.size())))];
        switch (pick(12)) {
        case 0:
        case 1: { // typing (merged) or a committed edit of a string property
            QStringList keys;
            for (auto it = node->properties().constBegin(); it != node->properties().constEnd(); ++it) {
                const PropertySpec *spec = Schema::instance().property(node->kind(), it.key());
                if (spec && spec->type == PropertyType::String)
                    keys << it.key();
            }
            if (!keys.isEmpty())
                edits += doc.setProperty(node->id(), keys[pick(int(keys.size()))],
                                         QStringLiteral("fuzz %1").arg(step), rng.bounded(2) == 0);
            break;
        }
        case 2:
        case 3: { // insert
            auto child = CourseDocument::createNode(kInsertable[pick(int(std::size(kInsertable)))]);
            const int index = pick(node->childCount() + 1);
            if (doc.checkInsert(node->id(), index, *child).isEmpty())
                edits += doc.insertNode(node->id(), index, std::move(child)) != nullptr;
            break;
        }
        case 4: // remove
            if (node != doc.root())
                edits += doc.removeNode(node->id());
            break;
        case 5: // move within its parent
            if (node->parent()) {
                const int index = pick(node->parent()->childCount());
                if (doc.checkMove(node->id(), node->parent()->id(), index).isEmpty())
                    edits += doc.moveNode(node->id(), node->parent()->id(), index);
            }
            break;
        case 6: { // move to another parent that accepts it
            if (!node->parent())
                break;
            std::vector<const Node *> targets;
            for (const Node *candidate : nodes) {
                if (candidate != node->parent() && doc.checkMove(node->id(), candidate->id(), 0).isEmpty())
                    targets.push_back(candidate);
            }
            if (targets.empty())
                break;
            const Node *target = targets[size_t(pick(int(targets.size())))];
            crossMoves += doc.moveNode(node->id(), target->id(), pick(target->childCount() + 1));
            break;
        }
        case 7: { // import real bytes and catalogue them
            const auto info = project->file().importAsset(m_media[pick(int(m_media.size()))], &error);
            QVERIFY2(info, qPrintable(error));
            edits += doc.addAsset(*info);
            break;
        }
        case 8:
            if (!doc.assets().isEmpty())
                edits += doc.removeAsset(doc.assets().keys().at(pick(int(doc.assets().size()))));
            break;
        case 9:
            doc.undoStack()->undo();
            break;
        case 10:
            doc.undoStack()->redo();
            break;
        case 11:
            QVERIFY2(project->file().save(&error), qPrintable(error));
            ++saves;
            checkSaved();
            if (QTest::currentTestFailed())
                return;
            break;
        }
    }
    QVERIFY2(project->file().save(&error), qPrintable(error));
    checkSaved();
    edits += crossMoves;
    qInfo("seed %u: %d edits (%d moves to another parent), %d saves", seed, edits, crossMoves, saves + 1);
    QVERIFY(crossMoves > 0);
}

QTEST_GUILESS_MAIN(TestStoreFuzz)
#include "tst_storefuzz.moc"
