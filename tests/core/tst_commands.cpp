// Every edit is an undo command: undo restores byte-identical canonical JSON, redo likewise.
#include "commands/nodeedits.h"
#include "model/coursedocument.h"
#include "model/coursejson.h"
#include "model/expression.h"
#include "model/node.h"
#include "model/referencescope.h"
#include "model/schema.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace cw;

namespace {
QByteArray snapshot(const CourseDocument &doc)
{
    return CourseJson::write(*doc.root(), doc.assets());
}

std::unique_ptr<CourseDocument> sampleDocument()
{
    auto root = CourseDocument::createCourseTree();
    Node *module = root->child(0);
    module->appendChild(CourseDocument::createNode(NodeKind::Quiz));
    module->appendChild(CourseDocument::createNode(NodeKind::Scenario));
    module->appendChild(CourseDocument::createNode(NodeKind::Page));
    module->child(0)->appendChild(CourseDocument::createNode(NodeKind::Text));
    module->child(0)->appendChild(CourseDocument::createNode(NodeKind::Accordion));
    module->child(1)->appendChild(CourseDocument::createNode(NodeKind::SingleChoice));
    return std::make_unique<CourseDocument>(std::move(root));
}

QList<const Node *> allNodes(const CourseDocument &doc)
{
    QList<const Node *> nodes;
    doc.root()->walk([&](const Node *n) { nodes << n; });
    return nodes;
}
} // namespace

class TestCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setPropertyUndoRedo();
    void typingMergesUntilCommitted();
    void typingBackToTheStartLeavesNothingToUndo();
    void richTextIsCleanedWhenCommitted();
    void insertUndoRedo();
    void removeUndoRedo();
    void moveUndoRedo_data();
    void moveUndoRedo();
    void assetUndoRedo();
    void reAddingKnownMediaUndoesToTheOldEntry();
    void macroIsOneStep();
    void refusedEditsPushNothing_data();
    void refusedEditsPushNothing();
    void changeEventsComeInPairs();
    void randomSequencesUndoToTheOriginal_data();
    void randomSequencesUndoToTheOriginal();
    void duplicateMoveByAndNeighbour();
    void referenceScopeIsTheEnclosingScenario();
    void renamedVariableUsesFollow();
    void newVariableGetsAFreeName();
};

void TestCommands::setPropertyUndoRedo()
{
    auto doc = sampleDocument();
    const QByteArray before = snapshot(*doc);
    const QUuid page = doc->root()->child(0)->child(0)->id();
    QString error;
    QVERIFY2(doc->setProperty(page, QStringLiteral("title"), QStringLiteral("Intro"), true, &error),
             qPrintable(error));
    const QByteArray after = snapshot(*doc);
    QVERIFY(after != before);
    QVERIFY(doc->isModified());
    doc->undoStack()->undo();
    QCOMPARE(snapshot(*doc), before);
    doc->undoStack()->redo();
    QCOMPARE(snapshot(*doc), after);
    QCOMPARE(doc->node(page)->string(QStringLiteral("title")), QStringLiteral("Intro"));
}

void TestCommands::typingMergesUntilCommitted()
{
    auto doc = sampleDocument();
    const QUuid page = doc->root()->child(0)->child(0)->id();
    const QString word = QStringLiteral("Hello");
    for (int i = 1; i <= word.size(); ++i)
        QVERIFY(doc->setProperty(page, QStringLiteral("title"), word.left(i)));
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->commitEdits();
    QVERIFY(doc->setProperty(page, QStringLiteral("title"), QStringLiteral("Hello!")));
    QCOMPARE(doc->undoStack()->count(), 2);
    // A different property never merges.
    QVERIFY(doc->setProperty(doc->root()->id(), QStringLiteral("title"), QStringLiteral("C")));
    QCOMPARE(doc->undoStack()->count(), 3);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QCOMPARE(doc->node(page)->string(QStringLiteral("title")), word);
    doc->undoStack()->undo();
    QCOMPARE(doc->node(page)->string(QStringLiteral("title")), QStringLiteral("Untitled page"));
}

