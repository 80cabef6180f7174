// The xapi and cmi5 targets: the files of each package (one player at the root, or one per
// module's AU with the runtime and media shared), tincan.xml and cmi5.xml read back (ids, moveOn,
// masteryScore, launch pages), activity IRIs stable and derived from the base, the tracking values
// the adapters read, the page's connect-src, and what is refused in words. Every cmi5.xml read
// back is also validated against the course-structure schema (tests/data/xapi).
#include "planentries.h"
#include "xmllint.h"

#include "export/courseslice.h"
#include "export/exporter.h"
#include "export/exportsettings.h"
#include "export/exporttarget.h"
#include "export/packageplan.h"
#include "export/playerpackage.h"
#include "export/statebudget.h"
#include "export/targets/xapi/activityiri.h"
#include "model/coursedocument.h"
#include "model/coursejson.h"
#include "store/project.h"
#include "store/starters.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>
#include <QXmlStreamReader>
#include <QtTest>

using namespace cw;
using test::paths;
using test::planned;

namespace {

// tests/data/scorm/two-modules.json: module 1 has a graded quiz, module 2 only pages; the course
// passes at 75 and has the identifier "urn:example:safety basics".
const QString kCourseId = QStringLiteral("6f1c2d3e-0000-4000-8000-000000000001");
const QString kModule1 = QStringLiteral("6f1c2d3e-0000-4000-8000-000000000010");
const QString kModule2 = QStringLiteral("6f1c2d3e-0000-4000-8000-000000000020");
const QString kDefaultBase = QStringLiteral("urn:example:safety%20basics");
const QString kBase = QStringLiteral("https://example.com/courses/safety");
const QString kLrsSources = QStringLiteral("'self' http: https:");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QJsonObject courseData(const QByteArray &script)
{
    const qsizetype at = script.indexOf("Coursewright.data = ");
    if (at < 0)
        return {};
    return QJsonDocument::fromJson(script.mid(at + 20).chopped(2)).object();
}

// The page's Content-Security-Policy, directive name -> sources.
QMap<QString, QString> csp(const QByteArray &page)
{
    static const QRegularExpression meta(
        QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">"));
    QMap<QString, QString> directives;
    const QRegularExpressionMatch m = meta.match(QString::fromUtf8(page));
    if (!m.hasMatch())
        return directives;
    for (const QString &part : m.captured(1).split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QString directive = part.trimmed();
        directives.insert(directive.section(QLatin1Char(' '), 0, 0), directive.section(QLatin1Char(' '), 1));
    }
    return directives;
}

struct Au
{
    QString id;
    QString moveOn;
    QString masteryScore; // empty: no attribute
    bool hasMasteryScore = false;
    QString url;
    QString title;
};

// What cmi5.xml or tincan.xml says, read back.
struct Structure
{
    QString courseId;
    QStringList blockIds;
    QList<Au> aus;
    QStringList ids; // every id attribute, in order
    QString tincanLaunch;
    QString tincanName;
    QString tincanDescription;
    QString tincanType;
    int activities = 0;
    bool ok = false; // well-formed, and a cmi5.xml valid against the course-structure schema
};

Structure parse(const QByteArray &xml)
{
    Structure s;
    QXmlStreamReader r(xml);
    QString within; // the element whose title is read next: "au", "block", "course"
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = r.name();
        const QXmlStreamAttributes a = r.attributes();
        if (a.hasAttribute(QStringLiteral("id")))
            s.ids << a.value(QStringLiteral("id")).toString();
        if (name == u"course") {
            s.courseId = a.value(QStringLiteral("id")).toString();
            within = QStringLiteral("course");
        } else if (name == u"block") {
            s.blockIds << a.value(QStringLiteral("id")).toString();
            within = QStringLiteral("block");
        } else if (name == u"au") {
            Au au;
            au.id = a.value(QStringLiteral("id")).toString();
            au.moveOn = a.value(QStringLiteral("moveOn")).toString();
            au.hasMasteryScore = a.hasAttribute(QStringLiteral("masteryScore"));
            au.masteryScore = a.value(QStringLiteral("masteryScore")).toString();
            s.aus << au;
            within = QStringLiteral("au");
        } else if (name == u"url" && !s.aus.isEmpty()) {
            s.aus.last().url = r.readElementText();
        } else if (name == u"langstring" && within == u"au" && s.aus.last().title.isEmpty()) {
            s.aus.last().title = r.readElementText();
        } else if (name == u"activity") {
            ++s.activities;
            s.tincanType = a.value(QStringLiteral("type")).toString();
        } else if (name == u"launch") {
            s.tincanLaunch = r.readElementText();
        } else if (name == u"name") {
            s.tincanName = r.readElementText();
        } else if (name == u"description" && within.isEmpty()) {
            s.tincanDescription = r.readElementText();
        }
    }
    s.ok = !r.hasError();
    if (s.ok && xml.contains("<courseStructure")) {
        const QString errors =
            test::xmllintErrors(QStringLiteral(CW_TEST_DATA_DIR "/xapi/cmi5-course-structure.xsd"), xml);
        if (!errors.isEmpty())
            qWarning("cmi5.xml is not valid: %s", qPrintable(errors));
        s.ok = errors.isEmpty();
    }
    return s;
}

