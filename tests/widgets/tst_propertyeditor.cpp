// PropertyEditor: one widget per schema property, typing merged into one undo step, commits on
// leaving a field, and refreshes from the document without writing back.
#include "choicelabel.h"
#include "inspector/colorpicker.h"
#include "inspector/fields/textfields.h"
#include "inspector/languagepicker.h"
#include "inspector/nodeform.h"
#include "model/coursedocument.h"
#include "model/richtextdocument.h"
#include "model/schema.h"
#include "propertyeditor.h"
#include "richtext/richtextedit.h"
#include "richtext/richtexttoolbar.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTextDocument>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>

using namespace cw;

namespace {

// Rich text as the editor shows it (white space between blocks is not content).
QString shown(const QString &html)
{
    QTextDocument document;
    RichTextDocument::toDocument(html, &document);
    return RichTextDocument::fromDocument(document);
}

} // namespace

class TestPropertyEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyStateWithoutNode();
    void oneEditorPerProperty_data();
    void oneEditorPerProperty();
    void typingMergesUntilCommit();
    void undoRefreshesWithoutPushing();
    void richTextCommitsOnFocusOut();
    void richTextIsNeverHtmlSource();
    void richTextToolbarFollowsField();
    void checkBoxAndComboPushCommittedEdits();
    void spinBoxRespectsRange();
    void decimalsShowOnlyTheDigitsTheyHave();
    void stringListEntriesAsRows();
    void nodeRefOffersScenarioSteps();
    void everyChoiceHasWords();
    void removedNodeClearsEditor();
    void languageIsPickedByName();
    void themeColourShowsItsContrast();
    void inactiveFieldsAreGreyedOut();

private:
    const Node *page() const { return m_doc->root()->child(0)->child(0); }
    const Node *add(const Node *parent, NodeKind kind)
    {
        return m_doc->insertNode(parent->id(), parent->childCount(), CourseDocument::createNode(kind));
    }
    QUndoStack *stack() const { return m_doc->undoStack(); }

    std::unique_ptr<CourseDocument> m_doc;
    std::unique_ptr<PropertyEditor> m_editor;
};

void TestPropertyEditor::init()
{
    m_doc = std::make_unique<CourseDocument>(CourseDocument::createCourseTree());
    m_editor = std::make_unique<PropertyEditor>();
    m_editor->setDocument(m_doc.get());
}

void TestPropertyEditor::cleanup()
{
    m_editor.reset();
    m_doc.reset();
}

void TestPropertyEditor::emptyStateWithoutNode()
{
    QVERIFY(m_editor->node().isNull());
    QVERIFY(!m_editor->editorFor(QStringLiteral("title")));
    m_editor->setNode(page()->id());
    QVERIFY(m_editor->editorFor(QStringLiteral("title")));
}

void TestPropertyEditor::oneEditorPerProperty_data()
{
    QTest::addColumn<int>("kind");
    for (NodeKind k : {NodeKind::Course, NodeKind::Quiz, NodeKind::Image, NodeKind::FillBlank,
                       NodeKind::Numeric, NodeKind::Callout, NodeKind::Variable, NodeKind::Scenario})
        QTest::newRow(qPrintable(kindName(k))) << int(k);
}

