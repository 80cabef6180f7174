#pragma once
// The open course: the node tree, its undo stack, an id index and the asset catalogue.
// Every mutation goes through the methods below as an undo command; `changed` is the one
// notification views listen to. The project file is separate (store/projectfile.h), so the
// model has no SQLite dependency and can be unit-tested in memory.

#include "assetinfo.h"
#include "changeevent.h"
#include "node.h"

#include <QHash>
#include <QJsonValue>
#include <QMap>
#include <QObject>

#include <memory>
#include <optional>

class QUndoStack;

namespace cw {

class SetPropertyCommand;

class CourseDocument : public QObject
{
    Q_OBJECT

public:
    // Takes a complete tree whose root is a Course node.
    explicit CourseDocument(std::unique_ptr<Node> root, const QList<AssetInfo> &assets = {},
                            QObject *parent = nullptr);
    ~CourseDocument() override;

    // A new course with a fresh identifier, one module and one empty page.
    static std::unique_ptr<Node> createCourseTree();
    // A node of `kind` with the children a new one needs to be useful (choices for a choice
    // question, a start step for a scenario, ...).
    static std::unique_ptr<Node> createNode(NodeKind kind);

    const Node *root() const { return m_root.get(); }
    const Node *node(const QUuid &id) const { return m_index.value(id); }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isModified() const;

    const QMap<QString, AssetInfo> &assets() const { return m_assets; }
    const AssetInfo *asset(const QString &hash) const;

    // Edits. Each pushes one undo command and returns true, or returns false with a translated
    // reason in *error and changes nothing. Typing into the same property merges into one
    // command until `commit` is passed or commitEdits() is called. Values are normalized
    // (Schema::normalized); rich text only on commit, so a half-typed tag survives typing.
    bool setProperty(const QUuid &id, const QString &key, const QJsonValue &value, bool commit = false,
                     QString *error = nullptr);
    void commitEdits();
    const Node *insertNode(const QUuid &parent, int index, std::unique_ptr<Node> node,
                           QString *error = nullptr);
    bool removeNode(const QUuid &id, QString *error = nullptr);
    bool moveNode(const QUuid &id, const QUuid &newParent, int newIndex, QString *error = nullptr);
    bool addAsset(const AssetInfo &asset);
    bool removeAsset(const QString &hash);

    // Groups the edits made while it lives into one undo step.
    class Macro
    {
    public:
        Macro(CourseDocument &document, const QString &text);
        ~Macro();
        Macro(const Macro &) = delete;
        Macro &operator=(const Macro &) = delete;

    private:
        CourseDocument &m_document;
    };

    // Checks an edit without doing it (for the editor's enabled states and the commands above).
    QString checkInsert(const QUuid &parent, int index, const Node &node) const;
    QString checkMove(const QUuid &id, const QUuid &newParent, int newIndex) const;

Q_SIGNALS:
    void changed(const cw::ChangeEvent &event);

private:
    friend class SetPropertyCommand;
    friend class InsertNodeCommand;
    friend class RemoveNodeCommand;
    friend class MoveNodeCommand;
    friend class AssetCommand;

    // For undo commands: apply a change and notify, without touching the undo stack.
    void applyProperty(const QUuid &id, const QString &key, const QJsonValue &value);
    void applyInsert(const QUuid &parent, int index, std::unique_ptr<Node> node);
    std::unique_ptr<Node> applyTake(const QUuid &id);
    void applyMove(const QUuid &id, const QUuid &newParent, int newIndex);
    void applyAsset(const QString &hash, const std::optional<AssetInfo> &entry); // nullopt removes

    // The property edit still merging keystrokes, if it is the last step on the stack.
    SetPropertyCommand *openEdit() const;
    void closeOpenEdit();
    void indexSubtree(Node *node);
    void unindexSubtree(const Node *node);
    Node *mutableNode(const QUuid &id) const { return m_index.value(id); }

    std::unique_ptr<Node> m_root;
    QHash<QUuid, Node *> m_index;
    QMap<QString, AssetInfo> m_assets;
    QUndoStack *m_undoStack;
};

} // namespace cw