bool isAbsoluteIri(const QString &iri)
{
    const QUrl url(iri, QUrl::StrictMode);
    return url.isValid() && !url.isRelative() && !url.scheme().isEmpty() && !iri.contains(QLatin1Char(' '));
}

} // namespace

class TestXapiExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void targetsAreRegistered();
    void packageFiles_data();
    void packageFiles();
    void auPerModuleSharesRuntimeAndMedia();
    void tincanNamesTheCourse();
    void cmi5CourseIsOneAu();
    void cmi5BlockAndAuPerModule();
    void explicitMoveOn_data();
    void explicitMoveOn();
    void passedNeedsAGradedQuiz();
    void masteryScoreIsOptional();
    void irisAreStableAndComeFromTheBase_data();
    void irisAreStableAndComeFromTheBase();
    void defaultBaseComesFromTheIdentifier();
    void trackingReachesThePlayer();
    void onlyLrsTargetsOpenConnectSrc_data();
    void onlyLrsTargetsOpenConnectSrc();
    void badBaseIsRefused_data();
    void badBaseIsRefused();
    void stateFigureIsPerAu();
    void exportsAndReexportsIntoTheSameFolder_data();
    void exportsAndReexportsIntoTheSameFolder();

private:
    // The plan of `target` with `given` options for `document` (the two-module course when null).
    bool plan(const QString &target, const QJsonObject &given, PackagePlan &plan, QString *error = nullptr,
              const CourseDocument *document = nullptr);
    QByteArray file(const QString &target, const QJsonObject &given, const QString &path);

    std::unique_ptr<Project> m_twoModules;
    QTemporaryDir m_dir;
};

void TestXapiExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    std::optional<CourseData> data =
        CourseJson::read(readFile(QStringLiteral(CW_TEST_DATA_DIR "/scorm/two-modules.json")), &error);
    QVERIFY2(data, qPrintable(error));
    m_twoModules = Project::createNew(std::move(data), &error);
    QVERIFY2(m_twoModules, qPrintable(error));
}

bool TestXapiExport::plan(const QString &target, const QJsonObject &given, PackagePlan &plan, QString *error,
                          const CourseDocument *document)
{
    QString problem;
    const ExportTarget *t = ExportTargets::find(target);
    if (!t) {
        problem = QStringLiteral("no target ") + target;
    } else {
        const QJsonObject options = t->resolve({}, given, &problem);
        if (problem.isEmpty())
            t->plan({document ? *document : m_twoModules->document(), &m_twoModules->file(), options}, plan,
                    &problem);
    }
    if (error)
        *error = problem;
    return problem.isEmpty();
}