void TestPropertyEditor::oneEditorPerProperty()
{
    QFETCH(int, kind);
    const NodeKind k = NodeKind(kind);
    // Build a parent chain that accepts the kind.
    const Node *target = nullptr;
    const Node *module = m_doc->root()->child(0);
    if (k == NodeKind::Course)
        target = m_doc->root();
    else if (k == NodeKind::Quiz || k == NodeKind::Scenario)
        target = add(module, k);
    else if (isBlockKind(k))
        target = add(page(), k);
    else if (isQuestionKind(k))
        target = add(add(module, NodeKind::Quiz), k);
    else if (k == NodeKind::Variable)
        target = add(add(module, NodeKind::Scenario), k);
    QVERIFY(target);
    m_editor->setNode(target->id());
    for (const PropertySpec &spec : Schema::instance().kind(k).properties) {
        QWidget *w = m_editor->editorFor(spec.key);
        if (spec.type == PropertyType::Settings) {
            QVERIFY2(!w, qPrintable(spec.key)); // the export dialog keeps these, not the form
            continue;
        }
        QVERIFY2(w, qPrintable(spec.key));
        QCOMPARE(w->accessibleName(), Schema::propertyLabel(spec));
        switch (spec.type) {
        case PropertyType::String:
            if (spec.hint == EditorHint::LanguageTag) {
                QVERIFY(qobject_cast<LanguagePicker *>(w));
                QCOMPARE(qobject_cast<LanguagePicker *>(w)->tag(), target->string(spec.key));
                break;
            }
            if (spec.hint == EditorHint::Color) {
                QVERIFY(qobject_cast<ColorPicker *>(w));
                QCOMPARE(qobject_cast<ColorPicker *>(w)->color(), target->string(spec.key));
                break;
            }
            QVERIFY(qobject_cast<QLineEdit *>(w));
            QCOMPARE(qobject_cast<QLineEdit *>(w)->text(), target->string(spec.key));
            break;
        case PropertyType::Condition:
        case PropertyType::Effects:
            QVERIFY(qobject_cast<QLineEdit *>(w));
            QCOMPARE(qobject_cast<QLineEdit *>(w)->text(), target->string(spec.key));
            break;
        case PropertyType::RichText:
            QVERIFY(qobject_cast<RichTextEdit *>(w));
            QCOMPARE(qobject_cast<RichTextEdit *>(w)->richText(), shown(target->string(spec.key)));
            QVERIFY(w->parentWidget()->findChild<RichTextToolBar *>());
            break;
        case PropertyType::StringList:
            QVERIFY(qobject_cast<QListWidget *>(w));
            QCOMPARE(qobject_cast<QListWidget *>(w)->count(), target->stringList(spec.key).size());
            break;
        case PropertyType::Int:
            QVERIFY(qobject_cast<QSpinBox *>(w));
            QCOMPARE(qobject_cast<QSpinBox *>(w)->value(), target->integer(spec.key));
            break;
        case PropertyType::Real:
            QVERIFY(qobject_cast<QDoubleSpinBox *>(w));
            break;
        case PropertyType::Bool:
            QVERIFY(qobject_cast<QCheckBox *>(w));
            QCOMPARE(qobject_cast<QCheckBox *>(w)->isChecked(), target->boolean(spec.key));
            break;
        case PropertyType::Enum:
        case PropertyType::AssetRef:
        case PropertyType::NodeRef:
            QVERIFY(qobject_cast<QComboBox *>(w));
            QCOMPARE(qobject_cast<QComboBox *>(w)->currentData().toString(), target->string(spec.key));
            break;
        case PropertyType::Flags:
            QCOMPARE(w->findChildren<QCheckBox *>().size(), spec.choices.size());
            break;
        case PropertyType::Settings:
            break;
        }
    }
    // Showing a node never edits it.
    QCOMPARE(stack()->index(), stack()->count());
}

void TestPropertyEditor::typingMergesUntilCommit()
{
    m_editor->setNode(page()->id());
    auto *title = qobject_cast<QLineEdit *>(m_editor->editorFor(QStringLiteral("title")));
    QVERIFY(title);
    stack()->clear();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Welcome"));
    QCOMPARE(page()->string(QStringLiteral("title")), QStringLiteral("Welcome"));
    QCOMPARE(stack()->count(), 1);
    QTest::keyClick(title, Qt::Key_Return); // editingFinished: commit
    QCOMPARE(stack()->count(), 1);
    QTest::keyClicks(title, QStringLiteral(" back"));
    QCOMPARE(stack()->count(), 2);
    QCOMPARE(page()->string(QStringLiteral("title")), QStringLiteral("Welcome back"));
}

void TestPropertyEditor::undoRefreshesWithoutPushing()
{
    m_editor->setNode(page()->id());
    auto *title = qobject_cast<QLineEdit *>(m_editor->editorFor(QStringLiteral("title")));
    const QString original = title->text();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Intro"));
    QTest::keyClick(title, Qt::Key_Return);
    const int count = stack()->count();
    stack()->undo();
    QCOMPARE(title->text(), original);
    QCOMPARE(stack()->count(), count);
    QCOMPARE(stack()->index(), count - 1);
    stack()->redo();
    QCOMPARE(title->text(), QStringLiteral("Intro"));
    QCOMPARE(stack()->count(), count);

    // A change made elsewhere shows up too.
    QVERIFY(
        m_doc->setProperty(page()->id(), QStringLiteral("title"), QStringLiteral("From elsewhere"), true));
    QCOMPARE(title->text(), QStringLiteral("From elsewhere"));
    QCOMPARE(stack()->count(), count + 1);
}

