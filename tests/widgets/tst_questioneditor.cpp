// QuestionEditor: one form per question kind, choice rows edited through the document (one
// undo step for marking the single correct choice), and rows that follow undo and other views in
// place, without writing back and without taking the focus from the field being typed in.
#include "editors/kindpalette.h"
#include "editors/quiz/partrowsedit.h"
#include "editors/quiz/questioneditor.h"
#include "inspector/nodeform.h"
#include "model/coursedocument.h"
#include "model/schema.h"
#include "outlinemodel.h"
#include "richtext/richtextedit.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace cw;

class TestQuestionEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void nothingWithoutAQuestion();
    void everyKindHasItsForm_data();
    void everyKindHasItsForm();
    void singleChoiceMarksOneInOneUndoStep();
    void multipleResponseMarksEachChoice();
    void addRemoveAndReorderChoices();
    void feedbackEditsInline();
    void returnMovesThroughTheRows();
    void paletteAsksForEveryQuestionKind();
    void typingMergesIntoOneUndoStep();
    void matchingPairs();
    void sequencingStepsInOrder();
    void numericFields();
    void trueFalseAnswerRadios();
    void fillBlankAcceptedAnswers();
    void undoRefreshesRowsWithoutPushing();
    void refreshKeepsTheFocus();
    void accessibleNamesAndTabOrder();
    void removedQuestionClearsTheForm();
    void focusFirstFieldIsThePrompt();
    void outlineHidesParts();
    void quizSettingsInTheSameView();

private:
    const Node *quiz() const { return m_doc->node(m_quiz); }
    const Node *addQuestion(NodeKind kind)
    {
        return m_doc->insertNode(m_quiz, quiz()->childCount(), CourseDocument::createNode(kind));
    }
    const Node *show(NodeKind kind)
    {
        const Node *q = addQuestion(kind);
        stack()->clear();
        m_editor->setQuestion(q->id());
        return q;
    }
    PartRowsEdit *rows() const { return m_editor->partRows(); }
    QLineEdit *rowEdit(int row, const char *key) const
    {
        return qobject_cast<QLineEdit *>(rows()->editorAt(row, QString::fromLatin1(key)));
    }
    QAbstractButton *marker(int row) const
    {
        return qobject_cast<QAbstractButton *>(rows()->editorAt(row, QStringLiteral("correct")));
    }
    static bool correct(const Node *q, int i) { return q->child(i)->boolean(QStringLiteral("correct")); }
    QUndoStack *stack() const { return m_doc->undoStack(); }
    void showWindow()
    {
        m_editor->show();
        QApplication::setActiveWindow(m_editor.get());
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
    }

    std::unique_ptr<CourseDocument> m_doc;
    std::unique_ptr<QuestionEditor> m_editor;
    QUuid m_quiz;
};

void TestQuestionEditor::init()
{
    m_doc = std::make_unique<CourseDocument>(CourseDocument::createCourseTree());
    const Node *module = m_doc->root()->child(0);
    m_quiz = m_doc->insertNode(module->id(), 1, CourseDocument::createNode(NodeKind::Quiz))->id();
    m_editor = std::make_unique<QuestionEditor>();
    m_editor->setDocument(m_doc.get());
}

void TestQuestionEditor::cleanup()
{
    m_editor.reset();
    m_doc.reset();
}

void TestQuestionEditor::nothingWithoutAQuestion()
{
    QVERIFY(m_editor->question().isNull());
    QVERIFY(!m_editor->editorFor(QStringLiteral("prompt")));
    // A node that is not a question is not edited here.
    m_editor->setQuestion(m_quiz);
    QVERIFY(m_editor->question().isNull());
    QVERIFY(!m_editor->editorFor(QStringLiteral("title")));
    const Node *q = addQuestion(NodeKind::SingleChoice);
    m_editor->setQuestion(q->id());
    QCOMPARE(m_editor->question(), q->id());
    QVERIFY(m_editor->editorFor(QStringLiteral("prompt")));
    m_editor->setQuestion({});
    QVERIFY(!m_editor->editorFor(QStringLiteral("prompt")));
}

