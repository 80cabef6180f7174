// The xAPI and cmi5 manifest writers (groundwork for the xapi and cmi5 targets): tincan.xml and
// cmi5.xml against golden files, escaping, activity IRIs absolute and stable, masteryScore only
// when set, and the cmi5 <au> children in the order the CourseStructure XSD requires; every cmi5.xml
// valid against the course-structure schema in tests/data/xapi.
#include "xmllint.h"

#include "export/targets/cmi5/cmi5manifest.h"
#include "export/targets/xapi/activityiri.h"
#include "export/targets/xapi/tincanmanifest.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QUrl>
#include <QXmlStreamReader>
#include <QtTest>

using namespace cw;

namespace {

const QString kGoldenDir = QStringLiteral(CW_TEST_DATA_DIR "/xapi/golden");
const QString kCmi5Ns = QStringLiteral("https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd");
const QString kTincanNs = QStringLiteral("http://projecttincan.com/tincan.xsd");
const QString kBase = QStringLiteral("https://example.com/courses/safety");
const QString kCmi5Schema = QStringLiteral(CW_TEST_DATA_DIR "/xapi/cmi5-course-structure.xsd");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Compares with the golden file; CW_UPDATE_GOLDEN=1 rewrites it after a deliberate change.
bool matchesGolden(const QByteArray &xml, const QString &name)
{
    const QString golden = kGoldenDir + QLatin1Char('/') + name;
    if (qEnvironmentVariableIsSet("CW_UPDATE_GOLDEN")) {
        QDir().mkpath(kGoldenDir);
        QFile f(golden);
        if (!f.open(QIODevice::WriteOnly))
            return false;
        f.write(xml);
    }
    return xml == readFile(golden);
}

Cmi5Manifest::Au au(const QString &nodeId, const QString &title, const QString &url)
{
    Cmi5Manifest::Au a;
    a.id = ActivityIri::activityIri(kBase, nodeId);
    a.title = title;
    a.description = QStringLiteral("About ") + title;
    a.url = url;
    a.moveOn = QStringLiteral("CompletedAndPassed");
    a.masteryScore = 0.8;
    a.launchMethod = QStringLiteral("AnyWindow");
    return a;
}

Cmi5Manifest::Content course()
{
    Cmi5Manifest::Content c;
    c.courseId = kBase;
    c.title = QStringLiteral("Safety basics");
    c.description = QStringLiteral("What to do before, during and after.");
    c.language = QStringLiteral("en");
    return c;
}

// Every element, as "name" for the start and "/name" for the end, with the namespace checked.
struct Read
{
    QStringList elements;
    QList<QXmlStreamAttributes> attributes; // of each start element, in order
    QStringList texts;                      // the text of every element holding only text
    bool ok = false;
};

Read read(const QByteArray &xml, const QString &ns)
{
    Read r;
    QXmlStreamReader x(xml);
    while (!x.atEnd()) {
        const QXmlStreamReader::TokenType t = x.readNext();
        if (t == QXmlStreamReader::StartElement) {
            if (x.namespaceUri() != ns)
                return r;
            r.elements << x.name().toString();
            r.attributes << x.attributes();
        } else if (t == QXmlStreamReader::EndElement) {
            r.elements << QLatin1Char('/') + x.name().toString();
        } else if (t == QXmlStreamReader::Characters && !x.isWhitespace()) {
            r.texts << x.text().toString();
        }
    }
    r.ok = !x.hasError();
    return r;
}

} // namespace

class TestXapiManifests : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tincanMatchesGolden();
    void tincanHasExactlyOneCourseActivity();
    void cmi5OneAuMatchesGolden();
    void cmi5BlocksPerModuleMatchesGolden();
    void cmi5AuChildrenFollowTheSchemaOrder();
    void cmi5MasteryScoreOnlyWhenSet();
    void cmi5DefaultsAreWrittenExplicitly();
    void cmi5SkipsEmptyBlocks();
    void cmi5IsValidAgainstTheSchema();
    void titlesAreEscaped();
    void defaultBaseComesFromTheCourseIdentifier_data();
    void defaultBaseComesFromTheCourseIdentifier();
    void activityIrisAreAbsoluteAndStable();
};

