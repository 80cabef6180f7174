#include "variablestable.h"

#include "choicelabel.h"
#include "commands/nodeedits.h"
#include "inspector/decimalspinbox.h"
#include "model/schema.h"
#include "validate/rulecontext.h"
#include "validate/scenariorules.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace cw {

namespace {

const QString kName = QStringLiteral("name");
const QString kType = QStringLiteral("type");
const QString kInitial = QStringLiteral("initial");
constexpr int kTypeWidth = 130;
constexpr int kInitialWidth = 130;

const PropertySpec &spec(const QString &key)
{
    return *Schema::instance().property(NodeKind::Variable, key);
}

} // namespace

VariablesTable::VariablesTable(CourseDocument *document, const QUuid &scenario, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_scenario(scenario)
    , m_rowsLayout(new QVBoxLayout)
    , m_empty(new QLabel(tr("No variables yet. Variables keep score of what the learner chose."), this))
    , m_header(new QWidget(this))
    , m_add(new QPushButton(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // Column headings over the rows' fields, the same widths so they line up.
    auto *header = new QHBoxLayout(m_header);
    header->setContentsMargins(0, 0, 0, 0);
    auto heading = [this](const QString &key) {
        auto *l = new QLabel(Schema::propertyLabel(spec(key)), m_header);
        l->setEnabled(false);
        return l;
    };
    header->addWidget(heading(kName), 1);
    QLabel *type = heading(kType);
    type->setFixedWidth(kTypeWidth);
    header->addWidget(type);
    QLabel *initial = heading(kInitial);
    initial->setFixedWidth(kInitialWidth);
    header->addWidget(initial);
    // Over the remove buttons: an invisible one that keeps its room, so the columns line up.
    auto *spacer = new QToolButton(m_header);
    spacer->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    QSizePolicy keep = spacer->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    spacer->setSizePolicy(keep);
    spacer->hide();
    header->addWidget(spacer);
    layout->addWidget(m_header);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    layout->addWidget(m_empty);
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(2);
    layout->addLayout(m_rowsLayout);
    m_add->setText(tr("Add %1").arg(Schema::kindNoun(NodeKind::Variable)));
    m_add->setAccessibleName(m_add->text());
    m_add->setIcon(style()->standardIcon(QStyle::SP_FileDialogNewFolder));
    connect(m_add, &QPushButton::clicked, this, &VariablesTable::addVariable);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_add);
    addRow->addStretch();
    layout->addLayout(addRow);
    sync();
}

VariablesTable::~VariablesTable()
{
    // A focused field being destroyed reports editingFinished: nothing may be written then.
    m_updating = true;
    for (Row &r : m_rows)
        disconnect(r.name, nullptr, this, nullptr);
}

const Node *VariablesTable::scenario() const
{
    return m_document ? m_document->node(m_scenario) : nullptr;
}

const VariablesTable::Row *VariablesTable::row(int index) const
{
    return index >= 0 && index < rowCount() ? &m_rows[size_t(index)] : nullptr;
}

QUuid VariablesTable::rowNode(int index) const
{
    const Row *r = row(index);
    return r ? r->id : QUuid();
}

QLineEdit *VariablesTable::nameEdit(int index) const
{
    const Row *r = row(index);
    return r ? r->name : nullptr;
}

QComboBox *VariablesTable::typeCombo(int index) const
{
    const Row *r = row(index);
    return r ? r->type : nullptr;
}

QDoubleSpinBox *VariablesTable::numberEdit(int index) const
{
    const Row *r = row(index);
    return r ? r->number : nullptr;
}

QComboBox *VariablesTable::booleanEdit(int index) const
{
    const Row *r = row(index);
    return r ? r->boolean : nullptr;
}

QToolButton *VariablesTable::removeButton(int index) const
{
    const Row *r = row(index);
    return r ? r->remove : nullptr;
}

QString VariablesTable::problemAt(int index) const
{
    const Row *r = row(index);
    return r && !r->problem->isHidden() ? r->problem->text() : QString();
}

void VariablesTable::appendTabOrder(QList<QWidget *> &chain) const
{
    for (const Row &r : m_rows) {
        chain << r.name << r.type << (r.number->isHidden() ? static_cast<QWidget *>(r.boolean) : r.number)
              << r.remove;
    }
    chain << m_add;
}

VariablesTable::Row VariablesTable::createRow(const QUuid &id)
{
    Row r;
    r.id = id;
    r.widget = new QWidget(this);
    auto *v = new QVBoxLayout(r.widget);
    v->setContentsMargins(0, 0, 0, 0);
    // The fields keep the style's spacing (a nested layout takes its parent's), as the headings do.
    auto *fields = new QHBoxLayout;
    v->addLayout(fields);
    r.name = new QLineEdit(r.widget);
    r.name->setMaxLength(spec(kName).maxLength);
    r.type = new QComboBox(r.widget);
    for (const QString &choice : spec(kType).choices)
        r.type->addItem(ChoiceLabel::label(choice), choice);
    r.type->setFixedWidth(kTypeWidth);
    r.number = new DecimalSpinBox(r.widget);
    r.number->setRange(-1e9, 1e9);
    r.number->setFixedWidth(kInitialWidth);
    r.boolean = new QComboBox(r.widget);
    r.boolean->addItem(tr("false"), 0);
    r.boolean->addItem(tr("true"), 1);
    r.boolean->setFixedWidth(kInitialWidth);
    r.remove = new QToolButton(r.widget);
    r.remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    r.remove->setFocusPolicy(Qt::StrongFocus);
    fields->addWidget(r.name, 1);
    fields->addWidget(r.type);
    fields->addWidget(r.number);
    fields->addWidget(r.boolean);
    fields->addWidget(r.remove);
    r.problem = new QLabel(r.widget);
    r.problem->setWordWrap(true);
    r.problem->setTextFormat(Qt::PlainText);
    r.problem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    r.problem->hide();
    v->addWidget(r.problem);

    connect(r.name, &QLineEdit::textEdited, this, [this, id](const QString &t) {
        // The name before this round of typing: its uses follow once the new name is committed.
        if (!m_namesBeforeTyping.contains(id)) {
            if (const Node *variable = m_document ? m_document->node(id) : nullptr)
                m_namesBeforeTyping.insert(id, variable->string(kName));
        }
        apply(id, kName, t, false);
    });
    QLineEdit *name = r.name;
    connect(r.name, &QLineEdit::editingFinished, this, [this, id, name] {
        apply(id, kName, name->text(), true);
        const QString before = m_namesBeforeTyping.take(id);
        if (m_document && !before.isEmpty())
            NodeEdits::renameVariableUses(*m_document, m_scenario, before, name->text());
    });
    QComboBox *type = r.type;
    connect(r.type, &QComboBox::activated, this,
            [this, id, type] { apply(id, kType, type->currentData().toString(), true); });
    QDoubleSpinBox *number = r.number;
    connect(r.number, &QDoubleSpinBox::valueChanged, this,
            [this, id](double value) { apply(id, kInitial, value, false); });
    connect(r.number, &QDoubleSpinBox::editingFinished, this,
            [this, id, number] { apply(id, kInitial, number->value(), true); });
    QComboBox *boolean = r.boolean;
    connect(r.boolean, &QComboBox::activated, this,
            [this, id, boolean] { apply(id, kInitial, boolean->currentData().toInt(), true); });
    connect(r.remove, &QToolButton::clicked, this, [this, id] { removeVariable(id); });
    return r;
}

void VariablesTable::sync()
{
    const bool was = m_updating;
    m_updating = true;
    std::vector<Row> next;
    if (const Node *s = scenario()) {
        for (const auto &child : s->children()) {
            if (child->kind() != NodeKind::Variable)
                continue;
            auto it =
                std::find_if(m_rows.begin(), m_rows.end(), [&](const Row &r) { return r.id == child->id(); });
            if (it != m_rows.end()) {
                next.push_back(*it);
                m_rows.erase(it);
            } else {
                next.push_back(createRow(child->id()));
            }
        }
    }
    for (Row &gone : m_rows) {
        disconnect(gone.name, nullptr, this, nullptr);
        m_rowsLayout->removeWidget(gone.widget);
        gone.widget->hide();
        gone.widget->deleteLater(); // later: its remove button may be the one being clicked
    }
    m_rows = std::move(next);
    for (int i = 0; i < rowCount(); ++i) {
        Row &r = m_rows[size_t(i)];
        if (m_rowsLayout->indexOf(r.widget) != i) {
            m_rowsLayout->removeWidget(r.widget);
            m_rowsLayout->insertWidget(i, r.widget);
        }
        r.widget->show();
        refreshRow(r);
    }
    m_updating = was;
    m_empty->setVisible(m_rows.empty());
    m_header->setVisible(!m_rows.empty());
    renumber();
    updateProblems();
    Q_EMIT rowsChanged();
}

void VariablesTable::refreshRow(Row &r)
{
    const Node *n = m_document ? m_document->node(r.id) : nullptr;
    if (!n)
        return;
    const bool was = m_updating;
    m_updating = true;
    if (r.name->text() != n->string(kName)) {
        const QSignalBlocker blocker(r.name);
        r.name->setText(n->string(kName));
    }
    const bool boolean = n->string(kType) == QLatin1String("boolean");
    {
        const QSignalBlocker a(r.type), b(r.number), c(r.boolean);
        r.type->setCurrentIndex(std::max(0, r.type->findData(n->string(kType))));
        r.number->setValue(n->real(kInitial));
        // The player reads a yes/no variable's initial value as true unless it is 0.
        r.boolean->setCurrentIndex(n->real(kInitial) != 0 ? 1 : 0);
    }
    r.number->setVisible(!boolean);
    r.boolean->setVisible(boolean);
    m_updating = was;
}

void VariablesTable::renumber()
{
    const QString kind = Schema::kindLabel(NodeKind::Variable);
    for (int i = 0; i < rowCount(); ++i) {
        Row &r = m_rows[size_t(i)];
        //: %1 is "Variable", %2 its number, %3 a property ("name", "type", "initial value")
        const auto name = [&](const QString &key) {
            return tr("%1 %2 %3").arg(kind).arg(i + 1).arg(Schema::propertyNoun(spec(key)));
        };
        r.name->setAccessibleName(name(kName));
        r.type->setAccessibleName(name(kType));
        r.number->setAccessibleName(name(kInitial));
        r.boolean->setAccessibleName(name(kInitial));
        r.remove->setAccessibleName(tr("Remove %1 %2").arg(Schema::kindNoun(NodeKind::Variable)).arg(i + 1));
        r.remove->setToolTip(r.remove->accessibleName());
        r.problem->setAccessibleName(tr("%1 %2 problem").arg(kind).arg(i + 1));
    }
}

void VariablesTable::updateProblems()
{
    const Node *s = scenario();
    if (!s)
        return;
    // The scenario rules decide what a good name is; this table only shows where they object.
    RuleContext context(*m_document);
    ScenarioRules::check(*s, context);
    QHash<QUuid, QString> problems;
    for (const Problem &p : context.takeProblems()) {
        if (p.code == QLatin1String("invalid-variable-name") || p.code == QLatin1String("duplicate-variable"))
            problems.insert(p.node, p.message);
    }
    for (Row &r : m_rows) {
        const QString message = problems.value(r.id);
        r.problem->setText(message);
        r.problem->setVisible(!message.isEmpty());
        r.name->setAccessibleDescription(message);
        r.name->setStyleSheet(message.isEmpty() ? QString()
                                                : QStringLiteral("QLineEdit { border: 2px solid #b00020; }"));
    }
}

void VariablesTable::handleChange(const ChangeEvent &event)
{
    switch (event.type) {
    case ChangeEvent::PropertiesChanged:
        for (Row &r : m_rows) {
            if (r.id == event.node) {
                refreshRow(r);
                updateProblems();
                if (event.keys.contains(kType))
                    Q_EMIT rowsChanged(); // the initial value's field changed: tab order
            }
        }
        break;
    case ChangeEvent::NodeInserted:
    case ChangeEvent::NodeRemoved:
    case ChangeEvent::NodeMoved:
        if (event.parent == m_scenario || event.newParent == m_scenario)
            sync();
        break;
    default:
        break;
    }
}

void VariablesTable::apply(const QUuid &id, const QString &key, const QJsonValue &value, bool commit)
{
    if (m_updating || !m_document || !m_document->node(id))
        return;
    QString error;
    Q_EMIT editResult(m_document->setProperty(id, key, value, commit, &error) ? QString() : error);
}

void VariablesTable::addVariable()
{
    const Node *s = scenario();
    if (!s)
        return;
    // A name no other variable has, so a new row starts without a problem.
    std::unique_ptr<Node> variable = NodeEdits::createChild(*s, NodeKind::Variable);
    m_document->commitEdits();
    QString error;
    const Node *added = m_document->insertNode(m_scenario, s->childCount(), std::move(variable), &error);
    Q_EMIT editResult(added ? QString() : error);
    if (added)
        focusRow(added->id());
}

void VariablesTable::scrollToRow(const QUuid &variable)
{
    for (const Row &r : m_rows) {
        if (r.id != variable)
            continue;
        for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
            if (auto *area = qobject_cast<QScrollArea *>(w)) {
                area->ensureWidgetVisible(r.widget);
                return;
            }
        }
    }
}

bool VariablesTable::focusRow(const QUuid &variable)
{
    for (const Row &r : m_rows) {
        if (r.id == variable) {
            r.name->setFocus(Qt::TabFocusReason);
            r.name->selectAll();
            return true;
        }
    }
    return false;
}

void VariablesTable::removeVariable(const QUuid &id)
{
    if (!m_document || !m_document->node(id))
        return;
    int index = 0;
    while (index < rowCount() && m_rows[size_t(index)].id != id)
        ++index;
    m_document->commitEdits();
    QString error;
    const bool ok = m_document->removeNode(id, &error);
    Q_EMIT editResult(ok ? QString() : error);
    if (ok) {
        if (const Row *r = row(std::min(index, rowCount() - 1)))
            r->remove->setFocus(Qt::TabFocusReason);
        else
            m_add->setFocus(Qt::TabFocusReason);
    }
}

} // namespace cw
