#include "mainwindow.h"
#include "themedicon.h"

#include "assets/assetsdock.h"
#include "assets/importprogressdialog.h"
#include "assets/mediadrop.h"
#include "commands/nodeedits.h"
#include "editors/editor.h"
#include "editors/editorarea.h"
#include "editors/page/pageeditor.h"
#include "editors/quiz/questioneditor.h"
#include "editors/scenario/scenarioeditor.h"
#include "editors/scenario/stepeditor.h"
#include "exportdialog.h"
#include "kindicon.h"
#include "model/coursedocument.h"
#include "model/durationestimate.h"
#include "model/schema.h"
#include "outlinemodel.h"
#include "problemsdock.h"
#include "propertyeditor.h"
#include "selection/selectionmodel.h"
#include "shell/actionregistry.h"
#include "shell/projectsession.h"
#include "store/mediaimport.h"
#include "store/mediareplace.h"
#include "store/project.h"
#include "store/recoveryfile.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QScopeGuard>
#include <QSettings>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>

#include <cmath>

namespace cw {

namespace {
using Id = ActionRegistry::Id;

QString fileFilter()
{
    return QCoreApplication::translate("cw::MainWindow", "Coursewright courses (*.cwcourse)");
}

// The course file a drag brings: exactly one local file named *.cwcourse; empty otherwise.
QString droppedCourse(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QUrl url = mime->urls().first();
    const QString path = url.isLocalFile() ? url.toLocalFile() : QString();
    return path.endsWith(QLatin1String(".cwcourse"), Qt::CaseInsensitive) ? path : QString();
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new ProjectSession(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_actions(new ActionRegistry(m_undoGroup, this))
    , m_selection(new SelectionModel(this))
    , m_model(new OutlineModel(this))
    , m_outline(new QTreeView(this))
    , m_editors(new EditorArea(this))
    , m_problems(new ProblemsDock(this))
    , m_durationLabel(new QLabel(this))
    , m_problemsLabel(new QLabel(this))
    , m_statusTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(KindIcon::icon(NodeKind::Course));
    m_editors->setDefaultEditor([this](QWidget *parent) {
        m_properties = new PropertyEditor(parent);
        m_properties->setThumbnails(&m_thumbnails);
        return m_properties;
    });
    m_editors->registerEditor(PageEditor::handles, [this](QWidget *parent) {
        auto *editor = new PageEditor(&m_thumbnails, parent);
        // A block the designer works in becomes the selection, so the window's commands (Delete,
        // Duplicate, Move, Add) act on it.
        connect(editor, &PageEditor::currentBlockChanged, this,
                [this](const QUuid &block) { selectNode(block); });
        connect(editor, &PageEditor::mediaDropped, this, &MainWindow::importDroppedMedia);
        return editor;
    });
    m_editors->registerEditor(isQuestionKind, [this](QWidget *parent) {
        auto *editor = new QuestionEditor(parent);
        editor->setThumbnails(&m_thumbnails);
        // The editor's palette adds questions where Add does.
        connect(editor, &QuestionEditor::addRequested, this, &MainWindow::addNode);
        return editor;
    });
    m_editors->registerEditor(
        [](NodeKind kind) { return kind == NodeKind::Scenario || kind == NodeKind::Variable; },
        [this](QWidget *parent) {
            auto *editor = new ScenarioEditor(parent);
            editor->setThumbnails(&m_thumbnails);
            connect(editor, &ScenarioEditor::nodeActivated, this, &MainWindow::selectNode);
            return editor;
        });
    m_editors->registerEditor([](NodeKind kind) { return kind == NodeKind::ScenarioNode; },
                              [this](QWidget *parent) {
                                  auto *editor = new StepEditor(parent);
                                  editor->setThumbnails(&m_thumbnails);
                                  return editor;
                              });
    setCentralWidget(m_editors);

    m_outline->setObjectName(QStringLiteral("Outline"));
    m_outline->setAccessibleName(tr("Course outline"));
    m_outline->setModel(m_model);
    m_outline->setHeaderHidden(true);
    m_outline->setUniformRowHeights(true);
    m_outline->setSelectionMode(QAbstractItemView::SingleSelection);
    // F2 renames in place; a double click still expands and collapses, as before.
    m_outline->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_outline->setDragEnabled(true);
    m_outline->setAcceptDrops(true);
    setAcceptDrops(true); // a course file dropped on the window opens (dropEvent)
    m_outline->setDropIndicatorShown(true);
    m_outline->setDragDropMode(QAbstractItemView::DragDrop);
    m_outline->setDefaultDropAction(Qt::MoveAction);
    m_outline->setContextMenuPolicy(Qt::CustomContextMenu);
    m_outline->setIconSize(QSize(18, 18));
    connect(m_outline->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (m_syncingOutline)
                    return;
                const Node *n = m_model->nodeAt(current);
                m_selection->select(n ? n->id() : QUuid());
            });
    connect(m_selection, &SelectionModel::currentChanged, this, &MainWindow::onCurrentChanged);
    connect(m_model, &OutlineModel::moveFailed, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 5000); });
    connect(m_model, &QAbstractItemModel::rowsMoved, this, [this] { updateActions(); });
    connect(m_outline, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu;
        rebuildAddMenu();
        menu.addMenu(m_addMenu);
        menu.addSeparator();
        menu.addAction(m_actions->action(Id::Duplicate));
        menu.addAction(m_actions->action(Id::Delete));
        menu.addSeparator();
        menu.addAction(m_actions->action(Id::MoveUp));
        menu.addAction(m_actions->action(Id::MoveDown));
        menu.exec(m_outline->viewport()->mapToGlobal(pos));
    });

    m_statusTimer->setSingleShot(true);
    m_statusTimer->setInterval(ProblemsDock::RefreshDelayMs);
    connect(m_statusTimer, &QTimer::timeout, this, &MainWindow::updateStatus);

    m_durationLabel->setAccessibleName(tr("Estimated duration"));
    m_problemsLabel->setAccessibleName(tr("Problem count"));
    m_problemsLabel->setContentsMargins(8, 0, 8, 0);
    m_durationLabel->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_problemsLabel);
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    statusBar()->addPermanentWidget(separator);
    statusBar()->addPermanentWidget(m_durationLabel);
    connect(m_problems, &ProblemsDock::problemsChanged, this, &MainWindow::updateProblemsDock);
    connect(m_problems, &ProblemsDock::nodeActivated, this, [this](const QUuid &id) {
        selectNode(id);
        m_outline->setFocus();
    });

    connect(m_session, &ProjectSession::aboutToReplaceProject, this, &MainWindow::onAboutToReplaceProject);
    connect(m_session, &ProjectSession::projectReplaced, this, &MainWindow::onProjectReplaced);
    connect(m_session, &ProjectSession::filePathChanged, this, &MainWindow::updateTitle);
    connect(m_session, &ProjectSession::autosaveFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Autosave failed: %1").arg(message), 10000);
    });

    m_addMenu = new QMenu(tr("&Add"), this);
    m_addMenu->setObjectName(QStringLiteral("menuAdd"));
    m_addMenu->setIcon(themedIcon("list-add", QStyle::SP_FileDialogNewFolder));
    connect(m_addMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildAddMenu);

    connectActions();
    createDocks();
    createMenus();
    createToolBar();
    // Shortcuts work whatever has the focus and even with the menu bar hidden.
    addActions(m_actions->actions());
    connect(m_undoGroup, &QUndoGroup::cleanChanged, this, &MainWindow::updateTitle);

    resize(1280, 800);
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // Close the project while the window is whole: destroying it on its own, after this body,
    // would let the undo group report the dying stack to updateTitle().
    disconnect(m_undoGroup, nullptr, this, nullptr);
    m_session->close();
}

