#pragma once
// The central area: for the current node, the editor registered for its kind, else the default
// one (the inspector). Editors are created when first needed and kept.

#include "model/nodekind.h"

#include <QPointer>
#include <QStackedWidget>
#include <QUuid>

#include <functional>
#include <memory>
#include <vector>

namespace cw {

class CourseDocument;
class Editor;

class EditorArea : public QStackedWidget
{
    Q_OBJECT

public:
    using Factory = std::function<Editor *(QWidget *parent)>;

    explicit EditorArea(QWidget *parent = nullptr);
    ~EditorArea() override;

    // The editor for nodes no registered editor claims; created at once.
    void setDefaultEditor(const Factory &factory);
    // The editor for the kinds `handles` accepts; the first registration that claims a kind wins.
    void registerEditor(const std::function<bool(NodeKind)> &handles, const Factory &factory);

    void setDocument(CourseDocument *document);
    void setNode(const QUuid &id);
    QUuid node() const { return m_node; }
    // The editor showing the current node.
    Editor *currentEditor() const { return m_current; }
    Editor *defaultEditor() const { return m_default.editor; }
    bool focusFirstField();
    // The keyboard to `part` of the node shown (Editor::focusPart).
    bool focusPart(const QUuid &part);

private:
    struct Entry
    {
        std::function<bool(NodeKind)> handles;
        Factory factory;
        Editor *editor = nullptr; // owned through its widget, a child of this
    };
    Entry &entryFor(NodeKind kind);
    Editor *ensure(Entry &entry);

    QPointer<CourseDocument> m_document;
    QUuid m_node;
    Entry m_default;
    std::vector<Entry> m_entries;
    Editor *m_current = nullptr;
};

} // namespace cw