void TestCommands::typingBackToTheStartLeavesNothingToUndo()
{
    auto doc = sampleDocument();
    const QUuid page = doc->root()->child(0)->child(0)->id();
    QVERIFY(doc->setProperty(page, QStringLiteral("title"), QStringLiteral("Untitled pag")));
    QVERIFY(doc->setProperty(page, QStringLiteral("title"), QStringLiteral("Untitled page")));
    QCOMPARE(doc->undoStack()->count(), 0);
    QVERIFY(!doc->isModified());
}

void TestCommands::richTextIsCleanedWhenCommitted()
{
    auto doc = sampleDocument();
    const QUuid text = doc->root()->child(0)->child(0)->child(0)->id();
    const QString key = QStringLiteral("html");
    // While typing, a half-written tag stays as typed...
    QVERIFY(doc->setProperty(text, key, QStringLiteral("<p>Hi <stro")));
    QCOMPARE(doc->node(text)->string(key), QStringLiteral("<p>Hi <stro"));
    QVERIFY(
        doc->setProperty(text, key, QStringLiteral("<p>Hi <strong>there</strong><script>x()</script></p>")));
    // ...and committing (leaving the field) keeps only the safe subset, in the same undo step.
    doc->commitEdits();
    QCOMPARE(doc->node(text)->string(key), QStringLiteral("<p>Hi <strong>there</strong></p>"));
    QCOMPARE(doc->undoStack()->count(), 1);
    QVERIFY(doc->setProperty(text, key, QStringLiteral("<img src=x onerror=alert(1)>ok"), true));
    QCOMPARE(doc->node(text)->string(key), QStringLiteral("ok"));
    QCOMPARE(doc->undoStack()->count(), 2);
    doc->undoStack()->undo();
    doc->undoStack()->undo();
    QVERIFY(doc->node(text)->string(key).isEmpty());
}

void TestCommands::insertUndoRedo()
{
    auto doc = sampleDocument();
    const QByteArray before = snapshot(*doc);
    const QUuid module = doc->root()->child(0)->id();
    auto quiz = CourseDocument::createNode(NodeKind::Quiz);
    const QUuid quizId = quiz->id();
    const QUuid choiceId = quiz->id();
    QVERIFY(doc->insertNode(module, 1, std::move(quiz)));
    QCOMPARE(doc->root()->child(0)->child(1)->id(), quizId);
    QVERIFY(doc->node(choiceId));
    const QByteArray after = snapshot(*doc);
    doc->undoStack()->undo();
    QCOMPARE(snapshot(*doc), before);
    QVERIFY(!doc->node(quizId));
    doc->undoStack()->redo();
    QCOMPARE(snapshot(*doc), after);
    QVERIFY(doc->node(quizId));
}

void TestCommands::removeUndoRedo()
{
    auto doc = sampleDocument();
    const QByteArray before = snapshot(*doc);
    const Node *quiz = doc->root()->child(0)->child(1);
    const QUuid quizId = quiz->id();
    const QUuid questionId = quiz->child(0)->id();
    QVERIFY(doc->removeNode(quizId));
    QVERIFY(!doc->node(quizId));
    QVERIFY(!doc->node(questionId));
    const QByteArray after = snapshot(*doc);
    doc->undoStack()->undo();
    QCOMPARE(snapshot(*doc), before);
    QVERIFY(doc->node(questionId));
    doc->undoStack()->redo();
    QCOMPARE(snapshot(*doc), after);
}

void TestCommands::moveUndoRedo_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("first to last") << 0 << 3;
    QTest::newRow("last to first") << 3 << 0;
    QTest::newRow("down one") << 1 << 2;
    QTest::newRow("up one") << 2 << 1;
}

void TestCommands::moveUndoRedo()
{
    QFETCH(int, from);
    QFETCH(int, to);
    auto doc = sampleDocument();
    const Node *module = doc->root()->child(0);
    const QUuid moved = module->child(from)->id();
    const QByteArray before = snapshot(*doc);
    QVERIFY(doc->moveNode(moved, module->id(), to));
    QCOMPARE(module->child(to)->id(), moved);
    const QByteArray after = snapshot(*doc);
    doc->undoStack()->undo();
    QCOMPARE(snapshot(*doc), before);
    doc->undoStack()->redo();
    QCOMPARE(snapshot(*doc), after);
}

