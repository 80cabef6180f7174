// The scenario editors: the scenario's form with its variables table and endings overview, and a
// step's form whose choices pick their target and build conditions and effects from the
// scenario's variables, writing exactly the text the typed field (and Expression) accepts.
#include "editors/scenario/choicerow.h"
#include "editors/scenario/choicerowsedit.h"
#include "editors/scenario/endingsoverview.h"
#include "editors/scenario/expressionedit.h"
#include "editors/scenario/scenarioeditor.h"
#include "editors/scenario/stepeditor.h"
#include "editors/scenario/variablestable.h"
#include "model/coursedocument.h"
#include "model/expression.h"
#include "outlinemodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>

#include <QtTest>

using namespace cw;

namespace {

// Picks the item with `data` with the arrow keys, as a keyboard user does (each step is
// "activated", like a pick from the list).
void pick(QComboBox *combo, const QString &data)
{
    QVERIFY(combo);
    const int target = combo->findData(data);
    QVERIFY2(target >= 0, qPrintable(data));
    combo->setFocus(Qt::OtherFocusReason);
    for (int guard = 0; combo->currentIndex() != target && guard < 100; ++guard)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(combo->currentIndex(), target);
}

// Replaces a line edit's text by typing and leaves it with Return (closing the undo step).
void typeLine(QLineEdit *line, const QString &text)
{
    QVERIFY(line);
    line->setFocus(Qt::OtherFocusReason);
    line->selectAll();
    QTest::keyClicks(line, text);
    QTest::keyClick(line, Qt::Key_Return);
}

} // namespace

class TestScenarioEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void variablesAreBuiltInTheTable();
    void badVariableNamesAreMarkedAtTheRow();
    void choiceLeadsToAPickedStep();
    void newStepFromThePicker();
    void conditionAndEffectsBuiltByPickers();
    void typedInvalidConditionShowsTheError();
    void oneEditIsOneUndoStep();
    void storedExpressionsReadBackIntoThePickers();
    void choiceRowsAddMoveRemove();
    void endingsOverviewListsEndings();
    void endingFieldsGreyUnlessEnding();
    void stepMovedToAnotherScenarioPicksFromIt();
    void outlineHidesScenarioChoices();
    void accessibleNamesAndTabOrder();
    void scenarioFormNamesAndTabOrder();
    void fitsA1024PixelWideArea();
    void renamingAVariableRenamesItsUses();

private:
    const Node *scenario() const { return m_doc->node(m_scenario); }
    const Node *start() const { return scenario()->child(0); }
    const Node *ending() const { return scenario()->child(1); }
    const Node *choice() const { return start()->child(0); }
    QUndoStack *stack() const { return m_doc->undoStack(); }
    const Node *addVariable(const QString &name, const QString &type)
    {
        auto variable = CourseDocument::createNode(NodeKind::Variable);
        variable->setProperty(QStringLiteral("name"), name);
        variable->setProperty(QStringLiteral("type"), type);
        return m_doc->insertNode(m_scenario, scenario()->childCount(), std::move(variable));
    }
    // A step editor showing the start step, with the variables trust (number) and warned (yes/no).
    ChoiceRow *showStart()
    {
        addVariable(QStringLiteral("trust"), QStringLiteral("number"));
        addVariable(QStringLiteral("warned"), QStringLiteral("boolean"));
        stack()->clear();
        m_steps->setStep(start()->id());
        return m_steps->choiceRows()->row(0);
    }
    void showWindow(QWidget *w)
    {
        w->show();
        QApplication::setActiveWindow(w);
        QVERIFY(QTest::qWaitForWindowActive(w));
    }

    std::unique_ptr<CourseDocument> m_doc;
    std::unique_ptr<ScenarioEditor> m_editor;
    std::unique_ptr<StepEditor> m_steps;
    QUuid m_scenario;
};

