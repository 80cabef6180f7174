// RichTextDocument: the safe subset to a QTextDocument and back, construct by construct; pasted
// foreign HTML and plain text reduced to the subset.
#include "model/richtext.h"
#include "model/richtextdocument.h"

#include <QRandomGenerator>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <QtTest>

using namespace cw;

class TestRichTextDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void normalizes_data();
    void normalizes();
    void documentStructure();
    void writesOnlyTheSubset();
    void randomDocumentsStayCanonical();
    void foreignHtml_data();
    void foreignHtml();
    void foreignHtmlFetchesNothing();
    void plainText_data();
    void plainText();
};

void TestRichTextDocument::roundTrip_data()
{
    QTest::addColumn<QString>("html");
    QTest::newRow("empty") << "";
    QTest::newRow("paragraph") << "<p>Hello</p>";
    QTest::newRow("two paragraphs") << "<p>a</p><p>b</p>";
    QTest::newRow("strong") << "<p>a <strong>b</strong> c</p>";
    QTest::newRow("em") << "<p><em>x</em></p>";
    QTest::newRow("strong in em") << "<p><em>a <strong>b</strong> c</em></p>";
    QTest::newRow("em in strong") << "<p><strong><em>b</em></strong></p>";
    QTest::newRow("overlapping") << "<p><strong>a<em>b</em></strong><em>c</em></p>";
    QTest::newRow("space inside strong") << "<p><strong>a </strong>b</p>";
    QTest::newRow("link") << "<p>See <a href=\"https://example.org/a?b=1&amp;c=2\">the site</a>.</p>";
    QTest::newRow("link with strong")
        << "<p><a href=\"mailto:x@example.org\">mail <strong>me</strong></a></p>";
    QTest::newRow("two links") << "<p><a href=\"https://a.example\">a</a><a href=\"tel:+123\">b</a></p>";
    QTest::newRow("code") << "<p>Use <code>git status</code> now</p>";
    QTest::newRow("br") << "<p>line one<br>line two</p>";
    QTest::newRow("br in strong") << "<p><strong>a<br>b</strong></p>";
    QTest::newRow("bulleted") << "<ul><li>one</li><li>two</li></ul>";
    QTest::newRow("numbered") << "<ol><li>one</li><li>two</li></ol>";
    QTest::newRow("nested") << "<ul><li>a<ul><li>b</li><li>c</li></ul></li><li>d</li></ul>";
    QTest::newRow("numbered in bulleted") << "<ul><li>a<ol><li>b</li></ol></li></ul>";
    QTest::newRow("list then paragraph") << "<ul><li>a</li></ul><p>b</p>";
    QTest::newRow("adjacent lists") << "<ul><li>a</li></ul><ol><li>b</li></ol>";
    QTest::newRow("formatted item") << "<ul><li><strong>a</strong> b</li></ul>";
    QTest::newRow("empty item") << "<ul><li></li></ul>";
    QTest::newRow("headings") << "<h2>A</h2><h3>B</h3><h4>C</h4><p>d</p>";
    QTest::newRow("strong in heading") << "<h2>A <strong>b</strong></h2>";
    QTest::newRow("blockquote") << "<blockquote><p>Quoted</p><p>two</p></blockquote><p>after</p>";
    QTest::newRow("heading in quote") << "<blockquote><h3>Q</h3></blockquote>";
    QTest::newRow("list in quote") << "<blockquote><ul><li>a</li></ul></blockquote>";
    QTest::newRow("pre") << "<pre>int main()\n{\n    return 0;\n}</pre>";
    QTest::newRow("pre with blank lines") << "<pre>a\n\n\nb</pre>";
    QTest::newRow("pre starting with a line feed") << "<pre>\n\nx</pre>";
    QTest::newRow("strong over pre lines") << "<pre><strong>a\nb</strong></pre>";
    QTest::newRow("pre then paragraph") << "<pre>x</pre><p>y</p>";
    QTest::newRow("entities") << "<p>a &amp; b &lt; c &gt; d&nbsp;e \"q\" 'r'</p>";
    QTest::newRow("non-ASCII") << "<p>Ünïcödé — 日本語 😀</p>";
    QTest::newRow("everything") << "<h2>Title</h2><p>Intro with <em>em</em>, <strong>strong</strong>, "
                                   "<code>code</code> and <a href=\"https://x.example/\">a link</a>.</p>"
                                   "<ol><li>one</li><li>two<ul><li>two a</li></ul></li></ol>"
                                   "<blockquote><p>Said</p></blockquote><pre>x = 1</pre>";
}