void TestCommands::assetUndoRedo()
{
    auto doc = sampleDocument();
    const QByteArray before = snapshot(*doc);
    AssetInfo a;
    a.hash = QString(64, QLatin1Char('c'));
    a.name = QStringLiteral("c.png");
    QVERIFY(doc->addAsset(a));
    QVERIFY(doc->asset(a.hash));
    const QByteArray added = snapshot(*doc);
    doc->undoStack()->undo();
    QCOMPARE(snapshot(*doc), before);
    doc->undoStack()->redo();
    QCOMPARE(snapshot(*doc), added);
    QVERIFY(doc->removeAsset(a.hash));
    QVERIFY(!doc->asset(a.hash));
    doc->undoStack()->undo();
    QCOMPARE(snapshot(*doc), added);
}

void TestCommands::reAddingKnownMediaUndoesToTheOldEntry()
{
    // The same bytes imported again under another name replace the entry; undo must bring the
    // old entry back, not drop the file from the course.
    auto doc = sampleDocument();
    AssetInfo a;
    a.hash = QString(64, QLatin1Char('d'));
    a.name = QStringLiteral("first.png");
    QVERIFY(doc->addAsset(a));
    const QByteArray withFirst = snapshot(*doc);
    AssetInfo renamed = a;
    renamed.name = QStringLiteral("second.png");
    QVERIFY(doc->addAsset(renamed));
    QCOMPARE(doc->asset(a.hash)->name, QStringLiteral("second.png"));
    QCOMPARE(doc->undoStack()->count(), 2);
    doc->undoStack()->undo();
    QCOMPARE(snapshot(*doc), withFirst);
    QVERIFY(doc->addAsset(a)); // identical entry: nothing to do
    QCOMPARE(doc->undoStack()->index(), 1);
    QVERIFY(doc->undoStack()->canRedo());
}

void TestCommands::macroIsOneStep()
{
    auto doc = sampleDocument();
    const QByteArray before = snapshot(*doc);
    const QUuid module = doc->root()->child(0)->id();
    {
        CourseDocument::Macro macro(*doc, QStringLiteral("Add two pages"));
        doc->insertNode(module, 0, CourseDocument::createNode(NodeKind::Page));
        doc->insertNode(module, 0, CourseDocument::createNode(NodeKind::Page));
        doc->setProperty(module, QStringLiteral("title"), QStringLiteral("M"));
    }
    QCOMPARE(doc->undoStack()->count(), 1);
    QCOMPARE(doc->root()->child(0)->childCount(), 6);
    doc->undoStack()->undo();
    QCOMPARE(snapshot(*doc), before);
}

void TestCommands::refusedEditsPushNothing_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("unknown property") << "unknown property";
    QTest::newRow("invalid value") << "invalid value";
    QTest::newRow("page into course") << "page into course";
    QTest::newRow("index out of range") << "index out of range";
    QTest::newRow("remove root") << "remove root";
    QTest::newRow("move into itself") << "move into itself";
    QTest::newRow("move to wrong parent") << "move to wrong parent";
    QTest::newRow("duplicate id") << "duplicate id";
    QTest::newRow("missing node") << "missing node";
}

void TestCommands::refusedEditsPushNothing()
{
    QFETCH(QString, what);
    auto doc = sampleDocument();
    const QByteArray before = snapshot(*doc);
    const Node *root = doc->root();
    const Node *module = root->child(0);
    QString error;
    bool ok = true;
    if (what == QLatin1String("unknown property"))
        ok = doc->setProperty(module->id(), QStringLiteral("nope"), 1, false, &error);
    else if (what == QLatin1String("invalid value"))
        ok = doc->setProperty(module->id(), QStringLiteral("title"), 3, false, &error);
    else if (what == QLatin1String("page into course"))
        ok = doc->insertNode(root->id(), 0, CourseDocument::createNode(NodeKind::Page), &error);
    else if (what == QLatin1String("index out of range"))
        ok = doc->insertNode(module->id(), 99, CourseDocument::createNode(NodeKind::Page), &error);
    else if (what == QLatin1String("remove root"))
        ok = doc->removeNode(root->id(), &error);
    else if (what == QLatin1String("move into itself"))
        ok = doc->moveNode(module->id(), module->child(0)->id(), 0, &error);
    else if (what == QLatin1String("move to wrong parent"))
        ok = doc->moveNode(module->child(0)->id(), root->id(), 0, &error);
    else if (what == QLatin1String("duplicate id"))
        ok = doc->insertNode(module->id(), 0, module->child(0)->clone(false), &error);
    else if (what == QLatin1String("missing node"))
        ok = doc->setProperty(QUuid::createUuid(), QStringLiteral("title"), QStringLiteral("x"), false,
                              &error);
    QVERIFY(!ok);
    QVERIFY(!error.isEmpty());
    QCOMPARE(doc->undoStack()->count(), 0);
    QCOMPARE(snapshot(*doc), before);
}

