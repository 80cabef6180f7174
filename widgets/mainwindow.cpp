#include "mainwindow.h"

#include "exportdialog.h"
#include "kindicon.h"
#include "model/coursedocument.h"
#include "model/durationestimate.h"
#include "model/schema.h"
#include "outlinemodel.h"
#include "problemsdock.h"
#include "propertyeditor.h"
#include "store/autosaver.h"
#include "store/mediaimport.h"
#include "store/project.h"
#include "store/recoveryfile.h"
#include "store/starters.h"

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
const QString kRecentKey = QStringLiteral("recentFiles");
constexpr int kMaxRecent = 8;

QIcon themed(const char *name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(name), QApplication::style()->standardIcon(fallback));
}

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
    , m_undoGroup(new QUndoGroup(this))
    , m_model(new OutlineModel(this))
    , m_outline(new QTreeView(this))
    , m_properties(new PropertyEditor(this))
    , m_problems(new ProblemsDock(this))
    , m_durationLabel(new QLabel(this))
    , m_problemsLabel(new QLabel(this))
    , m_statusTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(KindIcon::icon(NodeKind::Course));
    setCentralWidget(m_properties);

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
    connect(m_outline->selectionModel(), &QItemSelectionModel::currentChanged, this, [this] {
        m_properties->setNode(selectedNode());
        updateActions();
    });
    connect(m_model, &OutlineModel::moveFailed, this,
            [this](const QString &reason) { statusBar()->showMessage(reason, 5000); });
    connect(m_model, &QAbstractItemModel::rowsMoved, this, [this] { updateActions(); });
    connect(m_outline, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu;
        rebuildAddMenu();
        menu.addMenu(m_addMenu);
        menu.addSeparator();
        menu.addAction(m_duplicateAction);
        menu.addAction(m_deleteAction);
        menu.addSeparator();
        menu.addAction(m_moveUpAction);
        menu.addAction(m_moveDownAction);
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
    connect(m_problems, &ProblemsDock::problemsChanged, this, [this](int errors, int warnings) {
        m_problemsLabel->setText(tr("Errors: %1  Warnings: %2").arg(errors).arg(warnings));
    });
    connect(m_problems, &ProblemsDock::nodeActivated, this, [this](const QUuid &id) {
        selectNode(id);
        m_outline->setFocus();
    });

    createActions();
    createDocks();
    createMenus();
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
    setProject(nullptr);
}