void MainWindow::connectActions()
{
    const auto on = [this](Id id, auto slot) {
        connect(m_actions->action(id), &QAction::triggered, this, slot);
    };
    on(Id::New, &MainWindow::onNew);
    on(Id::NewFromSample, &MainWindow::onNewSample);
    on(Id::Open, &MainWindow::onOpen);
    on(Id::Save, [this] { onSave(); });
    on(Id::SaveAs, [this] { onSaveAs(); });
    on(Id::Export, &MainWindow::onExport);
    on(Id::Quit, &QWidget::close);
    on(Id::ImportMedia, &MainWindow::onImportMedia);
    on(Id::Duplicate, &MainWindow::onDuplicate);
    on(Id::Delete, &MainWindow::onDelete);
    on(Id::MoveUp, [this] { onMove(-1); });
    on(Id::MoveDown, [this] { onMove(1); });
    on(Id::GoToOutline, [this] {
        m_outlineDock->show();
        m_outlineDock->raise();
        m_outline->setFocus(Qt::ShortcutFocusReason);
    });
    on(Id::GoToEditor, [this] { m_editors->focusFirstField(); });
    on(Id::About, &MainWindow::onAbout);
    connect(m_actions->action(Id::AboutQt), &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createDocks()
{
    m_outlineDock = new QDockWidget(tr("Outline"), this);
    m_outlineDock->setObjectName(QStringLiteral("OutlineDock"));
    m_outlineDock->setWidget(m_outline);
    m_outlineDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_problems);
    m_problems->hide(); // until there is a problem to list (updateProblemsDock)
    connect(m_problems->toggleViewAction(), &QAction::toggled, this, [this](bool visible) {
        if (!m_showingProblems)
            m_problemsClosedByUser = !visible;
    });
    // Media shares the outline's side as a tab: it takes no room of its own.
    m_assets = new AssetsDock(m_actions->action(Id::ImportMedia), &m_thumbnails, this);
    addDockWidget(Qt::LeftDockWidgetArea, m_assets);
    tabifyDockWidget(m_outlineDock, m_assets);
    m_outlineDock->raise();
    connect(m_assets, &AssetsDock::nodeActivated, this, [this](const QUuid &id) { selectNode(id); });
    connect(m_assets, &AssetsDock::replaceRequested, this, &MainWindow::onReplaceAsset);
    resizeDocks({m_outlineDock}, {320}, Qt::Horizontal);
    resizeDocks({m_problems}, {150}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    const auto act = [this](Id id) { return m_actions->action(id); };
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(act(Id::New));
    file->addAction(act(Id::NewFromSample));
    file->addAction(act(Id::Open));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(act(Id::Save));
    file->addAction(act(Id::SaveAs));
    file->addSeparator();
    file->addAction(act(Id::Export));
    file->addSeparator();
    file->addAction(act(Id::Quit));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(act(Id::Undo));
    edit->addAction(act(Id::Redo));
    edit->addSeparator();
    edit->addMenu(m_addMenu);
    edit->addAction(act(Id::ImportMedia));
    edit->addAction(act(Id::Duplicate));
    edit->addAction(act(Id::Delete));
    edit->addSeparator();
    edit->addAction(act(Id::MoveUp));
    edit->addAction(act(Id::MoveDown));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(act(Id::GoToOutline));
    view->addAction(act(Id::GoToEditor));
    view->addSeparator();
    view->addAction(m_outlineDock->toggleViewAction());
    view->addAction(m_problems->toggleViewAction());
    view->addAction(m_assets->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(act(Id::About));
    help->addAction(act(Id::AboutQt));
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    // Icons only, with words on the two commands a designer looks for first: with words on every
    // button the bar overflowed a 1024-pixel-wide window.
    bar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    bar->setMovable(false);
    const auto addAction = [this, bar](Id id, bool withText = false) {
        QAction *a = m_actions->action(id);
        bar->addAction(a);
        auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a));
        if (button && withText)
            button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    };
    addAction(Id::New);
    addAction(Id::Open);
    addAction(Id::Save);
    bar->addSeparator();
    addAction(Id::Undo);
    addAction(Id::Redo);
    bar->addSeparator();
    auto *addButton = new QToolButton(bar);
    addButton->setObjectName(QStringLiteral("addButton"));
    addButton->setMenu(m_addMenu);
    addButton->setPopupMode(QToolButton::InstantPopup);
    addButton->setIcon(m_addMenu->icon());
    addButton->setText(tr("Add"));
    addButton->setToolTip(tr("Add an item after the selection"));
    addButton->setAccessibleName(tr("Add"));
    addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(addButton);
    addAction(Id::ImportMedia);
    addAction(Id::Duplicate);
    addAction(Id::Delete);
    bar->addSeparator();
    addAction(Id::MoveUp);
    addAction(Id::MoveDown);
    bar->addSeparator();
    addAction(Id::Export, true);
}

CourseDocument *MainWindow::document() const
{
    return m_session->document();
}

Project *MainWindow::project() const
{
    return m_session->project();
}

QString MainWindow::filePath() const
{
    return m_session->filePath();
}

void MainWindow::onAboutToReplaceProject()
{
    m_editors->setDocument(nullptr);
    m_problems->setDocument(nullptr);
    m_assets->setDocument(nullptr);
    m_selection->setDocument(nullptr);
    m_model->setDocument(nullptr);
    if (CourseDocument *doc = document()) {
        m_undoGroup->removeStack(doc->undoStack());
        disconnect(doc, nullptr, this, nullptr);
    }
}

void MainWindow::onProjectReplaced()
{
    if (CourseDocument *doc = document()) {
        m_undoGroup->addStack(doc->undoStack());
        m_undoGroup->setActiveStack(doc->undoStack());
        m_model->setDocument(doc);
        m_selection->setDocument(doc);
        m_editors->setDocument(doc);
        m_problems->setDocument(doc);
        m_assets->setDocument(doc, &project()->file());
        connect(doc, &CourseDocument::changed, this, [this] {
            m_statusTimer->start();
            updateActions();
        });
        m_outline->expandToDepth(1);
        selectNode(doc->root()->id());
    }
    updateTitle();
    updateActions();
    updateStatus();
}

bool MainWindow::newCourse(QString *error)
{
    return m_session->newCourse(error);
}

bool MainWindow::newFromTemplate(const QString &name, QString *error)
{
    return m_session->newFromTemplate(name, error);
}

bool MainWindow::loadFile(const QString &path, QString *error, bool askAboutRecovery)
{
    if (askAboutRecovery) {
        if (const auto info = RecoveryFile::find(path)) {
            if (askRecover(info->title, info->savedAt))
                return restoreRecovery(info->recoveryPath, error);
            RecoveryFile::discard(info->recoveryPath);
        }
    }
    return m_session->open(path, error);
}

bool MainWindow::askRecover(const QString &title, const QDateTime &savedAt)
{
    const auto answer = QMessageBox::question(
        this, tr("Recover Unsaved Changes"),
        tr("Coursewright did not close normally while \u201c%1\u201d had unsaved changes. Restore the "
           "changes autosaved at %2?")
            .arg(title, QLocale().toString(savedAt, QLocale::ShortFormat)),
        QMessageBox::Yes | QMessageBox::Discard, QMessageBox::Yes);
    return answer == QMessageBox::Yes;
}

bool MainWindow::offerUntitledRecovery()
{
    const QList<RecoveryFile::Info> found = RecoveryFile::untitled();
    if (found.isEmpty())
        return false;
    const RecoveryFile::Info &info = found.first();
    if (!askRecover(info.title, info.savedAt)) {
        RecoveryFile::discard(info.recoveryPath);
        return false;
    }
    QString error;
    if (!restoreRecovery(info.recoveryPath, &error)) {
        showError(tr("Cannot recover the course"), error);
        return false;
    }
    return true;
}

bool MainWindow::restoreRecovery(const QString &recoveryPath, QString *error)
{
    QString notice;
    QString autosaveWarning;
    if (!m_session->openRecovered(recoveryPath, error, &notice, &autosaveWarning))
        return false;
    if (!autosaveWarning.isEmpty())
        statusBar()->showMessage(tr("Autosave failed: %1").arg(autosaveWarning), 10000);
    if (!notice.isEmpty())
        QMessageBox::information(this, tr("Recovered Course"), notice);
    return true;
}

bool MainWindow::saveFile(QString *error)
{
    return m_session->save(error);
}

bool MainWindow::saveFileAs(const QString &path, QString *error)
{
    return m_session->saveAs(path, error);
}

void MainWindow::updateTitle()
{
    const QString name = document() ? m_session->displayName() : tr("No course");
    setWindowTitle(tr("%1[*] \u2014 Coursewright").arg(name));
    setWindowModified(m_session->isModified());
}

const Node *MainWindow::selected() const
{
    CourseDocument *doc = document();
    return doc ? doc->node(m_selection->current()) : nullptr;
}

QUuid MainWindow::selectedNode() const
{
    return m_selection->current();
}

void MainWindow::selectNode(const QUuid &id)
{
    const CourseDocument *doc = document();
    const Node *n = doc ? doc->node(id) : nullptr;
    // Parts the outline does not list (a question's choices) are edited with their question.
    while (n && !m_model->indexFor(n->id()).isValid())
        n = n->parent();
    if (n)
        m_selection->select(n->id());
}

void MainWindow::onCurrentChanged(const QUuid &current)
{
    const QModelIndex index = m_model->indexFor(current);
    if (index != m_outline->currentIndex()) {
        m_syncingOutline = true;
        for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
            m_outline->expand(p);
        m_outline->setCurrentIndex(index);
        if (index.isValid())
            m_outline->scrollTo(index);
        m_syncingOutline = false;
    }
    m_editors->setNode(current);
    updateActions();
}

QWidget *MainWindow::editorFor(const QString &key) const
{
    Editor *editor = m_editors->currentEditor();
    return editor ? editor->editorFor(key) : nullptr;
}

QList<NodeKind> MainWindow::addableKinds() const
{
    QList<NodeKind> kinds;
    const Node *n = selected();
    if (!n && document())
        n = document()->root();
    if (!n)
        return kinds;
    if (n->parent())
        kinds = Schema::instance().kind(n->parent()->kind()).childKinds;
    for (NodeKind k : Schema::instance().kind(n->kind()).childKinds) {
        if (!kinds.contains(k))
            kinds << k;
    }
    return kinds;
}

QUuid MainWindow::addNode(NodeKind kind)
{
    CourseDocument *doc = document();
    if (!doc)
        return {};
    const Node *n = selected();
    if (!n)
        n = doc->root();
    QUuid parent;
    int index = 0;
    // After the selection as a sibling reads as "next", which is what an author usually wants;
    // inside it only when the selection is a container of that kind.
    if (n->parent() && Schema::instance().kind(n->parent()->kind()).acceptsChild(kind)) {
        parent = n->parent()->id();
        index = n->indexInParent() + 1;
    } else if (Schema::instance().kind(n->kind()).acceptsChild(kind)) {
        parent = n->id();
        index = n->childCount();
    } else {
        return {};
    }
    std::unique_ptr<Node> node = NodeEdits::createChild(*doc->node(parent), kind);
    const QUuid id = node->id();
    QString error;
    if (!doc->insertNode(parent, index, std::move(node), &error)) {
        showError(tr("Cannot add"), error);
        return {};
    }
    selectNode(id);
    // The new item's first field takes the typing (its title, a new choice's text), not the
    // outline.
    m_editors->focusPart(id);
    return id;
}

void MainWindow::rebuildAddMenu()
{
    m_addMenu->clear();
    const Node *n = selected();
    if (!n && document())
        n = document()->root();
    if (!n) {
        m_addMenu->addAction(tr("No course is open"))->setEnabled(false);
        return;
    }
    const Schema &schema = Schema::instance();
    QList<NodeKind> after;
    if (n->parent())
        after = schema.kind(n->parent()->kind()).childKinds;
    QList<NodeKind> inside;
    for (NodeKind k : schema.kind(n->kind()).childKinds) {
        if (!after.contains(k))
            inside << k;
    }
    auto addGroup = [&](const QList<NodeKind> &kinds, const QString &title) {
        if (kinds.isEmpty())
            return;
        m_addMenu->addSection(title);
        for (NodeKind k : kinds) {
            QAction *a = m_addMenu->addAction(KindIcon::icon(k), Schema::kindLabel(k));
            a->setObjectName(QStringLiteral("actionAdd_") + kindName(k));
            connect(a, &QAction::triggered, this, [this, k] { addNode(k); });
        }
    };
    // Kind names keep the section headers short; the selection's title can be very long.
    const QString kind = Schema::kindNoun(n->kind());
    addGroup(after, tr("After this %1").arg(kind));
    addGroup(inside, tr("Inside this %1").arg(kind));
    if (m_addMenu->isEmpty())
        m_addMenu->addAction(tr("Nothing can be added here"))->setEnabled(false);
}

void MainWindow::onDelete()
{
    CourseDocument *doc = document();
    const Node *n = selected();
    if (!doc || !n || !n->parent())
        return;
    // Keep the selection nearby so repeated deletes walk through siblings.
    const QUuid next = NodeEdits::neighbourAfterRemoval(*doc, n->id());
    QString error;
    if (!doc->removeNode(n->id(), &error)) {
        showError(tr("Cannot delete"), error);
        return;
    }
    selectNode(next);
}

void MainWindow::onDuplicate()
{
    CourseDocument *doc = document();
    const Node *n = selected();
    if (!doc || !n || !n->parent())
        return;
    QString error;
    const QUuid copy = NodeEdits::duplicate(*doc, n->id(), &error);
    if (copy.isNull()) {
        showError(tr("Cannot duplicate"), error);
        return;
    }
    selectNode(copy);
}

bool MainWindow::importMedia(const QStringList &paths, QString *error)
{
    if (!project())
        return false;
    if (m_importing) {
        if (error)
            *error = tr("Another import is still running.");
        return false;
    }
    const QUuid target = selectedNode();
    m_importing = true;
    const auto done = qScopeGuard([this] { m_importing = false; });
    ImportProgressDialog progress(this, tr("Importing %n media file(s)…", nullptr, int(paths.size())));
    const auto result = MediaImport::run(*project(), paths, target, error, progress.callback());
    if (!result && progress.wasCancelled()) {
        // The designer's own choice: said in the status bar, not in an error box.
        if (error) {
            statusBar()->showMessage(*error, 5000);
            error->clear();
        }
        return false;
    }
    if (!result)
        return false;
    statusBar()->showMessage(tr("Imported %n media file(s)", nullptr, int(result->imported.size())), 5000);
    return true;
}

void MainWindow::onImportMedia()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Import Media"), QString(), MediaDrop::dialogFilter());
    if (paths.isEmpty())
        return;
    QString error;
    if (!importMedia(paths, &error) && !error.isEmpty())
        showError(tr("Cannot import media"), error);
}