void TestQuestionEditor::everyKindHasItsForm_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("partKeys"); // the row fields, empty when the kind has no rows
    for (int i = 0; i < NodeKindCount; ++i) {
        const auto kind = NodeKind(i);
        if (!isQuestionKind(kind))
            continue;
        QString keys;
        if (kind == NodeKind::SingleChoice || kind == NodeKind::MultipleResponse)
            keys = QStringLiteral("correct text feedback");
        else if (kind == NodeKind::Matching)
            keys = QStringLiteral("prompt match");
        else if (kind == NodeKind::Sequencing)
            keys = QStringLiteral("text");
        QTest::newRow(qPrintable(kindName(kind))) << i << keys;
    }
}

void TestQuestionEditor::everyKindHasItsForm()
{
    QFETCH(int, kind);
    QFETCH(QString, partKeys);
    const Node *q = show(NodeKind(kind));
    // Every property of the question has its field...
    for (const PropertySpec &p : Schema::instance().kind(q->kind()).properties) {
        QWidget *editor = m_editor->editorFor(p.key);
        QVERIFY2(editor, qPrintable(p.key));
        QVERIFY2(!editor->accessibleName().isEmpty(), qPrintable(p.key));
    }
    // ...and its parts are rows, each with the part's fields.
    if (partKeys.isEmpty()) {
        QVERIFY(!rows());
        return;
    }
    QVERIFY(rows());
    QCOMPARE(rows()->rowCount(), q->childCount());
    for (int i = 0; i < q->childCount(); ++i) {
        QCOMPARE(rows()->rowNode(i), q->child(i)->id());
        for (const QString &key : partKeys.split(QLatin1Char(' ')))
            QVERIFY2(rows()->editorAt(i, key), qPrintable(key));
    }
    // Single choice marks with radios, multiple response with check boxes.
    if (q->kind() == NodeKind::SingleChoice)
        QVERIFY(qobject_cast<QRadioButton *>(marker(0)));
    if (q->kind() == NodeKind::MultipleResponse)
        QVERIFY(qobject_cast<QCheckBox *>(marker(0)));
}

void TestQuestionEditor::singleChoiceMarksOneInOneUndoStep()
{
    const Node *q = show(NodeKind::SingleChoice);
    QVERIFY(correct(q, 0));
    QVERIFY(marker(0)->isChecked());
    marker(2)->click();
    QVERIFY(!correct(q, 0));
    QVERIFY(!correct(q, 1));
    QVERIFY(correct(q, 2));
    QCOMPARE(stack()->count(), 1);
    QVERIFY(!marker(0)->isChecked());
    QVERIFY(marker(2)->isChecked());
    // Undo restores the former answer in one step, and the radios follow.
    stack()->undo();
    QVERIFY(correct(q, 0));
    QVERIFY(!correct(q, 2));
    QVERIFY(marker(0)->isChecked());
    QVERIFY(!marker(2)->isChecked());
    stack()->redo();
    QVERIFY(marker(2)->isChecked());
    // Clicking the marked radio again changes nothing and leaves it marked.
    marker(2)->click();
    QCOMPARE(stack()->count(), 1);
    QVERIFY(correct(q, 2));
    QVERIFY(marker(2)->isChecked());
    // Two correct choices (an old file, another view) are made one by a single click.
    QVERIFY(m_doc->setProperty(q->child(1)->id(), QStringLiteral("correct"), true, true));
    QVERIFY(marker(1)->isChecked());
    const int before = stack()->count();
    marker(1)->click();
    QCOMPARE(stack()->count(), before + 1);
    QVERIFY(correct(q, 1));
    QVERIFY(!correct(q, 2));
}

void TestQuestionEditor::multipleResponseMarksEachChoice()
{
    const Node *q = show(NodeKind::MultipleResponse);
    marker(1)->click();
    QVERIFY(correct(q, 0));
    QVERIFY(correct(q, 1));
    QCOMPARE(stack()->count(), 1);
    marker(0)->click();
    QVERIFY(!correct(q, 0));
    QVERIFY(correct(q, 1));
    QCOMPARE(stack()->count(), 2);
}

