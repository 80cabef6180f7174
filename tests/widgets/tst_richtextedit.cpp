// RichTextEdit: typing and formatting produce the safe subset, pasting never lets other HTML in,
// and in the property editor one typing burst is one undo step of the document.
#include "model/coursedocument.h"
#include "model/richtext.h"
#include "propertyeditor.h"
#include "richtext/richtextedit.h"
#include "richtext/richtexttoolbar.h"

#include <QAction>
#include <QMimeData>
#include <QSignalSpy>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtTest>

using namespace cw;

namespace {

// Reaches the clipboard hooks without a platform clipboard.
class ProbeEdit : public RichTextEdit
{
public:
    using RichTextEdit::createMimeDataFromSelection;
    using RichTextEdit::insertFromMimeData;
};

} // namespace

class TestRichTextEdit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void ctrlBMakesStrong();
    void typedLinesAreParagraphs();
    void markerStartsList_data();
    void markerStartsList();
    void headingAndListShortcuts();
    void enterEndsListsAndHeadings();
    void tabNestsListItems();
    void shortcutsActInTheFocusedFieldOnly();
    void linkRefusesUnsafeAddresses();
    void pasteKeepsOnlyTheSubset();
    void pastePlainTextLines();
    void copyWritesTheSubset();
    void setRichTextKeepsCursorAndIsSilent();
    void undoKeysReachTheWindow();
    void typingBurstIsOneUndoStep();
    void undoShowsOldTextInWidget();
    void focusOutCommits();
    void passingThroughEditsNothing();

private:
    // A shown, active window holding an editor and its toolbar, the editor focused.
    void showWindow();

    std::unique_ptr<QWidget> m_window;
    ProbeEdit *m_edit = nullptr;
    RichTextToolBar *m_toolbar = nullptr;
};

void TestRichTextEdit::init()
{
    m_window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(m_window.get());
    m_edit = new ProbeEdit;
    m_toolbar = new RichTextToolBar(m_edit, m_window.get());
    layout->addWidget(m_toolbar);
    layout->addWidget(m_edit);
}

void TestRichTextEdit::cleanup()
{
    m_window.reset();
    m_edit = nullptr;
    m_toolbar = nullptr;
}

void TestRichTextEdit::showWindow()
{
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_edit->setFocus();
    QTRY_VERIFY(m_edit->hasFocus());
}