void TestPropertyEditor::richTextCommitsOnFocusOut()
{
    const Node *text = add(page(), NodeKind::Text);
    stack()->clear();
    m_editor->setNode(text->id());
    auto *html = qobject_cast<RichTextEdit *>(m_editor->editorFor(QStringLiteral("html")));
    QVERIFY(html);
    html->selectAll();
    QTest::keyClicks(html, QStringLiteral("Hi"));
    QCOMPARE(text->string(QStringLiteral("html")), QStringLiteral("<p>Hi</p>"));
    QCOMPARE(stack()->count(), 1);
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(html, &out);
    QTest::keyClicks(html, QStringLiteral("!"));
    QCOMPARE(stack()->count(), 2);
    stack()->undo();
    QCOMPARE(html->richText(), QStringLiteral("<p>Hi</p>"));
}

void TestPropertyEditor::richTextIsNeverHtmlSource()
{
    // What a designer types is text: markup typed in shows and exports as the characters typed.
    const Node *text = add(page(), NodeKind::Text);
    m_editor->setNode(text->id());
    auto *html = qobject_cast<RichTextEdit *>(m_editor->editorFor(QStringLiteral("html")));
    html->selectAll();
    QTest::keyClicks(html, QStringLiteral("<b>x</b> & y"));
    QCOMPARE(text->string(QStringLiteral("html")), QStringLiteral("<p>&lt;b&gt;x&lt;/b&gt; &amp; y</p>"));
    // Stored rich text shows formatted.
    QVERIFY(m_doc->setProperty(text->id(), QStringLiteral("html"),
                               QStringLiteral("<p><strong>Bold</strong></p>"), true));
    QCOMPARE(html->toPlainText(), QStringLiteral("Bold"));
    QCOMPARE(html->richText(), QStringLiteral("<p><strong>Bold</strong></p>"));
}

void TestPropertyEditor::richTextToolbarFollowsField()
{
    // A step's feedback only applies to endings: greyed out, its formatting buttons too.
    const Node *scenario = add(m_doc->root()->child(0), NodeKind::Scenario);
    m_editor->setNode(scenario->child(0)->id());
    QWidget *feedback = m_editor->editorFor(QStringLiteral("feedback"));
    QVERIFY(qobject_cast<RichTextEdit *>(feedback));
    auto *toolbar = feedback->parentWidget()->findChild<RichTextToolBar *>();
    QVERIFY(toolbar);
    QVERIFY(!feedback->isEnabled());
    QVERIFY(!toolbar->isEnabled());
    m_editor->setNode(scenario->child(1)->id());
    feedback = m_editor->editorFor(QStringLiteral("feedback"));
    QVERIFY(feedback->isEnabled());
    QVERIFY(feedback->parentWidget()->findChild<RichTextToolBar *>()->isEnabled());
}

void TestPropertyEditor::checkBoxAndComboPushCommittedEdits()
{
    const Node *quiz = add(m_doc->root()->child(0), NodeKind::Quiz);
    stack()->clear();
    m_editor->setNode(quiz->id());
    auto *shuffle = qobject_cast<QCheckBox *>(m_editor->editorFor(QStringLiteral("shuffleQuestions")));
    shuffle->click();
    QVERIFY(quiz->boolean(QStringLiteral("shuffleQuestions")));
    shuffle->click();
    QVERIFY(!quiz->boolean(QStringLiteral("shuffleQuestions")));
    QCOMPARE(stack()->count(), 2); // committed: clicks do not merge

    auto *timing = qobject_cast<QComboBox *>(m_editor->editorFor(QStringLiteral("feedbackTiming")));
    const int never = timing->findData(QStringLiteral("never"));
    QVERIFY(never >= 0);
    timing->setCurrentIndex(never);
    Q_EMIT timing->activated(never);
    QCOMPARE(quiz->string(QStringLiteral("feedbackTiming")), QStringLiteral("never"));
    stack()->undo();
    QCOMPARE(timing->currentData().toString(), QStringLiteral("immediate"));
}

