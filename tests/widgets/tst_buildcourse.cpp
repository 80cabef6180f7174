// A short course built the way a designer builds one: only through the editor window's actions,
// its Add menu, the editors' palettes and typing into the fields its editors show. Every block
// kind, a quiz with a single choice and a matching question, and a scenario with a variable and
// two endings (its choices built in the step editor, one effect with the pickers and one typed);
// then Save As, reopen, export to HTML, and the reopened course compared with
// tests/data/ui-built-course.json. The document is only read (to find the items to select), never
// edited directly.
#include "editors/editor.h"
#include "editors/editorarea.h"
#include "editors/kindpalette.h"
#include "editors/page/pageeditor.h"
#include "editors/quiz/partrowsedit.h"
#include "editors/quiz/questioneditor.h"
#include "editors/scenario/choicerow.h"
#include "editors/scenario/choicerowsedit.h"
#include "editors/scenario/endingsoverview.h"
#include "editors/scenario/expressionedit.h"
#include "editors/scenario/scenarioeditor.h"
#include "editors/scenario/stepeditor.h"
#include "editors/scenario/variablestable.h"
#include "exportdialog.h"
#include "inspector/colorpicker.h"
#include "inspector/languagepicker.h"
#include "mainwindow.h"
#include "model/coursedocument.h"
#include "model/coursejson.h"
#include "propertyeditor.h"
#include "richtext/richtextedit.h"
#include "shell/actionregistry.h"
#include "store/starters.h"
#include "uieffort.h"
#include "validate/validator.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHash>
#include <QImage>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

using namespace cw;