bool MainWindow::replaceAsset(const QString &hash, const QString &path, QString *error)
{
    if (!project())
        return false;
    if (m_importing) {
        if (error)
            *error = tr("Another import is still running.");
        return false;
    }
    const QString oldName = document()->asset(hash) ? document()->asset(hash)->name : QString();
    const auto replacement = MediaReplace::run(*project(), hash, path, error);
    if (!replacement)
        return false;
    statusBar()->showMessage(tr("Replaced %1 with %2").arg(oldName, replacement->name), 5000);
    return true;
}

void MainWindow::onReplaceAsset(const QString &hash)
{
    const AssetInfo *old = document() ? document()->asset(hash) : nullptr;
    if (!old)
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Replace %1").arg(old->name), QString(),
                                                      MediaDrop::dialogFilter());
    if (path.isEmpty())
        return;
    QString error;
    if (!replaceAsset(hash, path, &error))
        showError(tr("Cannot replace media"), error);
}

void MainWindow::importDroppedMedia(const QStringList &paths, const QUuid &target)
{
    // Imported once the drop has finished, so an error dialog does not run inside the drag's
    // event loop (see dropEvent).
    QTimer::singleShot(0, this, [this, paths, target] {
        if (!target.isNull())
            selectNode(target);
        QString error;
        if (!importMedia(paths, &error) && !error.isEmpty())
            showError(tr("Cannot import media"), error);
    });
}

