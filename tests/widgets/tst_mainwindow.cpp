// MainWindow: insert, delete, duplicate and move actions, undo wiring, the problems dock's
// jump-to-node, and opening and saving project files.
#include "assets/assetsdock.h"
#include "editors/editor.h"
#include "editors/editorarea.h"
#include "editors/kindpalette.h"
#include "editors/quiz/partrowsedit.h"
#include "editors/quiz/questioneditor.h"
#include "editors/scenario/choicerow.h"
#include "editors/scenario/choicerowsedit.h"
#include "editors/scenario/scenarioeditor.h"
#include "editors/scenario/stepeditor.h"
#include "editors/scenario/variablestable.h"
#include "mainwindow.h"
#include "model/coursedocument.h"
#include "model/schema.h"
#include "outlinemodel.h"
#include "problemsdock.h"
#include "propertyeditor.h"
#include "shell/actionregistry.h"
#include "store/project.h"

#include <QAction>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace cw;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void startsWithNewCourse();
    void addOffersKindsForSelection();
    void addInsertsAfterSelectionAndSelects();
    void addInsideWhenOnlySelectionAccepts();
    void addedPartTakesTheTyping();
    void deleteAndUndo();
    void duplicateCopiesWithFreshIds();
    void moveUpAndDown();
    void f2RenamesInTheOutline();
    void droppedCourseFileOpens();
    void undoRedoShortcuts();
    void problemsDockSelectsNode();
    void saveAndOpen();
    void openRefusesBadFile();
    void importMediaFillsTheSelectedImage();
    void everyActionHasWordsAndItsOwnShortcuts();
    void toolbarFitsA1024PixelWindow();
    void everyEditorFitsA1024PixelWindow();
    void emptyProblemsListTakesNoRoom();
    void shortcutsMoveBetweenOutlineAndEditor();
    void questionsOpenTheQuestionEditor();
    void oneEditResetsNothing();
    void mediaDockShowsUsesAndRemovesUnused();

private:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QString::fromLatin1(name));
    }
    CourseDocument *doc() const { return m_window->document(); }
    const Node *page() const { return doc()->root()->child(0)->child(0); }

    QTemporaryDir m_recovery;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CoursewrightTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_widgets_mainwindow"));
    QVERIFY(m_recovery.isValid());
    qputenv("CW_RECOVERY_DIR", m_recovery.path().toLocal8Bit());
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>();
    QString error;
    QVERIFY2(m_window->newCourse(&error), qPrintable(error));
}

void TestMainWindow::cleanup()
{
    if (doc())
        doc()->undoStack()->setClean(); // no unsaved-changes prompt
    m_window.reset();
}

void TestMainWindow::startsWithNewCourse()
{
    QVERIFY(doc());
    QCOMPARE(m_window->selectedNode(), doc()->root()->id());
    QCOMPARE(m_window->propertyEditor()->node(), doc()->root()->id());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Untitled")));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(!m_window->outlineView()->accessibleName().isEmpty());
}

void TestMainWindow::addOffersKindsForSelection()
{
    m_window->selectNode(page()->id());
    const QList<NodeKind> kinds = m_window->addableKinds();
    // Siblings the module accepts, then blocks the page accepts.
    for (NodeKind k :
         {NodeKind::Page, NodeKind::Quiz, NodeKind::Scenario, NodeKind::Heading, NodeKind::Image})
        QVERIFY2(kinds.contains(k), qPrintable(kindName(k)));
    QVERIFY(!kinds.contains(NodeKind::Module));
    QVERIFY(!kinds.contains(NodeKind::SingleChoice));

    m_window->selectNode(doc()->root()->id());
    QCOMPARE(m_window->addableKinds(), QList<NodeKind>{NodeKind::Module});
}