void TestCommands::changeEventsComeInPairs()
{
    auto doc = sampleDocument();
    QList<ChangeEvent> events;
    connect(doc.get(), &CourseDocument::changed, this, [&](const ChangeEvent &e) { events << e; });
    const QUuid module = doc->root()->child(0)->id();
    const Node *page = doc->insertNode(module, 0, CourseDocument::createNode(NodeKind::Page));
    QVERIFY(page);
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].type, ChangeEvent::NodeAboutToBeInserted);
    QCOMPARE(events[1].type, ChangeEvent::NodeInserted);
    QCOMPARE(events[1].parent, module);
    QCOMPARE(events[1].index, 0);
    events.clear();
    const QUuid pageId = page->id();
    QVERIFY(doc->moveNode(pageId, module, 2));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].type, ChangeEvent::NodeAboutToBeMoved);
    QCOMPARE(events[0].index, 0);
    QCOMPARE(events[0].newIndex, 2);
    events.clear();
    QVERIFY(doc->removeNode(pageId));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].type, ChangeEvent::NodeAboutToBeRemoved);
    QCOMPARE(events[0].index, 2);
    events.clear();
    QVERIFY(doc->setProperty(module, QStringLiteral("title"), QStringLiteral("M")));
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].keys, QStringList{QStringLiteral("title")});
}

void TestCommands::randomSequencesUndoToTheOriginal_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 2u, 3u, 42u, 1234u})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestCommands::randomSequencesUndoToTheOriginal()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    auto doc = sampleDocument();
    const QByteArray original = snapshot(*doc);
    int pushed = 0;
    for (int step = 0; step < 300; ++step) {
        const QList<const Node *> nodes = allNodes(*doc);
        const Node *n = nodes.at(rng.bounded(int(nodes.size())));
        switch (rng.bounded(6)) {
        case 0: { // set a string property, sometimes typing (merging) rather than committing
            const KindSpec &spec = Schema::instance().kind(n->kind());
            for (const PropertySpec &p : spec.properties) {
                if (p.type == PropertyType::String) {
                    pushed +=
                        doc->setProperty(n->id(), p.key, QStringLiteral("v%1").arg(step), rng.bounded(2) == 0)
                            ? 1
                            : 0;
                    break;
                }
            }
            break;
        }
        case 1: { // insert a child of an accepted kind
            const auto &kinds = Schema::instance().kind(n->kind()).childKinds;
            if (!kinds.isEmpty())
                pushed +=
                    doc->insertNode(n->id(), rng.bounded(n->childCount() + 1),
                                    CourseDocument::createNode(kinds.at(rng.bounded(int(kinds.size())))))
                        ? 1
                        : 0;
            break;
        }
        case 2:
            if (n->parent() && n->parent()->childCount() > 1)
                pushed += doc->removeNode(n->id()) ? 1 : 0;
            break;
        case 3:
            if (n->parent() && n->parent()->childCount() > 1)
                pushed +=
                    doc->moveNode(n->id(), n->parent()->id(), rng.bounded(n->parent()->childCount())) ? 1 : 0;
            break;
        case 4: { // move to another parent that accepts it
            const Node *target = nodes.at(rng.bounded(int(nodes.size())));
            if (n->parent() && target != n->parent() && doc->checkMove(n->id(), target->id(), 0).isEmpty())
                pushed += doc->moveNode(n->id(), target->id(), rng.bounded(target->childCount() + 1)) ? 1 : 0;
            break;
        }
        case 5: { // add, rename or remove media
            AssetInfo a;
            a.hash = QString(64, QLatin1Char("0123456789"[rng.bounded(10)]));
            a.name = QStringLiteral("m%1.png").arg(step);
            pushed +=
                (doc->asset(a.hash) && rng.bounded(2) ? doc->removeAsset(a.hash) : doc->addAsset(a)) ? 1 : 0;
            break;
        }
        }
    }
    QVERIFY(pushed > 100);
    const QByteArray edited = snapshot(*doc);
    while (doc->undoStack()->canUndo())
        doc->undoStack()->undo();
    QCOMPARE(snapshot(*doc), original);
    while (doc->undoStack()->canRedo())
        doc->undoStack()->redo();
    QCOMPARE(snapshot(*doc), edited);
}