void MainWindow::onMove(int delta)
{
    CourseDocument *doc = document();
    const Node *n = selected();
    if (!doc || !n)
        return;
    const QUuid id = n->id();
    QString error;
    if (!NodeEdits::moveBy(*doc, id, delta, &error) && !error.isEmpty())
        showError(tr("Cannot move"), error);
    selectNode(id);
    updateActions();
}

void MainWindow::updateActions()
{
    const Node *n = selected();
    const bool hasDoc = document() != nullptr;
    const bool movable = n && n->parent();
    const auto enable = [this](Id id, bool on) { m_actions->action(id)->setEnabled(on); };
    enable(Id::Save, hasDoc);
    enable(Id::SaveAs, hasDoc);
    enable(Id::Delete, movable);
    enable(Id::Duplicate, movable);
    enable(Id::MoveUp, movable && n->indexInParent() > 0);
    enable(Id::MoveDown, movable && n->indexInParent() + 1 < n->parent()->childCount());
    enable(Id::ImportMedia, hasDoc);
    enable(Id::Export, hasDoc);
    enable(Id::GoToEditor, n != nullptr);
    m_addMenu->setEnabled(hasDoc);
}

void MainWindow::onExport()
{
    if (!project())
        return;
    ExportDialog dialog(*project(), this);
    m_exportDialog = &dialog;
    const auto closed = qScopeGuard([this] { m_exportDialog = nullptr; });
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Exporter::Result &result = dialog.result();
    statusBar()->showMessage(tr("Exported to %1: %n file(s).", nullptr, result.files)
                                 .arg(QDir::toNativeSeparators(dialog.outputPath())),
                             10000);
}