void MainWindow::createActions()
{
    m_newAction = new QAction(themed("document-new", QStyle::SP_FileIcon), tr("&New"), this);
    m_newAction->setShortcuts(QKeySequence::New);
    m_newAction->setStatusTip(tr("Start a new course"));
    connect(m_newAction, &QAction::triggered, this, &MainWindow::onNew);

    m_newSampleAction = new QAction(tr("New from &Sample Course"), this);
    m_newSampleAction->setStatusTip(Starters::description(QStringLiteral("sample")));
    connect(m_newSampleAction, &QAction::triggered, this, &MainWindow::onNewSample);

    m_openAction = new QAction(themed("document-open", QStyle::SP_DialogOpenButton), tr("&Open…"), this);
    m_openAction->setShortcuts(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open a course file"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::onOpen);

    m_saveAction = new QAction(themed("document-save", QStyle::SP_DialogSaveButton), tr("&Save"), this);
    m_saveAction->setShortcuts(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, [this] { onSave(); });

    m_saveAsAction =
        new QAction(themed("document-save-as", QStyle::SP_DialogSaveButton), tr("Save &As…"), this);
    m_saveAsAction->setShortcuts(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, [this] { onSaveAs(); });

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcuts(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = m_undoGroup->createUndoAction(this, tr("&Undo"));
    m_undoAction->setIcon(themed("edit-undo", QStyle::SP_ArrowBack));
    m_undoAction->setShortcuts(QKeySequence::Undo);
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_redoAction = m_undoGroup->createRedoAction(this, tr("&Redo"));
    m_redoAction->setIcon(themed("edit-redo", QStyle::SP_ArrowForward));
    m_redoAction->setShortcuts(QKeySequence::Redo);
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));

    m_deleteAction = new QAction(themed("edit-delete", QStyle::SP_TrashIcon), tr("&Delete"), this);
    m_deleteAction->setObjectName(QStringLiteral("actionDelete"));
    m_deleteAction->setShortcuts(QKeySequence::Delete);
    m_deleteAction->setStatusTip(tr("Delete the selected item and everything in it"));
    connect(m_deleteAction, &QAction::triggered, this, &MainWindow::onDelete);

    m_duplicateAction =
        new QAction(themed("edit-copy", QStyle::SP_FileDialogNewFolder), tr("D&uplicate"), this);
    m_duplicateAction->setObjectName(QStringLiteral("actionDuplicate"));
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_duplicateAction, &QAction::triggered, this, &MainWindow::onDuplicate);

    m_moveUpAction = new QAction(themed("go-up", QStyle::SP_ArrowUp), tr("Move &Up"), this);
    m_moveUpAction->setObjectName(QStringLiteral("actionMoveUp"));
    m_moveUpAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_moveUpAction, &QAction::triggered, this, [this] { onMove(-1); });

    m_moveDownAction = new QAction(themed("go-down", QStyle::SP_ArrowDown), tr("Move Do&wn"), this);
    m_moveDownAction->setObjectName(QStringLiteral("actionMoveDown"));
    m_moveDownAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    connect(m_moveDownAction, &QAction::triggered, this, [this] { onMove(1); });

    m_importMediaAction =
        new QAction(themed("insert-image", QStyle::SP_DirOpenIcon), tr("Import &Media…"), this);
    m_importMediaAction->setObjectName(QStringLiteral("actionImportMedia"));
    m_importMediaAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_importMediaAction->setStatusTip(tr("Add images, audio, video or captions to the course; they go into "
                                         "the selected item when it takes them"));
    connect(m_importMediaAction, &QAction::triggered, this, &MainWindow::onImportMedia);

    m_exportAction = new QAction(themed("document-send", QStyle::SP_DialogSaveButton), tr("&Export…"), this);
    m_exportAction->setObjectName(QStringLiteral("actionExport"));
    m_exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_exportAction->setStatusTip(
        tr("Write the course as a package to put online or into a learning platform"));
    connect(m_exportAction, &QAction::triggered, this, &MainWindow::onExport);

    m_addMenu = new QMenu(tr("&Add"), this);
    m_addMenu->setObjectName(QStringLiteral("menuAdd"));
    m_addMenu->setIcon(themed("list-add", QStyle::SP_FileDialogNewFolder));
    connect(m_addMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildAddMenu);
}

void MainWindow::createDocks()
{
    m_outlineDock = new QDockWidget(tr("Outline"), this);
    m_outlineDock->setObjectName(QStringLiteral("OutlineDock"));
    m_outlineDock->setWidget(m_outline);
    m_outlineDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::LeftDockWidgetArea, m_outlineDock);
    addDockWidget(Qt::BottomDockWidgetArea, m_problems);
    resizeDocks({m_outlineDock}, {380}, Qt::Horizontal);
    resizeDocks({m_problems}, {150}, Qt::Vertical);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_newSampleAction);
    file->addAction(m_openAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    file->addSeparator();
    file->addAction(m_saveAction);
    file->addAction(m_saveAsAction);
    file->addSeparator();
    file->addAction(m_exportAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undoAction);
    edit->addAction(m_redoAction);
    edit->addSeparator();
    edit->addMenu(m_addMenu);
    edit->addAction(m_importMediaAction);
    edit->addAction(m_duplicateAction);
    edit->addAction(m_deleteAction);
    edit->addSeparator();
    edit->addAction(m_moveUpAction);
    edit->addAction(m_moveDownAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_outlineDock->toggleViewAction());
    view->addAction(m_problems->toggleViewAction());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Coursewright"), this, &MainWindow::onAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("MainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_newAction);
    bar->addAction(m_openAction);
    bar->addAction(m_saveAction);
    bar->addSeparator();
    bar->addAction(m_undoAction);
    bar->addAction(m_redoAction);
    // Their text names the command ("Undo Change title"): icon only, so the toolbar does not jump.
    for (QAction *a : {m_undoAction, m_redoAction}) {
        if (auto *button = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    }
    bar->addSeparator();
    auto *addButton = new QToolButton(bar);
    addButton->setMenu(m_addMenu);
    addButton->setPopupMode(QToolButton::InstantPopup);
    addButton->setIcon(m_addMenu->icon());
    addButton->setText(tr("Add"));
    addButton->setToolTip(tr("Add an item after the selection"));
    addButton->setAccessibleName(tr("Add"));
    addButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(addButton);
    bar->addAction(m_importMediaAction);
    bar->addAction(m_duplicateAction);
    bar->addAction(m_deleteAction);
    bar->addSeparator();
    bar->addAction(m_moveUpAction);
    bar->addAction(m_moveDownAction);
}