void TestScenarioEditor::init()
{
    m_doc = std::make_unique<CourseDocument>(CourseDocument::createCourseTree());
    const Node *module = m_doc->root()->child(0);
    m_scenario = m_doc->insertNode(module->id(), 1, CourseDocument::createNode(NodeKind::Scenario))->id();
    stack()->clear();
    m_editor = std::make_unique<ScenarioEditor>();
    m_editor->setDocument(m_doc.get());
    m_steps = std::make_unique<StepEditor>();
    m_steps->setDocument(m_doc.get());
}

void TestScenarioEditor::cleanup()
{
    m_steps.reset();
    m_editor.reset();
    m_doc.reset();
}

void TestScenarioEditor::variablesAreBuiltInTheTable()
{
    m_editor->setScenario(m_scenario);
    VariablesTable *table = m_editor->variables();
    QVERIFY(table);
    QCOMPARE(table->rowCount(), 0);
    table->addButton()->click();
    QCOMPARE(table->rowCount(), 1);
    const Node *variable = scenario()->child(scenario()->childCount() - 1);
    QCOMPARE(variable->kind(), NodeKind::Variable);
    QCOMPARE(table->rowNode(0), variable->id());

    typeLine(table->nameEdit(0), QStringLiteral("trust"));
    QCOMPARE(variable->string(QStringLiteral("name")), QStringLiteral("trust"));
    table->numberEdit(0)->setValue(2);
    QCOMPARE(variable->real(QStringLiteral("initial")), 2.0);
    QCOMPARE(table->numberEdit(0)->text(), QStringLiteral("2")); // as typed, not "2.00"
    table->numberEdit(0)->setValue(0.125);
    QCOMPARE(variable->real(QStringLiteral("initial")), 0.125); // no rounding to two places
    table->numberEdit(0)->setValue(2);

    // A yes/no variable's initial value is picked as false or true (stored as 0 or 1).
    table->addButton()->click();
    QCOMPARE(table->rowCount(), 2);
    const Node *second = scenario()->child(scenario()->childCount() - 1);
    QCOMPARE(second->string(QStringLiteral("name")), QStringLiteral("score")); // not a duplicate
    typeLine(table->nameEdit(1), QStringLiteral("warned"));
    pick(table->typeCombo(1), QStringLiteral("boolean"));
    QCOMPARE(second->string(QStringLiteral("type")), QStringLiteral("boolean"));
    QVERIFY(table->numberEdit(1)->isHidden());
    QVERIFY(!table->booleanEdit(1)->isHidden());
    pick(table->booleanEdit(1), QStringLiteral("1"));
    QCOMPARE(second->real(QStringLiteral("initial")), 1.0);

    // Removed from the table, back with undo.
    const QUuid id = second->id();
    table->removeButton(1)->click();
    QCOMPARE(table->rowCount(), 1);
    QVERIFY(!m_doc->node(id));
    stack()->undo();
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->rowNode(1), id);
    QCOMPARE(table->nameEdit(1)->text(), QStringLiteral("warned"));
}

void TestScenarioEditor::badVariableNamesAreMarkedAtTheRow()
{
    addVariable(QStringLiteral("trust"), QStringLiteral("number"));
    addVariable(QStringLiteral("calm"), QStringLiteral("number"));
    m_editor->setScenario(m_scenario);
    VariablesTable *table = m_editor->variables();
    QCOMPARE(table->rowCount(), 2);
    QVERIFY(table->problemAt(0).isEmpty());
    QVERIFY(table->problemAt(1).isEmpty());

    // Not an identifier: the scenario rules' own message, at the row, while typing.
    table->nameEdit(1)->setFocus();
    table->nameEdit(1)->selectAll();
    QTest::keyClicks(table->nameEdit(1), QStringLiteral("2 calm"));
    QCOMPARE(scenario()->child(3)->string(QStringLiteral("name")), QStringLiteral("2 calm"));
    QVERIFY2(table->problemAt(1).contains(QStringLiteral("not a valid name")),
             qPrintable(table->problemAt(1)));
    QVERIFY(table->problemAt(0).isEmpty());
    QCOMPARE(table->nameEdit(1)->accessibleDescription(), table->problemAt(1));

    // A duplicate is marked too; fixing it clears the mark.
    typeLine(table->nameEdit(1), QStringLiteral("trust"));
    QVERIFY2(table->problemAt(1).contains(QStringLiteral("more than once")), qPrintable(table->problemAt(1)));
    typeLine(table->nameEdit(1), QStringLiteral("calm"));
    QVERIFY(table->problemAt(1).isEmpty());
}