void TestRichTextDocument::roundTrip()
{
    QFETCH(QString, html);
    QCOMPARE(RichText::sanitize(html), html); // the rows are canonical
    QTextDocument document;
    RichTextDocument::toDocument(html, &document);
    QCOMPARE(RichTextDocument::fromDocument(document), html);
}

void TestRichTextDocument::normalizes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("named and numeric references") << "&eacute;&mdash;&#233;&#x2014;&nbsp;&amp;eacute;"
                                                  << "<p>é—é—&nbsp;&amp;eacute;</p>";
    QTest::newRow("text outside blocks") << "<b>x</b> <i>y</i>"
                                         << "<p><strong>x</strong> <em>y</em></p>";
    QTest::newRow("indented source") << "<ul>\n  <li>a</li>\n  <li>b  c</li>\n</ul>\n<p>\n  d\n</p>"
                                     << "<ul><li>a</li><li>b c</li></ul><p>d</p>";
    QTest::newRow("space around br") << "<p>a <br> b</p>"
                                     << "<p>a<br>b</p>";
    QTest::newRow("paragraphs in items") << "<ul><li><p>x</p></li><li><p>y</p></li></ul>"
                                         << "<ul><li>x</li><li>y</li></ul>";
    QTest::newRow("code in pre") << "<pre><code>x</code></pre>"
                                 << "<pre>x</pre>";
    QTest::newRow("unsafe link") << "<p><a href=\"javascript:alert(1)\">x</a></p>"
                                 << "<p>x</p>";
    QTest::newRow("empty paragraph") << "<p></p><p>a</p><p> </p>"
                                     << "<p>a</p>";
    QTest::newRow("text in a quote") << "<blockquote>q</blockquote>"
                                     << "<blockquote><p>q</p></blockquote>";
    QTest::newRow("not in the subset")
        << "<div><h1>T</h1><span style=\"x\">s</span><script>bad()</script></div>"
        << "<p>Ts</p>";
    QTest::newRow("text after a nested list") << "<ul><li>a<ul><li>b</li></ul>c</li></ul>"
                                              << "<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>";
}

void TestRichTextDocument::normalizes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QTextDocument document;
    RichTextDocument::toDocument(input, &document);
    const QString html = RichTextDocument::fromDocument(document);
    QCOMPARE(html, expected);
    QCOMPARE(RichText::sanitize(html), html);
}

void TestRichTextDocument::documentStructure()
{
    // What the editor's toolbar reads and writes: the formats toDocument gives each construct.
    QTextDocument document;
    RichTextDocument::toDocument(
        QStringLiteral("<h3>H</h3><blockquote><p>q</p></blockquote><ol><li>i</li></ol>"
                       "<pre>c</pre><p>x<strong>b</strong><br>y</p>"),
        &document);
    QCOMPARE(document.blockCount(), 5);
    const QTextBlock heading = document.begin();
    QCOMPARE(heading.blockFormat().headingLevel(), 3);
    QVERIFY(heading.begin().fragment().charFormat().fontWeight() < QFont::Bold); // not <strong>
    const QTextBlock quote = heading.next();
    QCOMPARE(quote.blockFormat().intProperty(QTextFormat::BlockQuoteLevel), 1);
    QVERIFY(quote.blockFormat().leftMargin() > 0);
    const QTextBlock item = quote.next();
    QVERIFY(item.textList());
    QCOMPARE(item.textList()->format().style(), QTextListFormat::ListDecimal);
    const QTextBlock code = item.next();
    QVERIFY(code.blockFormat().boolProperty(RichTextDocument::CodeBlock));
    const QTextBlock paragraph = code.next();
    QCOMPARE(paragraph.text(), QStringLiteral("xb\u2028y"));
}

