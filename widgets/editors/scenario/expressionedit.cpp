#include "expressionedit.h"

#include "inspector/decimalspinbox.h"
#include "model/expression.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

const QLatin1String kTrue("true");
constexpr int kDecimals = 2;
constexpr double kLimit = 1e9;

// Whether the value field shows a number exactly: one it would round (0.125) stays typed text, so
// that a later pick elsewhere in the row cannot change it unasked.
bool fitsValueField(const ExpressionClause &clause)
{
    if (clause.value == kTrue || clause.value == QLatin1String("false"))
        return true;
    const double value = clause.value.toDouble();
    const double scale = std::pow(10.0, kDecimals);
    return std::abs(value) <= kLimit &&
           ExpressionClauses::formatNumber(std::round(value * scale) / scale) == clause.value;
}

} // namespace

ExpressionEdit::ExpressionEdit(Mode mode, QWidget *parent)
    : QWidget(parent)
    , m_mode(mode)
    , m_rowsLayout(new QVBoxLayout)
    , m_add(new QPushButton(this))
    , m_note(new QLabel(this))
    , m_typed(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    layout->addLayout(m_rowsLayout);

    const bool condition = mode == Mode::Condition;
    m_add->setText(condition ? tr("Add condition") : tr("Add effect"));
    m_add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    connect(m_add, &QPushButton::clicked, this, [this] {
        if (m_variables.isEmpty())
            return;
        setRowCount(clauseCount() + 1);
        showClause(m_rows.back(), defaultClause(m_variables.first()));
        writeFromRows(true);
        m_rows.back().variable->setFocus(Qt::TabFocusReason);
    });
    m_note->setWordWrap(true);
    m_note->setEnabled(false);
    m_note->setTextFormat(Qt::PlainText);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addWidget(m_note, 1);
    addRow->addStretch(); // the button keeps its size when there is no note beside it
    layout->addLayout(addRow);

    m_typed->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_typed->setPlaceholderText(condition ? tr("Or type it, e.g. trust >= 2 and not warned")
                                          : tr("Or type them, e.g. trust += 1; warned = true"));
    connect(m_typed, &QLineEdit::textEdited, this, [this] {
        readBack();
        updateError();
        Q_EMIT edited(m_typed->text(), false);
    });
    connect(m_typed, &QLineEdit::editingFinished, this, [this] {
        if (!m_updating)
            Q_EMIT edited(m_typed->text(), true);
    });
    layout->addWidget(m_typed);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    layout->addWidget(m_error);
    rename();
    updateStates();
}

void ExpressionEdit::setVariables(const QList<ScenarioVariable> &variables)
{
    bool same = variables.size() == m_variables.size();
    for (qsizetype i = 0; same && i < variables.size(); ++i)
        same = variables[i].name == m_variables[i].name && variables[i].isBoolean == m_variables[i].isBoolean;
    if (same)
        return;
    m_variables = variables;
    for (Row &row : m_rows)
        fillVariables(row);
    readBack();
    updateError();
}

void ExpressionEdit::setText(const QString &text)
{
    if (text == m_typed->text())
        return;
    const QSignalBlocker blocker(m_typed);
    m_typed->setText(text);
    m_typed->setCursorPosition(0); // the start of long text, not its tail
    readBack();
    updateError();
}

QString ExpressionEdit::text() const
{
    return m_typed->text();
}

void ExpressionEdit::setAccessibleContext(const QString &context)
{
    m_context = context;
    rename();
}

bool ExpressionEdit::pickersShowText() const
{
    return m_pickersShowText;
}

QComboBox *ExpressionEdit::variableCombo(int clause) const
{
    return clause >= 0 && clause < clauseCount() ? m_rows[size_t(clause)].variable : nullptr;
}

QComboBox *ExpressionEdit::operatorCombo(int clause) const
{
    return clause >= 0 && clause < clauseCount() ? m_rows[size_t(clause)].op : nullptr;
}

QDoubleSpinBox *ExpressionEdit::valueEdit(int clause) const
{
    return clause >= 0 && clause < clauseCount() ? m_rows[size_t(clause)].value : nullptr;
}

QToolButton *ExpressionEdit::removeButton(int clause) const
{
    return clause >= 0 && clause < clauseCount() ? m_rows[size_t(clause)].remove : nullptr;
}

QString ExpressionEdit::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ExpressionEdit::appendTabOrder(QList<QWidget *> &chain) const
{
    if (m_pickersShowText) {
        for (const Row &row : m_rows) {
            chain << row.variable << row.op;
            if (!row.value->isHidden())
                chain << row.value;
            chain << row.remove;
        }
    }
    chain << m_add << m_typed;
}