void TestXapiManifests::tincanMatchesGolden()
{
    TincanManifest::Content c;
    c.activityId = kBase;
    c.name = QStringLiteral("Safety basics");
    c.description = QStringLiteral("What to do before, during and after.");
    c.launch = QStringLiteral("index.html");
    c.language = QStringLiteral("en");
    const QByteArray xml = TincanManifest::write(c);
    QVERIFY(matchesGolden(xml, QStringLiteral("tincan.xml")));
    QCOMPARE(TincanManifest::write(c), xml);
}

void TestXapiManifests::tincanHasExactlyOneCourseActivity()
{
    TincanManifest::Content c;
    c.activityId = ActivityIri::defaultBase(QStringLiteral("urn:example:safety basics"));
    c.name = QStringLiteral("Safety basics");
    c.launch = QStringLiteral("index.html");
    const Read r = read(TincanManifest::write(c), kTincanNs);
    QVERIFY(r.ok);
    // No description given: none written; no language given: "und" rather than an invalid empty one.
    QCOMPARE(r.elements,
             (QStringList{QStringLiteral("tincan"), QStringLiteral("activities"), QStringLiteral("activity"),
                          QStringLiteral("name"), QStringLiteral("/name"), QStringLiteral("launch"),
                          QStringLiteral("/launch"), QStringLiteral("/activity"),
                          QStringLiteral("/activities"), QStringLiteral("/tincan")}));
    const QXmlStreamAttributes activity = r.attributes.at(2);
    QCOMPARE(activity.value(QStringLiteral("id")).toString(), QStringLiteral("urn:example:safety%20basics"));
    QCOMPARE(activity.value(QStringLiteral("type")).toString(),
             QStringLiteral("http://adlnet.gov/expapi/activities/course"));
    QCOMPARE(r.attributes.at(3).value(QStringLiteral("lang")).toString(), QStringLiteral("und"));
    QCOMPARE(r.attributes.at(4).value(QStringLiteral("lang")).toString(), QStringLiteral("und"));
    QCOMPARE(r.texts, (QStringList{QStringLiteral("Safety basics"), QStringLiteral("index.html")}));
}

void TestXapiManifests::cmi5OneAuMatchesGolden()
{
    Cmi5Manifest::Content c = course();
    Cmi5Manifest::Au a =
        au(QStringLiteral("6f1c2d3e-0000-4000-8000-000000000001"), c.title, QStringLiteral("index.html"));
    c.aus << a;
    const QByteArray xml = Cmi5Manifest::write(c);
    QVERIFY(matchesGolden(xml, QStringLiteral("cmi5-one-au.xml")));
    QCOMPARE(Cmi5Manifest::write(c), xml);
}

void TestXapiManifests::cmi5BlocksPerModuleMatchesGolden()
{
    Cmi5Manifest::Content c = course();
    for (int i = 1; i <= 2; ++i) {
        const QString module = QStringLiteral("6f1c2d3e-0000-4000-8000-00000000002%1").arg(i);
        Cmi5Manifest::Block b;
        b.id = ActivityIri::activityIri(kBase, module);
        b.title = QStringLiteral("Module %1").arg(i);
        b.description = QStringLiteral("The module's own page.");
        Cmi5Manifest::Au a =
            au(module + QStringLiteral("-au"), b.title, QStringLiteral("au-%1/index.html").arg(i));
        if (i == 2) {
            a.moveOn = QStringLiteral("Completed");
            a.masteryScore.reset();
        }
        b.aus << a;
        c.blocks << b;
    }
    const QByteArray xml = Cmi5Manifest::write(c);
    QVERIFY(matchesGolden(xml, QStringLiteral("cmi5-blocks.xml")));
    const Read r = read(xml, kCmi5Ns);
    QVERIFY(r.ok);
    QCOMPARE(r.elements.count(QStringLiteral("block")), 2);
    QCOMPARE(r.elements.count(QStringLiteral("au")), 2);
    // Course, blocks and AUs: unique absolute IRIs.
    QStringList ids;
    for (const QXmlStreamAttributes &a : r.attributes) {
        if (a.hasAttribute(QStringLiteral("id")))
            ids << a.value(QStringLiteral("id")).toString();
    }
    QCOMPARE(ids.size(), 5);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    for (const QString &id : ids) {
        const QUrl url(id, QUrl::StrictMode);
        QVERIFY2(url.isValid() && !url.isRelative(), qPrintable(id));
    }
}