void MainWindow::updateStatus()
{
    m_statusTimer->stop();
    CourseDocument *doc = document();
    if (!doc) {
        m_durationLabel->clear();
        return;
    }
    const DurationEstimate estimate(*doc);
    const int minutes = int(std::lround(estimate.seconds(*doc->root()) / 60.0));
    m_durationLabel->setText(tr("Estimated duration: %1 min").arg(minutes));
    const DurationEstimate::Assumptions &a = estimate.assumptions();
    m_durationLabel->setToolTip(
        tr("Reading at %1 words per minute, %2 s per question, %3 s per scenario step, "
           "%4 s per image, plus media durations.")
            .arg(a.wordsPerMinute)
            .arg(a.secondsPerQuestion)
            .arg(a.secondsPerScenarioStep)
            .arg(a.secondsPerImage));
}

void MainWindow::updateProblemsDock(int errors, int warnings)
{
    m_problemsLabel->setText(tr("Errors: %1  Warnings: %2").arg(errors).arg(warnings));
    // An empty list takes no room from the editor; it comes back when there is something to read,
    // unless the designer closed it (View > Problems opens it again).
    const bool show = errors + warnings > 0 && !m_problemsClosedByUser;
    if (show == !m_problems->isHidden())
        return;
    m_showingProblems = true;
    m_problems->setVisible(show);
    m_showingProblems = false;
}

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

