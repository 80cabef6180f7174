#include "choicerow.h"

#include "expressionedit.h"
#include "inspector/fields/choicefields.h"
#include "kindicon.h"
#include "model/referencescope.h"
#include "model/schema.h"
#include "outlinemodel.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>

#include <utility>

namespace cw {

namespace {

const QString kText = QStringLiteral("text");
const QString kTarget = QStringLiteral("target");
const QString kCondition = QStringLiteral("condition");
const QString kEffects = QStringLiteral("effects");
const QString kScore = QStringLiteral("score");
const QString kFeedback = QStringLiteral("feedback");

QString label(const QString &key)
{
    return Schema::propertyLabel(*Schema::instance().property(NodeKind::ScenarioChoice, key));
}

} // namespace

QString ChoiceRow::newStepData()
{
    return QStringLiteral("new-step");
}

ChoiceRow::ChoiceRow(CourseDocument *document, const QUuid &choice, QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_choice(choice)
    , m_heading(new QLabel(this))
    , m_text(new QLineEdit(this))
    , m_target(new QComboBox(this))
    , m_score(new QSpinBox(this))
    , m_feedback(new QLineEdit(this))
    , m_condition(new ExpressionEdit(ExpressionEdit::Mode::Condition, this))
    , m_effects(new ExpressionEdit(ExpressionEdit::Mode::Effects, this))
    , m_up(new QToolButton(this))
    , m_down(new QToolButton(this))
    , m_remove(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    const PropertySpec *score = Schema::instance().property(NodeKind::ScenarioChoice, kScore);
    m_score->setRange(int(score->minimum), int(score->maximum));
    m_score->setMaximumWidth(120);
    m_target->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_target->setMinimumContentsLength(16);
    m_text->setMaxLength(Schema::instance().property(NodeKind::ScenarioChoice, kText)->maxLength);

    auto *grid = new QGridLayout(this);
    grid->setColumnStretch(1, 1);
    auto addLabel = [this, grid](const QString &key, QWidget *buddy, int row, int column) {
        auto *l = new QLabel(label(key), this);
        l->setBuddy(buddy);
        // Beside one line, centred on it; beside the pickers, at their top.
        const bool tall = qobject_cast<ExpressionEdit *>(buddy) != nullptr;
        grid->addWidget(l, row, column, Qt::AlignLeft | (tall ? Qt::AlignTop : Qt::AlignVCenter));
    };
    grid->addWidget(m_heading, 0, 0, 1, 4);
    addLabel(kText, m_text, 1, 0);
    grid->addWidget(m_text, 1, 1, 1, 3);
    addLabel(kTarget, m_target, 2, 0);
    grid->addWidget(m_target, 2, 1);
    addLabel(kScore, m_score, 2, 2);
    grid->addWidget(m_score, 2, 3);
    addLabel(kFeedback, m_feedback, 3, 0);
    grid->addWidget(m_feedback, 3, 1, 1, 3);
    addLabel(kCondition, m_condition, 4, 0);
    grid->addWidget(m_condition, 4, 1, 1, 3);
    addLabel(kEffects, m_effects, 5, 0);
    grid->addWidget(m_effects, 5, 1, 1, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    for (auto [button, icon] : {std::pair{m_up, QStyle::SP_ArrowUp}, std::pair{m_down, QStyle::SP_ArrowDown},
                                std::pair{m_remove, QStyle::SP_TrashIcon}}) {
        button->setIcon(style()->standardIcon(icon));
        button->setFocusPolicy(Qt::StrongFocus); // keyboard users reach them with Tab
        buttons->addWidget(button);
    }
    grid->addLayout(buttons, 6, 0, 1, 4);

    connect(m_text, &QLineEdit::textEdited, this, [this](const QString &t) { apply(kText, t, false); });
    connect(m_text, &QLineEdit::editingFinished, this, [this] { apply(kText, m_text->text(), true); });
    // Return moves on to where the choice leads, the next thing to decide (as in a question's
    // choice rows).
    connect(m_text, &QLineEdit::returnPressed, this, [this] { m_target->setFocus(Qt::TabFocusReason); });
    connect(m_feedback, &QLineEdit::textEdited, this,
            [this](const QString &t) { apply(kFeedback, t, false); });
    connect(m_feedback, &QLineEdit::editingFinished, this,
            [this] { apply(kFeedback, m_feedback->text(), true); });
    connect(m_score, &QSpinBox::valueChanged, this, [this](int v) { apply(kScore, v, false); });
    connect(m_score, &QSpinBox::editingFinished, this, [this] { apply(kScore, m_score->value(), true); });
    connect(m_target, &QComboBox::activated, this, &ChoiceRow::pickTarget);
    m_target->installEventFilter(this);
    connect(m_condition, &ExpressionEdit::edited, this,
            [this](const QString &t, bool commit) { apply(kCondition, t, commit); });
    connect(m_effects, &ExpressionEdit::edited, this,
            [this](const QString &t, bool commit) { apply(kEffects, t, commit); });
    connect(m_condition, &ExpressionEdit::rowsChanged, this, &ChoiceRow::rowsChanged);
    connect(m_effects, &ExpressionEdit::rowsChanged, this, &ChoiceRow::rowsChanged);
    connect(m_up, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(m_choice, -1); });
    connect(m_down, &QToolButton::clicked, this, [this] { Q_EMIT moveRequested(m_choice, +1); });
    connect(m_remove, &QToolButton::clicked, this, [this] { Q_EMIT removeRequested(m_choice); });
    refresh({kText, kTarget, kCondition, kEffects, kScore, kFeedback});
}

ChoiceRow::~ChoiceRow()
{
    // A focused field being destroyed reports editingFinished: nothing may be written then.
    m_updating = true;
    for (QObject *child : findChildren<QObject *>())
        disconnect(child, nullptr, this, nullptr);
}

const Node *ChoiceRow::node() const
{
    return m_document ? m_document->node(m_choice) : nullptr;
}

void ChoiceRow::setNumber(int number, int count)
{
    const QString noun = Schema::kindNoun(NodeKind::ScenarioChoice);
    //: %1 is "Choice" (a scenario choice), %2 its number
    const QString name = tr("%1 %2").arg(Schema::kindLabel(NodeKind::ScenarioChoice)).arg(number);
    m_heading->setText(name);
    setAccessibleName(name);
    auto field = [&name](const QString &key) {
        //: %1 names a scenario choice ("Scenario choice 2"), %2 one of its properties
        return tr("%1: %2").arg(name, label(key));
    };
    m_text->setAccessibleName(field(kText));
    m_target->setAccessibleName(field(kTarget));
    m_score->setAccessibleName(field(kScore));
    m_feedback->setAccessibleName(field(kFeedback));
    m_condition->setAccessibleContext(name);
    m_effects->setAccessibleContext(name);
    m_up->setAccessibleName(tr("Move %1 %2 up").arg(noun).arg(number));
    m_down->setAccessibleName(tr("Move %1 %2 down").arg(noun).arg(number));
    m_remove->setAccessibleName(tr("Remove %1 %2").arg(noun).arg(number));
    for (QToolButton *b : {m_up, m_down, m_remove})
        b->setToolTip(b->accessibleName());
    m_up->setEnabled(number > 1);
    m_down->setEnabled(number < count);
}

void ChoiceRow::setVariables(const QList<ScenarioVariable> &variables)
{
    m_condition->setVariables(variables);
    m_effects->setVariables(variables);
}

void ChoiceRow::appendTabOrder(QList<QWidget *> &chain) const
{
    chain << m_text << m_target << m_score << m_feedback;
    m_condition->appendTabOrder(chain);
    m_effects->appendTabOrder(chain);
    chain << m_up << m_down << m_remove;
}

void ChoiceRow::apply(const QString &key, const QJsonValue &value, bool commit)
{
    if (m_updating || !node())
        return;
    QString error;
    m_applyingKey = key;
    const bool ok = m_document->setProperty(m_choice, key, value, commit, &error);
    m_applyingKey.clear();
    Q_EMIT editResult(ok ? QString() : error);
}

bool ChoiceRow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_target &&
        (event->type() == QEvent::KeyPress || event->type() == QEvent::MouseButtonPress)) {
        const auto *key = event->type() == QEvent::KeyPress ? static_cast<QKeyEvent *>(event) : nullptr;
        static const QList<int> steps = {Qt::Key_Up,       Qt::Key_Down, Qt::Key_PageUp,
                                         Qt::Key_PageDown, Qt::Key_Home, Qt::Key_End};
        m_steppingWithKeys = key && key->modifiers() == Qt::NoModifier && steps.contains(key->key());
    }
    return QFrame::eventFilter(watched, event);
}