void TestScenarioEditor::choiceLeadsToAPickedStep()
{
    ChoiceRow *row = showStart();
    QVERIFY(row);
    const QUuid firstTarget = ending()->id();
    QCOMPARE(row->targetCombo()->currentData().toString(), idString(firstTarget));
    // The picker offers the scenario's steps, none, and a new step.
    QVERIFY(row->targetCombo()->findData(idString(start()->id())) >= 0);
    QVERIFY(row->targetCombo()->findData(QString()) >= 0);
    QVERIFY(row->targetCombo()->findData(ChoiceRow::newStepData()) >= 0);

    auto other = CourseDocument::createNode(NodeKind::ScenarioNode);
    other->setProperty(QStringLiteral("title"), QStringLiteral("Second thoughts"));
    const Node *step = m_doc->insertNode(m_scenario, scenario()->childCount(), std::move(other));
    const int before = stack()->count();
    pick(row->targetCombo(), idString(step->id()));
    QCOMPARE(choice()->string(QStringLiteral("target")), idString(step->id()));
    QCOMPARE(stack()->count(), before + 1);
    // Typing the choice's words, Return moves on to where it leads.
    showWindow(m_steps.get());
    row->textEdit()->setFocus();
    QTest::keyClicks(row->textEdit(), QStringLiteral(" now"));
    QTest::keyClick(row->textEdit(), Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), row->targetCombo());
    // A renamed step is renamed in the picker.
    QVERIFY(m_doc->setProperty(step->id(), QStringLiteral("title"), QStringLiteral("Doubt"), true));
    QCOMPARE(row->targetCombo()->currentText(), QStringLiteral("Doubt"));
}