bool MainWindow::maybeSave()
{
    if (!m_session->isModified())
        return true;
    const QString name = m_session->displayName();
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved changes"), tr("Save the changes to \u201c%1\u201d before closing?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return onSave();
    return answer == QMessageBox::Discard;
}

void MainWindow::onNew()
{
    if (!maybeSave())
        return;
    QString error;
    if (!newCourse(&error))
        showError(tr("Cannot create a course"), error);
}

void MainWindow::onNewSample()
{
    if (!maybeSave())
        return;
    QString error;
    if (!newFromTemplate(QStringLiteral("sample"), &error))
        showError(tr("Cannot create a course"), error);
}

void MainWindow::onOpen()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Course"), QString(), fileFilter());
    if (!path.isEmpty())
        openPath(path);
}

void MainWindow::openPath(const QString &path)
{
    QString error;
    if (!loadFile(path, &error, true))
        showError(tr("Cannot open %1").arg(QFileInfo(path).fileName()), error);
}

bool MainWindow::onSave()
{
    if (!project())
        return false;
    if (m_session->isUntitled())
        return onSaveAs();
    QString error;
    if (!saveFile(&error)) {
        showError(tr("Cannot save"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(filePath()).fileName()), 3000);
    return true;
}

bool MainWindow::onSaveAs()
{
    if (!project())
        return false;
    QString path = QFileDialog::getSaveFileName(this, tr("Save Course As"), filePath(), fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".cwcourse");
    QString error;
    if (!saveFileAs(path, &error)) {
        showError(tr("Cannot save"), error);
        return false;
    }
    statusBar()->showMessage(tr("Saved %1").arg(QFileInfo(path).fileName()), 3000);
    return true;
}

void MainWindow::onAbout()
{
    QMessageBox::about(this, tr("About Coursewright"),
                       tr("<h3>Coursewright %1</h3><p>Offline course authoring with SCORM, xAPI and cmi5 "
                          "export.</p>")
                           .arg(QCoreApplication::applicationVersion()));
}

QStringList MainWindow::recentFiles()
{
    return ProjectSession::recentFiles();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = recentFiles();
    for (const QString &path : files) {
        QAction *a = m_recentMenu->addAction(QFileInfo(path).fileName());
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] {
            if (maybeSave())
                openPath(path);
        });
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent courses"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear List"), this, &ProjectSession::clearRecentFiles);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_importing)
        return; // nothing replaces or changes the course under a running import
    if (!droppedCourse(event->mimeData()).isEmpty() ||
        (project() && !MediaDrop::files(event->mimeData()).isEmpty()))
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedCourse(event->mimeData());
    if (path.isEmpty()) {
        const QStringList media = MediaDrop::files(event->mimeData());
        if (media.isEmpty() || !project())
            return;
        event->acceptProposedAction();
        importDroppedMedia(media, QUuid());
        return;
    }
    event->acceptProposedAction();
    // Opened once the drop has finished: the dialogs it may show (save changes, recovery, an
    // error) must not run inside the drag's own event loop on every platform.
    QTimer::singleShot(0, this, [this, path] {
        if (maybeSave())
            openPath(path);
    });
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // An export still running reads the project's file: stop it before anything saves or closes.
    if (m_exportDialog)
        m_exportDialog->cancelExport();
    // The import's progress dialog runs the event loop inside importMedia(): closing now would
    // destroy the project under it. Cancel the import first.
    if (m_importing) {
        event->ignore();
        return;
    }
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    if (m_exportDialog)
        m_exportDialog->reject();
    event->accept();
}

} // namespace cw
