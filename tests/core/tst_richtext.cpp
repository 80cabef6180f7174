// The safe HTML subset: what survives sanitizing, what is removed, and plain-text extraction.
#include "model/richtext.h"

#include <QtTest>

using namespace cw;

class TestRichText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sanitize_data();
    void sanitize();
    void sanitizeIsIdempotent_data();
    void sanitizeIsIdempotent();
    void safeHref_data();
    void safeHref();
    void plainTextAndWords();
};

void TestRichText::sanitize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("allowed tags kept") << "<p>a <strong>b</strong> <em>c</em></p>"
                                       << "<p>a <strong>b</strong> <em>c</em></p>";
    QTest::newRow("lists and headings") << "<h2>T</h2><ul><li>x</li></ul><ol><li>y</li></ol>"
                                        << "<h2>T</h2><ul><li>x</li></ul><ol><li>y</li></ol>";
    QTest::newRow("tag names lower-cased") << "<P>x</P>"
                                           << "<p>x</p>";
    QTest::newRow("script removed with content") << "<p>a<script>alert(1)</script>b</p>"
                                                 << "<p>ab</p>";
    QTest::newRow("style removed with content") << "<style>p{}</style>x"
                                                << "x";
    QTest::newRow("event handler dropped") << "<p onclick=\"alert(1)\">x</p>"
                                           << "<p>x</p>";
    QTest::newRow("img onerror dropped") << "<img src=x onerror=alert(1)>t"
                                         << "t";
    QTest::newRow("unknown tag unwrapped") << "<div><span>x</span></div>"
                                           << "x";
    QTest::newRow("javascript href dropped") << "<a href=\"javascript:alert(1)\">x</a>"
                                             << "<a>x</a>";
    QTest::newRow("obfuscated javascript") << "<a href=\"java&#x09;script:alert(1)\">x</a>"
                                           << "<a>x</a>";
    QTest::newRow("data href dropped") << "<a href='data:text/html,<script>'>x</a>"
                                       << "<a>x</a>";
    QTest::newRow("https href kept") << "<a href=\"https://example.org/?a=1&amp;b=2\">x</a>"
                                     << "<a href=\"https://example.org/?a=1&amp;b=2\">x</a>";
    QTest::newRow("relative href kept") << "<a href=\"page.html#top\">x</a>"
                                        << "<a href=\"page.html#top\">x</a>";
    QTest::newRow("other attributes dropped") << "<a href=\"/x\" target=_blank style=\"x\">x</a>"
                                              << "<a href=\"/x\">x</a>";
    QTest::newRow("text escaped") << "1 < 2 & 3 > 2"
                                  << "1 &lt; 2 &amp; 3 &gt; 2";
    QTest::newRow("entities decoded then escaped") << "&lt;b&gt; &amp; &quot;"
                                                   << "&lt;b&gt; &amp; \"";
    QTest::newRow("unclosed tags closed") << "<p><strong>x"
                                          << "<p><strong>x</strong></p>";
    QTest::newRow("stray close ignored") << "x</em>y"
                                         << "xy";
    QTest::newRow("misnested closed in order") << "<p><em>x</p>y"
                                               << "<p><em>x</em></p>y";
    QTest::newRow("comment removed") << "a<!-- <script> -->b"
                                     << "ab";
    QTest::newRow("br normalised") << "a<br/>b<BR>c"
                                   << "a<br>b<br>c";
    QTest::newRow("control characters removed") << QStringLiteral("a\u0001b\u0007c") << "abc";
    QTest::newRow("quote in attribute") << "<a href='x\"onmouseover=\"alert(1)'>y</a>"
                                        << "<a href=\"x&quot;onmouseover=&quot;alert(1)\">y</a>";
    QTest::newRow("svg dropped") << "<svg><script>alert(1)</script></svg>ok"
                                 << "ok";
    QTest::newRow("iframe dropped") << "<iframe src=//evil></iframe>ok"
                                    << "ok";
}

void TestRichText::sanitize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(RichText::sanitize(input), expected);
}

void TestRichText::sanitizeIsIdempotent_data()
{
    sanitize_data();
}

void TestRichText::sanitizeIsIdempotent()
{
    QFETCH(QString, input);
    const QString once = RichText::sanitize(input);
    QCOMPARE(RichText::sanitize(once), once);
}

void TestRichText::safeHref_data()
{
    QTest::addColumn<QString>("href");
    QTest::addColumn<bool>("safe");
    QTest::newRow("https") << "https://a.b" << true;
    QTest::newRow("mailto") << "mailto:a@b.c" << true;
    QTest::newRow("relative with colon later") << "a/b:c" << true;
    QTest::newRow("javascript") << "javascript:x" << false;
    QTest::newRow("upper case") << "JavaScript:x" << false;
    QTest::newRow("spaces inside scheme") << " java script:x" << false;
    QTest::newRow("vbscript") << "vbscript:x" << false;
    QTest::newRow("data") << "data:text/html;base64,xx" << false;
}

void TestRichText::safeHref()
{
    QFETCH(QString, href);
    QFETCH(bool, safe);
    QCOMPARE(RichText::isSafeHref(href), safe);
}

void TestRichText::plainTextAndWords()
{
    const QString html =
        QStringLiteral("<h2>Title</h2><p>One <strong>two</strong> three.</p><ul><li>four</li>"
                       "<li>five&nbsp;six</li></ul><script>not words</script>");
    QCOMPARE(RichText::toPlainText(html), QStringLiteral("Title\nOne two three.\nfour\nfive\u00a0six"));
    QCOMPARE(RichText::wordCount(html), 6); // the no-break space joins "five six"
    QCOMPARE(RichText::wordCount(QStringLiteral("<p>wo<strong>rd</strong></p><p>next</p>")), 2);
    QCOMPARE(RichText::plainWordCount(QStringLiteral("  a b\tc\n")), 3);
    QCOMPARE(RichText::wordCount(QString()), 0);
    QCOMPARE(RichText::wordCount(QStringLiteral("<p> </p>")), 0);
}

QTEST_GUILESS_MAIN(TestRichText)
#include "tst_richtext.moc"