void TestQuestionEditor::addRemoveAndReorderChoices()
{
    const Node *q = show(NodeKind::SingleChoice);
    const QUuid first = q->child(0)->id();
    const QUuid second = q->child(1)->id();
    rows()->addButton()->click();
    QCOMPARE(q->childCount(), 4);
    QCOMPARE(q->child(3)->kind(), NodeKind::Choice);
    QCOMPARE(rows()->rowCount(), 4);
    QCOMPARE(rows()->rowNode(3), q->child(3)->id());
    QCOMPARE(stack()->count(), 1);

    // The top row cannot move up, the bottom one cannot move down.
    QVERIFY(!rows()->moveUpButton(0)->isEnabled());
    QVERIFY(rows()->moveDownButton(0)->isEnabled());
    QVERIFY(!rows()->moveDownButton(3)->isEnabled());
    rows()->moveDownButton(0)->click();
    QCOMPARE(q->child(0)->id(), second);
    QCOMPARE(q->child(1)->id(), first);
    QCOMPARE(rows()->rowNode(0), second);
    QCOMPARE(rows()->rowNode(1), first);
    QVERIFY(marker(1)->isChecked()); // the correct mark travels with its row
    rows()->moveUpButton(1)->click();
    QCOMPARE(q->child(0)->id(), first);
    QCOMPARE(rows()->rowNode(0), first);
    QCOMPARE(stack()->count(), 3);

    rows()->removeButton(1)->click();
    QCOMPARE(q->childCount(), 3);
    QVERIFY(!m_doc->node(second));
    QCOMPARE(rows()->rowCount(), 3);
    QCOMPARE(rows()->rowNode(1), q->child(1)->id());
    QCOMPARE(stack()->count(), 4);
    stack()->undo();
    QCOMPARE(rows()->rowCount(), 4);
    QCOMPARE(rows()->rowNode(1), second);
}

void TestQuestionEditor::feedbackEditsInline()
{
    const Node *q = show(NodeKind::SingleChoice);
    QLineEdit *feedback = rowEdit(1, "feedback");
    QVERIFY(feedback);
    QTest::keyClicks(feedback, QStringLiteral("Close, but no."));
    QCOMPARE(q->child(1)->string(QStringLiteral("feedback")), QStringLiteral("Close, but no."));
    QCOMPARE(q->child(0)->string(QStringLiteral("feedback")), QString());
    QTest::keyClick(feedback, Qt::Key_Return);
    QCOMPARE(stack()->count(), 1);
    QLineEdit *text = rowEdit(1, "text");
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Berlin"));
    QCOMPARE(q->child(1)->string(QStringLiteral("text")), QStringLiteral("Berlin"));
    QCOMPARE(stack()->count(), 2);
}

void TestQuestionEditor::returnMovesThroughTheRows()
{
    const Node *q = show(NodeKind::SingleChoice);
    showWindow();
    // Choice, its feedback, the next choice...: answers are typed without the mouse.
    QLineEdit *first = rowEdit(0, "text");
    first->setFocus();
    first->selectAll();
    const QStringList typed{QStringLiteral("Paris"), QStringLiteral("Yes."), QStringLiteral("Lyon"),
                            QStringLiteral("No."),   QStringLiteral("Nice"), QStringLiteral("No!")};
    for (const QString &text : typed) {
        auto *edit = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        QVERIFY(edit);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(q->child(i)->string(QStringLiteral("text")), typed.at(2 * i));
        QCOMPARE(q->child(i)->string(QStringLiteral("feedback")), typed.at(2 * i + 1));
    }
    // The last field keeps the keyboard; no row is added by Return.
    QCOMPARE(QApplication::focusWidget(), rowEdit(2, "feedback"));
    QCOMPARE(q->childCount(), 3);
}

void TestQuestionEditor::paletteAsksForEveryQuestionKind()
{
    QVERIFY(!m_editor->questionPalette()->isEnabled()); // no question shown
    show(NodeKind::SingleChoice);
    QVERIFY(m_editor->questionPalette()->isEnabled());
    // Every question kind a quiz takes, and nothing else.
    for (NodeKind kind : Schema::instance().kind(NodeKind::Quiz).childKinds)
        QCOMPARE(m_editor->questionPalette()->action(kind) != nullptr, isQuestionKind(kind));
    // The window adds it (where Add does: tst_mainwindow's addedPartTakesTheTyping).
    QSignalSpy asked(m_editor.get(), &QuestionEditor::addRequested);
    m_editor->questionPalette()->action(NodeKind::Matching)->trigger();
    QCOMPARE(asked.size(), 1);
    QCOMPARE(asked.at(0).at(0).value<NodeKind>(), NodeKind::Matching);
}