void ChoiceRow::pickTarget()
{
    const bool stepping = std::exchange(m_steppingWithKeys, false);
    if (m_target->currentData().toString() == newStepData()) {
        // Arrow keys on a closed picker pick as they go: passing over "New step…" must not
        // create steps. It is taken from the open list (a click, or Enter after Alt+Down).
        if (stepping)
            fillTargets();
        else
            leadToNewStep();
    } else {
        apply(kTarget, m_target->currentData().toString(), true);
    }
}

void ChoiceRow::leadToNewStep()
{
    const Node *choice = node();
    const Node *scenario = choice && choice->parent() ? choice->parent()->parent() : nullptr;
    if (!scenario)
        return;
    m_document->commitEdits();
    QString error;
    bool ok = false;
    {
        // One undo step: the new step and the choice pointing at it come and go together.
        const CourseDocument::Macro macro(*m_document, tr("Lead to a new step"));
        std::unique_ptr<Node> step = CourseDocument::createNode(NodeKind::ScenarioNode);
        const QString id = idString(step->id());
        ok = m_document->insertNode(scenario->id(), scenario->childCount(), std::move(step), &error) &&
             m_document->setProperty(m_choice, kTarget, id, true, &error);
    }
    Q_EMIT editResult(ok ? QString() : error);
    fillTargets(); // shows the new step, or the old target again when it failed
}

