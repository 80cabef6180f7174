#pragma once
// The schema-driven property editor: one editor widget per property of the selected node.
// Edits go through CourseDocument::setProperty (typing merges, leaving a field commits); changes
// from elsewhere (undo, other views) refresh the widgets without pushing commands.

#include "editors/editor.h"
#include "model/coursedocument.h"

#include <QJsonValue>
#include <QPointer>
#include <QUuid>
#include <QWidget>

#include <functional>
#include <vector>

class QFormLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;

namespace cw {

class Node;
struct PropertySpec;

class PropertyEditor : public QWidget, public Editor
{
    Q_OBJECT

public:
    explicit PropertyEditor(QWidget *parent = nullptr);
    ~PropertyEditor() override;

    QWidget *widget() override { return this; }
    void setDocument(CourseDocument *document) override;
    CourseDocument *document() const { return m_document; }
    // Shows the node's properties; a null id shows the empty state.
    void setNode(const QUuid &id) override;
    QUuid node() const { return m_node; }

    // The editor widget for a property of the shown node, or nullptr (tests, focus handling).
    QWidget *editorFor(const QString &key) const;
    // Puts the keyboard in the shown node's first field that can take it (its text selected), so
    // a designer who just added an item types its title straight away. False when there is none.
    bool focusFirstField() override;
    // The last refused edit's message, empty after a successful one.
    QString errorText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Field
    {
        const PropertySpec *spec = nullptr;
        QWidget *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *hint = nullptr;                       // inline syntax message (conditions, effects)
        std::function<QJsonValue()> value;            // what the widget currently holds
        std::function<void(const QJsonValue &)> show; // puts a stored value into the widget
    };

    void rebuild();
    void clearFields();
    void addField(const PropertySpec &spec);
    void onChanged(const cw::ChangeEvent &event);
    void apply(const QString &key, bool commit);
    void refresh(Field &field);
    void refreshAll();
    void refreshReferenceLists();
    void updateHeader();
    void updateEnabledStates();
    void updateHint(Field &field);
    Field *fieldFor(const QString &key);
    const Field *fieldFor(const QWidget *editor) const;
    const Node *currentNode() const;

    QPointer<CourseDocument> m_document;
    QUuid m_node;
    std::vector<Field> m_fields;
    bool m_updating = false; // widgets are being set from the document: do not write back
    QString m_applyingKey;   // the property being written: its widget already shows the value

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_kind;
    QLabel *m_error;
    QScrollArea *m_scroll;
    QWidget *m_formHost = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace cw