QByteArray TestXapiExport::file(const QString &target, const QJsonObject &given, const QString &path)
{
    PackagePlan p;
    QString error;
    if (!plan(target, given, p, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return planned(p, path);
}

void TestXapiExport::targetsAreRegistered()
{
    const ExportTarget *xapi = ExportTargets::find(QStringLiteral("xapi"));
    const ExportTarget *cmi5 = ExportTargets::find(QStringLiteral("cmi5"));
    QVERIFY(xapi && cmi5);
    QCOMPARE(xapi->label(), QStringLiteral("xAPI (Tin Can)"));
    QCOMPARE(cmi5->label(), QStringLiteral("cmi5"));
    QCOMPARE(xapi->adapter(), QStringLiteral("xapi"));
    QCOMPARE(cmi5->adapter(), QStringLiteral("cmi5"));
    // Listed after the SCORM targets; an LRS sets no limit on the learner state.
    const QList<const ExportTarget *> all = ExportTargets::all();
    QVERIFY(all.indexOf(xapi) > all.indexOf(ExportTargets::find(QStringLiteral("scorm2004-4"))));
    QCOMPARE(all.indexOf(cmi5), all.indexOf(xapi) + 1);
    for (const ExportTarget *target : {xapi, cmi5}) {
        QCOMPARE(target->stateLimit(), 0);
        QVERIFY(ExportTargets::find(target->name()));
    }
    // Keys, CLI flags, choices and defaults (docs/export.md).
    const auto describe = [](const ExportTarget *target) {
        QStringList out;
        for (const ExportOption &o : target->options())
            out << QStringLiteral("%1 --%2 [%3] %4")
                       .arg(
                           o.spec.key, o.flag(), o.spec.choices.join(QLatin1Char(',')),
                           o.spec.defaultValue.isBool()
                               ? (o.spec.defaultValue.toBool() ? QStringLiteral("on") : QStringLiteral("off"))
                               : o.spec.defaultValue.toString());
        return out;
    };
    QCOMPARE(describe(xapi), (QStringList{QStringLiteral("activityBase --activity-base [] "),
                                          QStringLiteral("resume --resume [always,ask,never] always")}));
    QCOMPARE(describe(cmi5),
             (QStringList{QStringLiteral("activityBase --activity-base [] "),
                          QStringLiteral("scope --scope [course,au-per-module] course"),
                          QStringLiteral("moveOn --move-on "
                                         "[auto,Completed,Passed,CompletedAndPassed,CompletedOrPassed,"
                                         "NotApplicable] auto"),
                          QStringLiteral("writeMasteryScore --write-mastery-score [] on"),
                          QStringLiteral("resume --resume [always,ask,never] always")}));
    for (const ExportTarget *target : {xapi, cmi5}) {
        for (const ExportOption &o : target->options()) {
            QVERIFY(o.remembered);
            QVERIFY(!o.label().isEmpty() && !o.helpText().isEmpty());
            QCOMPARE(o.choiceLabels.size(), o.spec.choices.size());
        }
    }
}

void TestXapiExport::packageFiles_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QStringList>("files");
    const QStringList runtime = {QStringLiteral("player/coursewright.css"),
                                 QStringLiteral("player/coursewright.js")};
    const QStringList player = {QStringLiteral("content/m0.js"), QStringLiteral("content/m1.js"),
                                QStringLiteral("course.js"), QStringLiteral("index.html")};
    QStringList xapi = player + runtime + QStringList{QStringLiteral("tincan.xml")};
    QStringList cmi5 = QStringList{QStringLiteral("cmi5.xml")} + player + runtime;
    xapi.sort();
    cmi5.sort();
    QTest::newRow("xapi") << QStringLiteral("xapi") << QString() << xapi;
    QTest::newRow("cmi5 course") << QStringLiteral("cmi5") << QStringLiteral("course") << cmi5;
    // A slice has one module: its content is content/m0.js in its own folder.
    QTest::newRow("cmi5 au-per-module")
        << QStringLiteral("cmi5") << QStringLiteral("au-per-module")
        << (QStringList{QStringLiteral("au-1/content/m0.js"), QStringLiteral("au-1/course.js"),
                        QStringLiteral("au-1/index.html"), QStringLiteral("au-2/content/m0.js"),
                        QStringLiteral("au-2/course.js"), QStringLiteral("au-2/index.html"),
                        QStringLiteral("cmi5.xml")} +
            runtime);
}

void TestXapiExport::packageFiles()
{
    QFETCH(QString, target);
    QFETCH(QString, scope);
    QFETCH(QStringList, files);
    PackagePlan p;
    QString error;
    QJsonObject given;
    if (!scope.isEmpty())
        given.insert(QStringLiteral("scope"), scope);
    QVERIFY2(plan(target, given, p, &error), qPrintable(error));
    QCOMPARE(paths(p), files);
    // The runtime carries the target's own adapter.
    const QByteArray course = planned(p, scope == u"au-per-module" ? QStringLiteral("au-1/course.js")
                                                                   : QStringLiteral("course.js"));
    QCOMPARE(courseData(course).value(QStringLiteral("adapter")).toString(), target);
}

void TestXapiExport::auPerModuleSharesRuntimeAndMedia()
{
    // The sample has pictures; a copy of its module makes two modules using the same media.
    QString error;
    std::unique_ptr<Project> project = Starters::create(QStringLiteral("sample"), &error);
    QVERIFY2(project, qPrintable(error));
    CourseDocument &doc = project->document();
    QVERIFY(doc.insertNode(doc.root()->id(), 1, doc.root()->child(0)->clone(true), &error));
    const ExportTarget *target = ExportTargets::find(QStringLiteral("cmi5"));
    const QJsonObject options =
        target->resolve({}, {{QStringLiteral("scope"), QStringLiteral("au-per-module")}}, &error);
    PackagePlan p;
    QVERIFY2(target->plan({doc, &project->file(), options}, p, &error), qPrintable(error));
    const QStringList files = paths(p);
    QStringList media;
    for (const QString &path : files) {
        QVERIFY2(path.startsWith(QLatin1String("au-1/")) || path.startsWith(QLatin1String("au-2/")) ||
                     path.startsWith(QLatin1String("player/")) || path.startsWith(QLatin1String("media/")) ||
                     path == u"cmi5.xml",
                 qPrintable(path));
        if (path.startsWith(QLatin1String("media/")))
            media << path;
    }
    QVERIFY(!media.isEmpty());
    QCOMPARE(files.count(QLatin1String(PlayerPackage::ScriptBundle)), 1);
    QCOMPARE(QSet<QString>(files.begin(), files.end()).size(), files.size());
    // Each AU's page and data reach the shared part one folder up.
    for (const QString &au : {QStringLiteral("au-1/"), QStringLiteral("au-2/")}) {
        QVERIFY(planned(p, au + QStringLiteral("index.html")).contains("src=\"../player/coursewright.js\""));
        const QJsonObject assets = courseData(planned(p, au + QStringLiteral("course.js")))
                                       .value(QStringLiteral("assets"))
                                       .toObject();
        QVERIFY(!assets.isEmpty());
        for (const QJsonValue &asset : assets) {
            const QString src = asset.toObject().value(QStringLiteral("src")).toString();
            QVERIFY2(src.startsWith(QLatin1String("data:")) || media.contains(src.mid(3)), qPrintable(src));
            QVERIFY2(src.startsWith(QLatin1String("data:")) || src.startsWith(QLatin1String("../media/")),
                     qPrintable(src));
        }
    }
}

void TestXapiExport::tincanNamesTheCourse()
{
    PackagePlan p;
    QVERIFY(plan(QStringLiteral("xapi"), {}, p));
    const Structure s = parse(planned(p, QStringLiteral("tincan.xml")));
    QVERIFY(s.ok);
    QCOMPARE(s.activities, 1);
    QCOMPARE(s.ids, QStringList{kDefaultBase});
    QCOMPARE(s.tincanType, QStringLiteral("http://adlnet.gov/expapi/activities/course"));
    QCOMPARE(s.tincanName, QStringLiteral("Safety basics"));
    QVERIFY(s.tincanDescription.isEmpty()); // the course has none
    QCOMPARE(s.tincanLaunch, QStringLiteral("index.html"));
    QVERIFY(paths(p).contains(s.tincanLaunch));
    QVERIFY(planned(p, QStringLiteral("tincan.xml")).contains("lang=\"en\""));

    // A description, when the course has one.
    std::unique_ptr<CourseDocument> copy = CourseSlice::module(m_twoModules->document(), 0);
    QVERIFY(copy->setProperty(copy->root()->id(), QStringLiteral("description"),
                              QStringLiteral("Hazards & how to spot them."), true));
    PackagePlan described;
    QString error;
    QVERIFY2(plan(QStringLiteral("xapi"), {}, described, &error, copy.get()), qPrintable(error));
    const Structure d = parse(planned(described, QStringLiteral("tincan.xml")));
    QVERIFY(d.ok);
    QCOMPARE(d.tincanDescription, QStringLiteral("Hazards & how to spot them."));
    QCOMPARE(d.tincanName, QStringLiteral("Hazards at work"));
}

void TestXapiExport::cmi5CourseIsOneAu()
{
    PackagePlan p;
    QString error;
    QVERIFY2(plan(QStringLiteral("cmi5"), {}, p, &error), qPrintable(error));
    const Structure s = parse(planned(p, QStringLiteral("cmi5.xml")));
    QVERIFY(s.ok);
    QCOMPARE(s.courseId, kDefaultBase);
    QVERIFY(s.blockIds.isEmpty());
    QCOMPARE(s.aus.size(), 1);
    const Au &au = s.aus.first();
    QCOMPARE(au.id, kDefaultBase + QLatin1Char('/') + kCourseId);
    QCOMPARE(au.title, QStringLiteral("Safety basics"));
    QCOMPARE(au.moveOn, QStringLiteral("CompletedAndPassed")); // the course has a graded quiz
    QVERIFY(au.hasMasteryScore);
    QCOMPARE(au.masteryScore, QStringLiteral("0.75"));
    QCOMPARE(au.url, QStringLiteral("index.html"));
    QVERIFY(paths(p).contains(au.url));
    for (const QString &id : s.ids)
        QVERIFY2(isAbsoluteIri(id), qPrintable(id));
    QCOMPARE(QSet<QString>(s.ids.begin(), s.ids.end()).size(), s.ids.size());
}

void TestXapiExport::cmi5BlockAndAuPerModule()
{
    PackagePlan p;
    QString error;
    QVERIFY2(
        plan(QStringLiteral("cmi5"), {{QStringLiteral("scope"), QStringLiteral("au-per-module")}}, p, &error),
        qPrintable(error));
    const Structure s = parse(planned(p, QStringLiteral("cmi5.xml")));
    QVERIFY(s.ok);
    QCOMPARE(s.courseId, kDefaultBase);
    QCOMPARE(s.blockIds, (QStringList{kDefaultBase + QLatin1Char('/') + kModule1,
                                      kDefaultBase + QLatin1Char('/') + kModule2}));
    QCOMPARE(s.aus.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const Au &au = s.aus.at(i);
        QCOMPARE(au.id, s.blockIds.at(i) + QStringLiteral("-au"));
        QCOMPARE(au.url, QStringLiteral("au-%1/index.html").arg(i + 1));
        QVERIFY2(paths(p).contains(au.url), qPrintable(au.url));
    }
    QCOMPARE(s.aus.at(0).title, QStringLiteral("Hazards at work"));
    QCOMPARE(s.aus.at(1).title, QStringLiteral("Reporting: who & how"));
    // auto: passed too where the module has a graded quiz; the pass mark only there.
    QCOMPARE(s.aus.at(0).moveOn, QStringLiteral("CompletedAndPassed"));
    QCOMPARE(s.aus.at(1).moveOn, QStringLiteral("Completed"));
    QCOMPARE(s.aus.at(0).masteryScore, QStringLiteral("0.75"));
    QVERIFY(!s.aus.at(1).hasMasteryScore);
    // Every id absolute and unique: course, blocks, AUs.
    QCOMPARE(s.ids.size(), 5);
    QCOMPARE(QSet<QString>(s.ids.begin(), s.ids.end()).size(), s.ids.size());
    for (const QString &id : s.ids)
        QVERIFY2(isAbsoluteIri(id), qPrintable(id));
}

void TestXapiExport::explicitMoveOn_data()
{
    QTest::addColumn<QString>("moveOn");
    QTest::addColumn<QString>("scope");
    for (const char *moveOn :
         {"Completed", "Passed", "CompletedAndPassed", "CompletedOrPassed", "NotApplicable"})
        QTest::addRow("%s", moveOn) << QString::fromLatin1(moveOn) << QStringLiteral("course");
    // Without Passed, which module 2 (no graded quiz) could never meet.
    for (const char *moveOn : {"Completed", "CompletedOrPassed", "NotApplicable"})
        QTest::addRow("%s per module", moveOn)
            << QString::fromLatin1(moveOn) << QStringLiteral("au-per-module");
}

void TestXapiExport::explicitMoveOn()
{
    QFETCH(QString, moveOn);
    QFETCH(QString, scope);
    const Structure s = parse(file(QStringLiteral("cmi5"),
                                   {{QStringLiteral("moveOn"), moveOn}, {QStringLiteral("scope"), scope}},
                                   QStringLiteral("cmi5.xml")));
    QVERIFY(s.ok);
    QCOMPARE(s.aus.size(), scope == u"course" ? 1 : 2);
    for (const Au &au : s.aus)
        QCOMPARE(au.moveOn, moveOn);
    // The pass mark follows the graded quiz, whatever moveOn says.
    QCOMPARE(s.aus.first().masteryScore, QStringLiteral("0.75"));
}

void TestXapiExport::passedNeedsAGradedQuiz()
{
    for (const QString &moveOn : {QStringLiteral("Passed"), QStringLiteral("CompletedAndPassed")}) {
        PackagePlan p;
        QString error;
        QVERIFY(!plan(
            QStringLiteral("cmi5"),
            {{QStringLiteral("moveOn"), moveOn}, {QStringLiteral("scope"), QStringLiteral("au-per-module")}},
            p, &error));
        // The module that has no graded quiz, by its title; not the one that has.
        QVERIFY2(error.contains(QStringLiteral("module \"Reporting: who & how\"")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("graded quiz")) && error.contains(moveOn), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("Hazards")), qPrintable(error));
        // One AU for a course without a graded quiz: the course is named.
        std::unique_ptr<CourseDocument> ungraded = CourseSlice::module(m_twoModules->document(), 1);
        error.clear();
        PackagePlan q;
        QVERIFY(
            !plan(QStringLiteral("cmi5"), {{QStringLiteral("moveOn"), moveOn}}, q, &error, ungraded.get()));
        QVERIFY2(error.contains(QStringLiteral("course \"Reporting: who & how\"")), qPrintable(error));
        // The whole export fails the same way and writes nothing.
        Exporter::Options options;
        options.format = QStringLiteral("cmi5");
        options.outputPath = m_dir.filePath(QStringLiteral("never.zip"));
        options.targetOptions = {{QStringLiteral("moveOn"), moveOn}};
        const Exporter::Result result = Exporter::run(*ungraded, m_twoModules->file(), options);
        QCOMPARE(int(result.status), int(Exporter::Result::Status::Failed));
        QCOMPARE(result.error, error);
        QVERIFY(!QFileInfo::exists(options.outputPath));
    }
    // auto and Completed make nothing of it.
    std::unique_ptr<CourseDocument> ungraded = CourseSlice::module(m_twoModules->document(), 1);
    PackagePlan p;
    QString error;
    QVERIFY2(plan(QStringLiteral("cmi5"), {}, p, &error, ungraded.get()), qPrintable(error));
    const Structure s = parse(planned(p, QStringLiteral("cmi5.xml")));
    QVERIFY(s.ok);
    QCOMPARE(s.aus.size(), 1);
    QCOMPARE(s.aus.first().moveOn, QStringLiteral("Completed"));
    QVERIFY(!s.aus.first().hasMasteryScore);
}

