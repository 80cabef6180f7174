#pragma once
// The form for one scenario step: its type, title, text and image, its outcome and feedback when
// it is an ending (greyed otherwise, as the schema says), and its choices as cards whose
// conditions and effects are built from the scenario's variables.

#include "editors/editor.h"
#include "expressionclauses.h"
#include "model/coursedocument.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace cw {

class EditorFrame;
class ChoiceRowsEdit;
class NodeForm;
class ThumbnailCache;

class StepEditor : public QWidget, public Editor
{
    Q_OBJECT

public:
    explicit StepEditor(QWidget *parent = nullptr);
    ~StepEditor() override;

    void setDocument(CourseDocument *document) override;
    // Shows a step's form; a null id (or a node that is not a step) shows nothing.
    void setStep(const QUuid &id);
    QUuid step() const { return m_step; }

    QWidget *widget() override { return this; }
    void setNode(const QUuid &id) override { setStep(id); }
    // The title takes the typing, its text selected.
    bool focusFirstField() override;
    // One of the step's choices: its card's text.
    bool focusPart(const QUuid &part) override;

    // The widget editing one of the step's own properties, or nullptr.
    QWidget *editorFor(const QString &key) const override;
    ChoiceRowsEdit *choiceRows() const { return m_choices; }
    QString errorText() const;
    // Media fields show pictures of images from here (the window's cache); none: no pictures.
    void setThumbnails(ThumbnailCache *thumbnails) { m_thumbnails = thumbnails; }
    // The scenario's variables as the condition and effects pickers offer them.
    static QList<ScenarioVariable> variablesOf(const Node *scenario);

private:
    const Node *currentStep() const;
    void rebuild();
    void clearForm();
    void onChanged(const cw::ChangeEvent &event);
    void updateVariables();
    void updateTabOrder();
    void showResult(const QString &error);

    QPointer<CourseDocument> m_document;
    QUuid m_step;
    QUuid m_scenario;
    ThumbnailCache *m_thumbnails = nullptr;
    NodeForm *m_fields = nullptr; // the node's own properties
    ChoiceRowsEdit *m_choices = nullptr;

    EditorFrame *m_frame;
    QWidget *m_formHost = nullptr;
};

} // namespace cw
