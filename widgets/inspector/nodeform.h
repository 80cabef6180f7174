#pragma once
// The properties of one node as a form of fields (PropertyField, one class per property type),
// for the inspector, the page editor's blocks and the question editor. Edits go through
// CourseDocument::setProperty (typing merges, leaving a field commits); changes from elsewhere
// (undo, other views) refresh the fields without pushing commands. Fields inactive by the schema's
// ActiveWhen are greyed out.

#include <QPointer>
#include <QStringList>
#include <QUuid>
#include <QWidget>

#include <memory>
#include <vector>

class QFormLayout;
class QLabel;

namespace cw {

class CourseDocument;
class Node;
class PropertyField;
class ThumbnailCache;
struct ChangeEvent;
enum class NodeKind;

class NodeForm : public QWidget
{
    Q_OBJECT

public:
    enum class Labels
    {
        Beside, // a classic form: labels in a column on the left
        Above,  // each label over its field, which gets the whole width (narrow panes, blocks)
    };

    // A form for `keys` of the node, in that order; keys the node's kind lacks are skipped.
    NodeForm(CourseDocument *document, const QUuid &node, const QStringList &keys, Labels labels,
             ThumbnailCache *thumbnails = nullptr, QWidget *parent = nullptr);
    ~NodeForm() override;

    // Every property a form edits for the kind, in schema order (all but tool-kept Settings).
    static QStringList editableKeys(NodeKind kind);

    QUuid node() const { return m_node; }
    PropertyField *field(const QString &key) const;
    // The widget taking the keyboard for a property, or nullptr.
    QWidget *editorFor(const QString &key) const;
    QWidget *firstEditor() const;
    bool isEmpty() const { return m_rows.empty(); }
    // Puts the keyboard in the first field that takes it, its text selected; false when none.
    bool focusFirstField();
    // Hides the label of a form's only field, where a heading around the form already names it (a
    // text block's card says "Text"); the field keeps the label as its accessible name.
    void hideSoleLabel();

Q_SIGNALS:
    // After each edit: empty when the document took it, else why it refused.
    void editResult(const QString &error);

private:
    struct Row
    {
        std::unique_ptr<PropertyField> field;
        QLabel *label = nullptr;
    };

    void onChanged(const cw::ChangeEvent &event);
    void apply(PropertyField *field, bool commit);
    void refresh(PropertyField *field);
    void updateEnabledStates();
    const Node *currentNode() const;

    QPointer<CourseDocument> m_document;
    QUuid m_node;
    ThumbnailCache *m_thumbnails;
    std::vector<Row> m_rows;
    bool m_updating = false; // fields are being set from the document: do not write back
    QString m_applyingKey;   // the property being written: its field already shows the value
};

} // namespace cw