void TestScenarioEditor::newStepFromThePicker()
{
    ChoiceRow *row = showStart();
    showWindow(m_steps.get());
    const int steps = scenario()->childCount();
    // Stepping through the closed picker with the arrow keys passes "New step…" by.
    QComboBox *combo = row->targetCombo();
    combo->setFocus();
    for (int i = 0; i < combo->count(); ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(scenario()->childCount(), steps);
    QCOMPARE(stack()->count(), 0);
    QCOMPARE(combo->currentData().toString(), idString(ending()->id()));
    // Taken from the open list, it creates the step and leads there.
    combo->showPopup();
    QAbstractItemView *list = combo->view();
    QTRY_VERIFY(list->isVisible());
    list->setCurrentIndex(combo->model()->index(combo->findData(ChoiceRow::newStepData()), 0));
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(scenario()->childCount(), steps + 1);
    const Node *added = scenario()->child(steps);
    QCOMPARE(added->kind(), NodeKind::ScenarioNode);
    QCOMPARE(choice()->string(QStringLiteral("target")), idString(added->id()));
    QCOMPARE(row->targetCombo()->currentData().toString(), idString(added->id()));
    // The step and the link to it are one undo step.
    QCOMPARE(stack()->count(), 1);
    stack()->undo();
    QCOMPARE(scenario()->childCount(), steps);
    QCOMPARE(choice()->string(QStringLiteral("target")), idString(ending()->id()));
    QCOMPARE(row->targetCombo()->currentData().toString(), idString(ending()->id()));
}

void TestScenarioEditor::conditionAndEffectsBuiltByPickers()
{
    ChoiceRow *row = showStart();
    ExpressionEdit *condition = row->conditionEdit();
    condition->addButton()->click();
    QCOMPARE(condition->clauseCount(), 1);
    QCOMPARE(choice()->string(QStringLiteral("condition")), QStringLiteral("trust >= 1"));
    pick(condition->operatorCombo(0), QStringLiteral(">"));
    condition->valueEdit(0)->setValue(2);
    QCOMPARE(choice()->string(QStringLiteral("condition")), QStringLiteral("trust > 2"));
    condition->addButton()->click();
    pick(condition->variableCombo(1), QStringLiteral("warned"));
    QVERIFY(condition->valueEdit(1)->isHidden()); // a yes/no variable needs no value
    pick(condition->operatorCombo(1), QStringLiteral("false"));
    const QString conditionText = choice()->string(QStringLiteral("condition"));
    QCOMPARE(conditionText, QStringLiteral("trust > 2 and not warned"));
    QCOMPARE(condition->typedEdit()->text(), conditionText);
    QVERIFY(Expression::parseCondition(conditionText).ok);

    ExpressionEdit *effects = row->effectsEdit();
    effects->addButton()->click();
    pick(effects->operatorCombo(0), QStringLiteral("-="));
    effects->valueEdit(0)->setValue(1.5);
    effects->addButton()->click();
    pick(effects->variableCombo(1), QStringLiteral("warned"));
    const QString effectsText = choice()->string(QStringLiteral("effects"));
    QCOMPARE(effectsText, QStringLiteral("trust -= 1.5; warned = true"));
    QVERIFY(Expression::parseEffects(effectsText).ok);

    // Removing a clause rewrites the text without it.
    effects->removeButton(0)->click();
    QCOMPARE(choice()->string(QStringLiteral("effects")), QStringLiteral("warned = true"));
    QCOMPARE(effects->clauseCount(), 1);
}

void TestScenarioEditor::typedInvalidConditionShowsTheError()
{
    ChoiceRow *row = showStart();
    showWindow(m_steps.get());
    ExpressionEdit *condition = row->conditionEdit();
    QLineEdit *typed = condition->typedEdit();
    typed->setFocus();
    QTest::keyClicks(typed, QStringLiteral("trust >"));
    // The text stays as typed, stored as it is, with the parser's message under the field.
    QCOMPARE(typed->text(), QStringLiteral("trust >"));
    QCOMPARE(choice()->string(QStringLiteral("condition")), QStringLiteral("trust >"));
    QCOMPARE(condition->errorText(), Expression::parseCondition(QStringLiteral("trust >")).error);
    QVERIFY(!condition->errorText().isEmpty());
    QVERIFY(!condition->pickersShowText());
    QVERIFY(!condition->addButton()->isEnabled());
    // Finishing the text clears the error and shows it in the pickers.
    QTest::keyClicks(typed, QStringLiteral("= 3"));
    QVERIFY(condition->errorText().isEmpty());
    QVERIFY(condition->pickersShowText());
    QCOMPARE(condition->clauseCount(), 1);
    QCOMPARE(condition->operatorCombo(0)->currentData().toString(), QStringLiteral(">="));
    QCOMPARE(condition->valueEdit(0)->value(), 3.0);
    QVERIFY(typed->hasFocus());
    // A name the scenario does not define is an error too.
    typed->selectAll();
    QTest::keyClicks(typed, QStringLiteral("courage > 1"));
    QVERIFY(condition->errorText().contains(QStringLiteral("courage")));
}

void TestScenarioEditor::oneEditIsOneUndoStep()
{
    ChoiceRow *row = showStart();
    ExpressionEdit *effects = row->effectsEdit();
    effects->addButton()->click();
    QCOMPARE(stack()->count(), 1);
    pick(effects->operatorCombo(0), QStringLiteral("="));
    QCOMPARE(choice()->string(QStringLiteral("effects")), QStringLiteral("trust = 1"));
    QCOMPARE(stack()->count(), 2);
    stack()->undo();
    QCOMPARE(choice()->string(QStringLiteral("effects")), QStringLiteral("trust += 1"));
    QCOMPARE(effects->typedEdit()->text(), QStringLiteral("trust += 1"));
    QCOMPARE(effects->operatorCombo(0)->currentData().toString(), QStringLiteral("+="));
    // Typing merges into one step until the field is left.
    QLineEdit *typed = effects->typedEdit();
    typed->setFocus();
    typed->end(false);
    QTest::keyClicks(typed, QStringLiteral("; trust += 2"));
    QTest::keyClick(typed, Qt::Key_Return);
    QCOMPARE(stack()->count(), 2);
    QCOMPARE(effects->clauseCount(), 2);
    stack()->undo();
    QCOMPARE(effects->clauseCount(), 1);
    QCOMPARE(typed->text(), QStringLiteral("trust += 1"));
}

void TestScenarioEditor::storedExpressionsReadBackIntoThePickers()
{
    ChoiceRow *row = showStart();
    ExpressionEdit *condition = row->conditionEdit();
    QVERIFY(m_doc->setProperty(choice()->id(), QStringLiteral("condition"),
                               QStringLiteral("trust<=-2 && !warned"), true));
    QVERIFY(condition->pickersShowText());
    QCOMPARE(condition->clauseCount(), 2);
    QCOMPARE(condition->variableCombo(0)->currentData().toString(), QStringLiteral("trust"));
    QCOMPARE(condition->operatorCombo(0)->currentData().toString(), QStringLiteral("<="));
    QCOMPARE(condition->valueEdit(0)->value(), -2.0);
    QCOMPARE(condition->variableCombo(1)->currentData().toString(), QStringLiteral("warned"));
    QCOMPARE(condition->operatorCombo(1)->currentData().toString(), QStringLiteral("false"));
    // The stored text stays as written until a picker changes it.
    QCOMPARE(condition->typedEdit()->text(), QStringLiteral("trust<=-2 && !warned"));
    pick(condition->operatorCombo(1), QStringLiteral("true"));
    QCOMPARE(choice()->string(QStringLiteral("condition")), QStringLiteral("trust <= -2 and warned"));

    // More than the pickers offer ("or") stays text only.
    QVERIFY(m_doc->setProperty(choice()->id(), QStringLiteral("condition"),
                               QStringLiteral("trust > 1 or warned"), true));
    QVERIFY(!condition->pickersShowText());
    QVERIFY(condition->errorText().isEmpty());

    ExpressionEdit *effects = row->effectsEdit();
    QVERIFY(m_doc->setProperty(choice()->id(), QStringLiteral("effects"),
                               QStringLiteral("warned = false; trust += 3"), true));
    QCOMPARE(effects->clauseCount(), 2);
    QCOMPARE(effects->operatorCombo(0)->currentData().toString(), QStringLiteral("false"));
    QCOMPARE(effects->operatorCombo(1)->currentData().toString(), QStringLiteral("+="));
    QCOMPARE(effects->valueEdit(1)->value(), 3.0);
    // So is a number the value field would round (it would change at the next pick).
    QVERIFY(m_doc->setProperty(choice()->id(), QStringLiteral("effects"), QStringLiteral("trust += 0.125"),
                               true));
    QVERIFY(!effects->pickersShowText());
    // A yes/no variable given a number is beyond the pickers.
    QVERIFY(
        m_doc->setProperty(choice()->id(), QStringLiteral("effects"), QStringLiteral("warned = 2"), true));
    QVERIFY(!effects->pickersShowText());
}

void TestScenarioEditor::choiceRowsAddMoveRemove()
{
    showStart();
    ChoiceRowsEdit *rows = m_steps->choiceRows();
    const QUuid first = choice()->id();
    rows->addButton()->click();
    QCOMPARE(start()->childCount(), 2);
    QCOMPARE(rows->rowCount(), 2);
    QCOMPARE(rows->row(1)->choice(), start()->child(1)->id());
    QVERIFY(!rows->row(0)->moveUpButton()->isEnabled());
    rows->row(0)->moveDownButton()->click();
    QCOMPARE(start()->child(1)->id(), first);
    QCOMPARE(rows->row(1)->choice(), first);
    QCOMPARE(rows->row(1)->textEdit()->accessibleName(), QStringLiteral("Scenario choice 2: Text"));
    rows->row(1)->removeButton()->click();
    QCOMPARE(rows->rowCount(), 1);
    QVERIFY(!m_doc->node(first));
    QCOMPARE(stack()->count(), 3);
    stack()->undo();
    QCOMPARE(rows->rowCount(), 2);
    QCOMPARE(rows->row(1)->choice(), first);
}

void TestScenarioEditor::endingsOverviewListsEndings()
{
    auto fail = CourseDocument::createNode(NodeKind::ScenarioNode);
    fail->setProperty(QStringLiteral("nodeType"), QStringLiteral("ending"));
    fail->setProperty(QStringLiteral("title"), QStringLiteral("Too late"));
    fail->setProperty(QStringLiteral("outcome"), QStringLiteral("fail"));
    fail->setProperty(QStringLiteral("feedback"), QStringLiteral("<p>Report <b>first</b>.</p>"));
    const QUuid failId = m_doc->insertNode(m_scenario, scenario()->childCount(), std::move(fail))->id();
    m_editor->setScenario(m_scenario);
    EndingsOverview *endings = m_editor->endings();
    QVERIFY(endings);
    // The decision at the start is not an ending.
    QCOMPARE(endings->rowCount(), 2);
    QCOMPARE(endings->rowNode(0), ending()->id());
    QCOMPARE(endings->outcomeCombo(0)->currentData().toString(), QStringLiteral("neutral"));
    QCOMPARE(endings->rowNode(1), failId);
    QCOMPARE(endings->openButton(1)->text(), QStringLiteral("Too late"));
    QCOMPARE(endings->outcomeCombo(1)->currentData().toString(), QStringLiteral("fail"));
    QCOMPARE(endings->feedbackLabel(1)->text(), QStringLiteral("Report first."));

    pick(endings->outcomeCombo(0), QStringLiteral("pass"));
    QCOMPARE(ending()->string(QStringLiteral("outcome")), QStringLiteral("pass"));
    QCOMPARE(endings->outcomeCombo(0)->currentData().toString(), QStringLiteral("pass"));

    QSignalSpy opened(m_editor.get(), &ScenarioEditor::nodeActivated);
    endings->openButton(1)->click();
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.at(0).at(0).toUuid(), failId);

    // A step that stops being an ending leaves the overview.
    QVERIFY(m_doc->setProperty(failId, QStringLiteral("nodeType"), QStringLiteral("decision"), true));
    QCOMPARE(endings->rowCount(), 1);
}