void TestPropertyEditor::spinBoxRespectsRange()
{
    m_editor->setNode(m_doc->root()->id());
    auto *score = qobject_cast<QSpinBox *>(m_editor->editorFor(QStringLiteral("passingScore")));
    QCOMPARE(score->minimum(), 0);
    QCOMPARE(score->maximum(), 100);
    score->setValue(65);
    QCOMPARE(m_doc->root()->integer(QStringLiteral("passingScore")), 65);
}

void TestPropertyEditor::decimalsShowOnlyTheDigitsTheyHave()
{
    const Node *quiz = add(m_doc->root()->child(0), NodeKind::Quiz);
    const Node *numeric = add(quiz, NodeKind::Numeric);
    m_editor->setNode(numeric->id());
    auto *answer = qobject_cast<QDoubleSpinBox *>(m_editor->editorFor(QStringLiteral("answer")));
    QVERIFY(answer);
    const QString point = answer->locale().decimalPoint();
    // Written with "." and shown with the locale's decimal point.
    for (const auto &[value, text] :
         {std::pair{2.5, "2.5"}, std::pair{40.0, "40"}, std::pair{0.000125, "0.000125"}}) {
        QVERIFY(m_doc->setProperty(numeric->id(), QStringLiteral("answer"), value, true));
        QCOMPARE(answer->text(), QString::fromLatin1(text).replace(QLatin1Char('.'), point));
    }
    // Typed digits are taken as typed, to the sixth decimal.
    answer->setFocus();
    answer->selectAll();
    QTest::keyClicks(answer, QStringLiteral("3") + point + QStringLiteral("75"));
    QCOMPARE(numeric->real(QStringLiteral("answer")), 3.75);
}

void TestPropertyEditor::stringListEntriesAsRows()
{
    const Node *quiz = add(m_doc->root()->child(0), NodeKind::Quiz);
    const Node *blank = add(quiz, NodeKind::FillBlank);
    stack()->clear();
    m_editor->setNode(blank->id());
    m_editor->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_editor.get()));
    auto *field = qobject_cast<ListField *>(m_editor->form()->field(QStringLiteral("accepted")));
    QVERIFY(field);
    auto *list = qobject_cast<QListWidget *>(field->editor());
    QVERIFY(list);
    // Add opens a new entry for typing; Enter stores it, one undo step per entry.
    const auto type = [list](const QString &text) {
        QWidget *input = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit *>(input));
        QTest::keyClicks(input, text);
        QTest::keyClick(input, Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), list); // the row's editor closed
    };
    field->addEntry();
    type(QStringLiteral("Paris"));
    field->addEntry();
    type(QStringLiteral("paris, France"));
    const QStringList typed{QStringLiteral("Paris"), QStringLiteral("paris, France")};
    QCOMPARE(blank->stringList(QStringLiteral("accepted")), typed);
    QCOMPARE(stack()->count(), 2);
    // Reordering and removing are edits of their own.
    list->setCurrentRow(1);
    field->moveEntry(-1);
    QCOMPARE(blank->stringList(QStringLiteral("accepted")),
             QStringList({QStringLiteral("paris, France"), QStringLiteral("Paris")}));
    stack()->undo();
    QCOMPARE(blank->stringList(QStringLiteral("accepted")), typed);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Paris"));
    list->setCurrentRow(0);
    field->removeEntry();
    QCOMPARE(blank->stringList(QStringLiteral("accepted")), QStringList{QStringLiteral("paris, France")});
    // An entry emptied by hand goes away rather than being stored blank, and the list closes its
    // editor cleanly (removing the row while the editor commits made Qt warn).
    QTest::failOnWarning(QRegularExpression(QStringLiteral("closeEditor")));
    list->setCurrentRow(0);
    list->editItem(list->item(0));
    auto *entryEditor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(entryEditor);
    entryEditor->selectAll();
    QTest::keyClick(entryEditor, Qt::Key_Backspace);
    QTest::keyClick(entryEditor, Qt::Key_Return);
    QTRY_COMPARE(list->count(), 0);
    QVERIFY(blank->stringList(QStringLiteral("accepted")).isEmpty());
    // A new entry left empty stores nothing.
    const int steps = stack()->count();
    field->addEntry();
    QCOMPARE(stack()->count(), steps);
}