void ChoiceRow::fillTargets()
{
    const Node *choice = node();
    if (!choice)
        return;
    const QSignalBlocker blocker(m_target);
    const QString target = choice->string(kTarget);
    m_target->clear();
    m_target->addItem(tr("(none)"), QString());
    // The steps the choice may lead to: the rule the property form and validation follow too.
    const PropertySpec *spec = Schema::instance().property(NodeKind::ScenarioChoice, kTarget);
    for (const Node *step : ReferenceScope::candidates(*spec, *choice))
        m_target->addItem(KindIcon::icon(step->kind()), OutlineModel::labelFor(*step), idString(step->id()));
    selectOrMark(m_target, target);
    const int index = m_target->currentIndex();
    m_target->insertSeparator(m_target->count());
    m_target->addItem(tr("New step…"), newStepData());
    m_target->setCurrentIndex(index);
}

void ChoiceRow::refresh(const QStringList &keys)
{
    const Node *n = node();
    if (!n)
        return;
    const bool was = m_updating;
    m_updating = true;
    for (const QString &key : keys) {
        if (key == m_applyingKey)
            continue;
        if (key == kText || key == kFeedback) {
            QLineEdit *edit = key == kText ? m_text : m_feedback;
            if (edit->text() != n->string(key)) {
                const QSignalBlocker blocker(edit);
                edit->setText(n->string(key));
                edit->setCursorPosition(0);
            }
        } else if (key == kScore) {
            const QSignalBlocker blocker(m_score);
            m_score->setValue(n->integer(key));
        } else if (key == kTarget) {
            fillTargets();
        } else if (key == kCondition) {
            m_condition->setText(n->string(key));
        } else if (key == kEffects) {
            m_effects->setText(n->string(key));
        }
    }
    m_updating = was;
}

void ChoiceRow::handleChange(const ChangeEvent &event)
{
    if (event.type == ChangeEvent::PropertiesChanged && event.node == m_choice) {
        refresh(event.keys);
        return;
    }
    // Steps renamed, added, removed or reordered show in the target picker.
    if (event.type == ChangeEvent::PropertiesChanged) {
        const Node *changed = m_document ? m_document->node(event.node) : nullptr;
        if (changed && changed->kind() == NodeKind::ScenarioNode)
            fillTargets();
    } else if (event.type == ChangeEvent::NodeInserted || event.type == ChangeEvent::NodeRemoved ||
               event.type == ChangeEvent::NodeMoved) {
        fillTargets();
    }
}

} // namespace cw