void TestMainWindow::addInsertsAfterSelectionAndSelects()
{
    m_window->show(); // keyboard focus needs an active window
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const QUuid first = page()->id();
    m_window->selectNode(first);
    const QUuid quiz = m_window->addNode(NodeKind::Quiz);
    QVERIFY(!quiz.isNull());
    const Node *added = doc()->node(quiz);
    QVERIFY(added);
    QCOMPARE(added->parent(), doc()->root()->child(0));
    QCOMPARE(added->indexInParent(), 1);
    QCOMPARE(m_window->selectedNode(), quiz);
    QCOMPARE(m_window->propertyEditor()->node(), quiz);
    QVERIFY(m_window->isWindowModified());
    // Typing goes to the new item's title, selected so it replaces the default.
    auto *title = qobject_cast<QLineEdit *>(m_window->editorFor(QStringLiteral("title")));
    QVERIFY(title);
    QVERIFY(title->hasFocus());
    QCOMPARE(title->selectedText(), title->text());
    doc()->undoStack()->undo();
    QVERIFY(!doc()->node(quiz));
    QVERIFY(!m_window->isWindowModified());
}

void TestMainWindow::addedPartTakesTheTyping()
{
    m_window->show(); // keyboard focus needs an active window
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    // A question's new choice: its row's text, not the question's prompt.
    m_window->selectNode(page()->id());
    const QUuid quiz = m_window->addNode(NodeKind::Quiz);
    m_window->selectNode(quiz);
    const QUuid question = m_window->addNode(NodeKind::SingleChoice);
    const int choices = doc()->node(question)->childCount();
    const QUuid choice = m_window->addNode(NodeKind::Choice);
    QVERIFY(!choice.isNull());
    QCOMPARE(doc()->node(question)->childCount(), choices + 1);
    auto *questionEditor = dynamic_cast<QuestionEditor *>(m_window->editorArea()->currentEditor());
    QVERIFY(questionEditor);
    const int row = choices; // the new choice is the last row
    QCOMPARE(questionEditor->partRows()->rowNode(row), choice);
    QCOMPARE(QApplication::focusWidget(), questionEditor->partRows()->editorAt(row, QStringLiteral("text")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Ask"));
    QCOMPARE(doc()->node(choice)->string(QStringLiteral("text")), QStringLiteral("Ask"));

    // A question added from the question editor's palette goes right after the question shown
    // (not at the end of the quiz), in one undo step, selected with its prompt ready.
    m_window->addNode(NodeKind::Numeric); // after the single choice
    m_window->selectNode(question);
    const int steps = doc()->undoStack()->count();
    questionEditor->questionPalette()->action(NodeKind::TrueFalse)->trigger();
    QCOMPARE(doc()->undoStack()->count(), steps + 1);
    const Node *added = doc()->node(question)->parent()->child(doc()->node(question)->indexInParent() + 1);
    QCOMPARE(added->kind(), NodeKind::TrueFalse);
    QCOMPARE(m_window->selectedNode(), added->id());
    QCOMPARE(questionEditor->question(), added->id());
    QCOMPARE(QApplication::focusWidget(), questionEditor->editorFor(QStringLiteral("prompt")));

    // A scenario step's new choice: its card's text, not the step's title.
    m_window->selectNode(page()->id());
    const QUuid scenario = m_window->addNode(NodeKind::Scenario);
    m_window->selectNode(scenario);
    const QUuid step = m_window->addNode(NodeKind::ScenarioNode);
    QVERIFY(!step.isNull());
    const QUuid stepChoice = m_window->addNode(NodeKind::ScenarioChoice);
    QVERIFY(!stepChoice.isNull());
    auto *stepEditor = dynamic_cast<StepEditor *>(m_window->editorArea()->currentEditor());
    QVERIFY(stepEditor);
    ChoiceRow *card = stepEditor->choiceRows()->row(stepEditor->choiceRows()->rowCount() - 1);
    QCOMPARE(card->choice(), stepChoice);
    QCOMPARE(QApplication::focusWidget(), card->textEdit());

    // A scenario's new variables: a name of their own each, typed into the variables table.
    m_window->selectNode(scenario);
    const QUuid first = m_window->addNode(NodeKind::Variable);
    const QUuid second = m_window->addNode(NodeKind::Variable);
    QVERIFY(!first.isNull() && !second.isNull());
    QVERIFY(doc()->node(first)->string(QStringLiteral("name")) !=
            doc()->node(second)->string(QStringLiteral("name")));
    QCOMPARE(m_window->selectedNode(), second);
    auto *scenarioEditor = dynamic_cast<ScenarioEditor *>(m_window->editorArea()->currentEditor());
    QVERIFY(scenarioEditor);
    VariablesTable *table = scenarioEditor->variables();
    QCOMPARE(table->rowNode(table->rowCount() - 1), second);
    QCOMPARE(QApplication::focusWidget(), table->nameEdit(table->rowCount() - 1));
    // A variable picked in the outline opens in its scenario's table, not a form of its own.
    m_window->selectNode(first);
    QCOMPARE(m_window->editorArea()->currentEditor(), static_cast<Editor *>(scenarioEditor));
    QCOMPARE(scenarioEditor->scenario(), scenario);
}

void TestMainWindow::addInsideWhenOnlySelectionAccepts()
{
    m_window->selectNode(page()->id());
    const QUuid id = m_window->addNode(NodeKind::Heading);
    QVERIFY(!id.isNull());
    QCOMPARE(doc()->node(id)->parent(), page());
    // With a block selected, the next block goes right after it.
    const QUuid second = m_window->addNode(NodeKind::Text);
    QCOMPARE(doc()->node(second)->parent(), page());
    QCOMPARE(doc()->node(second)->indexInParent(), 1);
    // A question fits nowhere near a block.
    QVERIFY(m_window->addNode(NodeKind::TrueFalse).isNull());
}

void TestMainWindow::deleteAndUndo()
{
    const QUuid id = page()->id();
    m_window->selectNode(doc()->root()->id());
    QVERIFY(!action("actionDelete")->isEnabled()); // the course itself
    m_window->selectNode(id);
    QVERIFY(action("actionDelete")->isEnabled());
    action("actionDelete")->trigger();
    QVERIFY(!doc()->node(id));
    QCOMPARE(m_window->selectedNode(), doc()->root()->child(0)->id()); // the module
    action("actionUndo")->trigger();
    QVERIFY(doc()->node(id));
    action("actionRedo")->trigger();
    QVERIFY(!doc()->node(id));
}

void TestMainWindow::duplicateCopiesWithFreshIds()
{
    m_window->selectNode(page()->id());
    m_window->addNode(NodeKind::Heading);
    m_window->selectNode(page()->id());
    doc()->setProperty(page()->id(), QStringLiteral("title"), QStringLiteral("Original"), true);
    const int before = doc()->undoStack()->count();
    action("actionDuplicate")->trigger();
    QCOMPARE(doc()->undoStack()->count(), before + 1);
    const Node *module = doc()->root()->child(0);
    QCOMPARE(module->childCount(), 2);
    const Node *copy = module->child(1);
    QCOMPARE(copy->string(QStringLiteral("title")), QStringLiteral("Original"));
    QVERIFY(copy->id() != page()->id());
    QCOMPARE(copy->childCount(), 1);
    QVERIFY(copy->child(0)->id() != page()->child(0)->id());
    QCOMPARE(m_window->selectedNode(), copy->id());
    action("actionUndo")->trigger();
    QCOMPARE(module->childCount(), 1);
}

void TestMainWindow::moveUpAndDown()
{
    m_window->selectNode(page()->id());
    const QUuid a = m_window->addNode(NodeKind::Heading);
    const QUuid b = m_window->addNode(NodeKind::Text);
    const QUuid c = m_window->addNode(NodeKind::Image);
    QCOMPARE(m_window->selectedNode(), c);
    QVERIFY(!action("actionMoveDown")->isEnabled());
    QVERIFY(action("actionMoveUp")->isEnabled());
    action("actionMoveUp")->trigger();
    QCOMPARE(page()->child(1)->id(), c);
    QCOMPARE(page()->child(2)->id(), b);
    QCOMPARE(m_window->selectedNode(), c);
    action("actionMoveUp")->trigger();
    QCOMPARE(page()->child(0)->id(), c);
    QVERIFY(!action("actionMoveUp")->isEnabled());
    action("actionMoveDown")->trigger();
    QCOMPARE(page()->child(0)->id(), a);
    QCOMPARE(page()->child(1)->id(), c);
    QCOMPARE(action("actionMoveUp")->shortcut(), QKeySequence(Qt::ALT | Qt::Key_Up));
    action("actionUndo")->trigger();
    QCOMPARE(page()->child(0)->id(), c);
}

void TestMainWindow::undoRedoShortcuts()
{
    QCOMPARE(action("actionUndo")->shortcuts(), QKeySequence::keyBindings(QKeySequence::Undo));
    QCOMPARE(action("actionRedo")->shortcuts(), QKeySequence::keyBindings(QKeySequence::Redo));
    QVERIFY(!action("actionUndo")->isEnabled());
    doc()->setProperty(page()->id(), QStringLiteral("title"), QStringLiteral("x"), true);
    QVERIFY(action("actionUndo")->isEnabled());
    QVERIFY(action("actionUndo")->text().contains(QStringLiteral("title"), Qt::CaseInsensitive));
}

void TestMainWindow::problemsDockSelectsNode()
{
    ProblemsDock *dock = m_window->problemsDock();
    dock->refreshNow();
    // The new course's page has no blocks.
    QTreeWidget *list = dock->list();
    QTreeWidgetItem *found = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->data(0, Qt::UserRole + 1).toUuid() == page()->id())
            found = list->topLevelItem(i);
    }
    QVERIFY(found);
    m_window->selectNode(doc()->root()->id());
    Q_EMIT list->itemActivated(found, 0);
    QCOMPARE(m_window->selectedNode(), page()->id());

    // Fixing the problem clears it after the debounce.
    m_window->addNode(NodeKind::Heading);
    QTRY_VERIFY_WITH_TIMEOUT(std::none_of(dock->problems().cbegin(), dock->problems().cend(),
                                          [&](const Problem &p) { return p.node == page()->id(); }),
                             3000);
}