void TestXapiExport::masteryScoreIsOptional()
{
    for (const QString &scope : {QStringLiteral("course"), QStringLiteral("au-per-module")}) {
        const QByteArray xml =
            file(QStringLiteral("cmi5"),
                 {{QStringLiteral("writeMasteryScore"), false}, {QStringLiteral("scope"), scope}},
                 QStringLiteral("cmi5.xml"));
        const Structure s = parse(xml);
        QVERIFY(s.ok && !s.aus.isEmpty());
        QVERIFY(!xml.contains("masteryScore"));
        // moveOn still follows the graded quiz.
        QCOMPARE(s.aus.first().moveOn, QStringLiteral("CompletedAndPassed"));
    }
}

void TestXapiExport::irisAreStableAndComeFromTheBase_data()
{
    QTest::addColumn<QString>("given");
    QTest::newRow("plain") << kBase;
    QTest::newRow("trailing slash") << kBase + QLatin1Char('/');
    QTest::newRow("spaces around") << QStringLiteral("  ") + kBase + QStringLiteral("/ ");
}

void TestXapiExport::irisAreStableAndComeFromTheBase()
{
    QFETCH(QString, given);
    const QJsonObject options = {{QStringLiteral("activityBase"), given},
                                 {QStringLiteral("scope"), QStringLiteral("au-per-module")}};
    // Two exports: the same manifests, the same data.
    for (const QString &path : {QStringLiteral("cmi5.xml"), QStringLiteral("au-2/course.js")})
        QCOMPARE(file(QStringLiteral("cmi5"), options, path), file(QStringLiteral("cmi5"), options, path));
    const QJsonObject xapiOptions = {{QStringLiteral("activityBase"), given}};
    for (const QString &path : {QStringLiteral("tincan.xml"), QStringLiteral("course.js")})
        QCOMPARE(file(QStringLiteral("xapi"), xapiOptions, path),
                 file(QStringLiteral("xapi"), xapiOptions, path));

    const Structure s = parse(file(QStringLiteral("cmi5"), options, QStringLiteral("cmi5.xml")));
    QVERIFY(s.ok);
    QCOMPARE(s.courseId, kBase);
    QCOMPARE(s.blockIds.value(1), kBase + QLatin1Char('/') + kModule2);
    QCOMPARE(s.aus.value(1).id, kBase + QLatin1Char('/') + kModule2 + QStringLiteral("-au"));
    const Structure course = parse(
        file(QStringLiteral("cmi5"), {{QStringLiteral("activityBase"), given}}, QStringLiteral("cmi5.xml")));
    QVERIFY(course.ok);
    QCOMPARE(course.aus.value(0).id, kBase + QLatin1Char('/') + kCourseId);
    QCOMPARE(parse(file(QStringLiteral("xapi"), xapiOptions, QStringLiteral("tincan.xml"))).ids,
             QStringList{kBase});
    const QJsonObject tracking =
        courseData(file(QStringLiteral("xapi"), xapiOptions, QStringLiteral("course.js")))
            .value(QStringLiteral("tracking"))
            .toObject();
    QCOMPARE(tracking.value(QStringLiteral("activityBase")).toString(), kBase);
}