ExpressionEdit::Row ExpressionEdit::createRow()
{
    Row row;
    row.widget = new QWidget(this);
    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    row.variable = new QComboBox(row.widget);
    // A long variable name must not push the row wider than the form.
    row.variable->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.variable->setMinimumContentsLength(12);
    row.op = new QComboBox(row.widget);
    row.value = new DecimalSpinBox(row.widget);
    row.value->setRange(-kLimit, kLimit);
    row.value->setDecimals(kDecimals);
    row.value->setMaximumWidth(120);
    row.remove = new QToolButton(row.widget);
    row.remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    row.remove->setFocusPolicy(Qt::StrongFocus); // reached with Tab like the rest of the row
    layout->addWidget(row.variable);
    layout->addWidget(row.op);
    layout->addWidget(row.value);
    layout->addWidget(row.remove);
    layout->addStretch(1);
    fillVariables(row);

    QWidget *const key = row.widget;
    auto index = [this, key] {
        for (size_t i = 0; i < m_rows.size(); ++i) {
            if (m_rows[i].widget == key)
                return int(i);
        }
        return -1;
    };
    connect(row.variable, &QComboBox::activated, this, [this, index] {
        const int i = index();
        if (i < 0)
            return;
        const QString name = m_rows[size_t(i)].variable->currentData().toString();
        // Another variable may have another type: its operators and value start afresh.
        showClause(m_rows[size_t(i)], defaultClause(ScenarioVariable{name, isBoolean(name)}));
        writeFromRows(true);
    });
    connect(row.op, &QComboBox::activated, this, [this] { writeFromRows(true); });
    connect(row.value, &QDoubleSpinBox::valueChanged, this, [this] {
        if (!m_updating)
            writeFromRows(false);
    });
    connect(row.value, &QDoubleSpinBox::editingFinished, this, [this] {
        if (!m_updating)
            writeFromRows(true);
    });
    connect(row.remove, &QToolButton::clicked, this, [this, index] {
        const int i = index();
        if (i < 0)
            return;
        Row gone = m_rows[size_t(i)];
        m_rows.erase(m_rows.begin() + i);
        m_rowsLayout->removeWidget(gone.widget);
        gone.widget->hide();
        gone.widget->deleteLater(); // later: its own button is being clicked
        writeFromRows(true);
        rename();
        updateStates();
        (m_rows.empty() ? static_cast<QWidget *>(m_add)
                        : m_rows[size_t(std::min(i, clauseCount() - 1))].remove)
            ->setFocus(Qt::TabFocusReason);
        Q_EMIT rowsChanged();
    });
    return row;
}

void ExpressionEdit::fillVariables(Row &row)
{
    const QSignalBlocker blocker(row.variable);
    const QString current = row.variable->currentData().toString();
    row.variable->clear();
    for (const ScenarioVariable &v : m_variables)
        row.variable->addItem(v.name, v.name);
    row.variable->setCurrentIndex(std::max(0, row.variable->findData(current)));
}

void ExpressionEdit::fillOperators(Row &row, bool boolean)
{
    const QSignalBlocker blocker(row.op);
    row.op->clear();
    if (m_mode == Mode::Condition && !boolean) {
        row.op->addItem(tr("equals"), QStringLiteral("=="));
        row.op->addItem(tr("does not equal"), QStringLiteral("!="));
        row.op->addItem(tr("is less than"), QStringLiteral("<"));
        row.op->addItem(tr("is at most"), QStringLiteral("<="));
        row.op->addItem(tr("is more than"), QStringLiteral(">"));
        row.op->addItem(tr("is at least"), QStringLiteral(">="));
    } else if (m_mode == Mode::Condition) {
        row.op->addItem(tr("is true"), QStringLiteral("true"));
        row.op->addItem(tr("is false"), QStringLiteral("false"));
    } else if (!boolean) {
        row.op->addItem(tr("set to"), QStringLiteral("="));
        row.op->addItem(tr("add"), QStringLiteral("+="));
        row.op->addItem(tr("subtract"), QStringLiteral("-="));
    } else {
        row.op->addItem(tr("becomes true"), QStringLiteral("true"));
        row.op->addItem(tr("becomes false"), QStringLiteral("false"));
    }
    // A boolean's operator carries its value; only numbers need the value field.
    row.value->setVisible(!boolean);
}

void ExpressionEdit::showClause(Row &row, const ExpressionClause &clause)
{
    const bool was = m_updating;
    m_updating = true;
    const bool boolean = isBoolean(clause.variable);
    row.variable->setCurrentIndex(std::max(0, row.variable->findData(clause.variable)));
    fillOperators(row, boolean);
    row.op->setCurrentIndex(std::max(0, row.op->findData(boolean ? clause.value : clause.op)));
    {
        const QSignalBlocker blocker(row.value);
        row.value->setValue(boolean ? 0 : clause.value.toDouble());
    }
    m_updating = was;
}

ExpressionClause ExpressionEdit::clauseOf(const Row &row) const
{
    const QString name = row.variable->currentData().toString();
    const QString op = row.op->currentData().toString();
    if (isBoolean(name))
        return {name, m_mode == Mode::Condition ? QStringLiteral("==") : QStringLiteral("="), op};
    return {name, op, ExpressionClauses::formatNumber(row.value->value())};
}