void TestXapiManifests::cmi5AuChildrenFollowTheSchemaOrder()
{
    Cmi5Manifest::Content c = course();
    c.aus << au(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("index.html"));
    const Read r = read(Cmi5Manifest::write(c), kCmi5Ns);
    QVERIFY(r.ok);
    // Only the direct children of <au>: langstring sits inside title and description.
    const qsizetype start = r.elements.indexOf(QStringLiteral("au"));
    QVERIFY(start > 0);
    QStringList children;
    int depth = 0;
    for (qsizetype i = start + 1; i < r.elements.size() && depth >= 0; ++i) {
        const QString &e = r.elements.at(i);
        if (e.startsWith(QLatin1Char('/'))) {
            --depth;
        } else {
            if (depth == 0)
                children << e;
            ++depth;
        }
    }
    QCOMPARE(children,
             (QStringList{QStringLiteral("title"), QStringLiteral("description"), QStringLiteral("url")}));
    // The course comes first, with title then description, before any AU.
    QCOMPARE(r.elements.mid(0, 4), (QStringList{QStringLiteral("courseStructure"), QStringLiteral("course"),
                                                QStringLiteral("title"), QStringLiteral("langstring")}));
    QVERIFY(r.elements.indexOf(QStringLiteral("/course")) < start);
}

void TestXapiManifests::cmi5MasteryScoreOnlyWhenSet()
{
    Cmi5Manifest::Content c = course();
    Cmi5Manifest::Au without = au(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("a.html"));
    without.masteryScore.reset();
    Cmi5Manifest::Au with = au(QStringLiteral("b"), QStringLiteral("B"), QStringLiteral("b.html"));
    with.masteryScore = 0.75;
    Cmi5Manifest::Au whole = au(QStringLiteral("c"), QStringLiteral("C"), QStringLiteral("c.html"));
    whole.masteryScore = 1.0;
    c.aus << without << with << whole;
    const Read r = read(Cmi5Manifest::write(c), kCmi5Ns);
    QVERIFY(r.ok);
    QStringList scores;
    for (const QXmlStreamAttributes &a : r.attributes) {
        if (a.hasAttribute(QStringLiteral("moveOn")))
            scores << (a.hasAttribute(QStringLiteral("masteryScore"))
                           ? a.value(QStringLiteral("masteryScore")).toString()
                           : QStringLiteral("-"));
    }
    // xs:decimal: plain notation, no exponent, no trailing zeros.
    QCOMPARE(scores, (QStringList{QStringLiteral("-"), QStringLiteral("0.75"), QStringLiteral("1")}));
}

void TestXapiManifests::cmi5DefaultsAreWrittenExplicitly()
{
    Cmi5Manifest::Content c;
    c.courseId = kBase;
    Cmi5Manifest::Au a;
    a.id = ActivityIri::activityIri(kBase, QStringLiteral("a"));
    a.url = QStringLiteral("index.html");
    c.aus << a;
    const Read r = read(Cmi5Manifest::write(c), kCmi5Ns);
    QVERIFY(r.ok);
    const qsizetype auAt = r.elements.indexOf(QStringLiteral("au"));
    // attributes are per start element: count start elements before <au>.
    qsizetype index = 0;
    for (qsizetype i = 0; i < auAt; ++i)
        index += !r.elements.at(i).startsWith(QLatin1Char('/'));
    const QXmlStreamAttributes attrs = r.attributes.at(index);
    QCOMPARE(attrs.value(QStringLiteral("moveOn")).toString(), QStringLiteral("NotApplicable"));
    QCOMPARE(attrs.value(QStringLiteral("launchMethod")).toString(), QStringLiteral("AnyWindow"));
    QVERIFY(!attrs.hasAttribute(QStringLiteral("masteryScore")));
    // Title and description are required by the XSD even when empty; langstring carries a language.
    QCOMPARE(r.elements.count(QStringLiteral("langstring")), 4);
    for (const QXmlStreamAttributes &s : r.attributes) {
        if (s.hasAttribute(QStringLiteral("lang")))
            QCOMPARE(s.value(QStringLiteral("lang")).toString(), QStringLiteral("und"));
    }
}