void TestMainWindow::saveAndOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("course.cwcourse"));
    doc()->setProperty(doc()->root()->id(), QStringLiteral("title"), QStringLiteral("Feedback basics"), true);
    QVERIFY(m_window->isWindowModified());
    QString error;
    QVERIFY2(m_window->saveFileAs(path, &error), qPrintable(error));
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!m_window->isWindowModified());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("course.cwcourse")));
    QCOMPARE(MainWindow::recentFiles().value(0), QFileInfo(path).absoluteFilePath());

    // Typing in the editor, then Save: the pending merge is committed and written.
    m_window->selectNode(page()->id());
    auto *title = qobject_cast<QLineEdit *>(m_window->editorFor(QStringLiteral("title")));
    QVERIFY(title);
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Why feedback matters"));
    QVERIFY(m_window->isWindowModified());
    QVERIFY2(m_window->saveFile(&error), qPrintable(error));
    QVERIFY(!m_window->isWindowModified());

    MainWindow other;
    QVERIFY2(other.loadFile(path, &error), qPrintable(error));
    QCOMPARE(other.document()->root()->string(QStringLiteral("title")), QStringLiteral("Feedback basics"));
    QCOMPARE(other.document()->root()->child(0)->child(0)->string(QStringLiteral("title")),
             QStringLiteral("Why feedback matters"));
    QCOMPARE(other.outlineModel()->index(0, 0).data().toString(), QStringLiteral("Feedback basics"));
    QCOMPARE(other.filePath(), path);
}