void TestScenarioEditor::stepMovedToAnotherScenarioPicksFromIt()
{
    ChoiceRow *row = showStart();
    QVERIFY(row->conditionEdit()->addButton()->isEnabled());
    const Node *module = m_doc->root()->child(0);
    const Node *other = m_doc->insertNode(module->id(), 2, CourseDocument::createNode(NodeKind::Scenario));
    const QUuid step = start()->id();
    const QUuid oldTarget = ending()->id();
    QVERIFY(m_doc->moveNode(step, other->id(), 0));
    QCOMPARE(m_steps->step(), step);
    row = m_steps->choiceRows()->row(0);
    // The other scenario has no variables, and its own steps to lead to.
    QVERIFY(!row->conditionEdit()->addButton()->isEnabled());
    QVERIFY(row->targetCombo()->findData(idString(other->child(0)->id())) >= 0);
    // The step left behind is no longer offered: the choice's link to it shows as missing.
    const int left = row->targetCombo()->findData(idString(oldTarget));
    QVERIFY(row->targetCombo()->itemText(left).startsWith(QStringLiteral("(missing")));
}

void TestScenarioEditor::endingFieldsGreyUnlessEnding()
{
    showStart();
    QWidget *outcome = m_steps->editorFor(QStringLiteral("outcome"));
    QWidget *feedback = m_steps->editorFor(QStringLiteral("feedback"));
    QVERIFY(outcome && feedback);
    QVERIFY(!outcome->isEnabled());
    QVERIFY(!feedback->isEnabled());
    pick(qobject_cast<QComboBox *>(m_steps->editorFor(QStringLiteral("nodeType"))), QStringLiteral("ending"));
    QCOMPARE(start()->string(QStringLiteral("nodeType")), QStringLiteral("ending"));
    QVERIFY(outcome->isEnabled());
    QVERIFY(feedback->isEnabled());
}