namespace {

using Id = ActionRegistry::Id;

// What this build asks of a person (UiEffort), counted by the helpers below.
Effort effort;

// Types text key by key. QTest::keyClicks handles ASCII only; the other characters
// (umlauts, "ß") arrive as a German keyboard sends them: a key press carrying the character.
void typeText(QWidget *widget, const QString &text)
{
    effort.key(int(text.size()));
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Opens the Add menu (its entries follow the selection), then picks the entry for `kind`.
bool addFromMenu(MainWindow &window, NodeKind kind)
{
    auto *menu = window.findChild<QMenu *>(QStringLiteral("menuAdd"));
    if (!menu)
        return false;
    menu->popup(window.mapToGlobal(QPoint(40, 40)));
    QAction *entry = nullptr;
    const QList<QAction *> entries = menu->actions();
    for (QAction *a : entries) {
        if (a->objectName() == QStringLiteral("actionAdd_") + kindName(kind))
            entry = a;
    }
    menu->hide();
    if (!entry || !entry->isEnabled())
        return false;
    effort.think();
    effort.click();
    effort.click();
    entry->trigger();
    return true;
}

// Clicks the kind's button in the palette of the editor shown (the page editor's blocks, the
// question editor's question kinds): one click, where the Add menu takes two.
bool addFromPalette(MainWindow &window, NodeKind kind)
{
    QWidget *editor = window.editorArea()->currentEditor()->widget();
    KindPalette *palette = nullptr;
    if (auto *page = qobject_cast<PageEditor *>(editor))
        palette = page->blockPalette();
    else if (auto *question = qobject_cast<QuestionEditor *>(editor))
        palette = question->questionPalette();
    QAction *action = palette ? palette->action(kind) : nullptr;
    if (!action || !action->isEnabled())
        return false;
    effort.think();
    effort.click();
    action->trigger();
    return true;
}

// Replaces a line edit's text by typing, then leaves it with Return (closes the undo step).
void typeLine(QWidget *widget, const QString &text)
{
    auto *line = qobject_cast<QLineEdit *>(widget);
    QVERIFY2(line, "not a line edit");
    effort.think();
    effort.click();
    line->setFocus(Qt::MouseFocusReason);
    line->selectAll();
    typeText(line, text);
    effort.key();
    QTest::keyClick(line, Qt::Key_Return);
}

// Types into the field that has the keyboard, which must be `expected` (Return in the field
// before moved it there), then Return: a person just keeps typing.
void typeOn(QWidget *expected, const QString &text)
{
    QCOMPARE(QApplication::focusWidget(), expected);
    effort.think();
    typeText(expected, text);
    effort.key();
    QTest::keyClick(expected, Qt::Key_Return);
}

// Types into a rich-text field (after what it holds).
void typeRich(QWidget *widget, const QString &text)
{
    auto *edit = qobject_cast<RichTextEdit *>(widget);
    QVERIFY2(edit, "not a rich-text field");
    effort.think();
    effort.click();
    edit->setFocus(Qt::MouseFocusReason);
    typeText(edit, text);
}

// Replaces a rich-text field's content by typing (Ctrl+A, then the text).
void replaceRich(QWidget *widget, const QString &text)
{
    auto *edit = qobject_cast<RichTextEdit *>(widget);
    QVERIFY2(edit, "not a rich-text field");
    effort.think();
    effort.click();
    edit->setFocus(Qt::MouseFocusReason);
    effort.key();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    typeText(edit, text);
}

// Replaces a rich-text field's content with text from the clipboard (Ctrl+A, Ctrl+V).
void pasteRich(QWidget *widget, const QString &text)
{
    auto *edit = qobject_cast<RichTextEdit *>(widget);
    QVERIFY2(edit, "not a rich-text field");
    effort.think();
    effort.click();
    effort.key(2);
    edit->setFocus(Qt::MouseFocusReason);
    QGuiApplication::clipboard()->setText(text);
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_V, Qt::ControlModifier);
}

// Chooses the item with `data` (or, without it, the one with `text`) with the arrow keys, as a
// keyboard user does; each step reports "activated" like a pick from the list.
void chooseInCombo(QWidget *widget, const QString &data, const QString &text = {})
{
    auto *combo = qobject_cast<QComboBox *>(widget);
    QVERIFY2(combo, "not a combo box");
    const int target = text.isEmpty() ? combo->findData(data) : combo->findText(text);
    QVERIFY2(target >= 0, qPrintable(data + text));
    // A person opens the list and clicks the entry.
    effort.think();
    effort.click();
    effort.click();
    combo->setFocus(Qt::MouseFocusReason);
    for (int guard = 0; combo->currentIndex() != target && guard < 100; ++guard)
        QTest::keyClick(combo, combo->currentIndex() < target ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(combo->currentIndex(), target);
}

// Every UUID, then every asset hash, becomes its order of first appearance ("#1", "#h1"): they
// differ from run to run, while what points at what must not.
QByteArray normalized(const QByteArray &json)
{
    QString text = QString::fromUtf8(json);
    const auto replaceAll = [&text](const QRegularExpression &re, const QString &prefix) {
        QHash<QString, QString> seen;
        QString out;
        qsizetype last = 0;
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const QRegularExpressionMatch m = it.next();
            const QString key = m.captured(0).toLower();
            if (!seen.contains(key))
                seen.insert(key, prefix + QString::number(seen.size() + 1));
            out += QStringView(text).mid(last, m.capturedStart(0) - last);
            out += seen.value(key);
            last = m.capturedEnd(0);
        }
        out += QStringView(text).mid(last);
        text = out;
    };
    replaceAll(
        QRegularExpression(QStringLiteral("\\{?[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                                          "[0-9a-fA-F]{12}\\}?")),
        QStringLiteral("#"));
    replaceAll(QRegularExpression(QStringLiteral("\\b[0-9a-f]{64}\\b")), QStringLiteral("#h"));
    return text.toUtf8();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// A tenth of a second of silence: the smallest WAV the importer probes as audio.
QByteArray silentWav()
{
    const quint32 samples = 800; // 8 kHz, mono, 16 bit
    QByteArray wav;
    const auto u32 = [&wav](quint32 v) {
        for (int i = 0; i < 4; ++i)
            wav.append(char((v >> (8 * i)) & 0xff));
    };
    const auto u16 = [&wav](quint16 v) {
        wav.append(char(v & 0xff));
        wav.append(char(v >> 8));
    };
    wav.append("RIFF");
    u32(36 + samples * 2);
    wav.append("WAVEfmt ");
    u32(16);
    u16(1);
    u16(1);
    u32(8000);
    u32(16000);
    u16(2);
    u16(16);
    wav.append("data");
    u32(samples * 2);
    wav.append(QByteArray(int(samples * 2), '\0'));
    return wav;
}

// An MP4 file type box: enough for the importer to take the file as video/mp4.
QByteArray tinyMp4()
{
    QByteArray mp4("\x00\x00\x00\x18"
                   "ftypisom\x00\x00\x02\x00isommp41",
                   24);
    mp4.append(QByteArray("\x00\x00\x00\x08"
                          "free",
                          8));
    return mp4;
}

} // namespace

class TestBuildCourse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildSaveReopenExport();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_recovery;
};

void TestBuildCourse::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CoursewrightTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_widgets_buildcourse"));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_recovery.isValid());
    qputenv("CW_RECOVERY_DIR", m_recovery.path().toLocal8Bit());
}