void TestMainWindow::openRefusesBadFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.cwcourse"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a course");
    f.close();
    const CourseDocument *before = doc();
    QString error;
    QVERIFY(!m_window->loadFile(path, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(doc(), before); // the open course stays
}

void TestMainWindow::importMediaFillsTheSelectedImage()
{
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    QImage image(8, 8, QImage::Format_RGB32);
    image.fill(Qt::red);
    QVERIFY(image.save(png));
    QVERIFY(action("actionImportMedia")->isEnabled());
    m_window->selectNode(page()->id());
    const QUuid block = m_window->addNode(NodeKind::Image);
    QVERIFY(!block.isNull());
    QString error;
    QVERIFY2(m_window->importMedia({png}, &error), qPrintable(error));
    const QString hash = doc()->node(block)->string(QStringLiteral("asset"));
    QVERIFY(doc()->asset(hash));
    // The property editor shows the file by name, and Undo takes the whole import back.
    auto *combo = qobject_cast<QComboBox *>(m_window->editorFor(QStringLiteral("asset")));
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), QStringLiteral("chart.png"));
    action("actionUndo")->trigger();
    QVERIFY(doc()->node(block)->string(QStringLiteral("asset")).isEmpty());
    QVERIFY(doc()->assets().isEmpty());
}

