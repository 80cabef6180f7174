#pragma once
// What the central area shows for a node (Tiled's Editor): a widget that edits one node of a
// document. The EditorArea picks one by the node's kind from those registered with it.

#include <QUuid>

class QString;
class QWidget;

namespace cw {

class CourseDocument;

class Editor
{
public:
    virtual ~Editor() = default;
    virtual QWidget *widget() = 0;
    virtual void setDocument(CourseDocument *document) = 0;
    // A null id shows nothing.
    virtual void setNode(const QUuid &id) = 0;
    // Puts the keyboard in the node's first field (after Add); false when it has none.
    virtual bool focusFirstField() = 0;
    // Puts the keyboard in the first field of `part`, a node shown inside the editor's own (a
    // question's choice, a step's choice, a scenario's variable) after Add made it; editors
    // without parts fall back to their first field.
    virtual bool focusPart(const QUuid &part)
    {
        Q_UNUSED(part);
        return focusFirstField();
    }
    // The widget editing a property of the node shown, or nullptr (tests, focus handling).
    virtual QWidget *editorFor(const QString &key) const = 0;
};

} // namespace cw
