#include "scenarioeditor.h"

#include "editors/editorframe.h"

#include "endingsoverview.h"
#include "inspector/nodeform.h"
#include "model/schema.h"
#include "variablestable.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cw {

ScenarioEditor::ScenarioEditor(QWidget *parent)
    : QWidget(parent)
    , m_frame(new EditorFrame(tr("Select a scenario to edit it."), this))
{
    setAccessibleName(Schema::kindLabel(NodeKind::Scenario));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_frame);
    m_frame->setKind(Schema::kindLabel(NodeKind::Scenario));
    rebuild();
}

ScenarioEditor::~ScenarioEditor()
{
    clearForm();
}

void ScenarioEditor::setDocument(CourseDocument *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &CourseDocument::changed, this, &ScenarioEditor::onChanged);
    m_scenario = QUuid();
    rebuild();
}

void ScenarioEditor::setScenario(const QUuid &id)
{
    const Node *n = m_document && !id.isNull() ? m_document->node(id) : nullptr;
    const QUuid next = n && n->kind() == NodeKind::Scenario ? id : QUuid();
    if (next == m_scenario && (next.isNull() || m_fields))
        return;
    if (m_document)
        m_document->commitEdits();
    m_scenario = next;
    rebuild();
}

void ScenarioEditor::setNode(const QUuid &id)
{
    const Node *n = m_document && !id.isNull() ? m_document->node(id) : nullptr;
    if (n && n->kind() == NodeKind::Variable && n->parent()) {
        setScenario(n->parent()->id());
        if (m_variables)
            m_variables->scrollToRow(id);
        return;
    }
    setScenario(id);
}

const Node *ScenarioEditor::currentScenario() const
{
    return m_document && !m_scenario.isNull() ? m_document->node(m_scenario) : nullptr;
}

QWidget *ScenarioEditor::editorFor(const QString &key) const
{
    return m_fields ? m_fields->editorFor(key) : nullptr;
}

bool ScenarioEditor::focusFirstField()
{
    auto *title = qobject_cast<QLineEdit *>(editorFor(QStringLiteral("title")));
    if (!title)
        return false;
    title->setFocus(Qt::OtherFocusReason);
    title->selectAll();
    return true;
}

bool ScenarioEditor::focusPart(const QUuid &part)
{
    return (m_variables && m_variables->focusRow(part)) || focusFirstField();
}

QString ScenarioEditor::errorText() const
{
    return m_frame->errorText();
}

void ScenarioEditor::clearForm()
{
    m_fields = nullptr; // a child of the form host: NodeForm's own teardown writes nothing
    m_variables = nullptr;
    m_endings = nullptr;
    delete m_formHost;
    m_formHost = nullptr;
}

void ScenarioEditor::rebuild()
{
    clearForm();
    showResult({});
    const Node *s = currentScenario();
    if (!s) {
        m_frame->showEmpty();
        return;
    }
    m_formHost = new QWidget;
    auto *hostLayout = new QVBoxLayout(m_formHost);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_fields = new NodeForm(m_document, m_scenario, NodeForm::editableKeys(NodeKind::Scenario),
                            NodeForm::Labels::Above, m_thumbnails, m_formHost);
    connect(m_fields, &NodeForm::editResult, this, &ScenarioEditor::showResult);
    hostLayout->addWidget(m_fields);
    hostLayout->addLayout(form);
    hostLayout->addStretch(1);
    m_variables = new VariablesTable(m_document, m_scenario);
    const QString variables = tr("Variables");
    m_variables->setAccessibleName(variables);
    connect(m_variables, &VariablesTable::editResult, this, &ScenarioEditor::showResult);
    connect(m_variables, &VariablesTable::rowsChanged, this, &ScenarioEditor::updateTabOrder);
    form->addRow(variables, m_variables);
    m_endings = new EndingsOverview(m_document, m_scenario);
    const QString endings = tr("Endings");
    m_endings->setAccessibleName(endings);
    connect(m_endings, &EndingsOverview::nodeActivated, this, &ScenarioEditor::nodeActivated);
    connect(m_endings, &EndingsOverview::editResult, this, &ScenarioEditor::showResult);
    connect(m_endings, &EndingsOverview::rowsChanged, this, &ScenarioEditor::updateTabOrder);
    form->addRow(endings, m_endings);
    m_frame->showForm(m_formHost);
    updateTabOrder();
}

void ScenarioEditor::updateTabOrder()
{
    if (!m_fields || !m_variables || !m_endings)
        return;
    QList<QWidget *> chain;
    for (const PropertySpec &p : Schema::instance().kind(NodeKind::Scenario).properties) {
        if (QWidget *w = m_fields->editorFor(p.key))
            chain << w;
    }
    m_variables->appendTabOrder(chain);
    m_endings->appendTabOrder(chain);
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);
}

void ScenarioEditor::showResult(const QString &error)
{
    m_frame->showResult(error);
}

void ScenarioEditor::onChanged(const ChangeEvent &event)
{
    if (m_scenario.isNull())
        return;
    if (event.type == ChangeEvent::NodeRemoved && !currentScenario()) {
        m_scenario = QUuid();
        rebuild();
        return;
    }
    if (m_variables)
        m_variables->handleChange(event);
    if (m_endings)
        m_endings->handleChange(event);
}

} // namespace cw