QTEST_MAIN(TestMainWindow)
void TestMainWindow::f2RenamesInTheOutline()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *outline = m_window->findChild<QTreeView *>(QStringLiteral("Outline"));
    QVERIFY(outline);
    const QUuid id = page()->id();
    m_window->selectNode(id);
    outline->setFocus();
    QTest::keyClick(outline, Qt::Key_F2);
    auto *field = outline->viewport()->findChild<QLineEdit *>();
    QVERIFY(field);
    QTRY_VERIFY(field->hasFocus());
    QCOMPARE(field->text(), page()->string(QStringLiteral("title")));
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("Spotting hazards"));
    QTest::keyClick(field, Qt::Key_Return); // the view commits on its next turn of the event loop
    QTRY_COMPARE(doc()->node(id)->string(QStringLiteral("title")), QStringLiteral("Spotting hazards"));
    // The form shows the new title too.
    auto *title = qobject_cast<QLineEdit *>(m_window->editorFor(QStringLiteral("title")));
    QVERIFY(title);
    QCOMPARE(title->text(), QStringLiteral("Spotting hazards"));
    // One undoable edit.
    doc()->undoStack()->undo();
    QVERIFY(doc()->node(id)->string(QStringLiteral("title")) != QStringLiteral("Spotting hazards"));

    // A rich-text block has no one-line name to edit there: F2 opens no editor.
    const QUuid text = m_window->addNode(NodeKind::Text);
    QVERIFY(!text.isNull());
    m_window->selectNode(text);
    outline->setFocus();
    QTest::keyClick(outline, Qt::Key_F2);
    QVERIFY(!outline->viewport()->findChild<QLineEdit *>() ||
            !outline->viewport()->findChild<QLineEdit *>()->isVisible());
}