void TestXapiManifests::cmi5SkipsEmptyBlocks()
{
    Cmi5Manifest::Content c = course();
    c.aus << au(QStringLiteral("a"), QStringLiteral("A"), QStringLiteral("index.html"));
    Cmi5Manifest::Block empty;
    empty.id = ActivityIri::activityIri(kBase, QStringLiteral("empty"));
    empty.title = QStringLiteral("Empty");
    c.blocks << empty;
    const Read r = read(Cmi5Manifest::write(c), kCmi5Ns);
    QVERIFY(r.ok);
    QVERIFY(!r.elements.contains(QStringLiteral("block")));
}

void TestXapiManifests::cmi5IsValidAgainstTheSchema()
{
    // The golden files, a course with nothing but defaults, and one with markup in every text.
    QList<QByteArray> documents{readFile(kGoldenDir + QStringLiteral("/cmi5-one-au.xml")),
                                readFile(kGoldenDir + QStringLiteral("/cmi5-blocks.xml"))};
    Cmi5Manifest::Content bare;
    bare.courseId = kBase;
    Cmi5Manifest::Au a;
    a.id = ActivityIri::activityIri(kBase, QStringLiteral("a"));
    a.url = QStringLiteral("index.html");
    bare.aus << a;
    documents << Cmi5Manifest::write(bare);
    Cmi5Manifest::Content marked = course();
    marked.title = QStringLiteral("<b>Fire</b> & \"smoke\"");
    marked.aus << au(QStringLiteral("b"), marked.title, QStringLiteral("index.html?x=1&y=2"));
    documents << Cmi5Manifest::write(marked);
    for (const QByteArray &xml : std::as_const(documents)) {
        QVERIFY(!xml.isEmpty());
        const QString errors = test::xmllintErrors(kCmi5Schema, xml);
        QVERIFY2(errors.isEmpty(), qPrintable(errors));
    }
    // The schema is not a rubber stamp: an AU without its url, or a moveOn it does not know, fails.
    QByteArray noUrl = documents.at(2);
    noUrl.replace("<url>index.html</url>", "");
    QVERIFY(!test::xmllintErrors(kCmi5Schema, noUrl).isEmpty());
    QByteArray badMoveOn = documents.at(2);
    badMoveOn.replace("moveOn=\"NotApplicable\"", "moveOn=\"Finished\"");
    QVERIFY(badMoveOn != documents.at(2));
    QVERIFY(!test::xmllintErrors(kCmi5Schema, badMoveOn).isEmpty());
}

void TestXapiManifests::titlesAreEscaped()
{
    const QString nasty = QStringLiteral("Fire <b> & \"smoke\" </courseStructure>");
    Cmi5Manifest::Content c = course();
    c.title = nasty;
    c.aus << au(QStringLiteral("a"), nasty, QStringLiteral("index.html?x=1&y=\"2\""));
    const QByteArray cmi5 = Cmi5Manifest::write(c);
    QVERIFY(!cmi5.contains("<b>"));
    QVERIFY(cmi5.contains("&lt;b>") || cmi5.contains("&lt;b&gt;"));
    QVERIFY(cmi5.contains("&amp;"));
    const Read r = read(cmi5, kCmi5Ns);
    QVERIFY(r.ok);
    QCOMPARE(r.texts.count(nasty), 2);
    QVERIFY(r.texts.contains(QStringLiteral("index.html?x=1&y=\"2\"")));

    TincanManifest::Content t;
    t.activityId = kBase + QStringLiteral("?a=\"1\"&b=<2>");
    t.name = nasty;
    t.description = nasty;
    t.launch = QStringLiteral("index.html");
    t.language = QStringLiteral("en");
    const QByteArray tincan = TincanManifest::write(t);
    QVERIFY(!tincan.contains("<b>"));
    const Read tr = read(tincan, kTincanNs);
    QVERIFY(tr.ok);
    QCOMPARE(tr.texts.count(nasty), 2);
    QCOMPARE(tr.attributes.at(2).value(QStringLiteral("id")).toString(), t.activityId);
}

