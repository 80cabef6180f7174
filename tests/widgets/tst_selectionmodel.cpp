// SelectionModel: the selected node ids every view shares, and what happens to them when nodes go.
#include "model/coursedocument.h"
#include "model/node.h"
#include "selection/selectionmodel.h"

#include <QSignalSpy>
#include <QUndoStack>
#include <QtTest>

using namespace cw;

class TestSelectionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void selectAndSignals();
    void severalWithOneCurrent();
    void removedCurrentSelectsTheParent();
    void removedSubtreeKeepsTheRest();
    void newDocumentClears();
};

namespace {
std::unique_ptr<CourseDocument> course()
{
    return std::make_unique<CourseDocument>(CourseDocument::createCourseTree());
}
} // namespace

void TestSelectionModel::selectAndSignals()
{
    SelectionModel selection;
    QSignalSpy current(&selection, &SelectionModel::currentChanged);
    QSignalSpy changed(&selection, &SelectionModel::selectionChanged);
    const QUuid a = QUuid::createUuid();
    selection.select(a);
    QCOMPARE(selection.current(), a);
    QCOMPARE(selection.selected(), QList<QUuid>{a});
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.first().at(0).toUuid(), a);
    QCOMPARE(current.first().at(1).toUuid(), QUuid());
    QCOMPARE(changed.size(), 1);
    selection.select(a); // nothing new: no signal
    QCOMPARE(current.size(), 1);
    QCOMPARE(changed.size(), 1);
    selection.clear();
    QVERIFY(selection.current().isNull());
    QVERIFY(selection.selected().isEmpty());
    QCOMPARE(current.size(), 2);
}

void TestSelectionModel::severalWithOneCurrent()
{
    SelectionModel selection;
    const QUuid a = QUuid::createUuid(), b = QUuid::createUuid(), c = QUuid::createUuid();
    selection.setSelection({a, b, b, QUuid(), c}, b);
    QCOMPARE(selection.selected(), (QList<QUuid>{a, b, c}));
    QCOMPARE(selection.current(), b);
    QVERIFY(selection.isSelected(c));
    selection.setSelection({a, c}, b); // b is not among them: the first becomes current
    QCOMPARE(selection.current(), a);
}

void TestSelectionModel::removedCurrentSelectsTheParent()
{
    auto doc = course();
    SelectionModel selection;
    selection.setDocument(doc.get());
    const Node *module = doc->root()->child(0);
    const Node *page = module->child(0);
    const QUuid pageId = page->id();
    selection.select(pageId);
    QVERIFY(doc->removeNode(pageId));
    QCOMPARE(selection.current(), module->id());
    doc->undoStack()->undo();
    selection.select(pageId);
    // Undoing the insertion of the selected node is a removal too.
    std::unique_ptr<Node> block = CourseDocument::createNode(NodeKind::Text);
    const QUuid blockId = block->id();
    QVERIFY(doc->insertNode(pageId, 0, std::move(block)));
    selection.select(blockId);
    doc->undoStack()->undo();
    QCOMPARE(selection.current(), pageId);
}

void TestSelectionModel::removedSubtreeKeepsTheRest()
{
    auto doc = course();
    SelectionModel selection;
    selection.setDocument(doc.get());
    const Node *module = doc->root()->child(0);
    const QUuid page = module->child(0)->id();
    selection.setSelection({doc->root()->id(), page}, page);
    QSignalSpy changed(&selection, &SelectionModel::selectionChanged);
    QVERIFY(doc->removeNode(module->id())); // takes the page with it
    QCOMPARE(selection.selected(), QList<QUuid>{doc->root()->id()});
    QCOMPARE(selection.current(), doc->root()->id());
    QCOMPARE(changed.size(), 1);
}

void TestSelectionModel::newDocumentClears()
{
    auto doc = course();
    SelectionModel selection;
    selection.setDocument(doc.get());
    selection.select(doc->root()->id());
    auto other = course();
    selection.setDocument(other.get());
    QVERIFY(selection.current().isNull());
    // The old document no longer reaches it.
    selection.select(other->root()->id());
    QVERIFY(doc->removeNode(doc->root()->child(0)->id()));
    QCOMPARE(selection.current(), other->root()->id());
}

QTEST_MAIN(TestSelectionModel)
#include "tst_selectionmodel.moc"