bool ExpressionEdit::isBoolean(const QString &variable) const
{
    for (const ScenarioVariable &v : m_variables) {
        if (v.name == variable)
            return v.isBoolean;
    }
    return false;
}

ExpressionClause ExpressionEdit::defaultClause(const ScenarioVariable &variable) const
{
    const bool condition = m_mode == Mode::Condition;
    if (variable.isBoolean)
        return {variable.name, condition ? QStringLiteral("==") : QStringLiteral("="), kTrue};
    return {variable.name, condition ? QStringLiteral(">=") : QStringLiteral("+="), QStringLiteral("1")};
}

void ExpressionEdit::setRowCount(int count)
{
    const int before = clauseCount();
    while (clauseCount() < count) {
        m_rows.push_back(createRow());
        m_rowsLayout->addWidget(m_rows.back().widget);
    }
    while (clauseCount() > count) {
        Row gone = m_rows.back();
        m_rows.pop_back();
        m_rowsLayout->removeWidget(gone.widget);
        gone.widget->hide();
        gone.widget->deleteLater();
    }
    if (before != count) {
        rename();
        Q_EMIT rowsChanged();
    }
}

void ExpressionEdit::readBack()
{
    const QString text = m_typed->text();
    const auto clauses = m_mode == Mode::Condition ? ExpressionClauses::readCondition(text, m_variables)
                                                   : ExpressionClauses::readEffects(text, m_variables);
    const bool wasShowing = m_pickersShowText;
    m_pickersShowText = clauses && std::all_of(clauses->begin(), clauses->end(), fitsValueField);
    if (m_pickersShowText) {
        setRowCount(int(clauses->size()));
        for (int i = 0; i < clauseCount(); ++i)
            showClause(m_rows[size_t(i)], clauses->at(i));
    }
    updateStates();
    if (wasShowing != m_pickersShowText)
        Q_EMIT rowsChanged();
}

void ExpressionEdit::writeFromRows(bool commit)
{
    QList<ExpressionClause> clauses;
    for (const Row &row : m_rows)
        clauses << clauseOf(row);
    const QString text = m_mode == Mode::Condition ? ExpressionClauses::conditionText(clauses)
                                                   : ExpressionClauses::effectsText(clauses);
    {
        const QSignalBlocker blocker(m_typed);
        m_typed->setText(text);
    }
    updateError();
    Q_EMIT edited(text, commit);
}

void ExpressionEdit::updateError()
{
    const QString text = m_typed->text();
    const Expression::Parsed parsed =
        m_mode == Mode::Condition ? Expression::parseCondition(text) : Expression::parseEffects(text);
    QString error = parsed.error;
    if (parsed.ok) {
        for (const QString &name : parsed.variables) {
            bool known = false;
            for (const ScenarioVariable &v : m_variables)
                known = known || v.name == name;
            if (!known) {
                error = tr("“%1” is not a variable of this scenario.").arg(name);
                break;
            }
        }
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    m_typed->setAccessibleDescription(error);
}

void ExpressionEdit::updateStates()
{
    for (Row &row : m_rows)
        row.widget->setVisible(m_pickersShowText);
    m_add->setEnabled(m_pickersShowText && !m_variables.isEmpty());
    if (!m_pickersShowText)
        m_note->setText(tr("Written as text beyond what the pickers can show: edit it below."));
    else if (m_variables.isEmpty())
        m_note->setText(tr("Add variables to the scenario to pick them here."));
    else
        m_note->clear();
    m_note->setVisible(!m_note->text().isEmpty());
    m_add->setToolTip(m_note->text());
}

void ExpressionEdit::rename()
{
    const bool condition = m_mode == Mode::Condition;
    //: %1 names the choice ("Choice 2"), %2 the number of the condition or effect
    const QString part = condition ? tr("%1 condition %2") : tr("%1 effect %2");
    for (int i = 0; i < clauseCount(); ++i) {
        Row &row = m_rows[size_t(i)];
        const QString name = part.arg(m_context).arg(i + 1).trimmed();
        row.variable->setAccessibleName(tr("%1 variable").arg(name));
        row.op->setAccessibleName(tr("%1 operation").arg(name));
        row.value->setAccessibleName(tr("%1 value").arg(name));
        row.remove->setAccessibleName(tr("Remove %1").arg(name));
        row.remove->setToolTip(row.remove->accessibleName());
    }
    m_add->setAccessibleName(condition ? tr("%1 add condition").arg(m_context).trimmed()
                                       : tr("%1 add effect").arg(m_context).trimmed());
    m_typed->setAccessibleName(condition ? tr("%1 condition as text").arg(m_context).trimmed()
                                         : tr("%1 effects as text").arg(m_context).trimmed());
    m_error->setAccessibleName(condition ? tr("%1 condition error").arg(m_context).trimmed()
                                         : tr("%1 effects error").arg(m_context).trimmed());
    m_note->setAccessibleName(tr("Note"));
}

} // namespace cw