void TestQuestionEditor::typingMergesIntoOneUndoStep()
{
    const Node *q = show(NodeKind::SingleChoice);
    QLineEdit *text = rowEdit(0, "text");
    text->selectAll();
    QTest::keyClicks(text, QStringLiteral("Paris"));
    QCOMPARE(stack()->count(), 1);
    QTest::keyClick(text, Qt::Key_Return); // editingFinished closes the step
    QTest::keyClicks(text, QStringLiteral(" (France)"));
    QCOMPARE(stack()->count(), 2);
    QCOMPARE(q->child(0)->string(QStringLiteral("text")), QStringLiteral("Paris (France)"));
    stack()->undo();
    QCOMPARE(text->text(), QStringLiteral("Paris"));

    // The question's own prompt merges the same way.
    auto *prompt = qobject_cast<RichTextEdit *>(m_editor->editorFor(QStringLiteral("prompt")));
    QVERIFY(prompt);
    const int before = stack()->index(); // the undone step is dropped by the next edit
    QTest::keyClicks(prompt, QStringLiteral("Capital?"));
    QCOMPARE(stack()->count(), before + 1);
    QCOMPARE(stack()->index(), before + 1);
    QCOMPARE(q->string(QStringLiteral("prompt")), QStringLiteral("<p>Capital?</p>"));
}

void TestQuestionEditor::matchingPairs()
{
    const Node *q = show(NodeKind::Matching);
    QCOMPARE(rows()->rowCount(), 3);
    QVERIFY(!rows()->editorAt(0, QStringLiteral("correct")));
    QTest::keyClicks(rowEdit(2, "prompt"), QStringLiteral("Dog"));
    QTest::keyClick(rowEdit(2, "prompt"), Qt::Key_Return);
    QTest::keyClicks(rowEdit(2, "match"), QStringLiteral("Bark"));
    QCOMPARE(q->child(2)->string(QStringLiteral("prompt")), QStringLiteral("Dog"));
    QCOMPARE(q->child(2)->string(QStringLiteral("match")), QStringLiteral("Bark"));
    QCOMPARE(stack()->count(), 2);
    rows()->addButton()->click();
    QCOMPARE(q->childCount(), 4);
    QCOMPARE(q->child(3)->kind(), NodeKind::MatchPair);
    QCOMPARE(rowEdit(3, "match")->accessibleName(), QStringLiteral("Pair 4 matches"));
}

void TestQuestionEditor::sequencingStepsInOrder()
{
    const Node *q = show(NodeKind::Sequencing);
    const QUuid last = q->child(2)->id();
    rows()->moveUpButton(2)->click();
    rows()->moveUpButton(1)->click();
    QCOMPARE(q->child(0)->id(), last);
    QCOMPARE(rows()->rowNode(0), last);
    QCOMPARE(rowEdit(0, "text")->accessibleName(), QStringLiteral("Step 1 text"));
}

void TestQuestionEditor::numericFields()
{
    const Node *q = show(NodeKind::Numeric);
    auto *answer = qobject_cast<QDoubleSpinBox *>(m_editor->editorFor(QStringLiteral("answer")));
    auto *tolerance = qobject_cast<QDoubleSpinBox *>(m_editor->editorFor(QStringLiteral("tolerance")));
    auto *unit = qobject_cast<QLineEdit *>(m_editor->editorFor(QStringLiteral("unit")));
    QVERIFY(answer && tolerance && unit);
    answer->setValue(9.81);
    tolerance->setValue(0.05);
    QTest::keyClicks(unit, QStringLiteral("m/s²"));
    QCOMPARE(q->real(QStringLiteral("answer")), 9.81);
    QCOMPARE(q->real(QStringLiteral("tolerance")), 0.05);
    QCOMPARE(q->string(QStringLiteral("unit")), QStringLiteral("m/s²"));
    // Another view's edit shows here without a command of its own.
    QVERIFY(m_doc->setProperty(q->id(), QStringLiteral("answer"), 3.5, true));
    const int count = stack()->count();
    QCOMPARE(answer->value(), 3.5);
    QCOMPARE(stack()->count(), count);
    auto *points = qobject_cast<QSpinBox *>(m_editor->editorFor(QStringLiteral("points")));
    QVERIFY(points);
    points->setValue(5);
    QCOMPARE(q->integer(QStringLiteral("points")), 5);
}

void TestQuestionEditor::trueFalseAnswerRadios()
{
    const Node *q = show(NodeKind::TrueFalse);
    QVERIFY(q->boolean(QStringLiteral("answer")));
    QWidget *answer = m_editor->editorFor(QStringLiteral("answer"));
    const QList<QRadioButton *> radios = answer->findChildren<QRadioButton *>();
    QCOMPARE(radios.size(), 2);
    QVERIFY(radios[0]->isChecked());
    radios[1]->click();
    QVERIFY(!q->boolean(QStringLiteral("answer")));
    QCOMPARE(stack()->count(), 1);
    stack()->undo();
    QVERIFY(radios[0]->isChecked());
    QVERIFY(!radios[1]->isChecked());
}