void TestRichTextDocument::writesOnlyTheSubset()
{
    // A document as an editor leaves it: formats the subset cannot say are dropped, an unsafe
    // link keeps only its text, control characters and embedded objects go.
    QTextDocument document;
    QTextCursor cursor(&document);
    QTextCharFormat big;
    big.setFontPointSize(30);
    big.setFontUnderline(true);
    big.setForeground(Qt::red);
    cursor.insertText(QStringLiteral("Big"), big);
    QTextCharFormat bold;
    bold.setFontWeight(QFont::Black);
    cursor.insertText(QStringLiteral(" bold"), bold);
    cursor.insertText(QStringLiteral(" "), QTextCharFormat());
    cursor.insertText(QStringLiteral("bad"), RichTextDocument::linkFormat(QStringLiteral("javascript:x()")));
    cursor.insertText(QStringLiteral("\u0001\u007f\r"), QTextCharFormat());
    cursor.insertBlock();
    cursor.insertText(QString(QChar::ObjectReplacementCharacter));
    cursor.insertBlock();
    cursor.insertText(QStringLiteral("<tag> & \u00a0"),
                      RichTextDocument::linkFormat(QStringLiteral("relative.html")));
    const QString html = RichTextDocument::fromDocument(document);
    QCOMPARE(html, QStringLiteral("<p>Big<strong> bold</strong> bad</p><p>&lt;tag&gt; &amp; &nbsp;</p>"));
    QCOMPARE(RichText::sanitize(html), html);
}

void TestRichTextDocument::randomDocumentsStayCanonical()
{
    // Documents as editing can leave them (any mix of marks, blocks, lists, quotes), seeded so a
    // failure repeats: what fromDocument writes is canonical, and reads back to itself.
    QRandomGenerator random(20261203);
    const QStringList texts = {QStringLiteral("a"),      QStringLiteral("b&c"),
                               QStringLiteral("<x>"),    QStringLiteral("\u00a0"),
                               QStringLiteral("\u2028"), QStringLiteral("\u00e9\U0001F600"),
                               QStringLiteral("\"'")};
    const QStringList hrefs = {QStringLiteral("https://a.example/?q=1&r=\"2\""),
                               QStringLiteral("mailto:m@x.example"), QStringLiteral("javascript:bad()")};
    for (int round = 0; round < 300; ++round) {
        QTextDocument document;
        QTextCursor cursor(&document);
        QTextList *lists[2][3] = {}; // [ordered][indent]
        const int blocks = 1 + random.bounded(8);
        for (int b = 0; b < blocks; ++b) {
            const int kind = random.bounded(6); // p, heading, item, item, code, p
            const int heading = kind == 1 ? 2 + random.bounded(3) : 0;
            const bool code = kind == 4;
            QTextBlockFormat format;
            if (heading)
                format.setHeadingLevel(heading);
            if (code) {
                format.setProperty(RichTextDocument::CodeBlock, true);
                format.setNonBreakableLines(true);
            }
            if (random.bounded(4) == 0)
                format.setProperty(QTextFormat::BlockQuoteLevel, 1 + random.bounded(2));
            if (b > 0)
                cursor.insertBlock(format, RichTextDocument::blockCharFormat(heading, code));
            else
                cursor.setBlockFormat(format);
            if (kind == 2 || kind == 3) {
                const int ordered = random.bounded(2);
                const int indent = 1 + random.bounded(2);
                QTextList *&list = lists[ordered][indent];
                if (list && random.bounded(3) > 0) {
                    list->add(cursor.block());
                } else {
                    QTextListFormat listFormat;
                    listFormat.setStyle(ordered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc);
                    listFormat.setIndent(indent);
                    list = cursor.createList(listFormat);
                }
            }
            const int runs = random.bounded(5);
            for (int r = 0; r < runs; ++r) {
                QTextCharFormat chars = RichTextDocument::blockCharFormat(heading, code);
                if (random.bounded(3) == 0)
                    chars.setFontWeight(QFont::Bold);
                if (random.bounded(3) == 0)
                    chars.setFontItalic(true);
                if (random.bounded(4) == 0)
                    chars.merge(RichTextDocument::codeFormat());
                if (random.bounded(4) == 0)
                    chars.merge(RichTextDocument::linkFormat(hrefs[random.bounded(int(hrefs.size()))]));
                cursor.insertText(texts[random.bounded(int(texts.size()))], chars);
            }
        }
        const QString html = RichTextDocument::fromDocument(document);
        QCOMPARE(RichText::sanitize(html), html);
        QTextDocument again;
        RichTextDocument::toDocument(html, &again);
        QCOMPARE(RichTextDocument::fromDocument(again), html);
    }
}

