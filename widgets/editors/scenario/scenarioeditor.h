#pragma once
// The form for a scenario: its title, introduction, starting step and passing score, its
// variables in one table, and an overview of its endings with their outcomes.

#include "editors/editor.h"
#include "model/coursedocument.h"

#include <QPointer>
#include <QUuid>
#include <QWidget>

class QLabel;

namespace cw {

class EditorFrame;
class EndingsOverview;
class NodeForm;
class ThumbnailCache;
class VariablesTable;

class ScenarioEditor : public QWidget, public Editor
{
    Q_OBJECT

public:
    explicit ScenarioEditor(QWidget *parent = nullptr);
    ~ScenarioEditor() override;

    void setDocument(CourseDocument *document) override;
    // Shows a scenario's form; a null id (or a node that is not a scenario) shows nothing.
    void setScenario(const QUuid &id);
    QUuid scenario() const { return m_scenario; }

    QWidget *widget() override { return this; }
    // A scenario, or one of its variables (shown in the scenario's variables table).
    void setNode(const QUuid &id) override;
    // The title takes the typing, its text selected.
    bool focusFirstField() override;
    // A variable: its name in the variables table.
    bool focusPart(const QUuid &part) override;

    QWidget *editorFor(const QString &key) const override;
    VariablesTable *variables() const { return m_variables; }
    EndingsOverview *endings() const { return m_endings; }
    QString errorText() const;
    // Media fields show pictures of images from here (the window's cache); none: no pictures.
    void setThumbnails(ThumbnailCache *thumbnails) { m_thumbnails = thumbnails; }

Q_SIGNALS:
    // The author asked to open another node (an ending in the overview).
    void nodeActivated(const QUuid &id);

private:
    const Node *currentScenario() const;
    void rebuild();
    void clearForm();
    void onChanged(const cw::ChangeEvent &event);
    void updateTabOrder();
    void showResult(const QString &error);

    QPointer<CourseDocument> m_document;
    QUuid m_scenario;
    ThumbnailCache *m_thumbnails = nullptr;
    NodeForm *m_fields = nullptr; // the node's own properties
    VariablesTable *m_variables = nullptr;
    EndingsOverview *m_endings = nullptr;

    EditorFrame *m_frame;
    QWidget *m_formHost = nullptr;
};

} // namespace cw
