#pragma once
// The editor window: arranges the outline, the central editor area and the problems list around
// the open project (ProjectSession), with the menus and toolbar of its actions (ActionRegistry).
// Views follow one SelectionModel; what they edit goes through the document's commands.

#include "assets/thumbnailcache.h"
#include "model/nodekind.h"

#include <QDateTime>
#include <QMainWindow>
#include <QUuid>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTimer;
class QTreeView;
class QUndoGroup;

namespace cw {

class ActionRegistry;
class AssetsDock;
class CourseDocument;
class EditorArea;
class ExportDialog;
class Node;
class OutlineModel;
class ProblemsDock;
class Project;
class ProjectSession;
class PropertyEditor;
class SelectionModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Replaces the open project without asking (callers ask first: see maybeSave()).
    bool newCourse(QString *error);
    // Opens a project file. When a crashed session left a recovery copy of it, asks whether to
    // restore it (only with `askAboutRecovery`, so scripted callers never see a dialog).
    bool loadFile(const QString &path, QString *error, bool askAboutRecovery = false);
    // A new project from a bundled template ("sample", "blank").
    bool newFromTemplate(const QString &name, QString *error);
    // Offers the newest untitled course a crashed session left behind; true when one was restored.
    bool offerUntitledRecovery();
    bool saveFile(QString *error);
    bool saveFileAs(const QString &path, QString *error);

    ProjectSession *session() const { return m_session; }
    CourseDocument *document() const;
    Project *project() const;
    QString filePath() const;

    SelectionModel *selection() const { return m_selection; }
    QUuid selectedNode() const;
    // Selects the node; one the outline does not list (a choice of a question) selects the
    // nearest item it does list.
    void selectNode(const QUuid &id);
    // Creates a `kind` node after the selection (or inside it when only it can hold one) and
    // selects it. Returns the new node's id, null when the kind fits nowhere.
    QUuid addNode(NodeKind kind);
    // The kinds addNode() can place relative to the current selection.
    QList<NodeKind> addableKinds() const;
    // Imports media files into the course (one undo step); each goes into the selected item's
    // first media property that takes its type. A long import shows its progress and can be
    // cancelled (then false with an empty error: the status bar says so); while it runs the window
    // refuses another import and closing.
    bool importMedia(const QStringList &paths, QString *error);
    // Puts the file at `path` in place of the media file `hash` wherever it is used, as one undo
    // step (MediaReplace); refused, with nothing changed, when it does not fit one of those places.
    bool replaceAsset(const QString &hash, const QString &path, QString *error);
    bool isImporting() const { return m_importing; }

    ActionRegistry *actionRegistry() const { return m_actions; }
    OutlineModel *outlineModel() const { return m_model; }
    QTreeView *outlineView() const { return m_outline; }
    EditorArea *editorArea() const { return m_editors; }
    // The inspector: the central area's editor for kinds without an editor of their own.
    PropertyEditor *propertyEditor() const { return m_properties; }
    // The field editing a property of the selected node, in whichever editor shows it.
    QWidget *editorFor(const QString &key) const;
    ProblemsDock *problemsDock() const { return m_problems; }
    AssetsDock *assetsDock() const { return m_assets; }

    static QStringList recentFiles();

protected:
    void closeEvent(QCloseEvent *event) override;
    // A .cwcourse file dropped on the window opens it (after asking to save the open course);
    // media files dropped on it are imported as Import Media does.
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void connectActions();
    void createMenus();
    void createToolBar();
    void createDocks();
    void onAboutToReplaceProject();
    void onProjectReplaced();
    void onCurrentChanged(const QUuid &current);
    // Opens a crashed session's recovery copy, telling the designer what they need to know.
    bool restoreRecovery(const QString &recoveryPath, QString *error);
    void updateTitle();
    void updateActions();
    void updateStatus();
    void updateProblemsDock(int errors, int warnings);
    void rebuildAddMenu();
    void rebuildRecentMenu();
    void showError(const QString &title, const QString &message);
    // Asks about unsaved changes; false when the user cancelled.
    bool maybeSave();
    const Node *selected() const;

    bool askRecover(const QString &title, const QDateTime &savedAt);
    void onNew();
    void onNewSample();
    void onOpen();
    void openPath(const QString &path);
    bool onSave();
    bool onSaveAs();
    void onDelete();
    void onDuplicate();
    void onImportMedia();
    void onReplaceAsset(const QString &hash);
    // Imports files dropped on the window or on a block (selected first), once the drop is over.
    void importDroppedMedia(const QStringList &paths, const QUuid &target);
    void onExport();
    void onMove(int delta);
    void onAbout();

    ThumbnailCache m_thumbnails; // pictures of the open project's images, for every view
    ProjectSession *m_session;
    QUndoGroup *m_undoGroup;
    ActionRegistry *m_actions;
    SelectionModel *m_selection;
    OutlineModel *m_model;
    QTreeView *m_outline;
    EditorArea *m_editors;
    PropertyEditor *m_properties = nullptr; // the editor area's default editor
    ProblemsDock *m_problems;
    AssetsDock *m_assets = nullptr;
    bool m_importing = false; // a media import runs (its progress dialog spins the event loop)
    QDockWidget *m_outlineDock = nullptr;
    QLabel *m_durationLabel;
    QLabel *m_problemsLabel;
    QTimer *m_statusTimer;
    bool m_syncingOutline = false; // the outline is being set from the selection model
    // The designer closed the Problems list by hand: it stays closed until they open it again.
    bool m_problemsClosedByUser = false;
    bool m_showingProblems = false; // the window itself shows or hides the Problems list

    ExportDialog *m_exportDialog = nullptr; // while File > Export… is open
    QMenu *m_addMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace cw