void TestRichTextDocument::foreignHtml_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<QString>("expected");
    QTest::newRow("LibreOffice Writer")
        << "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.0 Transitional//EN\"><html><head>"
           "<meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\"/><title></title>"
           "<meta name=\"generator\" content=\"LibreOffice 7.4\"/><style type=\"text/css\">@page { size: "
           "21cm "
           "29.7cm; margin: 2cm } p { line-height: 115%; margin-bottom: 0.25cm }</style></head>"
           "<body lang=\"en-GB\" dir=\"ltr\"><p style=\"line-height: 100%; margin-bottom: 0cm\">"
           "<span style=\"font-weight: bold\">Safety</span> first, <i>always</i>.</p>\n"
           "<ul><li><p style=\"margin-bottom: 0cm\">Wear gloves</p></li>"
           "<li><p>Check the <font face=\"Liberation Mono, monospace\">valve</font></p></li></ul>\n"
           "<ol><li><p>Open</p></li><li><p>Close</p></li></ol>\n"
           "<h2 class=\"western\">Next steps</h2>\n</body></html>"
        << "<p><strong>Safety</strong> first, <em>always</em>.</p><ul><li>Wear gloves</li><li>Check the "
           "<code>valve</code></li></ul><ol><li>Open</li><li>Close</li></ol><h2>Next steps</h2>";
    QTest::newRow("web page")
        << "<meta charset='utf-8'><div class=\"post\"><h1 style=\"font-size:2em\">Title</h1>"
           "<script>alert(1)</script><style>.x{color:red}</style><p>Some <span style=\"font-weight:700\">bold"
           "</span> and <span style=\"font-style:italic\">italic</span> and <span style=\"color:red;"
           "text-decoration:underline\">red</span> text with <a href=\"https://example.com/page\" "
           "onclick=\"evil()\">a link</a> and <a href=\"/relative\">a relative one</a>.</p>"
           "<img src=\"x.png\" alt=\"pic\"><table><tr><td>cell</td></tr></table></div>"
        << "<h2>Title</h2><p>Some <strong>bold</strong> and <em>italic</em> and red text with "
           "<a href=\"https://example.com/page\">a link</a> and a relative one.</p><p>cell</p>";
    QTest::newRow("Google Docs")
        << "<meta charset=\"utf-8\"><b style=\"font-weight:normal;\" id=\"docs-internal-guid-1\">"
           "<p dir=\"ltr\"><span style=\"font-weight:700;\">Bold</span><span style=\"font-weight:400;\"> "
           "plain"
           "</span></p></b>"
        << "<p><strong>Bold</strong> plain</p>";
    QTest::newRow("Word list paragraphs")
        << "<html xmlns:o=\"urn:schemas-microsoft-com:office:office\"><body lang=EN-GB>\n"
           "<p class=MsoNormal>Before<o:p></o:p></p>\n"
           "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
           "<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>\u00b7<span "
           "style='font:7.0pt \"Times New Roman\"'>&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>First "
           "<b>bold</b><o:p></o:p></p>\n"
           "<p class=MsoListParagraphCxSpMiddle style='margin-left:72.0pt;mso-list:l0 level2 lfo1'>"
           "<![if !supportLists]><span style='font-family:\"Courier New\"'><span "
           "style='mso-list:Ignore'>o<span>"
           "&nbsp;&nbsp; </span></span></span><![endif]>Nested<o:p></o:p></p>\n"
           "<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l0 level1 lfo1'>"
           "<![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>\u00b7<span>"
           "&nbsp;</span></span></span><![endif]>Second<o:p></o:p></p>\n"
           "<p class=MsoNormal>Steps<o:p></o:p></p>\n"
           "<p class=MsoListParagraphCxSpFirst style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'>"
           "<![if !supportLists]><span><span "
           "style='mso-list:Ignore'>1.<span>&nbsp;&nbsp;</span></span></span>"
           "<![endif]>Open<o:p></o:p></p>\n"
           "<p class=MsoListParagraphCxSpLast style='text-indent:-18.0pt;mso-list:l1 level1 lfo2'>"
           "<span style='mso-list:Ignore'>2.<span>&nbsp;&nbsp;</span></span>Close<o:p></o:p></p>\n"
           "</body></html>"
        << "<p>Before</p><ul><li>First <strong>bold</strong><ul><li>Nested</li></ul></li><li>Second</li></ul>"
           "<p>Steps</p><ol><li>Open</li><li>Close</li></ol>";
    QTest::newRow("lines that do not wrap are no code")
        << "<p style=\"white-space:nowrap\">keep</p><pre>code</pre>"
        << "<p>keep</p><pre>code</pre>";
    QTest::newRow("the subset itself")
        << "<h3>H</h3><p>a <strong>b</strong> <em>c</em> <code>d</code><br>e</p><ul><li>x</li></ul>"
           "<blockquote><p>q</p></blockquote><pre>p\nq</pre>"
        << "<h3>H</h3><p>a <strong>b</strong> <em>c</em> <code>d</code><br>e</p><ul><li>x</li></ul>"
           "<blockquote><p>q</p></blockquote><pre>p\nq</pre>";
}