void TestMainWindow::droppedCourseFileOpens()
{
    QTemporaryDir dir;
    const QString saved = dir.filePath(QStringLiteral("dropped.cwcourse"));
    QString error;
    QVERIFY2(m_window->saveFileAs(saved, &error), qPrintable(error));
    QVERIFY2(m_window->newCourse(&error), qPrintable(error));
    QVERIFY(m_window->filePath() != saved);

    const auto drop = [this](const QList<QUrl> &urls) {
        QMimeData mime;
        mime.setUrls(urls);
        const QPoint at(m_window->width() / 2, m_window->height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &enter);
        if (!enter.isAccepted())
            return false;
        QDropEvent dropped(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(m_window.get(), &dropped);
        return dropped.isAccepted();
    };
    // Anything but one course file is refused at the door.
    QVERIFY(!drop({QUrl::fromLocalFile(dir.filePath(QStringLiteral("notes.txt")))}));
    QVERIFY(!drop({QUrl::fromLocalFile(saved), QUrl::fromLocalFile(saved)}));
    QVERIFY(!drop({QUrl(QStringLiteral("https://example.com/a.cwcourse"))}));
    // One course file opens (once the drop has finished).
    QVERIFY(drop({QUrl::fromLocalFile(saved)}));
    QTRY_COMPARE(m_window->filePath(), saved);
}

#include "tst_mainwindow.moc"

void TestMainWindow::everyActionHasWordsAndItsOwnShortcuts()
{
    QHash<QString, QString> owner; // shortcut -> action
    const QList<QAction *> actions = m_window->actionRegistry()->actions();
    QVERIFY(actions.size() >= 18);
    for (QAction *a : actions) {
        QVERIFY2(!a->objectName().isEmpty(), qPrintable(a->text()));
        QVERIFY2(!a->text().isEmpty(), qPrintable(a->objectName()));
        // Reachable by keyboard whatever has the focus, not only through a menu.
        QVERIFY2(m_window->actions().contains(a), qPrintable(a->objectName()));
        for (const QKeySequence &key : a->shortcuts()) {
            const QString text = key.toString(QKeySequence::PortableText);
            QVERIFY2(!owner.contains(text), qPrintable(text + QStringLiteral(": ") + owner.value(text) +
                                                       QStringLiteral(" and ") + a->objectName()));
            owner.insert(text, a->objectName());
        }
    }
    // The commands a designer uses every minute have a shortcut.
    for (auto id :
         {ActionRegistry::Id::New, ActionRegistry::Id::Open, ActionRegistry::Id::Save,
          ActionRegistry::Id::Undo, ActionRegistry::Id::Redo, ActionRegistry::Id::Delete,
          ActionRegistry::Id::Duplicate, ActionRegistry::Id::MoveUp, ActionRegistry::Id::GoToOutline,
          ActionRegistry::Id::GoToEditor, ActionRegistry::Id::Export})
        QVERIFY(!m_window->actionRegistry()->action(id)->shortcuts().isEmpty());
}

void TestMainWindow::toolbarFitsA1024PixelWindow()
{
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->size(), QSize(1024, 700));
    auto *bar = m_window->findChild<QToolBar *>(QStringLiteral("MainToolBar"));
    QVERIFY(bar);
    QVERIFY2(bar->sizeHint().width() <= 1024, qPrintable(QString::number(bar->sizeHint().width())));
    // Qt moves what does not fit behind an extension button.
    const auto *extension = bar->findChild<QToolButton *>(QStringLiteral("qt_toolbar_ext_button"));
    QVERIFY(!extension || !extension->isVisible());
    QVERIFY(m_window->minimumSizeHint().width() <= 1024);
    QVERIFY(m_window->minimumSizeHint().height() <= 700);
}

void TestMainWindow::everyEditorFitsA1024PixelWindow()
{
    m_window->resize(1024, 700);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    // One item of every kind an editor shows differently.
    m_window->selectNode(page()->id());
    QList<QUuid> items{doc()->root()->id(), doc()->root()->child(0)->id(), page()->id()};
    items << m_window->addNode(NodeKind::Text);
    m_window->selectNode(page()->id());
    const QUuid quiz = m_window->addNode(NodeKind::Quiz);
    items << quiz;
    m_window->selectNode(quiz);
    items << m_window->addNode(NodeKind::SingleChoice) << m_window->addNode(NodeKind::Matching);
    m_window->selectNode(quiz);
    const QUuid scenario = m_window->addNode(NodeKind::Scenario);
    items << scenario << doc()->node(scenario)->child(0)->id();
    for (const QUuid &item : std::as_const(items)) {
        QVERIFY(!item.isNull());
        m_window->selectNode(item);
        QCoreApplication::processEvents();
        const QString kind = kindName(doc()->node(item)->kind());
        // Nothing is wider than the room the window gives it: no sideways scrolling.
        for (QScrollArea *area : m_window->editorArea()->findChildren<QScrollArea *>()) {
            if (!area->isVisible() || !area->widget())
                continue;
            if (area->widget()->width() > area->viewport()->width() ||
                area->horizontalScrollBar()->isVisible()) {
                // Name the widest control, so a failure says where to look.
                QWidget *widest = nullptr;
                for (QWidget *w : area->widget()->findChildren<QWidget *>()) {
                    const QByteArray type = w->metaObject()->className();
                    const bool container = type == "QWidget" || type == "cw::NodeForm";
                    if (w->isVisible() && !container &&
                        (!widest || w->minimumSizeHint().width() > widest->minimumSizeHint().width()))
                        widest = w;
                }
                QFAIL(qPrintable(QStringLiteral("%1: scrolls sideways; widest %2 %3 wants %4 px")
                                     .arg(kind, QString::fromLatin1(widest->metaObject()->className()),
                                          widest->objectName(),
                                          QString::number(widest->minimumSizeHint().width()))));
            }
        }
    }
}