void TestScenarioEditor::outlineHidesScenarioChoices()
{
    OutlineModel model;
    model.setDocument(m_doc.get());
    const QModelIndex step = model.indexFor(start());
    QVERIFY(step.isValid());
    QCOMPARE(model.rowCount(step), 0);
    QVERIFY(!model.indexFor(choice()).isValid());
    QVERIFY(model.indexFor(ending()).isValid());
}

void TestScenarioEditor::accessibleNamesAndTabOrder()
{
    ChoiceRow *row = showStart();
    row->conditionEdit()->addButton()->click();
    showWindow(m_steps.get());
    // Every control a keyboard reaches has a name.
    for (QWidget *w : m_steps->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(m_steps.get()) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        // Inner parts are named by their owner (a spin box's line edit) or are only a frame.
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QScrollArea *>(w))
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
    QCOMPARE(row->conditionEdit()->variableCombo(0)->accessibleName(),
             QStringLiteral("Scenario choice 1 condition 1 variable"));
    // Tab runs through a card in the order it reads.
    const QList<QWidget *> expected = {row->textEdit(),
                                       row->targetCombo(),
                                       row->scoreEdit(),
                                       row->feedbackEdit(),
                                       row->conditionEdit()->variableCombo(0),
                                       row->conditionEdit()->operatorCombo(0),
                                       row->conditionEdit()->valueEdit(0),
                                       row->conditionEdit()->removeButton(0),
                                       row->conditionEdit()->addButton(),
                                       row->conditionEdit()->typedEdit(),
                                       row->effectsEdit()->addButton(),
                                       row->effectsEdit()->typedEdit(),
                                       row->removeButton()}; // alone: it cannot move
    row->textEdit()->setFocus();
    for (int i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        // A spin box's focus is its inner line edit.
        if (focus && qobject_cast<QAbstractSpinBox *>(focus->parentWidget()))
            focus = focus->parentWidget();
        QVERIFY2(focus == expected[i], qPrintable(QString::number(i)));
    }
}

