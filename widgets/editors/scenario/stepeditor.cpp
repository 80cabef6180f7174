#include "stepeditor.h"

#include "editors/editorframe.h"

#include "choicerowsedit.h"
#include "inspector/nodeform.h"
#include "model/schema.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cw {

StepEditor::StepEditor(QWidget *parent)
    : QWidget(parent)
    , m_frame(new EditorFrame(tr("Select a scenario step to edit it."), this))
{
    setAccessibleName(Schema::kindLabel(NodeKind::ScenarioNode));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_frame);
    m_frame->setKind(Schema::kindLabel(NodeKind::ScenarioNode));
    rebuild();
}

StepEditor::~StepEditor()
{
    clearForm();
}

void StepEditor::setDocument(CourseDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CourseDocument::changed, this, &StepEditor::onChanged);
    m_step = QUuid();
    rebuild();
}

void StepEditor::setStep(const QUuid &id)
{
    const Node *n = m_document && !id.isNull() ? m_document->node(id) : nullptr;
    const QUuid next = n && n->kind() == NodeKind::ScenarioNode ? id : QUuid();
    if (next == m_step && (next.isNull() || m_fields))
        return;
    // Typing in the next step must start a new undo step.
    if (m_document)
        m_document->commitEdits();
    m_step = next;
    rebuild();
}

const Node *StepEditor::currentStep() const
{
    return m_document && !m_step.isNull() ? m_document->node(m_step) : nullptr;
}

QWidget *StepEditor::editorFor(const QString &key) const
{
    return m_fields ? m_fields->editorFor(key) : nullptr;
}

bool StepEditor::focusFirstField()
{
    auto *title = qobject_cast<QLineEdit *>(editorFor(QStringLiteral("title")));
    if (!title)
        return false;
    title->setFocus(Qt::OtherFocusReason);
    title->selectAll();
    return true;
}

bool StepEditor::focusPart(const QUuid &part)
{
    return (m_choices && m_choices->focusRow(part)) || focusFirstField();
}

QString StepEditor::errorText() const
{
    return m_frame->errorText();
}

QList<ScenarioVariable> StepEditor::variablesOf(const Node *scenario)
{
    QList<ScenarioVariable> variables;
    if (!scenario)
        return variables;
    for (const auto &child : scenario->children()) {
        if (child->kind() == NodeKind::Variable)
            variables << ScenarioVariable{child->string(QStringLiteral("name")),
                                          child->string(QStringLiteral("type")) == QLatin1String("boolean")};
    }
    return variables;
}

void StepEditor::clearForm()
{
    m_fields = nullptr; // a child of the form host: NodeForm's own teardown writes nothing
    m_choices = nullptr;
    delete m_formHost;
    m_formHost = nullptr;
}

void StepEditor::rebuild()
{
    clearForm();
    showResult({});
    const Node *s = currentStep();
    if (!s) {
        m_scenario = QUuid();
        m_frame->showEmpty();
        return;
    }
    m_scenario = s->parent() ? s->parent()->id() : QUuid();
    m_formHost = new QWidget;
    auto *hostLayout = new QVBoxLayout(m_formHost);
    auto *form = new QFormLayout;
    // Labels above their fields: the cards and the text toolbars get the whole width.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_fields = new NodeForm(m_document, m_step, NodeForm::editableKeys(NodeKind::ScenarioNode),
                            NodeForm::Labels::Above, m_thumbnails, m_formHost);
    connect(m_fields, &NodeForm::editResult, this, &StepEditor::showResult);
    hostLayout->addWidget(m_fields);
    hostLayout->addLayout(form);
    hostLayout->addStretch(1);
    m_choices = new ChoiceRowsEdit(m_document, m_step);
    const QString choices = tr("Choices");
    m_choices->setAccessibleName(choices);
    connect(m_choices, &ChoiceRowsEdit::editResult, this, &StepEditor::showResult);
    connect(m_choices, &ChoiceRowsEdit::rowsChanged, this, &StepEditor::updateTabOrder);
    form->addRow(choices, m_choices);
    updateVariables();
    m_frame->showForm(m_formHost);
    updateTabOrder();
}

void StepEditor::updateVariables()
{
    if (m_choices)
        m_choices->setVariables(variablesOf(m_document ? m_document->node(m_scenario) : nullptr));
}

void StepEditor::updateTabOrder()
{
    if (!m_fields || !m_choices)
        return;
    QList<QWidget *> chain;
    for (const PropertySpec &p : Schema::instance().kind(NodeKind::ScenarioNode).properties) {
        if (QWidget *w = m_fields->editorFor(p.key))
            chain << w;
    }
    m_choices->appendTabOrder(chain);
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);
}

void StepEditor::showResult(const QString &error)
{
    m_frame->showResult(error);
}

void StepEditor::onChanged(const ChangeEvent &event)
{
    if (m_step.isNull())
        return;
    if (event.type == ChangeEvent::NodeRemoved && !currentStep()) {
        // The step itself (or its scenario) went away: nothing left to edit.
        m_step = QUuid();
        rebuild();
        return;
    }
    if (event.type == ChangeEvent::NodeMoved && event.node == m_step && event.parent != event.newParent) {
        // Moved into another scenario: other steps to lead to, other variables to pick.
        rebuild();
        return;
    }
    if (m_choices)
        m_choices->handleChange(event);
    // A variable added, removed, renamed or retyped changes what the pickers offer.
    const Node *changed = m_document->node(event.node);
    const bool aboutVariables =
        (changed && changed->kind() == NodeKind::Variable) ||
        ((event.type == ChangeEvent::NodeRemoved || event.type == ChangeEvent::NodeMoved) &&
         (event.parent == m_scenario || event.newParent == m_scenario));
    if (aboutVariables)
        updateVariables();
}

} // namespace cw
