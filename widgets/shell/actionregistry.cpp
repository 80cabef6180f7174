#include "actionregistry.h"

#include "themedicon.h"

#include "store/starters.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QKeySequence>
#include <QStyle>
#include <QUndoGroup>

namespace cw {

QAction *ActionRegistry::add(Id id, QAction *action, const char *objectName)
{
    action->setObjectName(QString::fromLatin1(objectName));
    m_actions.insert(id, action);
    m_ordered << action;
    return action;
}

QAction *ActionRegistry::add(Id id, const QString &text, const char *objectName)
{
    return add(id, new QAction(text, this), objectName);
}

ActionRegistry::ActionRegistry(QUndoGroup *undoGroup, QObject *parent)
    : QObject(parent)
{
    QAction *a = add(Id::New, tr("&New"), "actionNew");
    a->setIcon(themedIcon("document-new", QStyle::SP_FileIcon));
    a->setShortcuts(QKeySequence::New);
    a->setStatusTip(tr("Start a new course"));

    a = add(Id::NewFromSample, tr("New from &Sample Course"), "actionNewFromSample");
    a->setStatusTip(Starters::description(QStringLiteral("sample")));

    a = add(Id::Open, tr("&Open…"), "actionOpen");
    a->setIcon(themedIcon("document-open", QStyle::SP_DialogOpenButton));
    a->setShortcuts(QKeySequence::Open);
    a->setStatusTip(tr("Open a course file"));

    a = add(Id::Save, tr("&Save"), "actionSave");
    a->setIcon(themedIcon("document-save", QStyle::SP_DialogSaveButton));
    a->setShortcuts(QKeySequence::Save);
    a->setStatusTip(tr("Save the course"));

    a = add(Id::SaveAs, tr("Save &As…"), "actionSaveAs");
    a->setIcon(themedIcon("document-save-as", QStyle::SP_DialogSaveButton));
    a->setShortcuts(QKeySequence::SaveAs);
    a->setStatusTip(tr("Save the course under a new name"));

    a = add(Id::Export, tr("&Export…"), "actionExport");
    a->setIcon(themedIcon("document-send", QStyle::SP_DialogSaveButton));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    a->setStatusTip(tr("Write the course as a package to put online or into a learning platform"));

    a = add(Id::Quit, tr("&Quit"), "actionQuit");
    a->setShortcuts(QKeySequence::Quit);
    a->setMenuRole(QAction::QuitRole);

    a = add(Id::Undo, undoGroup->createUndoAction(this, tr("&Undo")), "actionUndo");
    a->setIcon(themedIcon("edit-undo", QStyle::SP_ArrowBack));
    a->setShortcuts(QKeySequence::Undo);

    a = add(Id::Redo, undoGroup->createRedoAction(this, tr("&Redo")), "actionRedo");
    a->setIcon(themedIcon("edit-redo", QStyle::SP_ArrowForward));
    a->setShortcuts(QKeySequence::Redo);

    a = add(Id::ImportMedia, tr("Import &Media…"), "actionImportMedia");
    a->setIcon(themedIcon("insert-image", QStyle::SP_DirOpenIcon));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    a->setStatusTip(tr("Add images, audio, video or captions to the course; they go into the selected item "
                       "when it takes them"));

    a = add(Id::Duplicate, tr("D&uplicate"), "actionDuplicate");
    a->setIcon(themedIcon("edit-copy", QStyle::SP_FileDialogNewFolder));
    a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    a->setStatusTip(tr("Copy the selected item and everything in it"));

    a = add(Id::Delete, tr("&Delete"), "actionDelete");
    a->setIcon(themedIcon("edit-delete", QStyle::SP_TrashIcon));
    a->setShortcuts(QKeySequence::Delete);
    a->setStatusTip(tr("Delete the selected item and everything in it"));

    a = add(Id::MoveUp, tr("Move &Up"), "actionMoveUp");
    a->setIcon(themedIcon("go-up", QStyle::SP_ArrowUp));
    a->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Up)});
    a->setStatusTip(tr("Move the selected item before the one above it"));

    a = add(Id::MoveDown, tr("Move Do&wn"), "actionMoveDown");
    a->setIcon(themedIcon("go-down", QStyle::SP_ArrowDown));
    a->setShortcuts(
        {QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Down)});
    a->setStatusTip(tr("Move the selected item after the one below it"));

    // F6 moves between panes in most desktop applications; the letter is easier to remember.
    a = add(Id::GoToOutline, tr("Go to &Outline"), "actionGoToOutline");
    a->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), QKeySequence(Qt::Key_F6)});
    a->setStatusTip(tr("Put the keyboard in the course outline"));

    a = add(Id::GoToEditor, tr("Go to &Editor"), "actionGoToEditor");
    a->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), QKeySequence(Qt::SHIFT | Qt::Key_F6)});
    a->setStatusTip(tr("Put the keyboard in the selected item's first field"));

    a = add(Id::About, tr("&About Coursewright"), "actionAbout");
    a->setMenuRole(QAction::AboutRole);
    a = add(Id::AboutQt, tr("About &Qt"), "actionAboutQt");
    a->setMenuRole(QAction::AboutQtRole);
}

} // namespace cw