void TestQuestionEditor::fillBlankAcceptedAnswers()
{
    const Node *q = show(NodeKind::FillBlank);
    auto *accepted = qobject_cast<QListWidget *>(m_editor->editorFor(QStringLiteral("accepted")));
    QVERIFY(accepted);
    // Entries are rows (ListField; typing into them is tested with the property form).
    for (const QString &answer : {QStringLiteral("Paris"), QStringLiteral("paris")}) {
        auto *item = new QListWidgetItem;
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        accepted->addItem(item);
        item->setText(answer); // what the row's editor does when Enter commits it
    }
    QCOMPARE(q->stringList(QStringLiteral("accepted")),
             (QStringList{QStringLiteral("Paris"), QStringLiteral("paris")}));
    auto *caseSensitive = qobject_cast<QCheckBox *>(m_editor->editorFor(QStringLiteral("caseSensitive")));
    QVERIFY(caseSensitive);
    caseSensitive->click();
    QVERIFY(q->boolean(QStringLiteral("caseSensitive")));
}

void TestQuestionEditor::undoRefreshesRowsWithoutPushing()
{
    const Node *q = show(NodeKind::SingleChoice);
    // Edits from elsewhere: a text, an inserted choice, a removed one.
    QVERIFY(m_doc->setProperty(q->child(0)->id(), QStringLiteral("text"), QStringLiteral("Rome"), true));
    QVERIFY(m_doc->insertNode(q->id(), 0, CourseDocument::createNode(NodeKind::Choice)));
    QVERIFY(m_doc->removeNode(q->child(3)->id()));
    QCOMPARE(stack()->count(), 3);
    QCOMPARE(rows()->rowCount(), 3);
    QCOMPARE(rowEdit(1, "text")->text(), QStringLiteral("Rome"));
    stack()->undo();
    stack()->undo();
    QCOMPARE(rows()->rowCount(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(rows()->rowNode(i), q->child(i)->id());
    QCOMPARE(rowEdit(0, "text")->text(), QStringLiteral("Rome"));
    stack()->undo();
    QCOMPARE(rowEdit(0, "text")->text(), QStringLiteral("Choice"));
    // Showing those changes pushed nothing: redo is still possible all the way.
    QCOMPARE(stack()->count(), 3);
    QCOMPARE(stack()->index(), 0);
}

void TestQuestionEditor::refreshKeepsTheFocus()
{
    const Node *q = show(NodeKind::SingleChoice);
    showWindow();
    QLineEdit *text = rowEdit(1, "text");
    text->setFocus();
    QVERIFY(text->hasFocus());
    QTest::keyClicks(text, QStringLiteral("!"));
    // Another view inserts a choice above and renames the first: the row moves, the focus stays.
    QVERIFY(m_doc->insertNode(q->id(), 0, CourseDocument::createNode(NodeKind::Choice)));
    QVERIFY(m_doc->setProperty(q->child(1)->id(), QStringLiteral("text"), QStringLiteral("A"), true));
    QCOMPARE(rowEdit(2, "text"), text);
    QVERIFY(text->hasFocus());
    QCOMPARE(text->accessibleName(), QStringLiteral("Choice 3 text"));
    // A move through the row's own button keeps the keyboard on that row.
    QAbstractButton *down = rows()->moveDownButton(2);
    down->setFocus();
    down->click();
    QCOMPARE(rows()->rowNode(3), q->child(3)->id());
    QCOMPARE(rowEdit(3, "text"), text);
    QVERIFY(rows()->moveUpButton(3)->hasFocus()); // down is disabled at the bottom
}

void TestQuestionEditor::accessibleNamesAndTabOrder()
{
    show(NodeKind::SingleChoice);
    showWindow();
    QCOMPARE(marker(1)->accessibleName(), QStringLiteral("Choice 2 correct"));
    QCOMPARE(rowEdit(1, "text")->accessibleName(), QStringLiteral("Choice 2 text"));
    QCOMPARE(rowEdit(1, "feedback")->accessibleName(), QStringLiteral("Choice 2 feedback"));
    QCOMPARE(rows()->removeButton(1)->accessibleName(), QStringLiteral("Remove choice 2"));
    QCOMPARE(rows()->moveUpButton(1)->accessibleName(), QStringLiteral("Move choice 2 up"));
    rows()->addButton()->click(); // a row added later still takes its place in the tab order

    QWidget *prompt = m_editor->editorFor(QStringLiteral("prompt"));
    QList<QWidget *> expected{prompt};
    for (int i = 0; i < rows()->rowCount(); ++i) {
        expected << marker(i) << rowEdit(i, "text") << rowEdit(i, "feedback");
        if (i > 0)
            expected << rows()->moveUpButton(i);
        if (i + 1 < rows()->rowCount())
            expected << rows()->moveDownButton(i);
        expected << rows()->removeButton(i);
    }
    expected << rows()->addButton() << m_editor->editorFor(QStringLiteral("points"));
    prompt->setFocus();
    for (int i = 1; i < expected.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() == expected[i], qPrintable(QString::number(i)));
    }
}

void TestQuestionEditor::removedQuestionClearsTheForm()
{
    const Node *q = show(NodeKind::SingleChoice);
    const QUuid id = q->id();
    QVERIFY(m_doc->removeNode(id));
    QVERIFY(m_editor->question().isNull());
    QVERIFY(!m_editor->partRows());
    stack()->undo();
    m_editor->setQuestion(id);
    QCOMPARE(m_editor->partRows()->rowCount(), 3);
}

void TestQuestionEditor::focusFirstFieldIsThePrompt()
{
    QVERIFY(!m_editor->focusFirstField());
    const Node *q = show(NodeKind::Numeric);
    QVERIFY(m_doc->setProperty(q->id(), QStringLiteral("prompt"), QStringLiteral("<p>How far?</p>"), true));
    showWindow();
    QVERIFY(m_editor->focusFirstField());
    auto *prompt = qobject_cast<RichTextEdit *>(m_editor->editorFor(QStringLiteral("prompt")));
    QVERIFY(prompt->hasFocus());
    QCOMPARE(prompt->textCursor().selectedText(), QStringLiteral("How far?"));
}

void TestQuestionEditor::outlineHidesParts()
{
    const Node *q = addQuestion(NodeKind::SingleChoice);
    OutlineModel model;
    model.setDocument(m_doc.get());
    const QModelIndex question = model.indexFor(q);
    QVERIFY(question.isValid());
    QCOMPARE(model.rowCount(question), 0);
    QVERIFY(!model.indexFor(q->child(0)).isValid());
    // Editing the rows here leaves the outline's rows alone.
    m_editor->setQuestion(q->id());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    rows()->addButton()->click();
    QCOMPARE(q->childCount(), 4);
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(question), 0);
}