void TestXapiExport::defaultBaseComesFromTheIdentifier()
{
    QCOMPARE(ActivityIri::defaultBase(QStringLiteral("urn:example:safety basics")), kDefaultBase);
    QCOMPARE(parse(file(QStringLiteral("xapi"), {}, QStringLiteral("tincan.xml"))).ids,
             QStringList{kDefaultBase});
    // Another identifier, another base; none: the course's node id, so two courses never share one.
    std::unique_ptr<CourseDocument> copy = CourseSlice::module(m_twoModules->document(), 0);
    const QUuid root = copy->root()->id();
    QVERIFY(copy->setProperty(root, QStringLiteral("identifier"),
                              QStringLiteral("https://lms.example.org/c/7"), true));
    PackagePlan p;
    QString error;
    QVERIFY2(plan(QStringLiteral("cmi5"), {}, p, &error, copy.get()), qPrintable(error));
    QCOMPARE(parse(planned(p, QStringLiteral("cmi5.xml"))).courseId,
             QStringLiteral("https://lms.example.org/c/7"));
    QVERIFY(copy->setProperty(root, QStringLiteral("identifier"), QString(), true));
    PackagePlan none;
    QVERIFY2(plan(QStringLiteral("xapi"), {}, none, &error, copy.get()), qPrintable(error));
    const QString base = ActivityIri::defaultBase(idString(root));
    QVERIFY(base.endsWith(idString(root)));
    QCOMPARE(parse(planned(none, QStringLiteral("tincan.xml"))).ids, QStringList{base});
    QCOMPARE(courseData(planned(none, QStringLiteral("course.js")))
                 .value(QStringLiteral("tracking"))
                 .toObject()
                 .value(QStringLiteral("activityBase"))
                 .toString(),
             base);
}

