#pragma once
// The form for one quiz question: its prompt, its answer in the shape of its kind (choice rows
// with the correct one marked, pairs, steps in order, a number with a tolerance, ...) and its
// points and feedback. Edits are CourseDocument commands; document changes refresh the form in
// place without writing back. A palette above adds a question of any kind after this one.

#include "editors/editor.h"
#include "model/coursedocument.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;
class QToolButton;
class QVBoxLayout;

namespace cw {

class EditorFrame;
class KindPalette;
class NodeForm;
class PartRowsEdit;
class ThumbnailCache;

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
    // A choice, pair or step: its row's first field.
    bool focusPart(const QUuid &part) override;

    // The widget editing one of the question's own properties, or nullptr (tests, focus).
    QWidget *editorFor(const QString &key) const override;
    // The rows of the question's choices, pairs or steps; nullptr for kinds without parts.
    PartRowsEdit *partRows() const { return m_parts; }
    // The settings of the question's quiz (passing score, attempts, shuffling, feedback), shown
    // folded under the question; nullptr when no question is shown.
    NodeForm *quizSettings() const { return m_quizForm; }
    QToolButton *quizSettingsToggle() const { return m_quizToggle; }
    // The last refused edit's message, empty after a successful one.
    QString errorText() const;

    // Media fields would show pictures from here; questions have none yet, but forms take it.
    void setThumbnails(ThumbnailCache *thumbnails) { m_thumbnails = thumbnails; }

    KindPalette *questionPalette() const { return m_palette; }

Q_SIGNALS:
    // The palette asks for a question of `kind`. The window adds it after the selected question,
    // as Add does (MainWindow::addNode), selects it and puts the keyboard in its prompt.
    void addRequested(cw::NodeKind kind);

private:
    void rebuild();
    void clearForm();
    void onChanged(const cw::ChangeEvent &event);
    void showResult(const QString &error);
    void addQuizSettings(QVBoxLayout *column, const Node &quiz);
    const Node *currentQuestion() const;

    QPointer<CourseDocument> m_document;
    QUuid m_question;
    ThumbnailCache *m_thumbnails = nullptr;
    NodeForm *m_promptForm = nullptr; // the question itself, above its answer
    PartRowsEdit *m_parts = nullptr;
    NodeForm *m_answerForm = nullptr; // the kind's own answer fields, then points and feedback
    NodeForm *m_quizForm = nullptr;   // the quiz's settings, under the question
    QToolButton *m_quizToggle = nullptr;
    bool m_quizSettingsOpen = false; // kept from question to question

    KindPalette *m_palette;
    EditorFrame *m_frame;
    QWidget *m_formHost = nullptr;
};

} // namespace cw
