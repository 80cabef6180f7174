// The shortcut that lets clean rich text skip the HTML5 parse (CanonicalRichText): it accepts the
// editor's own output, and it never accepts a text that RichText::sanitize would change, nor counts
// its words differently. Checked on hand-picked cases, on every text of the test data and fuzz
// corpora, and on generated texts in and just outside its grammar.
#include "model/canonicalrichtext.h"
#include "model/node.h"
#include "model/richtext.h"
#include "model/schema.h"
#include "store/starters.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

#include <iterator>

using namespace cw;

namespace {

// The shortcut's promise for one text: if it accepts, sanitize keeps the text as it is and the
// parse counts the same words. Returns whether it accepted.
bool checkAgreesWithParse(const QString &html)
{
    const std::optional<int> words = CanonicalRichText::wordsIfCanonical(html);
    if (!words)
        return false;
    const QString parsed = RichText::sanitizeByParsing(html);
    if (parsed != html)
        qWarning().noquote() << "accepted, but sanitize changes it:" << html << "->" << parsed;
    const int parsedWords = RichText::wordCountByParsing(html);
    if (parsedWords != *words)
        qWarning().noquote() << "accepted with" << *words << "words, the parse counts" << parsedWords << html;
    return parsed == html && parsedWords == *words;
}

void collectStrings(const QJsonValue &value, QStringList &out)
{
    if (value.isString()) {
        out << value.toString();
    } else if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            collectStrings(item, out);
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            collectStrings(it.value(), out);
    }
}

void collectRichText(const Node &node, QStringList &out)
{
    for (const PropertySpec &spec : Schema::instance().kind(node.kind()).properties) {
        if (spec.type == PropertyType::RichText && node.properties().contains(spec.key))
            out << node.string(spec.key);
    }
    for (const auto &child : node.children())
        collectRichText(*child, out);
}

// Random texts from the shortcut's grammar (the shapes the editor writes), and the same texts
// with a few random edits that mostly, but not always, take them out of it.
class TextGenerator
{
public:
    explicit TextGenerator(quint32 seed)
        : m_rng(seed)
    {}

    QString canonical() { return flow(0); }

    QString mutated(QString text)
    {
        static const char *const fragments[] = {"<",
                                                ">",
                                                "&",
                                                "&eacute;",
                                                "&#38;",
                                                "&amp",
                                                "&nbsp",
                                                "<p>",
                                                "</p>",
                                                "<b>",
                                                "</b>",
                                                "<i>",
                                                "</i>",
                                                "<strong>",
                                                "</strong>",
                                                "<a>",
                                                "</a>",
                                                "<a href=\"https://x.y/\">",
                                                "<a href='https://x.y/'>",
                                                "<a href=\"javascript:x\">",
                                                "<a href=\"/x\">",
                                                "<a href=\"https://x.y/ \">",
                                                "<br>",
                                                "<br/>",
                                                "<BR>",
                                                "<li>",
                                                "</li>",
                                                "<ul>",
                                                "</ul>",
                                                "<ol>",
                                                "<h2>",
                                                "</h3>",
                                                "<pre>",
                                                "<pre>\n",
                                                "</pre>",
                                                "<blockquote>",
                                                "</blockquote>",
                                                "<code>",
                                                "</code>",
                                                "<table>",
                                                "<td>",
                                                "<div>",
                                                "<span>",
                                                "<script>",
                                                "</script>",
                                                "<svg>",
                                                "<!-- c -->",
                                                "<p class=\"x\">",
                                                "<p >",
                                                "\r",
                                                "\f",
                                                "\n",
                                                "\t",
                                                " ",
                                                "\"",
                                                "'",
                                                "=",
                                                "x"};
        static const QString specials[] = {QStringLiteral("\u00a0"), QStringLiteral("\u0001"),
                                           QStringLiteral("\u0085"), QStringLiteral("\ufdd0"),
                                           QStringLiteral("\uffff"), QString(QChar(0xD800)),
                                           QString(QChar(0xDC00)),   QStringLiteral("\U0001F600")};
        const int edits = 1 + int(m_rng.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const qsizetype at = qsizetype(m_rng.bounded(quint32(text.size() + 1)));
            switch (m_rng.bounded(5)) {
            case 0:
                text.insert(at, specials[m_rng.bounded(int(std::size(specials)))]);
                break;
            case 1:
                text.remove(at, qsizetype(m_rng.bounded(6)));
                break;
            case 2: { // a whole element, which may land where it cannot be
                const QString tag = pick({"a", "b", "strong", "code", "p", "h2", "li", "ul", "pre",
                                          "blockquote", "span", "table", "td"});
                text.insert(at, QLatin1Char('<') + tag + QStringLiteral(">w</") + tag + QLatin1Char('>'));
                break;
            }
            default:
                text.insert(at, QString::fromUtf8(fragments[m_rng.bounded(int(std::size(fragments)))]));
            }
        }
        return text;
    }

private:
    QString pick(std::initializer_list<const char *> choices)
    {
        return QString::fromUtf8(*(choices.begin() + m_rng.bounded(int(choices.size()))));
    }