void TestRichTextEdit::ctrlBMakesStrong()
{
    showWindow();
    QSignalSpy edited(m_edit, &RichTextEdit::edited);
    QTest::keyClicks(m_edit, QStringLiteral("Hello "));
    QTest::keyClick(m_edit, Qt::Key_B, Qt::ControlModifier);
    QVERIFY(m_toolbar->action(RichTextToolBar::Bold)->isChecked());
    QTest::keyClicks(m_edit, QStringLiteral("world"));
    QCOMPARE(m_edit->richText(), QStringLiteral("<p>Hello <strong>world</strong></p>"));
    QCOMPARE(edited.constLast().first().toString(), m_edit->richText());
    // On a selection: all of it.
    m_edit->selectAll();
    QTest::keyClick(m_edit, Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(m_edit->richText(), QStringLiteral("<p><em>Hello <strong>world</strong></em></p>"));
}

void TestRichTextEdit::typedLinesAreParagraphs()
{
    QTest::keyClicks(m_edit, QStringLiteral("First line"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QTest::keyClicks(m_edit, QStringLiteral("Second line"));
    QCOMPARE(m_edit->richText(), QStringLiteral("<p>First line</p><p>Second line</p>"));
    // Shift+Enter is a line break within the paragraph.
    QTest::keyClick(m_edit, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClicks(m_edit, QStringLiteral("same"));
    QCOMPARE(m_edit->richText(), QStringLiteral("<p>First line</p><p>Second line<br>same</p>"));
}

void TestRichTextEdit::markerStartsList_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dash") << "- one"
                          << "<ul><li>one</li></ul>";
    QTest::newRow("star") << "* one"
                          << "<ul><li>one</li></ul>";
    QTest::newRow("number") << "1. one"
                            << "<ol><li>one</li></ol>";
    QTest::newRow("not at the start") << "a - b"
                                      << "<p>a - b</p>";
    QTest::newRow("no space") << "-one"
                              << "<p>-one</p>";
}

void TestRichTextEdit::markerStartsList()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QTest::keyClicks(m_edit, typed);
    QCOMPARE(m_edit->richText(), expected);
    if (expected.startsWith(QLatin1String("<ul>"))) {
        // The next line continues the list.
        QTest::keyClick(m_edit, Qt::Key_Return);
        QTest::keyClicks(m_edit, QStringLiteral("two"));
        QCOMPARE(m_edit->richText(), QStringLiteral("<ul><li>one</li><li>two</li></ul>"));
    }
}

void TestRichTextEdit::headingAndListShortcuts()
{
    QTest::keyClicks(m_edit, QStringLiteral("Title"));
    QTest::keyClick(m_edit, Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(m_edit->richText(), QStringLiteral("<h2>Title</h2>"));
    QVERIFY(m_toolbar->action(RichTextToolBar::Heading2)->isChecked());
    QTest::keyClick(m_edit, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(m_edit->richText(), QStringLiteral("<h4>Title</h4>"));
    QTest::keyClick(m_edit, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_edit->richText(), QStringLiteral("<p>Title</p>"));
    QTest::keyClick(m_edit, Qt::Key_8, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_edit->richText(), QStringLiteral("<ul><li>Title</li></ul>"));
    QTest::keyClick(m_edit, Qt::Key_7, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_edit->richText(), QStringLiteral("<ol><li>Title</li></ol>"));
    QTest::keyClick(m_edit, Qt::Key_7, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_edit->richText(), QStringLiteral("<p>Title</p>"));
    m_toolbar->action(RichTextToolBar::Quote)->trigger();
    QCOMPARE(m_edit->richText(), QStringLiteral("<blockquote><p>Title</p></blockquote>"));
    m_toolbar->action(RichTextToolBar::Quote)->trigger();
    m_toolbar->action(RichTextToolBar::CodeBlock)->trigger();
    QCOMPARE(m_edit->richText(), QStringLiteral("<pre>Title</pre>"));
    m_toolbar->action(RichTextToolBar::CodeBlock)->trigger();
    m_edit->selectAll();
    m_toolbar->action(RichTextToolBar::Code)->trigger();
    QCOMPARE(m_edit->richText(), QStringLiteral("<p><code>Title</code></p>"));
    // Tooltips name the shortcut; buttons have names for screen readers.
    QVERIFY(m_toolbar->action(RichTextToolBar::Bold)
                ->toolTip()
                .contains(QKeySequence(QKeySequence::Bold).toString(QKeySequence::NativeText)));
    QCOMPARE(m_toolbar->widgetForAction(m_toolbar->action(RichTextToolBar::BulletList))->accessibleName(),
             QStringLiteral("Bulleted list"));
}

void TestRichTextEdit::enterEndsListsAndHeadings()
{
    QTest::keyClicks(m_edit, QStringLiteral("- a"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QTest::keyClick(m_edit, Qt::Key_Return); // on the empty item: out of the list
    QTest::keyClicks(m_edit, QStringLiteral("after"));
    QCOMPARE(m_edit->richText(), QStringLiteral("<ul><li>a</li></ul><p>after</p>"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QTest::keyClicks(m_edit, QStringLiteral("Head"));
    QTest::keyClick(m_edit, Qt::Key_3, Qt::ControlModifier);
    QTest::keyClick(m_edit, Qt::Key_Return);
    QTest::keyClicks(m_edit, QStringLiteral("body"));
    QCOMPARE(m_edit->richText(), QStringLiteral("<ul><li>a</li></ul><p>after</p><h3>Head</h3><p>body</p>"));
    // A code block keeps one blank line; Enter on an empty last line leaves it.
    m_edit->clear();
    m_toolbar->action(RichTextToolBar::CodeBlock)->trigger();
    QTest::keyClicks(m_edit, QStringLiteral("x"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QTest::keyClick(m_edit, Qt::Key_Return);
    QTest::keyClicks(m_edit, QStringLiteral("y"));
    QCOMPARE(m_edit->richText(), QStringLiteral("<pre>x</pre><p>y</p>"));
}

void TestRichTextEdit::tabNestsListItems()
{
    m_edit->setTabChangesFocus(true); // as in the property form
    QTest::keyClicks(m_edit, QStringLiteral("- a"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QTest::keyClick(m_edit, Qt::Key_Tab);
    QTest::keyClicks(m_edit, QStringLiteral("b"));
    QTest::keyClick(m_edit, Qt::Key_Return);
    QTest::keyClicks(m_edit, QStringLiteral("c"));
    QCOMPARE(m_edit->richText(), QStringLiteral("<ul><li>a<ul><li>b</li><li>c</li></ul></li></ul>"));
    QTest::keyClick(m_edit, Qt::Key_Tab, Qt::ShiftModifier);
    QCOMPARE(m_edit->richText(), QStringLiteral("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>"));
    // Enter on an empty nested item comes out one level.
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(3); // after "b"
    m_edit->setTextCursor(cursor);
    QTest::keyClick(m_edit, Qt::Key_Return);
    QTest::keyClick(m_edit, Qt::Key_Return);
    QTest::keyClicks(m_edit, QStringLiteral("b2"));
    QCOMPARE(m_edit->richText(),
             QStringLiteral("<ul><li>a<ul><li>b</li></ul></li><li>b2</li><li>c</li></ul>"));
}

void TestRichTextEdit::shortcutsActInTheFocusedFieldOnly()
{
    // Two fields, each with its toolbar (as in the property form): Ctrl+B formats the one
    // with the keyboard, and the shortcut is not ambiguous.
    auto *other = new RichTextEdit;
    m_window->layout()->addWidget(new RichTextToolBar(other, m_window.get()));
    m_window->layout()->addWidget(other);
    other->setRichText(QStringLiteral("<p>other</p>"));
    showWindow();
    QTest::keyClicks(m_edit, QStringLiteral("a"));
    m_edit->selectAll();
    QTest::keyClick(m_edit, Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(m_edit->richText(), QStringLiteral("<p><strong>a</strong></p>"));
    QCOMPARE(other->richText(), QStringLiteral("<p>other</p>"));
}

void TestRichTextEdit::linkRefusesUnsafeAddresses()
{
    m_edit->setRichText(QStringLiteral("<p>see the site</p>"));
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(4);
    cursor.setPosition(7, QTextCursor::KeepAnchor);
    m_edit->setTextCursor(cursor);
    QString error;
    QVERIFY(!m_edit->applyLink(QStringLiteral("javascript:alert(1)"), &error));
    QVERIFY(error.contains(QStringLiteral("javascript:alert(1)")));
    QVERIFY(!m_edit->applyLink(QStringLiteral("assets/file.html"), &error));
    QCOMPARE(m_edit->richText(), QStringLiteral("<p>see the site</p>"));
    QVERIFY(m_edit->applyLink(QStringLiteral(" https://example.org/ "), &error));
    QCOMPARE(m_edit->richText(), QStringLiteral("<p>see <a href=\"https://example.org/\">the</a> site</p>"));
    // Without a selection, inside the link: the whole link changes, or goes.
    cursor.setPosition(6);
    m_edit->setTextCursor(cursor);
    QCOMPARE(m_edit->currentLink(), QStringLiteral("https://example.org/"));
    QVERIFY(m_edit->applyLink(QStringLiteral("mailto:a@example.org")));
    QCOMPARE(m_edit->richText(), QStringLiteral("<p>see <a href=\"mailto:a@example.org\">the</a> site</p>"));
    QVERIFY(m_edit->applyLink(QString()));
    QCOMPARE(m_edit->richText(), QStringLiteral("<p>see the site</p>"));
}

void TestRichTextEdit::pasteKeepsOnlyTheSubset()
{
    QTest::keyClicks(m_edit, QStringLiteral("Start "));
    QMimeData mime;
    mime.setHtml(
        QStringLiteral("<html><body><script>alert(1)</script><span style=\"font-weight:700\">bold</span>"
                       " <span style=\"color:red;font-size:40px\">big</span> <img src=x onerror=y>"
                       "<a href=\"javascript:evil()\">bad</a> <a href=\"https://ok.example/\">ok</a>"
                       "</body></html>"));
    mime.setText(QStringLiteral("ignored when there is HTML"));
    m_edit->insertFromMimeData(&mime);
    const QString html = m_edit->richText();
    QCOMPARE(html, QStringLiteral(
                       "<p>Start <strong>bold</strong> big bad <a href=\"https://ok.example/\">ok</a></p>"));
    QCOMPARE(RichText::sanitize(html), html);

    // Lists and paragraphs from a word processor stay lists and paragraphs.
    m_edit->clear();
    QMimeData office;
    office.setHtml(QStringLiteral("<p>Intro</p><ul><li><p>one</p></li><li><p>two</p></li></ul>"));
    m_edit->insertFromMimeData(&office);
    QCOMPARE(m_edit->richText(), QStringLiteral("<p>Intro</p><ul><li>one</li><li>two</li></ul>"));
}

void TestRichTextEdit::pastePlainTextLines()
{
    QMimeData mime;
    mime.setText(QStringLiteral("Steps:\n- open <the> valve\n- wait\nDone"));
    m_edit->insertFromMimeData(&mime);
    QCOMPARE(m_edit->richText(),
             QStringLiteral("<p>Steps:</p><ul><li>open &lt;the&gt; valve</li><li>wait</li></ul><p>Done</p>"));
    // One line goes into the paragraph where the cursor is, in its format.
    m_edit->setRichText(QStringLiteral("<p><strong>ab</strong></p>"));
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(1);
    m_edit->setTextCursor(cursor);
    QMimeData word;
    word.setText(QStringLiteral("X"));
    m_edit->insertFromMimeData(&word);
    QCOMPARE(m_edit->richText(), QStringLiteral("<p><strong>aXb</strong></p>"));
}

void TestRichTextEdit::copyWritesTheSubset()
{
    m_edit->setRichText(QStringLiteral("<p>a <strong>bold</strong> move</p><ul><li>x</li></ul>"));
    m_edit->selectAll();
    std::unique_ptr<QMimeData> mime(m_edit->createMimeDataFromSelection());
    const QString html = QStringLiteral("<p>a <strong>bold</strong> move</p><ul><li>x</li></ul>");
    QCOMPARE(QString::fromUtf8(mime->data(RichTextEdit::mimeType())), html);
    QCOMPARE(mime->html(), html);
    // Pasted back into another field, it is the same content.
    ProbeEdit other;
    other.insertFromMimeData(mime.get());
    QCOMPARE(other.richText(), html);
}

void TestRichTextEdit::setRichTextKeepsCursorAndIsSilent()
{
    QSignalSpy edited(m_edit, &RichTextEdit::edited);
    m_edit->setRichText(QStringLiteral("<p>Hello world</p>"));
    QTextCursor cursor = m_edit->textCursor();
    cursor.setPosition(5);
    m_edit->setTextCursor(cursor);
    // The same content (written differently): nothing changes.
    m_edit->setRichText(QStringLiteral("<p>Hello  world</p>\n"));
    QCOMPARE(m_edit->textCursor().position(), 5);
    m_edit->setRichText(QStringLiteral("<p>Hello there world</p>"));
    QCOMPARE(m_edit->richText(), QStringLiteral("<p>Hello there world</p>"));
    QCOMPARE(m_edit->textCursor().position(), 5);
    QCOMPARE(edited.count(), 0);
}

void TestRichTextEdit::undoKeysReachTheWindow()
{
    // The window's Undo and Redo (the document's stack) get the keys; the field's own undo is off.
    int undone = 0;
    int redone = 0;
    auto *undo = new QAction(m_window.get());
    undo->setShortcuts(QKeySequence::Undo);
    connect(undo, &QAction::triggered, this, [&undone] { ++undone; });
    auto *redo = new QAction(m_window.get());
    redo->setShortcuts(QKeySequence::Redo);
    connect(redo, &QAction::triggered, this, [&redone] { ++redone; });
    m_window->addAction(undo);
    m_window->addAction(redo);
    QVERIFY(!m_edit->isUndoRedoEnabled());
    showWindow();
    QTest::keyClicks(m_edit, QStringLiteral("abc"));
    QTest::keyClick(m_edit, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(undone, 1);
    QTest::keyClick(m_edit, QKeySequence(QKeySequence::Redo)[0].key(),
                    QKeySequence(QKeySequence::Redo)[0].keyboardModifiers());
    QCOMPARE(redone, 1);
    QCOMPARE(m_edit->richText(), QStringLiteral("<p>abc</p>"));
}

namespace {

struct PropertyFixture
{
    PropertyFixture()
        : document(CourseDocument::createCourseTree())
    {
        const Node *page = document.root()->child(0)->child(0);
        text =
            document.insertNode(page->id(), page->childCount(), CourseDocument::createNode(NodeKind::Text));
        editor.setDocument(&document);
        editor.setNode(text->id());
        edit = qobject_cast<RichTextEdit *>(editor.editorFor(QStringLiteral("html")));
        document.undoStack()->clear();
    }
    QString html() const { return text->string(QStringLiteral("html")); }
    QUndoStack *stack() { return document.undoStack(); }

    CourseDocument document;
    PropertyEditor editor;
    const Node *text = nullptr;
    RichTextEdit *edit = nullptr;
};

} // namespace

void TestRichTextEdit::typingBurstIsOneUndoStep()
{
    PropertyFixture f;
    QVERIFY(f.edit);
    f.edit->selectAll();
    QTest::keyClicks(f.edit, QStringLiteral("Hello"));
    QTest::keyClick(f.edit, Qt::Key_Return);
    QTest::keyClicks(f.edit, QStringLiteral("- item"));
    QCOMPARE(f.html(), QStringLiteral("<p>Hello</p><ul><li>item</li></ul>"));
    QCOMPARE(f.stack()->count(), 1);
    QTest::keyClick(f.edit, Qt::Key_B, Qt::ControlModifier);
    QTest::keyClicks(f.edit, QStringLiteral("!"));
    QCOMPARE(f.html(), QStringLiteral("<p>Hello</p><ul><li>item<strong>!</strong></li></ul>"));
    QCOMPARE(f.stack()->count(), 1);
}

void TestRichTextEdit::undoShowsOldTextInWidget()
{
    PropertyFixture f;
    f.edit->selectAll();
    QTest::keyClicks(f.edit, QStringLiteral("First"));
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(f.edit, &out);
    QTest::keyClicks(f.edit, QStringLiteral(" second"));
    QCOMPARE(f.stack()->count(), 2);
    f.stack()->undo();
    QCOMPARE(f.edit->richText(), QStringLiteral("<p>First</p>"));
    QCOMPARE(f.edit->textCursor().position(), 5); // the cursor stays where the text now ends
    QCOMPARE(f.stack()->count(), 2);              // showing it pushed nothing
    f.stack()->redo();
    QCOMPARE(f.edit->richText(), QStringLiteral("<p>First second</p>"));
    QCOMPARE(f.stack()->count(), 2);
}

void TestRichTextEdit::focusOutCommits()
{
    PropertyFixture f;
    QSignalSpy finished(f.edit, &RichTextEdit::editingFinished);
    f.edit->selectAll();
    QTest::keyClicks(f.edit, QStringLiteral("One"));
    QCOMPARE(f.stack()->count(), 1);
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(f.edit, &out);
    QCOMPARE(finished.count(), 1);
    QTest::keyClicks(f.edit, QStringLiteral("Two"));
    QCOMPARE(f.stack()->count(), 2); // a new step after leaving the field
    QCOMPARE(f.html(), QStringLiteral("<p>OneTwo</p>"));
}

void TestRichTextEdit::passingThroughEditsNothing()
{
    // Stored HTML written differently from what the editor writes (a file from elsewhere) stays
    // as it is when the field is only visited.
    PropertyFixture f;
    const QString stored = QStringLiteral("<p>a</p>\n<p>b</p>");
    QVERIFY(f.document.setProperty(f.text->id(), QStringLiteral("html"), stored, true));
    f.stack()->clear();
    QSignalSpy finished(f.edit, &RichTextEdit::editingFinished);
    QFocusEvent in(QEvent::FocusIn, Qt::TabFocusReason);
    QApplication::sendEvent(f.edit, &in);
    QFocusEvent out(QEvent::FocusOut, Qt::TabFocusReason);
    QApplication::sendEvent(f.edit, &out);
    QCOMPARE(finished.count(), 0);
    QCOMPARE(f.stack()->count(), 0);
    QCOMPARE(f.html(), stored);
}

QTEST_MAIN(TestRichTextEdit)
#include "tst_richtextedit.moc"