void TestCommands::duplicateMoveByAndNeighbour()
{
    CourseDocument doc(CourseDocument::createCourseTree());
    const Node *page = doc.root()->child(0)->child(0);
    const QUuid a = doc.insertNode(page->id(), 0, CourseDocument::createNode(NodeKind::Heading))->id();
    const QUuid b = doc.insertNode(page->id(), 1, CourseDocument::createNode(NodeKind::Quote))->id();
    doc.undoStack()->clear();
    // A copy lands right after its original, as one undo step.
    const QUuid copy = NodeEdits::duplicate(doc, a);
    QVERIFY(!copy.isNull() && copy != a);
    QCOMPARE(page->child(1)->id(), copy);
    QCOMPARE(doc.undoStack()->count(), 1);
    // Moving past either end does nothing and pushes nothing.
    QVERIFY(!NodeEdits::moveBy(doc, a, -1));
    QVERIFY(!NodeEdits::moveBy(doc, b, 1));
    QCOMPARE(doc.undoStack()->count(), 1);
    QVERIFY(NodeEdits::moveBy(doc, b, -2));
    QCOMPARE(page->child(0)->id(), b);
    // After a removal the designer lands on the next sibling, else the previous, else the parent.
    QCOMPARE(NodeEdits::neighbourAfterRemoval(doc, b), a);
    QCOMPARE(NodeEdits::neighbourAfterRemoval(doc, copy), a);
    const Node *other = doc.insertNode(page->parent()->id(), 1, CourseDocument::createNode(NodeKind::Page));
    const QUuid only = doc.insertNode(other->id(), 0, CourseDocument::createNode(NodeKind::Text))->id();
    QCOMPARE(NodeEdits::neighbourAfterRemoval(doc, only), other->id());
    QVERIFY(NodeEdits::neighbourAfterRemoval(doc, doc.root()->id()).isNull());
    QVERIFY(NodeEdits::duplicate(doc, doc.root()->id()).isNull()); // the course has no place to copy to
}

void TestCommands::referenceScopeIsTheEnclosingScenario()
{
    CourseDocument doc(CourseDocument::createCourseTree());
    const Node *module = doc.root()->child(0);
    const Node *first = doc.insertNode(module->id(), 1, CourseDocument::createNode(NodeKind::Scenario));
    const Node *second = doc.insertNode(module->id(), 2, CourseDocument::createNode(NodeKind::Scenario));
    const PropertySpec *target =
        Schema::instance().property(NodeKind::ScenarioChoice, QStringLiteral("target"));
    QVERIFY(target);
    QList<const Node *> steps;
    const Node *choice = nullptr;
    for (const auto &child : first->children()) {
        if (child->kind() != NodeKind::ScenarioNode)
            continue;
        steps << child.get();
        if (!choice && child->childCount() > 0)
            choice = child->child(0);
    }
    QVERIFY(choice && steps.size() >= 2);
    // Only the steps of the choice's own scenario, in order.
    QCOMPARE(ReferenceScope::candidates(*target, *choice), steps);
    QCOMPARE(ReferenceScope::scopeOf(*target, *choice), first);
    QVERIFY(ReferenceScope::allows(*target, *choice, *steps.first()));
    const Node *foreign = nullptr;
    for (const auto &child : second->children()) {
        if (child->kind() == NodeKind::ScenarioNode)
            foreign = child.get();
    }
    QVERIFY(foreign);
    QVERIFY(!ReferenceScope::allows(*target, *choice, *foreign));
    QVERIFY(!ReferenceScope::allows(*target, *choice, *choice)); // not a step
    // Outside any scenario there is nothing to point at.
    QVERIFY(ReferenceScope::candidates(*target, *module).isEmpty());
}