void TestPropertyEditor::nodeRefOffersScenarioSteps()
{
    const Node *scenario = add(m_doc->root()->child(0), NodeKind::Scenario);
    const Node *start = scenario->child(0);
    const Node *ending = scenario->child(1);
    const Node *choice = start->child(0);
    m_editor->setNode(choice->id());
    auto *target = qobject_cast<QComboBox *>(m_editor->editorFor(QStringLiteral("target")));
    QVERIFY(target);
    QCOMPARE(target->count(), 3); // none, start, ending
    QCOMPARE(target->currentData().toString(), idString(ending->id()));
    const int startRow = target->findData(idString(start->id()));
    target->setCurrentIndex(startRow);
    Q_EMIT target->activated(startRow);
    QCOMPARE(choice->string(QStringLiteral("target")), idString(start->id()));
    // A new step appears in the list at once.
    add(scenario, NodeKind::ScenarioNode);
    QCOMPARE(target->count(), 4);
    QCOMPARE(target->currentData().toString(), idString(start->id()));
}

void TestPropertyEditor::removedNodeClearsEditor()
{
    const Node *text = add(page(), NodeKind::Text);
    m_editor->setNode(text->id());
    QVERIFY(m_editor->editorFor(QStringLiteral("html")));
    QVERIFY(m_doc->removeNode(text->id()));
    QVERIFY(m_editor->node().isNull());
    QVERIFY(!m_editor->editorFor(QStringLiteral("html")));
}

void TestPropertyEditor::languageIsPickedByName()
{
    m_editor->setNode(m_doc->root()->id());
    auto *field = qobject_cast<LanguagePicker *>(m_editor->editorFor(QStringLiteral("language")));
    QVERIFY(field);
    QCOMPARE(field->tag(), QStringLiteral("en"));
    // Names, not codes: the list reads "German — Deutsch (de)", searchable by any part.
    const int german = field->findData(QStringLiteral("de"));
    QVERIFY(german >= 0);
    QVERIFY(field->itemText(german).contains(QStringLiteral("German")));
    QVERIFY(field->itemText(german).contains(QStringLiteral("Deutsch")));
    QVERIFY(field->findData(QStringLiteral("pt-BR")) >= 0);
    QCOMPARE(field->completer()->filterMode(), Qt::MatchContains);
    QCOMPARE(LanguagePicker::displayName(QStringLiteral("fr")),
             field->itemText(field->findData(QStringLiteral("fr"))));

    const int undoBefore = m_doc->undoStack()->count();
    field->setCurrentIndex(german);
    Q_EMIT field->activated(german);
    QCOMPARE(m_doc->root()->string(QStringLiteral("language")), QStringLiteral("de"));
    QCOMPARE(m_doc->undoStack()->count(), undoBefore + 1);

    // A well-formed tag typed by hand is kept; words that are no language change nothing.
    field->setEditText(QStringLiteral("sr-Latn-RS"));
    Q_EMIT field->lineEdit()->returnPressed();
    QCOMPARE(m_doc->root()->string(QStringLiteral("language")), QStringLiteral("sr-Latn-RS"));
    field->setEditText(QStringLiteral("not a language!"));
    Q_EMIT field->lineEdit()->returnPressed();
    QCOMPARE(m_doc->root()->string(QStringLiteral("language")), QStringLiteral("sr-Latn-RS"));
    QCOMPARE(field->tag(), QStringLiteral("sr-Latn-RS"));

    // A stored tag the list does not know is shown as it is, and undo shows the old one.
    m_doc->undoStack()->undo();
    m_doc->undoStack()->undo();
    QCOMPARE(field->tag(), QStringLiteral("en"));
    QVERIFY(m_doc->setProperty(m_doc->root()->id(), QStringLiteral("language"), QStringLiteral("x-klingon"),
                               true));
    QCOMPARE(field->tag(), QStringLiteral("x-klingon"));
    QCOMPARE(field->currentText(), QStringLiteral("x-klingon"));
}