void TestXapiExport::trackingReachesThePlayer()
{
    const auto tracking = [this](const QString &target, const QJsonObject &given, const QString &path) {
        return courseData(file(target, given, path)).value(QStringLiteral("tracking")).toObject();
    };
    QCOMPARE(tracking(QStringLiteral("xapi"), {{QStringLiteral("resume"), QStringLiteral("ask")}},
                      QStringLiteral("course.js")),
             (QJsonObject{{QStringLiteral("resume"), QStringLiteral("ask")},
                          {QStringLiteral("activityId"), kDefaultBase},
                          {QStringLiteral("activityBase"), kDefaultBase}}));
    QCOMPARE(tracking(QStringLiteral("cmi5"),
                      {{QStringLiteral("resume"), QStringLiteral("never")},
                       {QStringLiteral("activityBase"), kBase}},
                      QStringLiteral("course.js")),
             (QJsonObject{{QStringLiteral("resume"), QStringLiteral("never")},
                          {QStringLiteral("activityId"), kBase + QLatin1Char('/') + kCourseId},
                          {QStringLiteral("activityBase"), kBase}}));
    // Each AU's player reports as its own AU.
    const QJsonObject perModule = {{QStringLiteral("scope"), QStringLiteral("au-per-module")}};
    const Structure s = parse(file(QStringLiteral("cmi5"), perModule, QStringLiteral("cmi5.xml")));
    QVERIFY(s.ok);
    QCOMPARE(s.aus.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject t =
            tracking(QStringLiteral("cmi5"), perModule, QStringLiteral("au-%1/course.js").arg(i + 1));
        QCOMPARE(t.value(QStringLiteral("activityId")).toString(), s.aus.at(i).id);
        QCOMPARE(t.value(QStringLiteral("activityBase")).toString(), kDefaultBase);
        QCOMPARE(t.value(QStringLiteral("resume")).toString(), QStringLiteral("always"));
    }
}

