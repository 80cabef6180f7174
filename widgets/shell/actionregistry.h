#pragma once
// Every command of the editor window as one QAction: its words, icon, status tip and shortcuts
// (platform sequences where Qt has them, several where a platform has several). The window adds
// them to menus and toolbars and connects what they do; tests find them by id, and one test checks
// that no two actions share a shortcut.

#include <QHash>
#include <QList>
#include <QObject>

class QAction;
class QUndoGroup;

namespace cw {

class ActionRegistry : public QObject
{
    Q_OBJECT

public:
    enum class Id
    {
        New,
        NewFromSample,
        Open,
        Save,
        SaveAs,
        Export,
        Quit,
        Undo,
        Redo,
        ImportMedia,
        Duplicate,
        Delete,
        MoveUp,
        MoveDown,
        GoToOutline,
        GoToEditor,
        About,
        AboutQt,
    };

    // Undo and redo follow the undo group's active stack.
    ActionRegistry(QUndoGroup *undoGroup, QObject *parent);

    QAction *action(Id id) const { return m_actions.value(id); }
    QList<QAction *> actions() const { return m_ordered; }

private:
    QAction *add(Id id, QAction *action, const char *objectName);
    QAction *add(Id id, const QString &text, const char *objectName);

    QHash<Id, QAction *> m_actions;
    QList<QAction *> m_ordered;
};

} // namespace cw