void TestXapiManifests::defaultBaseComesFromTheCourseIdentifier_data()
{
    QTest::addColumn<QString>("identifier");
    QTest::addColumn<QString>("base");
    QTest::addRow("https") << QStringLiteral("https://example.com/courses/safety")
                           << QStringLiteral("https://example.com/courses/safety");
    QTest::addRow("urn with a space")
        << QStringLiteral("urn:example:safety basics") << QStringLiteral("urn:example:safety%20basics");
    QTest::addRow("already encoded") << QStringLiteral("urn:example:safety%20basics")
                                     << QStringLiteral("urn:example:safety%20basics");
    QTest::addRow("plain") << QStringLiteral("safety basics")
                           << QStringLiteral("https://coursewright.invalid/course/safety%20basics");
    QTest::addRow("slash and hash") << QStringLiteral("a/b#c")
                                    << QStringLiteral("https://coursewright.invalid/course/a%2Fb%23c");
    QTest::addRow("windows path") << QStringLiteral("C:x")
                                  << QStringLiteral("https://coursewright.invalid/course/C%3Ax");
    QTest::addRow("non-ascii") << QStringLiteral("S\u00e9curit\u00e9")
                               << QStringLiteral("https://coursewright.invalid/course/S%C3%A9curit%C3%A9");
}

void TestXapiManifests::defaultBaseComesFromTheCourseIdentifier()
{
    QFETCH(QString, identifier);
    QFETCH(QString, base);
    QCOMPARE(ActivityIri::defaultBase(identifier), base);
    const QUrl url(ActivityIri::defaultBase(identifier), QUrl::StrictMode);
    QVERIFY2(url.isValid() && !url.isRelative(), qPrintable(url.errorString()));
}

void TestXapiManifests::activityIrisAreAbsoluteAndStable()
{
    const QString base = ActivityIri::defaultBase(QStringLiteral("urn:example:safety basics"));
    const QString node = QStringLiteral("6f1c2d3e-0000-4000-8000-000000000010");
    const QString iri = ActivityIri::activityIri(base, node);
    QCOMPARE(iri, QStringLiteral("urn:example:safety%20basics/6f1c2d3e-0000-4000-8000-000000000010"));
    // The same inputs, a re-export later: the same IRI; a trailing slash on the base changes nothing.
    QCOMPARE(ActivityIri::activityIri(base, node), iri);
    QCOMPARE(ActivityIri::activityIri(base + QLatin1Char('/'), node), iri);
    QCOMPARE(ActivityIri::activityIri(kBase, node),
             QStringLiteral("https://example.com/courses/safety/6f1c2d3e-0000-4000-8000-000000000010"));
    // Distinct nodes, distinct IRIs; a node id cannot add path segments.
    QVERIFY(ActivityIri::activityIri(base, QStringLiteral("a")) !=
            ActivityIri::activityIri(base, QStringLiteral("b")));
    QCOMPARE(ActivityIri::activityIri(kBase, QStringLiteral("a/b")), kBase + QStringLiteral("/a%2Fb"));
    for (const QString &i :
         {iri, ActivityIri::activityIri(ActivityIri::defaultBase(QStringLiteral("x y")), node)}) {
        const QUrl url(i, QUrl::StrictMode);
        QVERIFY2(url.isValid() && !url.isRelative(), qPrintable(i));
    }
}

QTEST_GUILESS_MAIN(TestXapiManifests)
#include "tst_xapimanifests.moc"