void TestMainWindow::emptyProblemsListTakesNoRoom()
{
    m_window->show(); // the dock's View menu entry follows what is on screen
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    ProblemsDock *dock = m_window->problemsDock();
    dock->refreshNow(); // the new course's page has no blocks: a problem
    QVERIFY(!dock->isHidden());
    m_window->selectNode(page()->id());
    m_window->addNode(NodeKind::Heading);
    dock->refreshNow();
    QVERIFY(dock->problems().isEmpty());
    QVERIFY(dock->isHidden());

    // Closed by hand, it stays closed when problems come back, until the designer opens it.
    doc()->undoStack()->undo();
    dock->refreshNow();
    QVERIFY(!dock->isHidden());
    dock->toggleViewAction()->trigger();
    QVERIFY(dock->isHidden());
    doc()->undoStack()->redo();
    dock->refreshNow();
    doc()->undoStack()->undo();
    dock->refreshNow();
    QVERIFY(!dock->problems().isEmpty());
    QVERIFY(dock->isHidden());
    dock->toggleViewAction()->trigger();
    QVERIFY(!dock->isHidden());
}

void TestMainWindow::shortcutsMoveBetweenOutlineAndEditor()
{
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->selectNode(page()->id());
    QTest::keySequence(m_window.get(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    QTRY_VERIFY(m_window->editorArea()->isAncestorOf(QApplication::focusWidget()));
    QTest::keySequence(QApplication::focusWidget(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QTRY_COMPARE(QApplication::focusWidget(), m_window->outlineView());
    QTest::keyClick(m_window->outlineView(), Qt::Key_F6, Qt::ShiftModifier);
    QTRY_VERIFY(m_window->editorArea()->isAncestorOf(QApplication::focusWidget()));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F6);
    QTRY_COMPARE(QApplication::focusWidget(), m_window->outlineView());
}

void TestMainWindow::questionsOpenTheQuestionEditor()
{
    m_window->selectNode(page()->id());
    const QUuid quiz = m_window->addNode(NodeKind::Quiz);
    QVERIFY(!quiz.isNull());
    m_window->selectNode(quiz);
    const QUuid question = m_window->addNode(NodeKind::SingleChoice);
    QVERIFY(!question.isNull());
    auto *editor = dynamic_cast<QuestionEditor *>(m_window->editorArea()->currentEditor());
    QVERIFY(editor);
    QCOMPARE(editor->question(), question);
    QCOMPARE(m_window->editorArea()->currentWidget(), editor);

    // A choice is edited with its question: selecting one (from the problems list) lands there.
    std::unique_ptr<Node> choice = CourseDocument::createNode(NodeKind::Choice);
    const QUuid choiceId = choice->id();
    QVERIFY(doc()->insertNode(question, 0, std::move(choice)));
    m_window->selectNode(quiz);
    QCOMPARE(m_window->editorArea()->currentWidget(), m_window->propertyEditor());
    m_window->selectNode(choiceId);
    QCOMPARE(m_window->selectedNode(), question);
    QCOMPARE(m_window->editorArea()->currentWidget(), editor);
}

void TestMainWindow::oneEditResetsNothing()
{
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->selectNode(page()->id());
    auto *title = qobject_cast<QLineEdit *>(m_window->editorFor(QStringLiteral("title")));
    QVERIFY(title);
    QSignalSpy resets(m_window->outlineModel(), &QAbstractItemModel::modelReset);
    QSignalSpy layouts(m_window->outlineModel(), &QAbstractItemModel::layoutChanged);
    QSignalSpy data(m_window->outlineModel(), &QAbstractItemModel::dataChanged);
    const QModelIndex current = m_window->outlineView()->currentIndex();
    title->setFocus();
    QTest::keyClick(title, Qt::Key_End);
    QTest::keyClicks(title, QStringLiteral(" one"));
    QCOMPARE(page()->string(QStringLiteral("title")).right(4), QStringLiteral(" one"));
    QCOMPARE(resets.count(), 0);
    QCOMPARE(layouts.count(), 0);
    QCOMPARE(data.count(), 4); // one row repainted per keystroke, nothing else
    // The form is refreshed in place, not rebuilt: the field being typed in is the same widget.
    QCOMPARE(m_window->editorFor(QStringLiteral("title")), title);
    QCOMPARE(m_window->outlineView()->currentIndex(), current);
    QCOMPARE(m_window->selectedNode(), page()->id());
}

void TestMainWindow::mediaDockShowsUsesAndRemovesUnused()
{
    QTemporaryDir dir;
    QStringList files;
    for (const char *name : {"chart.png", "photo.png"}) {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(QString::fromLatin1(name) == QLatin1String("chart.png") ? Qt::red : Qt::blue);
        files << dir.filePath(QString::fromLatin1(name));
        QVERIFY(image.save(files.last()));
    }
    m_window->selectNode(page()->id());
    const QUuid block = m_window->addNode(NodeKind::Image);
    QString error;
    QVERIFY2(m_window->importMedia({files.at(0)}, &error), qPrintable(error));
    m_window->selectNode(page()->id()); // the page takes no image: the file is only catalogued
    QVERIFY2(m_window->importMedia({files.at(1)}, &error), qPrintable(error));
    QCOMPARE(doc()->assets().size(), 2);

    AssetsDock *dock = m_window->assetsDock();
    dock->refreshNow();
    QTreeWidget *list = dock->list();
    QCOMPARE(list->topLevelItemCount(), 2);
    QTreeWidgetItem *chart = nullptr;
    QTreeWidgetItem *photo = nullptr;
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = list->topLevelItem(i);
        (item->text(0) == QLatin1String("chart.png") ? chart : photo) = item;
    }
    QVERIFY(chart && photo);
    // A thumbnail of the picture itself.
    const QImage thumbnail = chart->icon(0).pixmap(QSize(48, 48)).toImage();
    QVERIFY(!thumbnail.isNull());
    QCOMPARE(thumbnail.pixelColor(thumbnail.width() / 2, thumbnail.height() / 2), QColor(Qt::red));
    QCOMPARE(chart->childCount(), 1); // used by the image block
    QCOMPARE(photo->childCount(), 0);
    QVERIFY(photo->text(1).contains(QStringLiteral("unused")));
    QVERIFY(dock->removeUnusedButton()->isEnabled());

    // A click on a use goes to that item.
    m_window->selectNode(doc()->root()->id());
    Q_EMIT list->itemActivated(chart->child(0), 0);
    QCOMPARE(m_window->selectedNode(), block);

    // Remove Unused takes the unused file out, as one undo step.
    const int steps = doc()->undoStack()->count();
    QTest::mouseClick(dock->removeUnusedButton(), Qt::LeftButton);
    QCOMPARE(doc()->assets().size(), 1);
    QVERIFY(doc()->assets().contains(doc()->node(block)->string(QStringLiteral("asset"))));
    QCOMPARE(doc()->undoStack()->count(), steps + 1);
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(!dock->removeUnusedButton()->isEnabled());
    doc()->undoStack()->undo();
    QCOMPARE(doc()->assets().size(), 2);
    // The list follows the document once edits settle.
    QTRY_COMPARE(list->topLevelItemCount(), 2);
}