    QString text()
    {
        QString out;
        const int pieces = int(m_rng.bounded(4));
        for (int i = 0; i < pieces; ++i)
            out += pick({"word", "two words", " ",      "\n",     "\t",        "&amp;",   "&lt;",
                         "&gt;", "&nbsp;",    "\"q\"",  "'",      "caf\u00e9", "\u20ac5", "\U0001F600",
                         "a=b",  "x/y",       "\ufeff", "\ufffd", "\u2028",    "]]&gt;",  "--"});
        return out;
    }

    QString inlineContent(int depth, QStringList open)
    {
        QString out;
        const int items = int(m_rng.bounded(4));
        for (int i = 0; i < items; ++i) {
            const int choice = int(m_rng.bounded(depth > 3 ? 2 : 4));
            if (choice == 0) {
                out += text();
            } else if (choice == 1) {
                out += QStringLiteral("<br>");
            } else {
                const QString tag = pick({"strong", "em", "b", "i", "code", "a"});
                if (open.contains(tag))
                    continue;
                QString start = QLatin1Char('<') + tag + QLatin1Char('>');
                if (tag == QLatin1String("a") && m_rng.bounded(4) != 0)
                    start = QStringLiteral("<a href=\"%1\">")
                                .arg(pick({"https://example.org/", "http://a.b/x?y=1&amp;z=2", "mailto:a@b.c",
                                           "tel:+123", "HTTPS://A.B/#top"}));
                out += start + inlineContent(depth + 1, open + QStringList{tag}) + QStringLiteral("</") +
                       tag + QLatin1Char('>');
            }
        }
        return out;
    }

    QString flow(int depth)
    {
        QString out;
        const int items = int(m_rng.bounded(depth == 0 ? 5 : 3));
        for (int i = 0; i < items; ++i) {
            switch (m_rng.bounded(depth > 3 ? 3 : 6)) {
            case 0: {
                const QString tag = pick({"p", "h2", "h3", "h4"});
                out += QLatin1Char('<') + tag + QLatin1Char('>') + inlineContent(0, {}) +
                       QStringLiteral("</") + tag + QLatin1Char('>');
                break;
            }
            case 1:
                out += inlineContent(0, {});
                break;
            case 2: {
                QString content = inlineContent(0, {});
                if (content.startsWith(u'\n'))
                    content.prepend(QStringLiteral("x"));
                out += QStringLiteral("<pre>") + content + QStringLiteral("</pre>");
                break;
            }
            case 3:
            case 4: {
                const QString tag = pick({"ul", "ol"});
                out += QLatin1Char('<') + tag + QLatin1Char('>');
                const int entries = int(m_rng.bounded(4));
                for (int e = 0; e < entries; ++e)
                    out += QStringLiteral("<li>") + flow(depth + 1) + QStringLiteral("</li>");
                out += QStringLiteral("</") + tag + QLatin1Char('>');
                break;
            }
            default:
                out += QStringLiteral("<blockquote>") + flow(depth + 1) + QStringLiteral("</blockquote>");
            }
        }
        return out;
    }

