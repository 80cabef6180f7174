#include "editorarea.h"

#include "editor.h"
#include "model/coursedocument.h"
#include "model/node.h"

namespace cw {

EditorArea::EditorArea(QWidget *parent)
    : QStackedWidget(parent)
{
    setObjectName(QStringLiteral("EditorArea"));
}

EditorArea::~EditorArea() = default;

void EditorArea::setDefaultEditor(const Factory &factory)
{
    m_default = Entry{{}, factory, nullptr};
    m_current = ensure(m_default);
    setCurrentWidget(m_current->widget());
}

void EditorArea::registerEditor(const std::function<bool(NodeKind)> &handles, const Factory &factory)
{
    m_entries.push_back(Entry{handles, factory, nullptr});
}

Editor *EditorArea::ensure(Entry &entry)
{
    if (!entry.editor) {
        entry.editor = entry.factory(this);
        addWidget(entry.editor->widget());
        entry.editor->setDocument(m_document);
    }
    return entry.editor;
}

EditorArea::Entry &EditorArea::entryFor(NodeKind kind)
{
    for (Entry &entry : m_entries) {
        if (entry.handles(kind))
            return entry;
    }
    return m_default;
}

void EditorArea::setDocument(CourseDocument *document)
{
    m_document = document;
    m_node = QUuid();
    if (m_default.editor)
        m_default.editor->setDocument(document);
    for (Entry &entry : m_entries) {
        if (entry.editor)
            entry.editor->setDocument(document);
    }
    if (m_default.editor) {
        m_current = m_default.editor;
        setCurrentWidget(m_current->widget());
    }
}

void EditorArea::setNode(const QUuid &id)
{
    m_node = id;
    const Node *node = m_document && !id.isNull() ? m_document->node(id) : nullptr;
    Entry &entry = node ? entryFor(node->kind()) : m_default;
    if (!entry.factory)
        return;
    Editor *editor = ensure(entry);
    // The editor that stops showing lets go of its node, so it does not react to its edits.
    if (m_current && m_current != editor)
        m_current->setNode({});
    m_current = editor;
    editor->setNode(node ? id : QUuid());
    setCurrentWidget(editor->widget());
}

bool EditorArea::focusFirstField()
{
    return m_current && m_current->focusFirstField();
}

bool EditorArea::focusPart(const QUuid &part)
{
    return m_current && m_current->focusPart(part);
}

} // namespace cw
