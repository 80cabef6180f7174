#pragma once
// One property of a node in a form: the widgets that edit it, chosen by the property's type and
// editor hint (one class per type, see fields/). A field only shows values and reports edits; the
// form it sits in (NodeForm) writes them into the document and refreshes it from changes.

#include <QJsonValue>
#include <QObject>

#include <memory>

class QWidget;

namespace cw {

class CourseDocument;
class Node;
class ThumbnailCache;
struct PropertySpec;

// What a field may need to fill its lists: the course's assets, the nodes a reference may name.
struct FieldContext
{
    const CourseDocument *document = nullptr;
    const Node *node = nullptr;           // the node whose property is shown
    ThumbnailCache *thumbnails = nullptr; // pictures of media files; none: no pictures
};

class PropertyField : public QObject
{
    Q_OBJECT

public:
    // The field for a property; nullptr for types no form edits (Settings).
    static std::unique_ptr<PropertyField> create(const PropertySpec &spec);
    ~PropertyField() override;

    const PropertySpec &spec() const { return m_spec; }
    // The widget that takes the keyboard, named for assistive technology after the property.
    QWidget *editor() const { return m_editor; }
    // What a form row shows: the editor, or the editor with its toolbar or message around it.
    QWidget *row() const { return m_row ? m_row : m_editor; }
    // A check box carries its own label; the form then shows no label beside it.
    virtual bool labelInside() const { return false; }

    // What the widgets hold now, in the property's stored form.
    virtual QJsonValue value() const = 0;
    // Puts a stored value into the widgets without reporting an edit.
    virtual void show(const QJsonValue &value, const FieldContext &context) = 0;
    // Selects what the editor holds, so typing replaces it (after Add).
    virtual void selectAll() {}
    // The field lists other nodes (refresh when they change) or the course's assets.
    virtual bool listsNodes() const { return false; }
    virtual bool listsAssets() const { return false; }

Q_SIGNALS:
    // The designer changed the value; `commit` closes the merged undo step (leaving the field,
    // picking from a list), otherwise typing goes on merging into one step.
    void edited(bool commit);

protected:
    explicit PropertyField(const PropertySpec &spec);
    void setEditor(QWidget *editor, QWidget *row = nullptr);

private:
    const PropertySpec &m_spec;
    QWidget *m_editor = nullptr; // owned by the form's widgets, not by this
    QWidget *m_row = nullptr;
};

} // namespace cw