void TestQuestionEditor::quizSettingsInTheSameView()
{
    show(NodeKind::SingleChoice);
    QToolButton *toggle = m_editor->quizSettingsToggle();
    NodeForm *settings = m_editor->quizSettings();
    QVERIFY(toggle && settings);
    QVERIFY(toggle->text().contains(quiz()->string(QStringLiteral("title"))));
    // Folded at first, so the question stays in front; opened, the quiz's settings are edited here.
    QVERIFY(settings->isHidden());
    toggle->click();
    QVERIFY(!settings->isHidden());
    QVERIFY(!settings->editorFor(QStringLiteral("title"))); // the quiz's own form keeps its title
    auto *passing = qobject_cast<QSpinBox *>(settings->editorFor(QStringLiteral("passingScore")));
    auto *attempts = qobject_cast<QSpinBox *>(settings->editorFor(QStringLiteral("attempts")));
    QVERIFY(passing && attempts);
    passing->setValue(70);
    Q_EMIT passing->editingFinished();
    QCOMPARE(quiz()->integer(QStringLiteral("passingScore")), 70);
    // Changed elsewhere (undo), the field follows.
    stack()->undo();
    QCOMPARE(passing->value(), 80);
    // The next question keeps the settings open.
    show(NodeKind::Matching);
    QVERIFY(!m_editor->quizSettings()->isHidden());
    QVERIFY(m_editor->quizSettingsToggle()->isChecked());
    QVERIFY(m_doc->setProperty(m_quiz, QStringLiteral("title"), QStringLiteral("Final check"), true));
    QVERIFY(m_editor->quizSettingsToggle()->text().contains(QStringLiteral("Final check")));
}

QTEST_MAIN(TestQuestionEditor)
#include "tst_questioneditor.moc"
