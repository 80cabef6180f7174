#include "endingsoverview.h"

#include "choicelabel.h"
#include "model/richtext.h"
#include "model/schema.h"
#include "outlinemodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace cw {

namespace {

const QString kOutcome = QStringLiteral("outcome");

bool isEnding(const Node &step)
{
    return step.kind() == NodeKind::ScenarioNode &&
           step.string(QStringLiteral("nodeType")) == QLatin1String("ending");
}

} // namespace

EndingsOverview::EndingsOverview(CourseDocument *document, const QUuid &scenario, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scenario(scenario)
    , m_rowsLayout(new QVBoxLayout(this))
    , m_empty(new QLabel(tr("No endings yet: set a step's type to Ending."), this))
{
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_rowsLayout->addWidget(m_empty);
    rebuild();
}

const Node *EndingsOverview::scenario() const
{
    return m_document ? m_document->node(m_scenario) : nullptr;
}

QUuid EndingsOverview::rowNode(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].id : QUuid();
}

QPushButton *EndingsOverview::openButton(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].open : nullptr;
}

QComboBox *EndingsOverview::outcomeCombo(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].outcome : nullptr;
}

QLabel *EndingsOverview::feedbackLabel(int row) const
{
    return row >= 0 && row < rowCount() ? m_rows[size_t(row)].feedback : nullptr;
}

void EndingsOverview::appendTabOrder(QList<QWidget *> &chain) const
{
    for (const Row &r : m_rows)
        chain << r.open << r.outcome;
}

void EndingsOverview::rebuild()
{
    // Few rows that hold no typing: rebuilt whole, which keeps this simple. The focus is kept on
    // the same ending's outcome when it had it.
    QUuid focusedOutcome;
    for (const Row &r : m_rows) {
        if (r.outcome->hasFocus())
            focusedOutcome = r.id;
        m_rowsLayout->removeWidget(r.widget);
        r.widget->hide();
        r.widget->deleteLater();
    }
    m_rows.clear();
    const Node *s = scenario();
    if (s) {
        const PropertySpec &outcome = *Schema::instance().property(NodeKind::ScenarioNode, kOutcome);
        for (const auto &child : s->children()) {
            if (!isEnding(*child))
                continue;
            Row r;
            r.id = child->id();
            r.widget = new QWidget(this);
            auto *layout = new QHBoxLayout(r.widget);
            layout->setContentsMargins(0, 0, 0, 0);
            const QString title = OutlineModel::labelFor(*child);
            r.open = new QPushButton(title, r.widget);
            r.open->setAccessibleName(tr("Open the ending “%1”").arg(title));
            r.open->setToolTip(r.open->accessibleName());
            r.open->setMinimumWidth(120);
            r.open->setMaximumWidth(260);
            r.outcome = new QComboBox(r.widget);
            for (const QString &choice : outcome.choices)
                r.outcome->addItem(ChoiceLabel::label(choice), choice);
            r.outcome->setCurrentIndex(std::max(0, r.outcome->findData(child->string(kOutcome))));
            r.outcome->setAccessibleName(tr("Outcome of “%1”").arg(title));
            const QString feedback =
                RichText::toPlainText(child->string(QStringLiteral("feedback"))).simplified();
            r.feedback = new QLabel(r.widget);
            r.feedback->setTextFormat(Qt::PlainText);
            r.feedback->setText(feedback.isEmpty() ? tr("(no feedback)") : feedback);
            r.feedback->setEnabled(!feedback.isEmpty());
            r.feedback->setAccessibleName(tr("Feedback of “%1”").arg(title));
            // Long feedback is cut at the width rather than widening the form.
            r.feedback->setMinimumWidth(40);
            r.feedback->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
            layout->addWidget(r.open);
            layout->addWidget(r.outcome);
            layout->addWidget(r.feedback, 1);
            const QUuid id = r.id;
            connect(r.open, &QPushButton::clicked, this, [this, id] { Q_EMIT nodeActivated(id); });
            QComboBox *combo = r.outcome;
            connect(r.outcome, &QComboBox::activated, this, [this, id, combo] {
                QString error;
                const bool ok =
                    m_document->setProperty(id, kOutcome, combo->currentData().toString(), true, &error);
                Q_EMIT editResult(ok ? QString() : error);
            });
            m_rowsLayout->addWidget(r.widget);
            m_rows.push_back(r);
            if (id == focusedOutcome)
                combo->setFocus(Qt::OtherFocusReason);
        }
    }
    m_empty->setVisible(m_rows.empty());
    Q_EMIT rowsChanged();
}

void EndingsOverview::handleChange(const ChangeEvent &event)
{
    switch (event.type) {
    case ChangeEvent::PropertiesChanged: {
        const Node *n = m_document ? m_document->node(event.node) : nullptr;
        if (n && n->kind() == NodeKind::ScenarioNode && n->parent() && n->parent()->id() == m_scenario)
            rebuild();
        break;
    }
    case ChangeEvent::NodeInserted:
    case ChangeEvent::NodeRemoved:
    case ChangeEvent::NodeMoved:
        if (event.parent == m_scenario || event.newParent == m_scenario)
            rebuild();
        break;
    default:
        break;
    }
}

} // namespace cw
