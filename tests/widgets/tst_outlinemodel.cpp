// OutlineModel: consistent with the course tree through every kind of edit, undo and redo.
#include "model/coursedocument.h"
#include "model/coursejson.h"
#include "model/schema.h"
#include "outlinemodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QUndoStack>
#include <QtTest>

using namespace cw;

class TestOutlineModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void showsTheTree();
    void labelsFallBackToKind();
    void editsKeepModelConsistent_data();
    void editsKeepModelConsistent();
    void renameEmitsDataChanged();
    void dropMovesThroughTheDocument();
    void dropRefusesWrongParent();
    void questionsHaveNoPartRows();

private:
    void compare(const QModelIndex &index, const Node *node);
    void compareAll()
    {
        compare(m_model->index(0, 0), m_doc->root());
        checkPersistent();
    }
    // Views keep selections and expansion through persistent indexes: each must follow its node.
    void trackPersistent();
    void checkPersistent();
    QByteArray snapshot() const { return CourseJson::write(*m_doc->root(), m_doc->assets()); }
    const Node *page() const { return m_doc->root()->child(0)->child(0); }
    const Node *module() const { return m_doc->root()->child(0); }
    const Node *question() const { return m_doc->root()->child(0)->child(1)->child(0); }

    std::unique_ptr<CourseDocument> m_doc;
    std::unique_ptr<OutlineModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QList<QPersistentModelIndex> m_persistent;
};

void TestOutlineModel::trackPersistent()
{
    m_persistent.clear();
    m_doc->root()->walk(
        [this](const Node *n) { m_persistent << QPersistentModelIndex(m_model->indexFor(n)); });
}

void TestOutlineModel::checkPersistent()
{
    for (const QPersistentModelIndex &p : std::as_const(m_persistent)) {
        if (!p.isValid())
            continue; // removed with its node
        const Node *n = m_model->nodeAt(p);
        QVERIFY(n);
        QVERIFY(m_doc->node(n->id()) == n);
        QCOMPARE(p.row(), n->parent() ? n->indexInParent() : 0);
        QCOMPARE(QModelIndex(p).parent(), m_model->indexFor(n->parent()));
    }
}

void TestOutlineModel::init()
{
    m_doc = std::make_unique<CourseDocument>(CourseDocument::createCourseTree());
    // Enough structure for moves across parents: two modules, blocks on the first page.
    m_doc->insertNode(m_doc->root()->id(), 1, CourseDocument::createNode(NodeKind::Module));
    for (NodeKind k : {NodeKind::Heading, NodeKind::Text, NodeKind::Image})
        m_doc->insertNode(page()->id(), page()->childCount(), CourseDocument::createNode(k));
    // A quiz with a question whose choices the outline does not list.
    const Node *quiz = m_doc->insertNode(module()->id(), 1, CourseDocument::createNode(NodeKind::Quiz));
    m_doc->insertNode(quiz->id(), 0, CourseDocument::createNode(NodeKind::SingleChoice));
    m_doc->undoStack()->clear();
    m_model = std::make_unique<OutlineModel>();
    m_model->setDocument(m_doc.get());
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestOutlineModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_doc.reset();
}

