#pragma once
// The form for one quiz question: its prompt, its answer in the shape of its kind (choice rows
// with the correct one marked, pairs, steps in order, a number with a tolerance, ...) and its
// points and feedback. Edits are CourseDocument commands; document changes refresh the form in
// place without writing back.

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
class QStackedWidget;

namespace cw {

class PartRowsEdit;
struct PropertySpec;

class QuestionEditor : public QWidget, public Editor
{
    Q_OBJECT

public:
    explicit QuestionEditor(QWidget *parent = nullptr);
    ~QuestionEditor() override;

    void setDocument(CourseDocument *document) override;
    CourseDocument *document() const { return m_document; }
    // Shows a question's form; a null id (or a node that is not a question) shows nothing.
    void setQuestion(const QUuid &id);
    QUuid question() const { return m_question; }

    // Editor: registered for the question kinds in the central area.
    QWidget *widget() override { return this; }
    void setNode(const QUuid &id) override { setQuestion(id); }
    // The prompt takes the typing, its text selected.
    bool focusFirstField() override;

    // The widget editing one of the question's own properties, or nullptr (tests, focus).
    QWidget *editorFor(const QString &key) const;
    // The rows of the question's choices, pairs or steps; nullptr for kinds without parts.
    PartRowsEdit *partRows() const { return m_parts; }
    // The last refused edit's message, empty after a successful one.
    QString errorText() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Field
    {
        const PropertySpec *spec = nullptr;
        QWidget *editor = nullptr;
        QWidget *row = nullptr;                       // what the form shows, when more than the editor
        std::function<QJsonValue()> value;            // what the widget currently holds
        std::function<void(const QJsonValue &)> show; // puts a stored value into the widget
    };

    void rebuild();
    void clearForm();
    void addField(const PropertySpec &spec);
    Field richTextField(const PropertySpec &spec);
    void onChanged(const cw::ChangeEvent &event);
    void apply(const QString &key, bool commit);
    void refresh(Field &field);
    void showResult(const QString &error);
    Field *fieldFor(const QString &key);
    const Field *fieldFor(const QWidget *editor) const;
    const Node *currentQuestion() const;

    QPointer<CourseDocument> m_document;
    QUuid m_question;
    std::vector<Field> m_fields;
    PartRowsEdit *m_parts = nullptr;
    bool m_updating = false; // widgets are being set from the document: do not write back
    QString m_applyingKey;   // the property being written: its widget already shows the value

    QStackedWidget *m_stack;
    QLabel *m_empty;
    QLabel *m_kind;
    QLabel *m_error;
    QWidget *m_formHost = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace cw