void TestXapiExport::onlyLrsTargetsOpenConnectSrc_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("scope");
    QTest::addColumn<QString>("page");
    QTest::addColumn<QString>("connect");
    QTest::newRow("html") << QStringLiteral("html") << QString() << QStringLiteral("index.html")
                          << QStringLiteral("'self'");
    QTest::newRow("scorm12") << QStringLiteral("scorm12") << QString() << QStringLiteral("index.html")
                             << QStringLiteral("'self'");
    QTest::newRow("scorm2004 per module") << QStringLiteral("scorm2004-4") << QStringLiteral("sco-per-module")
                                          << QStringLiteral("sco-2/index.html") << QStringLiteral("'self'");
    QTest::newRow("xapi") << QStringLiteral("xapi") << QString() << QStringLiteral("index.html")
                          << kLrsSources;
    QTest::newRow("cmi5") << QStringLiteral("cmi5") << QString() << QStringLiteral("index.html")
                          << kLrsSources;
    QTest::newRow("cmi5 per module") << QStringLiteral("cmi5") << QStringLiteral("au-per-module")
                                     << QStringLiteral("au-2/index.html") << kLrsSources;
}

void TestXapiExport::onlyLrsTargetsOpenConnectSrc()
{
    QFETCH(QString, target);
    QFETCH(QString, scope);
    QFETCH(QString, page);
    QFETCH(QString, connect);
    QJsonObject given;
    if (!scope.isEmpty())
        given.insert(QStringLiteral("scope"), scope);
    const QMap<QString, QString> policy = csp(file(target, given, page));
    QVERIFY(!policy.isEmpty());
    QCOMPARE(policy.value(QStringLiteral("connect-src")), connect);
    // Everything else stays as strict as the HTML package's.
    QMap<QString, QString> html = csp(file(QStringLiteral("html"), {}, QStringLiteral("index.html")));
    QCOMPARE(html.value(QStringLiteral("default-src")), QStringLiteral("'none'"));
    QMap<QString, QString> rest = policy;
    rest.remove(QStringLiteral("connect-src"));
    html.remove(QStringLiteral("connect-src"));
    QCOMPARE(rest, html);
}

void TestXapiExport::badBaseIsRefused_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("words");
    QTest::newRow("no scheme") << QStringLiteral("example.com/courses/safety") << QStringLiteral("scheme");
    QTest::newRow("a word") << QStringLiteral("safety") << QStringLiteral("scheme");
    QTest::newRow("scheme only") << QStringLiteral("urn:") << QStringLiteral("scheme");
    QTest::newRow("windows path") << QStringLiteral("C:\\courses") << QStringLiteral("scheme");
    QTest::newRow("space") << QStringLiteral("https://example.com/my course") << QStringLiteral("space");
    QTest::newRow("no host") << QStringLiteral("https:///courses") << QStringLiteral("host");
    QTest::newRow("query") << QStringLiteral("https://example.com/c?id=1") << QStringLiteral("query");
}