    QRandomGenerator m_rng;
};

} // namespace

class TestCanonicalRichText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsEditorOutput_data();
    void acceptsEditorOutput();
    void refuses_data();
    void refuses();
    void sanitizeReturnsCleanTextUntouched();
    void agreesOnTestDataAndCorpora();
    void agreesOnGeneratedTexts();
};

void TestCanonicalRichText::acceptsEditorOutput_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<int>("words");
    QTest::newRow("empty") << "" << 0;
    QTest::newRow("plain text") << "Just words" << 2;
    QTest::newRow("paragraphs") << "<p>One two</p><p>three</p>" << 3;
    QTest::newRow("marks") << "<p>a <strong>b</strong> <em>c</em> <b>d</b> <i>e</i> <code>f</code></p>" << 6;
    QTest::newRow("word across marks") << "<p>wo<strong>rd</strong></p><p>next</p>" << 2;
    QTest::newRow("nested marks") << "<p><em>a<strong>b</strong></em><strong><em>c</em></strong></p>" << 1;
    QTest::newRow("four marks at once")
        << "<p><a href=\"https://a.b/\"><strong><em><code>x</code></em></strong></a></p>" << 1;
    QTest::newRow("headings") << "<h2>T</h2><h3>U</h3><h4>V</h4>" << 3;
    QTest::newRow("lists") << "<ul><li>one</li><li>two</li></ul><ol><li>three</li></ol>" << 3;
    QTest::newRow("nested list") << "<ul><li>a<ul><li>b</li></ul></li><li></li></ul>" << 2;
    QTest::newRow("blockquote")
        << "<blockquote><p>q</p><blockquote><ul><li>r</li></ul></blockquote></blockquote>" << 2;
    QTest::newRow("pre") << "<pre>line one\n<strong>two</strong>\n\n</pre>" << 3;
    QTest::newRow("br ends a word") << "<p>a<br>b</p>" << 2;
    QTest::newRow("escapes") << "<p>1 &lt; 2 &amp;&amp; 3 &gt; 2 \"q\" 'a' a&nbsp;b</p>" << 10;
    QTest::newRow("links")
        << "<a>x</a> <a href=\"mailto:a@b.c\">y</a> <a href=\"http://a.b/?x=1&amp;y=2\">z</a>" << 3;
    QTest::newRow("unicode") << QStringLiteral("<p>caf\u00e9 \u20ac5 \U0001F600 \u4e2d\u6587</p>") << 4;
    QTest::newRow("tab and newline") << "<p>a\tb\nc</p>" << 3;
    QTest::newRow("inline at the top level") << "x <strong>y</strong><p>z</p>w" << 4;
    QTest::newRow("empty elements") << "<p></p><ul></ul><ol><li></li></ol><strong></strong>" << 0;
    QTest::newRow("31 quotes deep") << QString(QStringLiteral("<blockquote>").repeated(31) +
                                               QStringLiteral("<p>x</p>") +
                                               QStringLiteral("</blockquote>").repeated(31))
                                    << 1;
}

void TestCanonicalRichText::acceptsEditorOutput()
{
    QFETCH(QString, html);
    QFETCH(int, words);
    QCOMPARE(RichText::sanitizeByParsing(html), html); // the case is canonical
    QCOMPARE(CanonicalRichText::wordsIfCanonical(html), std::optional<int>(words));
    QCOMPARE(RichText::wordCountByParsing(html), words);
    QCOMPARE(RichText::wordCount(html), words);
}