void TestCommands::renamedVariableUsesFollow()
{
    // Only whole names, keywords and other names untouched, spacing kept.
    QCOMPARE(Expression::renameVariable(QStringLiteral("trust>=2 and not trusted or (trust_x == trust)"),
                                        QStringLiteral("trust"), QStringLiteral("t")),
             QStringLiteral("t>=2 and not trusted or (trust_x == t)"));
    QCOMPARE(Expression::renameVariable(QStringLiteral("a += 1;  b = a"), QStringLiteral("a"),
                                        QStringLiteral("alpha")),
             QStringLiteral("alpha += 1;  b = alpha"));
    QCOMPARE(Expression::renameVariable(QStringLiteral("a ? 1"), QStringLiteral("a"), QStringLiteral("b")),
             QStringLiteral("a ? 1")); // does not tokenize: unchanged

    CourseDocument doc(CourseDocument::createCourseTree());
    const Node *scenario =
        doc.insertNode(doc.root()->child(0)->id(), 1, CourseDocument::createNode(NodeKind::Scenario));
    auto variable = CourseDocument::createNode(NodeKind::Variable);
    variable->setProperty(QStringLiteral("name"), QStringLiteral("mood"));
    const Node *mood = doc.insertNode(scenario->id(), 0, std::move(variable));
    const Node *choice = nullptr;
    scenario->walk([&choice](const Node *n) {
        if (!choice && n->kind() == NodeKind::ScenarioChoice)
            choice = n;
    });
    QVERIFY(choice);
    QVERIFY(doc.setProperty(choice->id(), QStringLiteral("condition"), QStringLiteral("mood > 1"), true));
    QVERIFY(doc.setProperty(choice->id(), QStringLiteral("effects"), QStringLiteral("mood -= 1"), true));
    QVERIFY(doc.setProperty(mood->id(), QStringLiteral("name"), QStringLiteral("spirit"), true));
    doc.undoStack()->clear();
    // An invalid new name, or the old name still taken, changes nothing.
    QCOMPARE(NodeEdits::renameVariableUses(doc, scenario->id(), QStringLiteral("mood"), QStringLiteral("2x")),
             0);
    QCOMPARE(
        NodeEdits::renameVariableUses(doc, scenario->id(), QStringLiteral("spirit"), QStringLiteral("x")), 0);
    QCOMPARE(doc.undoStack()->count(), 0);
    QCOMPARE(
        NodeEdits::renameVariableUses(doc, scenario->id(), QStringLiteral("mood"), QStringLiteral("spirit")),
        2);
    QCOMPARE(choice->string(QStringLiteral("condition")), QStringLiteral("spirit > 1"));
    QCOMPARE(choice->string(QStringLiteral("effects")), QStringLiteral("spirit -= 1"));
    QCOMPARE(doc.undoStack()->count(), 1); // one step for all the uses
}

void TestCommands::newVariableGetsAFreeName()
{
    CourseDocument doc(CourseDocument::createCourseTree());
    const Node *module = doc.root()->child(0);
    const Node *scenario =
        doc.insertNode(module->id(), module->childCount(), CourseDocument::createNode(NodeKind::Scenario));
    QVERIFY(scenario);
    QStringList names;
    for (int i = 0; i < 3; ++i) {
        std::unique_ptr<Node> variable = NodeEdits::createChild(*scenario, NodeKind::Variable);
        names << variable->string(QStringLiteral("name"));
        QVERIFY(doc.insertNode(scenario->id(), scenario->childCount(), std::move(variable)));
    }
    const QString base = CourseDocument::createNode(NodeKind::Variable)->string(QStringLiteral("name"));
    QCOMPARE(names, (QStringList{base, base + QStringLiteral("2"), base + QStringLiteral("3")}));
    // Other kinds come as createNode makes them.
    QCOMPARE(NodeEdits::createChild(*scenario, NodeKind::ScenarioNode)->kind(), NodeKind::ScenarioNode);
}

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
