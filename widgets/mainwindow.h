#pragma once
// The editor window: outline, property editor and problems around one open project, with the
// file, edit and insert commands a desktop authoring tool is expected to have.

#include "model/nodekind.h"

#include <QDateTime>
#include <QMainWindow>
#include <QUuid>

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QTimer;
class QTreeView;
class QUndoGroup;

namespace cw {

class CourseDocument;
class Node;
class OutlineModel;
class ProblemsDock;
class Autosaver;
class ExportDialog;
class Project;
class PropertyEditor;

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

    CourseDocument *document() const;
    Project *project() const { return m_project.get(); }
    QString filePath() const;

    QUuid selectedNode() const;
    void selectNode(const QUuid &id);
    // Creates a `kind` node after the selection (or inside it when only it can hold one) and
    // selects it. Returns the new node's id, null when the kind fits nowhere.
    QUuid addNode(NodeKind kind);
    // The kinds addNode() can place relative to the current selection.
    QList<NodeKind> addableKinds() const;
    // Imports media files into the course (one undo step); each goes into the selected item's
    // first media property that takes its type.
    bool importMedia(const QStringList &paths, QString *error);

    OutlineModel *outlineModel() const { return m_model; }
    QTreeView *outlineView() const { return m_outline; }
    PropertyEditor *propertyEditor() const { return m_properties; }
    ProblemsDock *problemsDock() const { return m_problems; }

    static QStringList recentFiles();

protected:
    void closeEvent(QCloseEvent *event) override;
    // A .cwcourse file dropped on the window opens it (after asking to save the open course).
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void setProject(std::unique_ptr<Project> project);
    // Opens a crashed session's recovery copy and continues autosaving in its place.
    bool restoreRecovery(const QString &recoveryPath, QString *error);
    void updateTitle();
    void updateActions();
    void updateStatus();
    void rebuildAddMenu();
    void rebuildRecentMenu();
    void addRecentFile(const QString &path);
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
    void onExport();
    void onMove(int delta);
    void onAbout();

    std::unique_ptr<Project> m_project;
    std::unique_ptr<Autosaver> m_autosaver; // declared after m_project: destroyed first
    QUndoGroup *m_undoGroup;
    OutlineModel *m_model;
    QTreeView *m_outline;
    PropertyEditor *m_properties;
    ProblemsDock *m_problems;
    QDockWidget *m_outlineDock = nullptr;
    QLabel *m_durationLabel;
    QLabel *m_problemsLabel;
    QTimer *m_statusTimer;

    QAction *m_newAction = nullptr;
    QAction *m_newSampleAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_moveUpAction = nullptr;
    QAction *m_moveDownAction = nullptr;
    QAction *m_importMediaAction = nullptr;
    QAction *m_exportAction = nullptr;
    ExportDialog *m_exportDialog = nullptr; // while File > Export… is open
    QMenu *m_addMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace cw