void TestCanonicalRichText::refuses_data()
{
    QTest::addColumn<QString>("html");
    QTest::addColumn<bool>("sanitizeChangesIt");
    // What sanitize changes.
    QTest::newRow("upper-case tag") << "<P>x</P>" << true;
    QTest::newRow("space in tag") << "<p >x</p>" << true;
    QTest::newRow("attribute") << "<p class=\"x\">x</p>" << true;
    QTest::newRow("self-closing br") << "a<br/>b" << true;
    QTest::newRow("unclosed") << "<p>x" << true;
    QTest::newRow("stray end tag") << "x</em>" << true;
    QTest::newRow("misnested") << "<p><em>x</p></em>" << true;
    QTest::newRow("p in p") << "<p>a<p>b</p></p>" << true;
    QTest::newRow("list in p") << "<p>a<ul><li>b</li></ul></p>" << true;
    QTest::newRow("b in b") << "<b><b>x</b></b>" << false;
    QTest::newRow("a in a") << "<a>1<a>2</a></a>" << true;
    QTest::newRow("unknown element") << "<span>x</span>" << true;
    QTest::newRow("script") << "<script>x</script>" << true;
    QTest::newRow("comment") << "a<!-- c -->b" << true;
    QTest::newRow("raw less-than") << "1 < 2" << true;
    QTest::newRow("raw greater-than") << "2 > 1" << true;
    QTest::newRow("raw ampersand") << "a & b" << true;
    QTest::newRow("other named reference") << "caf&eacute;" << true;
    QTest::newRow("numeric reference") << "&#38;" << true;
    QTest::newRow("reference without semicolon") << "&amp x" << true;
    QTest::newRow("raw no-break space") << QStringLiteral("a\u00a0b") << true;
    QTest::newRow("carriage return") << "a\r\nb" << true;
    QTest::newRow("form feed") << "a\fb" << true;
    QTest::newRow("control character") << QStringLiteral("a\u0001b") << true;
    QTest::newRow("C1 control") << QStringLiteral("a\u0085b") << true;
    QTest::newRow("noncharacter") << QStringLiteral("a\ufdd0b\uffff") << true;
    QTest::newRow("lone surrogate") << QString(QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b"))
                                    << true;
    QTest::newRow("unsafe href") << "<a href=\"javascript:alert(1)\">x</a>" << true;
    QTest::newRow("relative href") << "<a href=\"page.html\">x</a>" << true;
    QTest::newRow("href in single quotes") << "<a href='https://a.b/'>x</a>" << true;
    QTest::newRow("href with a space") << "<a href=\"https://a.b/ \">x</a>" << true;
    QTest::newRow("other reference in href") << "<a href=\"https://a.b/?a=1&lt;\">x</a>" << true;
    QTest::newRow("pre dropping its line feed") << "<pre>\nx</pre>" << true;
    QTest::newRow("nine marks deep")
        << "<a><b><i><em><strong><code><b><i><em>x</em></i></b></code></strong></em></i></b></a>" << true;
    // Canonical, but outside the scanner's narrower form: the parse decides.
    QTest::newRow("li outside a list") << "<li>x</li>" << false;
    QTest::newRow("pre keeping its line feed") << "<pre>\n\nx</pre>" << false;
    QTest::newRow("white space between items") << "<ul>\n<li>x</li>\n</ul>" << false;
    QTest::newRow("non-ASCII href") << QStringLiteral("<a href=\"https://a.b/\u00e9\">x</a>") << false;
    QTest::newRow("quote in href") << "<a href=\"https://a.b/&quot;\">x</a>" << false;
    QTest::newRow("five marks deep") << "<a><b><i><em><strong>x</strong></em></i></b></a>" << false;
    QTest::newRow("40 quotes deep") << QString(QStringLiteral("<blockquote>").repeated(40) +
                                               QStringLiteral("x") +
                                               QStringLiteral("</blockquote>").repeated(40))
                                    << false;
}

void TestCanonicalRichText::refuses()
{
    QFETCH(QString, html);
    QFETCH(bool, sanitizeChangesIt);
    QCOMPARE(RichText::sanitizeByParsing(html) != html, sanitizeChangesIt);
    QVERIFY(!CanonicalRichText::wordsIfCanonical(html).has_value());
}

// Loading a course no longer parses (or copies) the clean text it holds.
void TestCanonicalRichText::sanitizeReturnsCleanTextUntouched()
{
    const QString clean = QString::fromLatin1("<p>Clean <strong>text</strong>.</p>"); // not static data
    QVERIFY(RichText::sanitize(clean).isSharedWith(clean));
    QCOMPARE(RichText::wordCount(clean), 2);
    const QString dirty = QStringLiteral("<P>Dirty</P>");
    QCOMPARE(RichText::sanitize(dirty), QStringLiteral("<p>Dirty</p>"));
}

// Every string of the test data and of the fuzz corpora, as written and as sanitize leaves it.
void TestCanonicalRichText::agreesOnTestDataAndCorpora()
{
    QStringList texts;
    QDirIterator richtext(QStringLiteral(CW_SOURCE_DIR "/tests/fuzz/corpus/richtext"), QDir::Files);
    while (richtext.hasNext()) {
        QFile file(richtext.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        texts << QString::fromUtf8(file.readAll());
    }
    QVERIFY(texts.size() >= 10);
    for (const QString &folder :
         {QStringLiteral(CW_SOURCE_DIR "/tests/fuzz/corpus/load"), QStringLiteral(CW_TEST_DATA_DIR)}) {
        QDirIterator json(folder, {QStringLiteral("*.json")}, QDir::Files);
        while (json.hasNext()) {
            QFile file(json.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            collectStrings(QJsonDocument::fromJson(file.readAll()).object(), texts);
        }
    }
    QString error;
    const std::optional<CourseData> sample = Starters::load(QStringLiteral("sample"), &error);
    QVERIFY2(sample, qPrintable(error));
    QStringList sampleTexts;
    collectRichText(*sample->root, sampleTexts);
    QVERIFY(sampleTexts.size() >= 10);
    texts << sampleTexts;

    int accepted = 0;
    for (const QString &text : std::as_const(texts)) {
        QVERIFY2(!CanonicalRichText::wordsIfCanonical(text) || checkAgreesWithParse(text), qPrintable(text));
        const QString clean = RichText::sanitizeByParsing(text);
        const bool acceptedClean = checkAgreesWithParse(clean);
        QVERIFY2(acceptedClean || !CanonicalRichText::wordsIfCanonical(clean), qPrintable(clean));
        accepted += acceptedClean ? 1 : 0;
    }
    // Not vacuous: most clean texts take the shortcut, among them all the rich text of the sample
    // course.
    QVERIFY2(accepted > texts.size() / 2,
             qPrintable(QStringLiteral("%1 of %2").arg(accepted).arg(texts.size())));
    for (const QString &text : std::as_const(sampleTexts))
        QVERIFY2(CanonicalRichText::wordsIfCanonical(text), qPrintable(text));
}

void TestCanonicalRichText::agreesOnGeneratedTexts()
{
    TextGenerator generator(20261203);
    int mutatedAccepted = 0;
    int mutatedRefused = 0;
    for (int i = 0; i < 4000; ++i) {
        const QString text = generator.canonical();
        QVERIFY2(checkAgreesWithParse(text), qPrintable(text)); // the grammar's texts are all accepted
        for (int m = 0; m < 3; ++m) {
            const QString mutated = generator.mutated(text);
            const bool accepted = CanonicalRichText::wordsIfCanonical(mutated).has_value();
            QVERIFY2(!accepted || checkAgreesWithParse(mutated), qPrintable(mutated));
            (accepted ? mutatedAccepted : mutatedRefused) += 1;
        }
    }
    // Both sides of the line are exercised.
    QVERIFY2(mutatedAccepted > 500 && mutatedRefused > 2000,
             qPrintable(QStringLiteral("%1 accepted, %2 refused").arg(mutatedAccepted).arg(mutatedRefused)));
}

QTEST_GUILESS_MAIN(TestCanonicalRichText)
#include "tst_canonicalrichtext.moc"