void TestRichTextDocument::foreignHtml()
{
    QFETCH(QString, html);
    QFETCH(QString, expected);
    const QString result = RichTextDocument::fromForeignHtml(html);
    QCOMPARE(result, expected);
    QCOMPARE(RichText::sanitize(result), result);
}

void TestRichTextDocument::foreignHtmlFetchesNothing()
{
    // A pasted page may name any local file as its style sheet (or /dev/zero); none is read.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile css(dir.filePath(QStringLiteral("bold.css")));
    QVERIFY(css.open(QIODevice::WriteOnly));
    css.write("p { font-weight: bold; font-style: italic }");
    css.close();
    const QString html =
        QStringLiteral("<html><head><link rel=\"stylesheet\" type=\"text/css\" href=\"%1\"></head>"
                       "<body><p>x</p></body></html>")
            .arg(QUrl::fromLocalFile(css.fileName()).toString());
    QCOMPARE(RichTextDocument::fromForeignHtml(html), QStringLiteral("<p>x</p>"));
}

void TestRichTextDocument::plainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("lines are paragraphs") << "Line one\nLine two"
                                          << "<p>Line one</p><p>Line two</p>";
    QTest::newRow("blank lines and CRLF") << "a\r\n\r\nb\rc"
                                          << "<p>a</p><p>b</p><p>c</p>";
    QTest::newRow("dash bullets") << "Intro\n- a\n- b\nOutro"
                                  << "<p>Intro</p><ul><li>a</li><li>b</li></ul><p>Outro</p>";
    QTest::newRow("star bullets") << "* a\n* b"
                                  << "<ul><li>a</li><li>b</li></ul>";
    QTest::newRow("numbered") << "1. first\n2. second"
                              << "<ol><li>first</li><li>second</li></ol>";
    QTest::newRow("kinds change") << "- a\n1. b"
                                  << "<ul><li>a</li></ul><ol><li>b</li></ol>";
    QTest::newRow("blank line ends a list") << "- a\n\n- b"
                                            << "<ul><li>a</li></ul><ul><li>b</li></ul>";
    QTest::newRow("not a marker") << "-a\n1.5 litres\n*b*"
                                  << "<p>-a</p><p>1.5 litres</p><p>*b*</p>";
    QTest::newRow("markup is text") << "a <b> & c\u00a0d"
                                    << "<p>a &lt;b&gt; &amp; c&nbsp;d</p>";
}

void TestRichTextDocument::plainText()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString html = RichTextDocument::fromPlainText(text);
    QCOMPARE(html, expected);
    QCOMPARE(RichText::sanitize(html), html);
}

// QTextDocument lays out fonts: a QGuiApplication (offscreen), not the core tests' guiless main.
QTEST_MAIN(TestRichTextDocument)
#include "tst_richtextdocument.moc"