void TestOutlineModel::compare(const QModelIndex &index, const Node *node)
{
    QVERIFY(index.isValid());
    QCOMPARE(m_model->nodeAt(index), node);
    QCOMPARE(index.data(OutlineModel::NodeIdRole).toUuid(), node->id());
    // A question's parts are edited in its form, not listed (so the question has no rows).
    const int rows = isQuestionKind(node->kind()) ? 0 : node->childCount();
    QCOMPARE(m_model->rowCount(index), rows);
    for (int i = 0; i < rows; ++i) {
        compare(m_model->index(i, 0, index), node->child(i));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestOutlineModel::showsTheTree()
{
    QCOMPARE(m_model->rowCount(), 1);
    compareAll();
    QCOMPARE(m_model->index(0, 0).data().toString(), QStringLiteral("Untitled course"));
    QVERIFY(!m_model->index(0, 0).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(!(m_model->flags(m_model->index(0, 0)) & Qt::ItemIsDragEnabled));
    QVERIFY(m_model->flags(m_model->indexFor(page())) & Qt::ItemIsDragEnabled);
}

void TestOutlineModel::labelsFallBackToKind()
{
    const Node *divider = m_doc->insertNode(page()->id(), 0, CourseDocument::createNode(NodeKind::Divider));
    QVERIFY(divider);
    QCOMPARE(m_model->indexFor(divider).data().toString(), Schema::kindLabel(NodeKind::Divider));
    const Node *text = page()->child(2); // the Text block, empty html
    QCOMPARE(text->kind(), NodeKind::Text);
    QCOMPARE(m_model->indexFor(text).data().toString(), Schema::kindLabel(NodeKind::Text));
    QVERIFY(
        m_doc->setProperty(text->id(), QStringLiteral("html"), QStringLiteral("<p>Hello <b>there</b></p>")));
    QCOMPARE(m_model->indexFor(text).data().toString(), QStringLiteral("Hello there"));
}

enum class Edit
{
    InsertPage,
    InsertBlock,
    RemoveBlock,
    RemovePage,
    MoveDown,
    MoveUp,
    MoveToEnd,
    MoveAcross,
    InsertChoice,
    RemoveChoice,
    MoveChoice,
};

void TestOutlineModel::editsKeepModelConsistent_data()
{
    QTest::addColumn<int>("edit");
    QTest::newRow("insert page") << int(Edit::InsertPage);
    QTest::newRow("insert block") << int(Edit::InsertBlock);
    QTest::newRow("remove block") << int(Edit::RemoveBlock);
    QTest::newRow("remove page with blocks") << int(Edit::RemovePage);
    QTest::newRow("move down within parent") << int(Edit::MoveDown);
    QTest::newRow("move up within parent") << int(Edit::MoveUp);
    QTest::newRow("move first to end") << int(Edit::MoveToEnd);
    QTest::newRow("move page to other module") << int(Edit::MoveAcross);
    QTest::newRow("insert choice") << int(Edit::InsertChoice);
    QTest::newRow("remove choice") << int(Edit::RemoveChoice);
    QTest::newRow("move choice") << int(Edit::MoveChoice);
}

void TestOutlineModel::editsKeepModelConsistent()
{
    QFETCH(int, edit);
    const QByteArray before = snapshot();
    trackPersistent();
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    const QUuid pageId = page()->id();
    bool ok = false;
    switch (Edit(edit)) {
    case Edit::InsertPage:
        ok = m_doc->insertNode(module()->id(), 1, CourseDocument::createNode(NodeKind::Page)) != nullptr;
        break;
    case Edit::InsertBlock:
        ok = m_doc->insertNode(pageId, 1, CourseDocument::createNode(NodeKind::Callout)) != nullptr;
        break;
    case Edit::RemoveBlock:
        ok = m_doc->removeNode(page()->child(1)->id());
        break;
    case Edit::RemovePage:
        ok = m_doc->removeNode(pageId);
        break;
    case Edit::MoveDown:
        ok = m_doc->moveNode(page()->child(0)->id(), pageId, 1);
        break;
    case Edit::MoveUp:
        ok = m_doc->moveNode(page()->child(2)->id(), pageId, 0);
        break;
    case Edit::MoveToEnd:
        ok = m_doc->moveNode(page()->child(0)->id(), pageId, 2);
        break;
    case Edit::MoveAcross:
        ok = m_doc->moveNode(pageId, m_doc->root()->child(1)->id(), 1);
        break;
    case Edit::InsertChoice:
        ok = m_doc->insertNode(question()->id(), 1, CourseDocument::createNode(NodeKind::Choice)) != nullptr;
        break;
    case Edit::RemoveChoice:
        ok = m_doc->removeNode(question()->child(1)->id());
        break;
    case Edit::MoveChoice:
        ok = m_doc->moveNode(question()->child(0)->id(), question()->id(), 2);
        break;
    }
    QVERIFY(ok);
    compareAll();
    const QByteArray after = snapshot();
    QVERIFY(after != before);
    m_doc->undoStack()->undo();
    compareAll();
    QCOMPARE(snapshot(), before);
    m_doc->undoStack()->redo();
    compareAll();
    QCOMPARE(snapshot(), after);
    QCOMPARE(resets.count(), 0); // fine-grained signals, never a reset
}

void TestOutlineModel::renameEmitsDataChanged()
{
    QSignalSpy spy(m_model.get(), &QAbstractItemModel::dataChanged);
    QVERIFY(m_doc->setProperty(page()->id(), QStringLiteral("title"), QStringLiteral("Welcome")));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().at(0).toModelIndex(), m_model->indexFor(page()));
    QCOMPARE(m_model->indexFor(page()).data().toString(), QStringLiteral("Welcome"));
}

void TestOutlineModel::dropMovesThroughTheDocument()
{
    const Node *heading = page()->child(0);
    const QUuid id = heading->id();
    std::unique_ptr<QMimeData> mime(m_model->mimeData({m_model->indexFor(heading)}));
    QVERIFY(mime);
    const QModelIndex pageIndex = m_model->indexFor(page());
    // Dropped between the Text and the Image: row 2 counted with the heading still in place.
    QVERIFY(m_model->canDropMimeData(mime.get(), Qt::MoveAction, 2, 0, pageIndex));
    QVERIFY(m_model->dropMimeData(mime.get(), Qt::MoveAction, 2, 0, pageIndex));
    QCOMPARE(page()->child(1)->id(), id);
    QCOMPARE(m_doc->undoStack()->count(), 1);
    compareAll();
    m_doc->undoStack()->undo();
    QCOMPARE(page()->child(0)->id(), id);
    compareAll();

    // Dropped onto the other module's row: appended there.
    const QUuid pageId = page()->id();
    std::unique_ptr<QMimeData> pageMime(m_model->mimeData({m_model->indexFor(page())}));
    const QModelIndex second = m_model->index(1, 0, m_model->index(0, 0));
    QVERIFY(m_model->dropMimeData(pageMime.get(), Qt::MoveAction, -1, 0, second));
    QCOMPARE(m_doc->root()->child(1)->child(1)->id(), pageId);
    compareAll();
}

void TestOutlineModel::dropRefusesWrongParent()
{
    const Node *heading = page()->child(0);
    std::unique_ptr<QMimeData> mime(m_model->mimeData({m_model->indexFor(heading)}));
    // A block cannot go straight into a module or the course.
    QVERIFY(!m_model->canDropMimeData(mime.get(), Qt::MoveAction, 0, 0, m_model->indexFor(module())));
    QVERIFY(!m_model->canDropMimeData(mime.get(), Qt::MoveAction, -1, 0, m_model->index(0, 0)));
    QVERIFY(!m_model->dropMimeData(mime.get(), Qt::MoveAction, 0, 0, m_model->indexFor(module())));
    QCOMPARE(m_doc->undoStack()->count(), 0);
    // The course itself cannot be dragged.
    QVERIFY(!m_model->mimeData({m_model->index(0, 0)}));
}

void TestOutlineModel::questionsHaveNoPartRows()
{
    const QModelIndex index = m_model->indexFor(question());
    QVERIFY(index.isValid());
    QCOMPARE(question()->childCount(), 3);
    QCOMPARE(m_model->rowCount(index), 0);
    QVERIFY(!m_model->hasChildren(index));
    QVERIFY(m_model->flags(index) & Qt::ItemNeverHasChildren);
    QVERIFY(!m_model->indexFor(question()->child(0)).isValid());
    QVERIFY(!m_model->index(0, 0, index).isValid());
    // Edits among the choices are not rows: no row signal at all.
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy moved(m_model.get(), &QAbstractItemModel::rowsMoved);
    QVERIFY(m_doc->insertNode(question()->id(), 0, CourseDocument::createNode(NodeKind::Choice)));
    QVERIFY(m_doc->moveNode(question()->child(0)->id(), question()->id(), 3));
    QVERIFY(m_doc->removeNode(question()->child(3)->id()));
    QCOMPARE(inserted.count() + removed.count() + moved.count(), 0);
    // A choice dragged in from elsewhere is no outline item either.
    QMimeData mime;
    mime.setData(QStringLiteral("application/x-coursewright-node-id"),
                 idString(question()->child(0)->id()).toLatin1());
    QVERIFY(!m_model->canDropMimeData(&mime, Qt::MoveAction, -1, 0, index));
}

QTEST_MAIN(TestOutlineModel)
#include "tst_outlinemodel.moc"