CourseDocument *MainWindow::document() const
{
    return m_project ? &m_project->document() : nullptr;
}

QString MainWindow::filePath() const
{
    return m_project && !m_project->file().isTemporary() ? m_project->file().filePath() : QString();
}

void MainWindow::setProject(std::unique_ptr<Project> project)
{
    m_properties->setDocument(nullptr);
    m_problems->setDocument(nullptr);
    m_model->setDocument(nullptr);
    m_autosaver.reset();
    if (m_project)
        m_undoGroup->removeStack(m_project->document().undoStack());
    m_project = std::move(project);
    if (m_project) {
        m_autosaver = std::make_unique<Autosaver>(m_project->file());
        connect(m_autosaver.get(), &Autosaver::failed, this, [this](const QString &message) {
            statusBar()->showMessage(tr("Autosave failed: %1").arg(message), 10000);
        });
        CourseDocument *doc = &m_project->document();
        m_undoGroup->addStack(doc->undoStack());
        m_undoGroup->setActiveStack(doc->undoStack());
        m_model->setDocument(doc);
        m_properties->setDocument(doc);
        m_problems->setDocument(doc);
        connect(doc, &CourseDocument::changed, this, [this] {
            m_statusTimer->start();
            updateActions();
        });
        connect(&m_project->file(), &ProjectFile::filePathChanged, this, &MainWindow::updateTitle);
        m_outline->expandToDepth(1);
        selectNode(doc->root()->id());
    }
    updateTitle();
    updateActions();
    updateStatus();
}

bool MainWindow::newCourse(QString *error)
{
    std::unique_ptr<Project> project = Project::createNew(std::nullopt, error);
    if (!project)
        return false;
    setProject(std::move(project));
    return true;
}

bool MainWindow::newFromTemplate(const QString &name, QString *error)
{
    std::unique_ptr<Project> project = Starters::create(name, error);
    if (!project)
        return false;
    setProject(std::move(project));
    return true;
}

bool MainWindow::loadFile(const QString &path, QString *error, bool askAboutRecovery)
{
    if (askAboutRecovery) {
        if (const auto info = RecoveryFile::find(path)) {
            if (askRecover(info->title, info->savedAt)) {
                if (!restoreRecovery(info->recoveryPath, error))
                    return false;
                addRecentFile(path);
                return true;
            }
            RecoveryFile::discard(info->recoveryPath);
        }
    }
    std::unique_ptr<Project> project = Project::open(path, error);
    if (!project)
        return false;
    setProject(std::move(project));
    addRecentFile(path);
    return true;
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
    std::unique_ptr<Project> project = Project::openRecovered(recoveryPath, error, &notice);
    if (!project)
        return false;
    setProject(std::move(project));
    // Until the new session has written its own copy, the old one stays the only safe place.
    QString takeOverError;
    if (!m_autosaver->takeOver(recoveryPath, &takeOverError))
        statusBar()->showMessage(tr("Autosave failed: %1").arg(takeOverError), 10000);
    if (!notice.isEmpty())
        QMessageBox::information(this, tr("Recovered Course"), notice);
    return true;
}

bool MainWindow::saveFile(QString *error)
{
    if (!m_project)
        return false;
    m_project->document().commitEdits();
    return m_project->file().save(error);
}

bool MainWindow::saveFileAs(const QString &path, QString *error)
{
    if (!m_project)
        return false;
    m_project->document().commitEdits();
    if (!m_project->file().saveAs(path, error))
        return false;
    addRecentFile(m_project->file().filePath());
    updateTitle();
    return true;
}

void MainWindow::updateTitle()
{
    QString name = tr("No course");
    if (m_project) {
        name = m_project->file().isTemporary() ? tr("Untitled")
                                               : QFileInfo(m_project->file().filePath()).fileName();
    }
    setWindowTitle(tr("%1[*] \u2014 Coursewright").arg(name));
    setWindowModified(m_project && m_project->document().isModified());
}

const Node *MainWindow::selected() const
{
    return m_model->nodeAt(m_outline->currentIndex());
}