void TestScenarioEditor::scenarioFormNamesAndTabOrder()
{
    addVariable(QStringLiteral("trust"), QStringLiteral("number"));
    addVariable(QStringLiteral("warned"), QStringLiteral("boolean"));
    m_editor->setScenario(m_scenario);
    showWindow(m_editor.get());
    for (QWidget *w : m_editor->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(m_editor.get()) || !(w->focusPolicy() & Qt::TabFocus))
            continue;
        if (qobject_cast<QAbstractSpinBox *>(w->parentWidget()) || qobject_cast<QScrollArea *>(w))
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(), w->metaObject()->className());
    }
    VariablesTable *table = m_editor->variables();
    QCOMPARE(table->nameEdit(1)->accessibleName(), QStringLiteral("Variable 2 name"));
    QCOMPARE(table->booleanEdit(1)->accessibleName(), QStringLiteral("Variable 2 initial value"));
    // From the passing score through the table, row by row, to the endings.
    const QList<QWidget *> expected = {m_editor->editorFor(QStringLiteral("passingScore")),
                                       table->nameEdit(0),
                                       table->typeCombo(0),
                                       table->numberEdit(0),
                                       table->removeButton(0),
                                       table->nameEdit(1),
                                       table->typeCombo(1),
                                       table->booleanEdit(1),
                                       table->removeButton(1),
                                       table->addButton(),
                                       m_editor->endings()->openButton(0),
                                       m_editor->endings()->outcomeCombo(0)};
    expected.first()->setFocus();
    for (int i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focus = QApplication::focusWidget();
        if (focus && qobject_cast<QAbstractSpinBox *>(focus->parentWidget()))
            focus = focus->parentWidget();
        QVERIFY2(focus == expected[i], qPrintable(QString::number(i)));
    }
}