void TestPropertyEditor::themeColourShowsItsContrast()
{
    m_editor->setNode(m_doc->root()->id());
    auto *field = qobject_cast<ColorPicker *>(m_editor->editorFor(QStringLiteral("themeColor")));
    QVERIFY(field);
    QCOMPARE(field->color(), QStringLiteral("#1f5f99"));
    QVERIFY(field->contrastLabel()->text().contains(QStringLiteral("easy to read")));
    QVERIFY(!field->swatch()->accessibleName().isEmpty());

    // Typing merges into one step and the figure follows each keystroke.
    const int undoBefore = m_doc->undoStack()->count();
    field->textField()->selectAll();
    QTest::keyClicks(field->textField(), QStringLiteral("#ffd700"));
    QCOMPARE(m_doc->root()->string(QStringLiteral("themeColor")), QStringLiteral("#ffd700"));
    QCOMPARE(m_doc->undoStack()->count(), undoBefore + 1);
    QVERIFY2(field->contrastLabel()->text().contains(QStringLiteral("too light")),
             qPrintable(field->contrastLabel()->text()));
    QVERIFY(field->contrastLabel()->text().contains(QStringLiteral("1.4:1")));
    QTest::keyClick(field->textField(), Qt::Key_Return); // closes the merged step
    // Half a colour is not a colour yet.
    field->textField()->clear();
    QTest::keyClicks(field->textField(), QStringLiteral("#12"));
    QVERIFY(field->contrastLabel()->text().contains(QStringLiteral("Not a colour")));
    // Letters other than hex digits are not accepted at all.
    QTest::keyClicks(field->textField(), QStringLiteral("zz"));
    QCOMPARE(field->textField()->text(), QStringLiteral("#12"));
    // Undo puts the stored colour back into the field.
    m_doc->commitEdits();
    m_doc->undoStack()->undo();
    QCOMPARE(field->color(), QStringLiteral("#ffd700"));
}

void TestPropertyEditor::inactiveFieldsAreGreyedOut()
{
    const Node *image = nullptr;
    {
        std::unique_ptr<Node> node = CourseDocument::createNode(NodeKind::Image);
        image = m_doc->insertNode(page()->id(), 0, std::move(node));
    }
    QVERIFY(image);
    m_editor->setNode(image->id());
    QWidget *alt = m_editor->editorFor(QStringLiteral("alt"));
    auto *decorative = qobject_cast<QCheckBox *>(m_editor->editorFor(QStringLiteral("decorative")));
    QVERIFY(alt && decorative);
    QVERIFY(alt->isEnabled());
    decorative->click(); // through the widget: the schema's rule greys the alt text out
    QVERIFY(image->boolean(QStringLiteral("decorative")));
    QVERIFY(!alt->isEnabled());
    m_doc->undoStack()->undo();
    QVERIFY(alt->isEnabled());
}

QTEST_MAIN(TestPropertyEditor)
void TestPropertyEditor::everyChoiceHasWords()
{
    // Every stored value a designer picks from (Enum and Flags properties of every kind) has a
    // label of its own, which translations reach: none falls back to the capitalised value.
    int seen = 0;
    for (int k = 0; k < NodeKindCount; ++k) {
        for (const PropertySpec &spec : Schema::instance().kind(NodeKind(k)).properties) {
            if (spec.type != PropertyType::Enum && spec.type != PropertyType::Flags)
                continue;
            for (const QString &choice : spec.choices) {
                ++seen;
                QVERIFY2(
                    ChoiceLabel::hasLabel(choice),
                    qPrintable(QStringLiteral("%1.%2: %3").arg(kindName(NodeKind(k)), spec.key, choice)));
            }
        }
    }
    QVERIFY(seen > 20);
    QCOMPARE(ChoiceLabel::label(QStringLiteral("sequential")),
             QStringLiteral("In order: each page after the one before"));
    QVERIFY(!ChoiceLabel::hasLabel(QStringLiteral("no-such-value")));
}

#include "tst_propertyeditor.moc"