void TestXapiExport::badBaseIsRefused()
{
    QFETCH(QString, base);
    QFETCH(QString, words);
    for (const QString &name : {QStringLiteral("xapi"), QStringLiteral("cmi5")}) {
        const ExportTarget *target = ExportTargets::find(name);
        // Given for this export: refused before anything is planned, naming the option and the value.
        QString error;
        QVERIFY(target->resolve({}, {{QStringLiteral("activityBase"), base}}, &error).isEmpty());
        QVERIFY2(error.startsWith(QStringLiteral("Activity IRI base: ")), qPrintable(error));
        QVERIFY2(error.contains(base) && error.contains(words), qPrintable(error));
        // Handed to plan() all the same: the same words, nothing planned.
        QJsonObject options = target->resolve({}, {}, &error);
        options.insert(QStringLiteral("activityBase"), base);
        PackagePlan p;
        QString planError;
        QVERIFY(!target->plan({m_twoModules->document(), &m_twoModules->file(), options}, p, &planError));
        QCOMPARE(planError, error);
        QVERIFY(p.entries().empty());
        // Kept with the course from somewhere else: ignored, the default applies.
        error.clear();
        const QJsonObject resolved = target->resolve({{QStringLiteral("activityBase"), base}}, {}, &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(resolved.value(QStringLiteral("activityBase")).toString(), QString());
    }
    // Every other absolute IRI is fine.
    QString error;
    for (const QString &good :
         {kBase, QStringLiteral("urn:example:safety"), QStringLiteral("https://bücher.example/kurs"),
          QStringLiteral("tag:example.com,2024:safety")}) {
        QVERIFY(!ExportTargets::find(QStringLiteral("cmi5"))
                     ->resolve({}, {{QStringLiteral("activityBase"), good}}, &error)
                     .isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestXapiExport::stateFigureIsPerAu()
{
    const CourseDocument &doc = m_twoModules->document();
    const ExportTarget *cmi5 = ExportTargets::find(QStringLiteral("cmi5"));
    QString error;
    const QJsonObject course = cmi5->resolve({}, {}, &error);
    const QJsonObject perModule =
        cmi5->resolve({}, {{QStringLiteral("scope"), QStringLiteral("au-per-module")}}, &error);
    QCOMPARE(cmi5->stateWorstCase({doc, nullptr, course}), StateBudget::worstCase(doc));
    const qint64 first = StateBudget::worstCase(*CourseSlice::module(doc, 0));
    const qint64 second = StateBudget::worstCase(*CourseSlice::module(doc, 1));
    QVERIFY(first != second);
    QCOMPARE(cmi5->stateWorstCase({doc, nullptr, perModule}), std::max(first, second));
    QCOMPARE(ExportTargets::find(QStringLiteral("xapi"))->stateWorstCase({doc, nullptr, {}}),
             StateBudget::worstCase(doc));
}

void TestXapiExport::exportsAndReexportsIntoTheSameFolder_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("scope");
    QTest::newRow("xapi") << QStringLiteral("xapi") << QString();
    QTest::newRow("cmi5 course") << QStringLiteral("cmi5") << QStringLiteral("course");
    // No course.js at the root: cmi5.xml marks the folder as an earlier export.
    QTest::newRow("cmi5 au-per-module") << QStringLiteral("cmi5") << QStringLiteral("au-per-module");
}

void TestXapiExport::exportsAndReexportsIntoTheSameFolder()
{
    QFETCH(QString, target);
    QFETCH(QString, scope);
    Exporter::Options options;
    options.format = target;
    options.outputPath = m_dir.filePath(QStringLiteral("%1-%2").arg(target, scope));
    if (!scope.isEmpty())
        options.targetOptions = {{QStringLiteral("scope"), scope}};
    for (int run = 0; run < 2; ++run) {
        const Exporter::Result result =
            Exporter::run(m_twoModules->document(), m_twoModules->file(), options);
        QVERIFY2(result.status == Exporter::Result::Status::Written, qPrintable(result.error));
        QVERIFY(result.packages.isEmpty());
        QCOMPARE(result.options.value(QStringLiteral("activityBase")).toString(), QString());
    }
    const QString manifest = target == u"xapi" ? QStringLiteral("tincan.xml") : QStringLiteral("cmi5.xml");
    const Structure s = parse(readFile(QDir(options.outputPath).filePath(manifest)));
    QVERIFY(s.ok);
    for (const Au &au : s.aus)
        QVERIFY2(QFileInfo::exists(QDir(options.outputPath).filePath(au.url)), qPrintable(au.url));
    if (target == u"xapi")
        QVERIFY(QFileInfo::exists(QDir(options.outputPath).filePath(s.tincanLaunch)));
}

QTEST_GUILESS_MAIN(TestXapiExport)
#include "tst_xapiexport.moc"