void TestBuildCourse::buildSaveReopenExport()
{
    const QString png = m_dir.filePath(QStringLiteral("goggles.png"));
    QImage image(16, 12, QImage::Format_RGB32);
    image.fill(QColor(0x0b, 0x53, 0x94));
    QVERIFY(image.save(png));
    const QString mp4 = m_dir.filePath(QStringLiteral("intro.mp4"));
    QVERIFY(writeFile(mp4, tinyMp4()));
    const QString wav = m_dir.filePath(QStringLiteral("hint.wav"));
    QVERIFY(writeFile(wav, silentWav()));

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QElapsedTimer clock;
    clock.start();
    effort = Effort();
    // The designer's steps besides typing: a click in the outline, Import Media and its file
    // dialog (a double click on the file), a button.
    const auto pick = [&window](const QUuid &id) {
        effort.think();
        effort.click();
        window.selectNode(id);
    };
    const auto importThrough = [] {
        effort.think();
        effort.click();
        effort.click();
        effort.click();
    };
    const auto clickButton = [](QWidget *button, Qt::MouseButton mouseButton) {
        effort.think();
        effort.click();
        QTest::mouseClick(button, mouseButton);
    };

    // ---- File > New, the course's own fields.
    effort.think();
    effort.key();
    window.actionRegistry()->action(Id::New)->trigger();
    CourseDocument *doc = window.document();
    QVERIFY(doc);
    const Node *course = doc->root();
    QCOMPARE(window.selectedNode(), course->id());
    // Whichever editor shows the selected item (settings form, page, question).
    MainWindow *form = &window;
    typeLine(form->editorFor(QStringLiteral("title")), QStringLiteral("Sicher im Labor"));

    // The language is picked by name: type part of it, choose it in the list that opens.
    auto *language = qobject_cast<LanguagePicker *>(form->editorFor(QStringLiteral("language")));
    QVERIFY(language);
    effort.think();
    effort.click();
    language->setFocus(Qt::MouseFocusReason);
    language->lineEdit()->selectAll();
    typeText(language->lineEdit(), QStringLiteral("German"));
    QAbstractItemView *popup = language->completer()->popup();
    QTRY_VERIFY(popup->isVisible());
    for (int guard = 0;
         guard < 50 && !popup->currentIndex().data().toString().endsWith(QLatin1String("(de)")); ++guard) {
        effort.key();
        QTest::keyClick(popup, Qt::Key_Down);
    }
    QVERIFY(popup->currentIndex().data().toString().endsWith(QLatin1String("(de)")));
    effort.key();
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(language->tag(), QStringLiteral("de"));

    auto *color = qobject_cast<ColorPicker *>(form->editorFor(QStringLiteral("themeColor")));
    QVERIFY(color);
    typeLine(color->textField(), QStringLiteral("#0b5394"));

    // ---- A module of our own; the one a new course starts with goes (Edit > Delete).
    const QUuid starterModule = course->child(0)->id();
    QVERIFY(addFromMenu(window, NodeKind::Module));
    const QUuid module = window.selectedNode();
    QVERIFY(module != starterModule);
    // A new item's title has the keyboard, its text selected: the designer just types.
    typeText(QApplication::focusWidget(), QStringLiteral("Grundlagen"));
    QCOMPARE(QApplication::focusWidget(), form->editorFor(QStringLiteral("title")));
    effort.key();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    pick(starterModule);
    effort.think();
    effort.key();
    window.actionRegistry()->action(Id::Delete)->trigger();
    QCOMPARE(course->childCount(), 1);

    // ---- A page with every block kind.
    const QUuid page = doc->node(module)->child(0)->id();
    pick(page);
    typeLine(form->editorFor(QStringLiteral("title")), QStringLiteral("Alles auf einer Seite"));

    QVERIFY(addFromPalette(window, NodeKind::Heading));
    typeText(QApplication::focusWidget(), QStringLiteral("Sicherheit zuerst"));
    QCOMPARE(QApplication::focusWidget(), form->editorFor(QStringLiteral("text")));

    QVERIFY(addFromPalette(window, NodeKind::Text));
    auto *body = qobject_cast<RichTextEdit *>(form->editorFor(QStringLiteral("html")));
    QVERIFY(body);
    QCOMPARE(QApplication::focusWidget(), body);
    typeText(body, QStringLiteral("Im Labor gilt: "));
    effort.key();
    QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
    typeText(body, QStringLiteral("immer"));
    effort.key();
    QTest::keyClick(body, Qt::Key_B, Qt::ControlModifier);
    typeText(body, QStringLiteral(" Schutzkleidung."));
    effort.key();
    QTest::keyClick(body, Qt::Key_Return);
    typeText(body, QStringLiteral("- Kittel"));
    effort.key();
    QTest::keyClick(body, Qt::Key_Return);
    typeText(body, QStringLiteral("Schutzbrille"));

    QString error;
    QVERIFY(addFromPalette(window, NodeKind::Image));
    importThrough();
    QVERIFY2(window.importMedia({png}, &error), qPrintable(error));
    typeLine(form->editorFor(QStringLiteral("alt")), QStringLiteral("Eine Schutzbrille"));
    typeLine(form->editorFor(QStringLiteral("caption")), QStringLiteral("Immer tragen"));

    QVERIFY(addFromPalette(window, NodeKind::Video));
    importThrough();
    QVERIFY2(window.importMedia({mp4}, &error), qPrintable(error));
    typeLine(form->editorFor(QStringLiteral("title")), QStringLiteral("Rundgang"));

    QVERIFY(addFromPalette(window, NodeKind::Audio));
    importThrough();
    QVERIFY2(window.importMedia({wav}, &error), qPrintable(error));
    typeLine(form->editorFor(QStringLiteral("title")), QStringLiteral("Alarmton"));

    QVERIFY(addFromPalette(window, NodeKind::Callout));
    chooseInCombo(form->editorFor(QStringLiteral("style")), QStringLiteral("warning"));
    typeLine(form->editorFor(QStringLiteral("title")), QStringLiteral("Achtung"));
    typeRich(form->editorFor(QStringLiteral("html")), QStringLiteral("Nie allein arbeiten."));

    // Accordion and tabs start with two panels; each keeps one, written by the designer.
    const auto blockWithOnePanel = [&](NodeKind kind, const QString &title, const QString &panelTitle,
                                       const QString &panelText) {
        QVERIFY(addFromPalette(window, kind));
        const QUuid block = window.selectedNode();
        typeText(QApplication::focusWidget(), title);
        effort.key();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(doc->node(block)->childCount(), 2);
        pick(doc->node(block)->child(1)->id());
        effort.think();
        effort.key();
        window.actionRegistry()->action(Id::Delete)->trigger();
        QCOMPARE(doc->node(block)->childCount(), 1);
        pick(doc->node(block)->child(0)->id());
        typeLine(form->editorFor(QStringLiteral("title")), panelTitle);
        typeRich(form->editorFor(QStringLiteral("html")), panelText);
        pick(block);
    };
    blockWithOnePanel(NodeKind::Accordion, QStringLiteral("Fragen"), QStringLiteral("Wo ist die Dusche?"),
                      QStringLiteral("Neben der Tür."));
    blockWithOnePanel(NodeKind::Tabs, QStringLiteral("Geräte"), QStringLiteral("Abzug"),
                      QStringLiteral("Geschlossen halten."));

    QVERIFY(addFromPalette(window, NodeKind::Quote));
    typeLine(form->editorFor(QStringLiteral("text")), QStringLiteral("Vorsicht ist besser als Nachsicht."));
    typeLine(form->editorFor(QStringLiteral("attribution")), QStringLiteral("Sprichwort"));

    QVERIFY(addFromPalette(window, NodeKind::Divider));

    // ---- A quiz: a single-choice and a matching question, in the question editor.
    pick(page);
    QVERIFY(addFromMenu(window, NodeKind::Quiz));
    typeText(QApplication::focusWidget(), QStringLiteral("Wissenstest"));
    effort.key();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);

    QVERIFY(addFromMenu(window, NodeKind::SingleChoice));
    auto *questions = qobject_cast<QuestionEditor *>(window.editorArea()->currentEditor()->widget());
    QVERIFY(questions);
    QCOMPARE(QApplication::focusWidget(), questions->editorFor(QStringLiteral("prompt")));
    const QUuid singleChoice = window.selectedNode();
    typeText(QApplication::focusWidget(), QStringLiteral("Was schützt die Augen?"));
    QCOMPARE(doc->node(singleChoice)->string(QStringLiteral("prompt")),
             QStringLiteral("<p>Was schützt die Augen?</p>"));
    PartRowsEdit *rows = questions->partRows();
    QVERIFY(rows);
    QCOMPARE(rows->rowCount(), 3);
    const QStringList choices = {QStringLiteral("Sonnenbrille"), QStringLiteral("Schutzbrille"),
                                 QStringLiteral("Lesebrille")};
    const QStringList choiceFeedback = {QStringLiteral("Die schützt nur vor Licht."),
                                        QStringLiteral("Richtig, sie schließt dicht ab."),
                                        QStringLiteral("Die hilft nur beim Lesen.")};
    // One click into the first choice; then Return moves on: feedback, next choice, ...
    typeLine(rows->editorAt(0, QStringLiteral("text")), choices.at(0));
    for (int i = 0; i < 3; ++i) {
        if (i > 0)
            typeOn(rows->editorAt(i, QStringLiteral("text")), choices.at(i));
        typeOn(rows->editorAt(i, QStringLiteral("feedback")), choiceFeedback.at(i));
    }
    auto *correct = qobject_cast<QRadioButton *>(rows->editorAt(1, QStringLiteral("correct")));
    QVERIFY(correct);
    clickButton(correct, Qt::LeftButton);
    QVERIFY(correct->isChecked());
    replaceRich(questions->editorFor(QStringLiteral("correctFeedback")), QStringLiteral("Gut erkannt."));
    // Pasted, as a designer brings text from elsewhere.
    pasteRich(questions->editorFor(QStringLiteral("incorrectFeedback")),
              QStringLiteral("Nur eine Schutzbrille schließt dicht ab."));

    QVERIFY(addFromPalette(window, NodeKind::Matching));
    questions = qobject_cast<QuestionEditor *>(window.editorArea()->currentEditor()->widget());
    QVERIFY(questions);
    replaceRich(questions->editorFor(QStringLiteral("prompt")), QStringLiteral("Was gehört zusammen?"));
    rows = questions->partRows();
    QVERIFY(rows);
    QCOMPARE(rows->rowCount(), 3);
    const QStringList items = {QStringLiteral("Kittel"), QStringLiteral("Handschuhe"),
                               QStringLiteral("Schutzbrille")};
    const QStringList matches = {QStringLiteral("Körper"), QStringLiteral("Hände"), QStringLiteral("Augen")};
    typeLine(rows->editorAt(0, QStringLiteral("prompt")), items.at(0));
    for (int i = 0; i < 3; ++i) {
        if (i > 0)
            typeOn(rows->editorAt(i, QStringLiteral("prompt")), items.at(i));
        typeOn(rows->editorAt(i, QStringLiteral("match")), matches.at(i));
    }

    // ---- A scenario: a number variable, a decision with two choices, two endings, in the scenario
    // editors (the scenario's form with its variables table, and the steps' forms with choice cards).
    pick(doc->node(module)->child(1)->id()); // the quiz
    QVERIFY(addFromMenu(window, NodeKind::Scenario));
    const QUuid scenario = window.selectedNode();
    auto *scenarioForm = qobject_cast<ScenarioEditor *>(window.editorArea()->currentEditor()->widget());
    QVERIFY(scenarioForm);
    QCOMPARE(QApplication::focusWidget(), scenarioForm->editorFor(QStringLiteral("title")));
    typeText(QApplication::focusWidget(), QStringLiteral("Ein Unfall"));
    effort.key();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    typeRich(scenarioForm->editorFor(QStringLiteral("intro")), QStringLiteral("Ein Becher kippt um."));

    VariablesTable *variables = scenarioForm->variables();
    clickButton(variables->addButton(), Qt::LeftButton);
    QCOMPARE(variables->rowCount(), 1);
    typeLine(variables->nameEdit(0), QStringLiteral("ruhe"));
    QCOMPARE(variables->typeCombo(0)->currentData().toString(), QStringLiteral("number"));
    QDoubleSpinBox *initial = variables->numberEdit(0);
    effort.think();
    effort.click();
    initial->setFocus(Qt::MouseFocusReason);
    initial->selectAll();
    typeText(initial, QStringLiteral("2"));
    effort.key();
    QTest::keyClick(initial, Qt::Key_Return);

    // A new scenario starts as a decision ("Start") whose one choice leads to an ending.
    const Node *start = doc->node(scenario)->child(0);
    QCOMPARE(start->string(QStringLiteral("nodeType")), QStringLiteral("decision"));
    const QUuid decision = start->id();
    const QUuid goodEnding = doc->node(scenario)->child(1)->id();

    // The ending opens from the scenario's endings overview.
    EndingsOverview *endings = scenarioForm->endings();
    QCOMPARE(endings->rowCount(), 1);
    clickButton(endings->openButton(0), Qt::LeftButton);
    QCOMPARE(window.selectedNode(), goodEnding);
    auto *steps = qobject_cast<StepEditor *>(window.editorArea()->currentEditor()->widget());
    QVERIFY(steps);
    typeLine(steps->editorFor(QStringLiteral("title")), QStringLiteral("Gut gemacht"));
    chooseInCombo(steps->editorFor(QStringLiteral("outcome")), QStringLiteral("pass"));
    typeRich(steps->editorFor(QStringLiteral("feedback")), QStringLiteral("Ruhe bewahrt."));

    QVERIFY(addFromMenu(window, NodeKind::ScenarioNode)); // after the ending
    const QUuid badEnding = window.selectedNode();
    QCOMPARE(window.editorArea()->currentEditor()->widget(), steps);
    chooseInCombo(steps->editorFor(QStringLiteral("nodeType")), QStringLiteral("ending"));
    typeLine(steps->editorFor(QStringLiteral("title")), QStringLiteral("Das ging schief"));
    chooseInCombo(steps->editorFor(QStringLiteral("outcome")), QStringLiteral("fail"));
    typeRich(steps->editorFor(QStringLiteral("feedback")), QStringLiteral("Erst melden, dann handeln."));

    pick(decision);
    typeLine(steps->editorFor(QStringLiteral("title")), QStringLiteral("Was tust du?"));
    typeRich(steps->editorFor(QStringLiteral("html")), QStringLiteral("Säure läuft über den Tisch."));
    ChoiceRowsEdit *choiceCards = steps->choiceRows();
    QCOMPARE(choiceCards->rowCount(), 1);
    ChoiceRow *calm = choiceCards->row(0);
    typeLine(calm->textEdit(), QStringLiteral("Ruhig den Alarm melden"));
    // Built with the pickers: the scenario's one variable, "add", 1.
    clickButton(calm->effectsEdit()->addButton(), Qt::LeftButton);
    QCOMPARE(calm->effectsEdit()->typedEdit()->text(), QStringLiteral("ruhe += 1"));
    chooseInCombo(calm->targetCombo(), {}, QStringLiteral("Gut gemacht"));

    clickButton(choiceCards->addButton(), Qt::LeftButton); // after the first choice
    QCOMPARE(choiceCards->rowCount(), 2);
    ChoiceRow *panic = choiceCards->row(1);
    QCOMPARE(QApplication::focusWidget(), panic->textEdit());
    typeLine(panic->textEdit(), QStringLiteral("Schnell selbst aufwischen"));
    // Typed, as an author who knows the syntax does.
    typeLine(panic->effectsEdit()->typedEdit(), QStringLiteral("ruhe -= 1"));
    chooseInCombo(panic->targetCombo(), {}, QStringLiteral("Das ging schief"));
    QCOMPARE(doc->node(panic->choice())->string(QStringLiteral("target")), idString(badEnding));
    QCOMPARE(doc->node(calm->choice())->string(QStringLiteral("target")), idString(goodEnding));

    // ---- File > Save As (after its dialog).
    const QString path = m_dir.filePath(QStringLiteral("labor.cwcourse"));
    effort.think();
    effort.key();  // Ctrl+Shift+S
    effort.key(6); // "labor" and Return
    QVERIFY2(window.saveFileAs(path, &error), qPrintable(error));
    QVERIFY(!window.isWindowModified());
    qInfo("Building the course through the UI took %lld ms", qint64(clock.elapsed()));
    const Effort built = effort;

    // ---- Reopened in another window: what was typed is what was kept.
    MainWindow reopened;
    QVERIFY2(reopened.loadFile(path, &error), qPrintable(error));
    const CourseDocument &saved = *reopened.document();
    const QList<Problem> problems = Validator::validate(saved);
    for (const Problem &p : problems)
        qInfo("%s: %s", qPrintable(Problem::severityName(p.severity)), qPrintable(p.message));
    QVERIFY(!Validator::hasErrors(problems));

    const QByteArray actual = normalized(CourseJson::write(*saved.root(), saved.assets()));

    // A person's time for this course and for the sample course, by the same model.
    qInfo("%-48s %6s %6s %7s %8s %7s", "UI effort (Keystroke-Level Model)", "keys", "points", "homings",
          "thoughts", "minutes");
    reportEffort("this course, as the test built it", built);
    reportEffort("this course, estimated from its content", effortFor(*saved.root(), TextEntry::Typed));
    std::optional<CourseData> sample = Starters::load(QStringLiteral("sample"), &error);
    QVERIFY2(sample, qPrintable(error));
    reportEffort("the sample course, all text typed", effortFor(*sample->root, TextEntry::Typed));
    reportEffort("the sample course, long texts pasted", effortFor(*sample->root, TextEntry::LongTextPasted));
    // ---- File > Export…, HTML, into a folder.
    const QString site = m_dir.filePath(QStringLiteral("site"));
    bool dialogSeen = false;
    QTimer::singleShot(0, &reopened, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (QWidget *other = QApplication::activeModalWidget())
                other->close();
            return;
        }
        dialogSeen = true;
        chooseInCombo(dialog->findChild<QComboBox *>(QStringLiteral("exportFormat")), QStringLiteral("html"));
        const QList<QRadioButton *> kinds = dialog->findChildren<QRadioButton *>();
        for (QRadioButton *kind : kinds) {
            if (kind->text().remove(QLatin1Char('&')) == QLatin1String("Folder"))
                QTest::mouseClick(kind, Qt::LeftButton);
        }
        auto *where = dialog->findChild<QLineEdit *>(QStringLiteral("exportPath"));
        QVERIFY(where);
        where->setFocus(Qt::MouseFocusReason);
        where->selectAll();
        typeText(where, site); // no Return: that would press Export before we do
        // Written: the dialog closes itself. Anything else (a question, an error) is answered
        // with Cancel and the dialog closed, so the test fails instead of waiting.
        QTimer::singleShot(60000, dialog, [dialog] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->reject();
            dialog->reject();
        });
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    reopened.actionRegistry()->action(Id::Export)->trigger();
    QVERIFY(dialogSeen);
    QVERIFY(QFileInfo::exists(site + QStringLiteral("/index.html")));

    const QString expectedPath = QStringLiteral(CW_TEST_DATA_DIR "/ui-built-course.json");
    QFile expectedFile(expectedPath);
    const QByteArray expected =
        expectedFile.open(QIODevice::ReadOnly) ? expectedFile.readAll() : QByteArray();
    if (actual != expected) {
        const QString dump = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                                 .filePath(QStringLiteral("ui-built-course.actual.json"));
        writeFile(dump, actual);
        QFAIL(qPrintable(
            QStringLiteral("The course differs from %1; what was built: %2").arg(expectedPath, dump)));
    }
}

QTEST_MAIN(TestBuildCourse)
#include "tst_buildcourse.moc"