QUuid MainWindow::selectedNode() const
{
    const Node *n = selected();
    return n ? n->id() : QUuid();
}

void MainWindow::selectNode(const QUuid &id)
{
    const QModelIndex index = m_model->indexFor(id);
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_outline->expand(p);
    m_outline->setCurrentIndex(index);
    m_outline->scrollTo(index);
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
    std::unique_ptr<Node> node = CourseDocument::createNode(kind);
    const QUuid id = node->id();
    QString error;
    if (!doc->insertNode(parent, index, std::move(node), &error)) {
        showError(tr("Cannot add"), error);
        return {};
    }
    selectNode(id);
    // The new item's first field takes the typing (its title), not the outline.
    m_properties->focusFirstField();
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
    const Node *parent = n->parent();
    const int row = n->indexInParent();
    QUuid next;
    if (row + 1 < parent->childCount())
        next = parent->child(row + 1)->id();
    else if (row > 0)
        next = parent->child(row - 1)->id();
    else
        next = parent->id();
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
    std::unique_ptr<Node> copy = n->clone(true);
    const QUuid id = copy->id();
    QString error;
    {
        CourseDocument::Macro macro(*doc, tr("Duplicate %1").arg(Schema::kindNoun(n->kind())));
        if (!doc->insertNode(n->parent()->id(), n->indexInParent() + 1, std::move(copy), &error)) {
            showError(tr("Cannot duplicate"), error);
            return;
        }
    }
    selectNode(id);
}

bool MainWindow::importMedia(const QStringList &paths, QString *error)
{
    if (!m_project)
        return false;
    const QUuid target = selectedNode();
    const auto result = MediaImport::run(*m_project, paths, target, error);
    if (!result)
        return false;
    statusBar()->showMessage(tr("Imported %n media file(s)", nullptr, int(result->imported.size())), 5000);
    return true;
}

void MainWindow::onImportMedia()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Media"), QString(),
        tr("Media (*.png *.jpg *.jpeg *.gif *.webp *.svg *.mp4 *.webm *.m4v *.mp3 *.m4a *.ogg *.wav *.vtt);;"
           "All files (*)"));
    if (paths.isEmpty())
        return;
    QString error;
    if (!importMedia(paths, &error))
        showError(tr("Cannot import media"), error);
}

void MainWindow::onMove(int delta)
{
    CourseDocument *doc = document();
    const Node *n = selected();
    if (!doc || !n || !n->parent())
        return;
    const QUuid id = n->id();
    const int target = n->indexInParent() + delta;
    if (target < 0 || target >= n->parent()->childCount())
        return;
    QString error;
    if (!doc->moveNode(id, n->parent()->id(), target, &error))
        showError(tr("Cannot move"), error);
    selectNode(id);
    updateActions();
}

void MainWindow::updateActions()
{
    const Node *n = selected();
    const bool hasDoc = document() != nullptr;
    const bool movable = n && n->parent();
    m_saveAction->setEnabled(hasDoc);
    m_saveAsAction->setEnabled(hasDoc);
    m_deleteAction->setEnabled(movable);
    m_duplicateAction->setEnabled(movable);
    m_moveUpAction->setEnabled(movable && n->indexInParent() > 0);
    m_moveDownAction->setEnabled(movable && n->indexInParent() + 1 < n->parent()->childCount());
    m_addMenu->setEnabled(hasDoc);
    m_importMediaAction->setEnabled(hasDoc);
    m_exportAction->setEnabled(hasDoc);
}

void MainWindow::onExport()
{
    if (!m_project)
        return;
    ExportDialog dialog(*m_project, this);
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

void MainWindow::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

bool MainWindow::maybeSave()
{
    if (!m_project || !m_project->document().isModified())
        return true;
    const QString name =
        m_project->file().isTemporary() ? tr("Untitled") : QFileInfo(m_project->file().filePath()).fileName();
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
    if (!m_project)
        return false;
    if (m_project->file().isTemporary())
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
    if (!m_project)
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
    return QSettings().value(kRecentKey).toStringList();
}

void MainWindow::addRecentFile(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > kMaxRecent)
        files.removeLast();
    QSettings().setValue(kRecentKey, files);
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
    m_recentMenu->addAction(tr("Clear List"), this, [] { QSettings().remove(kRecentKey); });
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedCourse(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = droppedCourse(event->mimeData());
    if (path.isEmpty())
        return;
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