void TestScenarioEditor::fitsA1024PixelWideArea()
{
    // The widest forms: a step with two choices using the pickers, and the scenario's own form.
    ChoiceRow *row = showStart();
    row->conditionEdit()->addButton()->click();
    row->effectsEdit()->addButton()->click();
    m_steps->choiceRows()->addButton()->click();
    // Messages wrap under their fields rather than widening the form.
    QVERIFY(m_doc->setProperty(
        start()->child(1)->id(), QStringLiteral("condition"),
        QStringLiteral("trust > and a condition typed far longer than a field is wide"), true));
    addVariable(QStringLiteral("a name far too long and with spaces, which no expression could ever use"),
                QStringLiteral("number"));
    m_editor->setScenario(m_scenario);
    for (QWidget *form : {static_cast<QWidget *>(m_steps.get()), static_cast<QWidget *>(m_editor.get())}) {
        form->resize(1024, 1400);
        showWindow(form);
        QVERIFY2(form->minimumSizeHint().width() <= 1024,
                 qPrintable(QString::number(form->minimumSizeHint().width())));
        // Nothing in the form is cut off at the right.
        for (QWidget *w : form->findChildren<QWidget *>()) {
            if (w->isVisible() && w->width() > 0) {
                const QPoint right = w->mapTo(form, QPoint(w->width(), 0));
                QVERIFY2(right.x() <= form->width(), w->metaObject()->className());
            }
        }
        // For a look with the eyes: CW_GRAB_DIR=/some/dir keeps a picture of each form.
        const QString dir = qEnvironmentVariable("CW_GRAB_DIR");
        if (!dir.isEmpty())
            QVERIFY(form->grab().save(QDir(dir).filePath(
                QString::fromLatin1(form->metaObject()->className()).section(QLatin1Char(':'), -1) +
                QStringLiteral(".png"))));
        form->hide();
    }
}

void TestScenarioEditor::renamingAVariableRenamesItsUses()
{
    addVariable(QStringLiteral("trust"), QStringLiteral("number"));
    addVariable(QStringLiteral("warned"), QStringLiteral("boolean"));
    QVERIFY(m_doc->setProperty(choice()->id(), QStringLiteral("condition"),
                               QStringLiteral("trust >= 2 and not warned"), true));
    QVERIFY(
        m_doc->setProperty(choice()->id(), QStringLiteral("effects"), QStringLiteral("trust += 1"), true));
    stack()->clear();
    m_editor->setScenario(m_scenario);
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    VariablesTable *table = m_editor->variables();
    // Typing the new name, then leaving the field: the conditions and effects follow.
    typeLine(table->nameEdit(0), QStringLiteral("confidence"));
    QCOMPARE(choice()->string(QStringLiteral("condition")), QStringLiteral("confidence >= 2 and not warned"));
    QCOMPARE(choice()->string(QStringLiteral("effects")), QStringLiteral("confidence += 1"));
    // The name and its uses are undone separately, newest first, and nothing is lost.
    QCOMPARE(stack()->count(), 2);
    stack()->undo();
    QCOMPARE(choice()->string(QStringLiteral("condition")), QStringLiteral("trust >= 2 and not warned"));
    stack()->undo();
    QCOMPARE(scenario()->child(2)->string(QStringLiteral("name")), QStringLiteral("trust"));
}

QTEST_MAIN(TestScenarioEditor)
#include "tst_scenarioeditor.moc"
