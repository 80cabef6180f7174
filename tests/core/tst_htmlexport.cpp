// The HTML export: what the package holds (docs/player.md), how course data is escaped, which
// media go in and how they are stored, reproducible archives, and the validation preflight.
#include "export/exporter.h"
#include "export/exporttarget.h"
#include "export/htmlexport.h"
#include "export/packageplan.h"
#include "export/playerpackage.h"
#include "export/runtimetext.h"
#include "export/statebudget.h"
#include "model/coursejson.h"
#include "store/project.h"
#include "store/starters.h"
#include "validate/validator.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <zip.h>

using namespace cw;

namespace {

const QByteArray kPrefix = "window.Coursewright = window.Coursewright || {};\nCoursewright.data = ";

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Entry name -> compression method, or empty when the archive cannot be read.
QMap<QString, int> zipMethods(const QString &path)
{
    QMap<QString, int> methods;
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!archive)
        return methods;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st) == 0)
            methods.insert(QString::fromUtf8(st.name), st.comp_method);
    }
    zip_discard(archive);
    return methods;
}

QSet<QString> planPaths(const PackagePlan &plan)
{
    QSet<QString> paths;
    for (const PackageEntry &entry : plan.entries())
        paths.insert(entry.path);
    return paths;
}

// The JSON a package script assigns after `prefix`, after checking the script around it.
QJsonObject scriptData(const QByteArray &script, const QByteArray &prefix)
{
    if (!script.startsWith(prefix) || !script.endsWith(";\n"))
        return {};
    const QByteArray json = script.mid(prefix.size(), script.size() - prefix.size() - 2);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

// The JSON of course.js.
QJsonObject courseData(const QByteArray &script)
{
    return scriptData(script, kPrefix);
}

// The JSON of content/m<module>.js.
QJsonObject partData(const QByteArray &script, int module)
{
    return scriptData(script, "window.Coursewright = window.Coursewright || {};\n"
                              "Coursewright.parts = Coursewright.parts || {};\nCoursewright.parts[" +
                                  QByteArray::number(module) + "] = ");
}

// The canonical course as course.js carries it: without what tools keep with the course (export
// settings), which is no business of the learner's browser.
QJsonObject forThePlayer(QJsonObject course)
{
    QJsonObject props = course.value(QStringLiteral("props")).toObject();
    props.remove(QStringLiteral("exportSettings"));
    course.insert(QStringLiteral("props"), props);
    return course;
}

// The course tree of `data` with each page's blocks put back from the module contents.
QJsonObject reassembled(const QJsonObject &data, const QList<QJsonObject> &modules)
{
    QJsonObject course = data.value(QStringLiteral("course")).toObject();
    QJsonArray children = course.value(QStringLiteral("children")).toArray();
    for (qsizetype m = 0; m < children.size(); ++m) {
        QJsonObject module = children.at(m).toObject();
        QJsonArray items = module.value(QStringLiteral("children")).toArray();
        for (qsizetype i = 0; i < items.size(); ++i) {
            QJsonObject item = items.at(i).toObject();
            const QString kind = item.value(QStringLiteral("kind")).toString();
            const QJsonArray kept = item.value(QStringLiteral("children")).toArray();
            const QJsonArray body =
                modules.value(m).value(item.value(QStringLiteral("id")).toString()).toArray();
            if (kind == u"quiz") {
                // Of each question, course.js keeps what the course score reads: kind and points.
                if (kept.size() != body.size())
                    return {};
                for (qsizetype q = 0; q < kept.size(); ++q) {
                    const QJsonObject question = body.at(q).toObject();
                    const QJsonObject expected{
                        {QStringLiteral("kind"), question.value(QStringLiteral("kind"))},
                        {QStringLiteral("props"),
                         QJsonObject{{QStringLiteral("points"), question.value(QStringLiteral("props"))
                                                                    .toObject()
                                                                    .value(QStringLiteral("points"))}}}};
                    if (kept.at(q).toObject() != expected)
                        return {};
                }
            } else if (!kept.isEmpty()) {
                return {}; // blocks or steps left in course.js
            }
            if (body.isEmpty())
                item.remove(QStringLiteral("children")); // canonical JSON leaves out no children
            else
                item.insert(QStringLiteral("children"), body);
            items.replace(i, item);
        }
        module.insert(QStringLiteral("children"), items);
        children.replace(m, module);
    }
    course.insert(QStringLiteral("children"), children);
    return course;
}

} // namespace

class TestHtmlExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void planListsEveryFileAndOnlyUsedMedia();
    void courseJsIsTheCanonicalCourse();
    void pageBlocksTravelPerModule();
    void courseJsEscapesScriptBreakers();
    void indexHtmlHasLanguageAndEscapedTitle();
    void runtimeBundlesHoldEveryFileOnce();
    void mediaPaths_data();
    void mediaPaths();
    void missingAdapterIsRefused();
    void captionsTravelInsideCourseJs_data();
    void captionsTravelInsideCourseJs();
    void longAssetNamesStillUnzip();
    void zipStoresMediaAndIsReproducible();
    void validationErrorsRefuseUnlessForced();
    void folderExportNeverDeletesUserFiles();
    void targetsAreRegistered();
    void unavailableFormats();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QString m_unusedHash;
};

void TestHtmlExport::captionsTravelInsideCourseJs_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("vtt");
    const QByteArray vtt = "WEBVTT\n\n00:00.000 --> 00:02.000\nHello <b>there</b>\n";
    QTest::newRow(".vtt") << "captions.vtt" << vtt;
    // What a MIME database calls text/plain, by name or for the byte order mark: WebVTT all the same.
    QTest::newRow(".txt") << "captions.txt" << vtt;
    QTest::newRow("byte order mark, no extension") << "captions" << QByteArray("\xEF\xBB\xBF" + vtt);
}

// Chromium refuses a <track> file beside a page opened from file://, so captions ride in course.js.
void TestHtmlExport::captionsTravelInsideCourseJs()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, vtt);
    CourseDocument &doc = m_project->document();
    const QString source = m_dir.filePath(name);
    {
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(vtt);
    }
    QString error;
    const std::optional<AssetInfo> info = m_project->file().importAsset(source, &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->mimeType, QStringLiteral("text/vtt"));
    QVERIFY(doc.addAsset(*info));
    const Node *page = doc.root()->children().front()->children().front().get();
    const Node *video = doc.insertNode(page->id(), 0, CourseDocument::createNode(NodeKind::Video), &error);
    QVERIFY2(video, qPrintable(error));
    QVERIFY(doc.setProperty(video->id(), QStringLiteral("captions"), info->hash, true));
    // Validation accepts exactly what the export can inline.
    for (const Problem &problem : Validator::validate(doc))
        QVERIFY2(problem.node != video->id() || problem.code != QLatin1String("wrong-asset-type"),
                 qPrintable(problem.message));

    PackagePlan plan;
    QVERIFY2(Exporter::plan(QStringLiteral("html"), doc, &m_project->file(), plan, &error),
             qPrintable(error));
    QVERIFY(!planPaths(plan).contains(PlayerPackage::mediaPath(*info)));
    QByteArray script;
    for (const PackageEntry &entry : plan.entries()) {
        if (entry.path == QLatin1String("course.js"))
            script = entry.bytes;
    }
    const QString src = courseData(script)
                            .value(QStringLiteral("assets"))
                            .toObject()
                            .value(info->hash)
                            .toObject()
                            .value(QStringLiteral("src"))
                            .toString();
    const QString prefix = QStringLiteral("data:text/vtt;base64,");
    QVERIFY2(src.startsWith(prefix), qPrintable(src));
    QCOMPARE(QByteArray::fromBase64(src.mid(prefix.size()).toLatin1()), vtt);

    // Without the project file (no bytes to inline) the captions stay a file under media/.
    const QJsonObject noFile = PlayerPackage::courseData(doc, HtmlExport::standaloneAdapter());
    QCOMPARE(noFile.value(QStringLiteral("assets"))
                 .toObject()
                 .value(info->hash)
                 .toObject()
                 .value(QStringLiteral("src")),
             QJsonValue(PlayerPackage::mediaPath(*info)));

    QVERIFY(doc.removeNode(video->id(), &error));
    QVERIFY(doc.removeAsset(info->hash));
}

void TestHtmlExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QString error;
    m_project = Starters::create(QStringLiteral("sample"), &error);
    QVERIFY2(m_project, qPrintable(error));
    // A catalogue entry no node refers to: must stay out of the package.
    const QString source = m_dir.filePath(QStringLiteral("unused.txt"));
    {
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not used by the course\n");
    }
    const std::optional<AssetInfo> info = m_project->file().importAsset(source, &error);
    QVERIFY2(info, qPrintable(error));
    QVERIFY(m_project->document().addAsset(*info));
    m_unusedHash = info->hash;
}

void TestHtmlExport::planListsEveryFileAndOnlyUsedMedia()
{
    PackagePlan plan;
    QString error;
    QVERIFY2(Exporter::plan(QStringLiteral("html"), m_project->document(), &m_project->file(), plan, &error),
             qPrintable(error));

    // The sample has one module: its page blocks are in content/m0.js.
    QSet<QString> expected{QStringLiteral("index.html"), QStringLiteral("course.js"),
                           QStringLiteral("content/m0.js")};
    // The runtime travels as one script and one style sheet (runtimeBundlesHoldEveryFileOnce).
    expected.insert(QLatin1String(PlayerPackage::ScriptBundle));
    expected.insert(QLatin1String(PlayerPackage::StyleBundle));
    int sampleMedia = 0;
    for (const AssetInfo &asset : m_project->document().assets()) {
        if (asset.hash == m_unusedHash)
            continue;
        // Every picture of the sample is used; the path is the hash prefix and the lower-case suffix.
        expected.insert(QStringLiteral("media/%1.png").arg(asset.hash.left(16)));
        ++sampleMedia;
    }
    QCOMPARE(sampleMedia, 4);
    QCOMPARE(planPaths(plan), expected);
    QCOMPARE(plan.entries().front().path, QStringLiteral("index.html"));

    for (const PackageEntry &entry : plan.entries()) {
        if (entry.source == PackageEntry::Source::Asset) {
            QVERIFY(entry.reference != m_unusedHash);
            QCOMPARE(PackagePlan::effectiveCompression(entry), PackageEntry::Compression::Store);
        } else {
            QCOMPARE(PackagePlan::effectiveCompression(entry), PackageEntry::Compression::Deflate);
        }
    }
}

void TestHtmlExport::courseJsIsTheCanonicalCourse()
{
    const CourseDocument &doc = m_project->document();
    QList<QJsonObject> modules;
    const QJsonObject data = courseData(PlayerPackage::courseScript(
        PlayerPackage::courseData(doc, HtmlExport::standaloneAdapter(), nullptr, &modules)));
    QVERIFY(!data.isEmpty());
    QCOMPARE(data.value(QStringLiteral("format")).toInt(), 2);
    QCOMPARE(data.value(QStringLiteral("adapter")).toString(), QStringLiteral("standalone"));
    QCOMPARE(data.value(QStringLiteral("parts")).toArray(), QJsonArray{QStringLiteral("content/m0.js")});
    QCOMPARE(modules.size(), 1);
    const QJsonObject canonical =
        QJsonDocument::fromJson(CourseJson::write(*doc.root(), doc.assets())).object();
    QCOMPARE(reassembled(data, {partData(PlayerPackage::partScript(0, modules.front()), 0)}),
             forThePlayer(canonical.value(QStringLiteral("course")).toObject()));
    // The learner-state shape the player indexes by: StateBudget's, not the player's own walk.
    QCOMPARE(data.value(QStringLiteral("shape")).toObject(),
             StateBudget::shapeToJson(StateBudget::shape(*doc.root())));

    const QJsonObject assets = data.value(QStringLiteral("assets")).toObject();
    QCOMPARE(assets.size(), 4);
    QVERIFY(!assets.contains(m_unusedHash));
    for (const AssetInfo &asset : doc.assets()) {
        if (asset.hash == m_unusedHash)
            continue;
        const QJsonObject entry = assets.value(asset.hash).toObject();
        QCOMPARE(entry.value(QStringLiteral("src")).toString(), PlayerPackage::mediaPath(asset));
        QCOMPARE(entry.value(QStringLiteral("mimeType")).toString(), QStringLiteral("image/png"));
        QCOMPARE(entry.value(QStringLiteral("name")).toString(), asset.name);
        QVERIFY(asset.width > 0);
        QCOMPARE(entry.value(QStringLiteral("width")).toInt(), asset.width);
        QCOMPARE(entry.value(QStringLiteral("height")).toInt(), asset.height);
    }
}

// Page blocks move out of course.js into one script per module (so the player parses only what
// it shows); quizzes and scenarios stay whole, a module without pages has no script, and a
// re-export with fewer modules replaces a previous one (its scripts live in content/).
void TestHtmlExport::pageBlocksTravelPerModule()
{
    CourseDocument &doc = m_project->document();
    const Node *sample = doc.root()->children().front().get();
    QString error;
    const Node *copy = doc.insertNode(doc.root()->id(), 1, sample->clone(true), &error);
    QVERIFY2(copy, qPrintable(error));
    auto quizOnly = CourseDocument::createNode(NodeKind::Module);
    quizOnly->appendChild(CourseDocument::createNode(NodeKind::Quiz));
    const Node *third = doc.insertNode(doc.root()->id(), 2, std::move(quizOnly), &error);
    QVERIFY2(third, qPrintable(error));

    PackagePlan plan;
    QVERIFY2(Exporter::plan(QStringLiteral("html"), doc, &m_project->file(), plan, &error),
             qPrintable(error));
    QMap<QString, QByteArray> scripts;
    for (const PackageEntry &entry : plan.entries()) {
        if (entry.path.endsWith(QLatin1String(".js")) && !entry.path.startsWith(QLatin1String("player/")))
            scripts.insert(entry.path, entry.bytes);
    }
    QCOMPARE(scripts.keys(), (QStringList{QStringLiteral("content/m0.js"), QStringLiteral("content/m1.js"),
                                          QStringLiteral("course.js")}));
    const QJsonObject data = courseData(scripts.value(QStringLiteral("course.js")));
    QCOMPARE(data.value(QStringLiteral("parts")).toArray(),
             (QJsonArray{QStringLiteral("content/m0.js"), QStringLiteral("content/m1.js"), QJsonValue()}));
    const QList<QJsonObject> modules{partData(scripts.value(QStringLiteral("content/m0.js")), 0),
                                     partData(scripts.value(QStringLiteral("content/m1.js")), 1)};
    QVERIFY(!modules.at(0).isEmpty());
    QVERIFY(!modules.at(1).isEmpty());
    const QJsonObject course = data.value(QStringLiteral("course")).toObject();
    const QJsonObject quiz = course.value(QStringLiteral("children"))
                                 .toArray()
                                 .at(0)
                                 .toObject()
                                 .value(QStringLiteral("children"))
                                 .toArray()
                                 .last()
                                 .toObject();
    QCOMPARE(quiz.value(QStringLiteral("kind")).toString(), QStringLiteral("quiz"));
    // The questions travel in the module's script; course.js keeps kind and points of each.
    const QJsonArray questions = modules.at(0).value(quiz.value(QStringLiteral("id")).toString()).toArray();
    QVERIFY(!questions.isEmpty());
    QCOMPARE(quiz.value(QStringLiteral("children")).toArray().size(), questions.size());
    QVERIFY(questions.at(0)
                .toObject()
                .value(QStringLiteral("props"))
                .toObject()
                .contains(QStringLiteral("prompt")));
    QVERIFY(!quiz.value(QStringLiteral("children"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("props"))
                 .toObject()
                 .contains(QStringLiteral("prompt")));
    const QJsonObject canonical =
        QJsonDocument::fromJson(CourseJson::write(*doc.root(), doc.assets())).object();
    QCOMPARE(reassembled(data, modules), forThePlayer(canonical.value(QStringLiteral("course")).toObject()));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Exporter::Options options;
    options.outputPath = dir.filePath(QStringLiteral("site"));
    options.force = true;
    Exporter::Result result = Exporter::run(doc, m_project->file(), options);
    QVERIFY2(result.status == Exporter::Result::Status::Written, qPrintable(result.error));
    QVERIFY(QFileInfo::exists(options.outputPath + QStringLiteral("/content/m1.js")));
    QVERIFY(doc.removeNode(copy->id(), &error));
    QVERIFY(doc.removeNode(third->id(), &error));
    result = Exporter::run(doc, m_project->file(), options);
    QVERIFY2(result.status == Exporter::Result::Status::Written, qPrintable(result.error));
    QVERIFY(QFileInfo::exists(options.outputPath + QStringLiteral("/content/m0.js")));
    QVERIFY(!QFileInfo::exists(options.outputPath + QStringLiteral("/content/m1.js")));
}

void TestHtmlExport::courseJsEscapesScriptBreakers()
{
    const QString title = QStringLiteral("</script><script>alert(1)</script> & \u2028\u2029 done");
    auto root = CourseDocument::createCourseTree();
    root->setProperty(QStringLiteral("title"), title);
    const CourseDocument doc(std::move(root));
    const QByteArray script =
        PlayerPackage::courseScript(PlayerPackage::courseData(doc, HtmlExport::standaloneAdapter()));
    const QByteArray body = script.mid(kPrefix.size());
    QVERIFY(!body.contains('<'));
    QVERIFY(!body.contains('>'));
    QVERIFY(!body.contains('&'));
    QVERIFY(!body.contains("\xE2\x80\xA8"));
    QVERIFY(!body.contains("\xE2\x80\xA9"));
    QVERIFY(body.contains("\\u003c/script\\u003e"));
    const QJsonObject data = courseData(script);
    const QJsonObject props =
        data.value(QStringLiteral("course")).toObject().value(QStringLiteral("props")).toObject();
    QCOMPARE(props.value(QStringLiteral("title")).toString(), title);
}

void TestHtmlExport::indexHtmlHasLanguageAndEscapedTitle()
{
    auto root = CourseDocument::createCourseTree();
    root->setProperty(QStringLiteral("title"), QStringLiteral("Tags <b>&\" %LANG%"));
    root->setProperty(QStringLiteral("language"), QStringLiteral("de-CH"));
    QString error;
    const QString page = QString::fromUtf8(PlayerPackage::indexHtml(*root, &error));
    QVERIFY2(!page.isEmpty(), qPrintable(error));
    QVERIFY(page.contains(QLatin1String("<html lang=\"de-CH\">")));
    // The course's text never fills in a placeholder.
    QVERIFY2(page.contains(QLatin1String("<title>Tags &lt;b&gt;&amp;&quot; %LANG%</title>")),
             qPrintable(page));
    QVERIFY(!page.contains(QLatin1String("%TITLE%")));
    // The data first, then the runtime that reads it: two scripts and one style sheet.
    const qsizetype data = page.indexOf(QLatin1String("<script defer src=\"course.js\"></script>"));
    const qsizetype runtime =
        page.indexOf(QLatin1String("<script defer src=\"player/coursewright.js\"></script>"));
    QVERIFY(data > 0);
    QVERIFY(data < runtime);
    QCOMPARE(page.count(QLatin1String("<script")), 2);
    QCOMPARE(page.count(QLatin1String("<link rel=\"stylesheet\" href=\"player/coursewright.css\">")), 1);
    QCOMPARE(page.count(QLatin1String("<link")), 1);
}

// Every runtime file in the source tree (read from disk rather than from the resources the exporter
// uses, so a file left out of the build shows up here) is in a bundle once, in a stated order, with
// only the target's own adapter.
void TestHtmlExport::runtimeBundlesHoldEveryFileOnce()
{
    const QDir player(QStringLiteral(CW_SOURCE_DIR "/templates/player"));
    const QStringList runtime =
        player.entryList({QStringLiteral("*.js"), QStringLiteral("*.css")}, QDir::Files);
    QVERIFY(runtime.contains(QStringLiteral("state.js")));
    QVERIFY(runtime.contains(QStringLiteral("adapter-standalone.js")));
    QCOMPARE(PlayerPackage::runtimeFiles(), runtime);
    QStringList adapters;
    for (const QString &name : runtime) {
        if (name.startsWith(QLatin1String("adapter-")))
            adapters.append(name.mid(8).chopped(3));
    }
    for (const QString &adapter : adapters) {
        const QStringList scripts = PlayerPackage::scriptOrder(adapter);
        const QStringList styles = PlayerPackage::styleOrder();
        // What adapters share (scorm-api.js) goes only with the adapters that need it.
        QStringList support;
        for (const QString &other : adapters)
            support += PlayerPackage::adapterSupport(other);
        support.removeDuplicates();
        const QStringList mine = PlayerPackage::adapterSupport(adapter);
        for (const QString &name : runtime) {
            const bool otherAdapter = name.startsWith(QLatin1String("adapter-")) &&
                                      name != QStringLiteral("adapter-%1.js").arg(adapter);
            const bool othersSupport = support.contains(name) && !mine.contains(name);
            const int times = int(scripts.count(name) + styles.count(name));
            QVERIFY2(times == (otherAdapter || othersSupport ? 0 : 1),
                     qPrintable(adapter + QLatin1Char(' ') + name));
        }
        QCOMPARE(scripts.size() + styles.size(),
                 runtime.size() - adapters.size() + 1 - support.size() + mine.size());
        // What the shell and the tracker need comes before them.
        QCOMPARE(scripts.first(), QStringLiteral("state.js"));
        QCOMPARE(scripts.last(), QStringLiteral("player.js"));
        QVERIFY(scripts.indexOf(QStringLiteral("tracking.js")) <
                scripts.indexOf(QStringLiteral("adapter-%1.js").arg(adapter)));
        // The bundle is the packaged files in that order.
        QString error;
        QByteArray expected;
        for (const QString &name : scripts) {
            QFile file(QLatin1String(PlayerPackage::ResourceRoot) + QLatin1Char('/') + name);
            QVERIFY(file.open(QIODevice::ReadOnly));
            expected += RuntimeText::packaged(name, file.readAll()) + ";\n";
        }
        QCOMPARE(PlayerPackage::bundle(scripts, &error), expected);
    }
    QVERIFY(PlayerPackage::scriptOrder(QStringLiteral("no-such-lms")).isEmpty());
    QString error;
    QVERIFY(PlayerPackage::bundle({QStringLiteral("missing.js")}, &error).isEmpty());
    QVERIFY(error.contains(QLatin1String("missing.js")));
}

void TestHtmlExport::mediaPaths_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("mimeType");
    QTest::addColumn<QString>("path");
    QTest::newRow("upper-case suffix") << "Photo.JPG"
                                       << "image/jpeg"
                                       << "media/0123456789abcdef.jpg";
    QTest::newRow("odd characters") << "clip.M-P_4"
                                    << "video/mp4"
                                    << "media/0123456789abcdef.mp4";
    QTest::newRow("no suffix") << "recording"
                               << "audio/mpeg"
                               << "media/0123456789abcdef.mp3";
    QTest::newRow("suffix of symbols") << "x.@@"
                                       << "image/png"
                                       << "media/0123456789abcdef.png";
    QTest::newRow("nothing known") << "data"
                                   << ""
                                   << "media/0123456789abcdef.bin";
    // A name's "extension" can be 250 characters: the path must still unzip everywhere.
    QTest::newRow("250-character extension")
        << QStringLiteral("a.") + QString(250, QLatin1Char('x')) << "image/png"
        << "media/0123456789abcdef.png";
    QTest::newRow("long extension, unknown type")
        << QStringLiteral("a.") + QString(40, QLatin1Char('x')) << ""
        << "media/0123456789abcdef.bin";
    QTest::newRow("a dotted name, not an extension") << "Report.final version for review"
                                                     << "application/pdf"
                                                     << "media/0123456789abcdef.pdf";
}

void TestHtmlExport::mediaPaths()
{
    QFETCH(QString, name);
    QFETCH(QString, mimeType);
    QFETCH(QString, path);
    AssetInfo asset;
    asset.hash = QStringLiteral("0123456789abcdef") + QString(48, QLatin1Char('9'));
    asset.name = name;
    asset.mimeType = mimeType;
    QCOMPARE(PlayerPackage::mediaPath(asset), path);
    QVERIFY(PackagePlan::isValidPath(path, nullptr));
}

void TestHtmlExport::missingAdapterIsRefused()
{
    PackagePlan plan;
    QString error;
    QVERIFY(!PlayerPackage::addTo(plan, m_project->document(), &m_project->file(), QStringLiteral("nowhere"),
                                  &error));
    QVERIFY2(error.contains(QLatin1String("nowhere")), qPrintable(error));
}

void TestHtmlExport::zipStoresMediaAndIsReproducible()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Exporter::Options options;
    QByteArray first;
    for (int i = 0; i < 2; ++i) {
        options.outputPath = dir.filePath(QStringLiteral("course%1.zip").arg(i));
        const Exporter::Result result = Exporter::run(m_project->document(), m_project->file(), options);
        QVERIFY2(result.status == Exporter::Result::Status::Written, qPrintable(result.error));
        QCOMPARE(result.archiveBytes, QFileInfo(options.outputPath).size());
        QCOMPARE(result.stateWorstCase, StateBudget::worstCase(m_project->document()));
        QVERIFY(result.stateWorstCase > 0);
        const QMap<QString, int> methods = zipMethods(options.outputPath);
        QCOMPARE(methods.size(), result.files);
        int media = 0;
        for (auto it = methods.cbegin(); it != methods.cend(); ++it) {
            const bool isMedia = it.key().startsWith(QLatin1String("media/"));
            media += isMedia;
            QCOMPARE(it.value(), isMedia ? int(ZIP_CM_STORE) : int(ZIP_CM_DEFLATE));
        }
        QCOMPARE(media, 4);
        const QByteArray bytes = readFile(options.outputPath);
        if (i == 0) {
            first = bytes;
            QTest::qWait(2100); // past the 2-second resolution of zip timestamps
        } else {
            QVERIFY(bytes == first);
        }
    }
}

void TestHtmlExport::validationErrorsRefuseUnlessForced()
{
    QString error;
    std::unique_ptr<Project> project = Starters::create(QStringLiteral("sample"), &error);
    QVERIFY2(project, qPrintable(error));
    const QUuid course = project->document().root()->id();
    QVERIFY(
        project->document().setProperty(course, QStringLiteral("themeColor"), QStringLiteral("teal"), true));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Exporter::Options options;
    options.outputPath = dir.filePath(QStringLiteral("out"));
    Exporter::Result result = Exporter::run(project->document(), project->file(), options);
    QCOMPARE(result.status, Exporter::Result::Status::Refused);
    const bool listed = std::any_of(result.problems.cbegin(), result.problems.cend(), [](const Problem &p) {
        return p.code == QLatin1String("invalid-theme-color") && p.severity == Problem::Severity::Error;
    });
    QVERIFY(listed);
    QVERIFY(!QFileInfo::exists(options.outputPath));
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList());

    options.force = true;
    result = Exporter::run(project->document(), project->file(), options);
    QVERIFY2(result.status == Exporter::Result::Status::Written, qPrintable(result.error));
    QVERIFY(!result.problems.isEmpty());
    QVERIFY(QFileInfo::exists(options.outputPath + QStringLiteral("/index.html")));
}

void TestHtmlExport::folderExportNeverDeletesUserFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Exporter::Options options;
    options.outputPath = dir.filePath(QStringLiteral("site"));
    // A new folder, then the same folder again: a previous export is replaced.
    for (int i = 0; i < 2; ++i) {
        const Exporter::Result result = Exporter::run(m_project->document(), m_project->file(), options);
        QVERIFY2(result.status == Exporter::Result::Status::Written, qPrintable(result.error));
        QCOMPARE(result.archiveBytes, 0);
    }
    const QString site = options.outputPath;
    const QByteArray script = readFile(site + QStringLiteral("/course.js"));
    QVERIFY(!courseData(script).isEmpty());
    QVERIFY(QFileInfo::exists(site + QLatin1Char('/') + QLatin1String(PlayerPackage::ScriptBundle)));
    QCOMPARE(QDir(site + QStringLiteral("/media")).entryList(QDir::Files).size(), 4);

    // Someone's own file in it: refused, and everything is left as it was.
    QFile mine(site + QStringLiteral("/notes.txt"));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("mine");
    mine.close();
    Exporter::Result result = Exporter::run(m_project->document(), m_project->file(), options);
    QCOMPARE(result.status, Exporter::Result::Status::Failed);
    QVERIFY2(result.error.contains(QLatin1String("not empty")), qPrintable(result.error));
    QCOMPARE(readFile(mine.fileName()), QByteArray("mine"));
    QCOMPARE(readFile(site + QStringLiteral("/course.js")), script);

    // Any other non-empty folder too.
    const QString other = dir.filePath(QStringLiteral("documents"));
    QVERIFY(QDir().mkpath(other + QStringLiteral("/player")));
    options.outputPath = other;
    result = Exporter::run(m_project->document(), m_project->file(), options);
    QCOMPARE(result.status, Exporter::Result::Status::Failed);
    QVERIFY(QFileInfo(other + QStringLiteral("/player")).isDir());
}

// Targets come from the registry: each is found by its name, names are unique and usable as a CLI
// word, the HTML target ships the standalone adapter, and a name no target has finds nothing.
void TestHtmlExport::targetsAreRegistered()
{
    const QList<const ExportTarget *> targets = ExportTargets::all();
    QVERIFY(!targets.isEmpty());
    QSet<QString> names;
    for (const ExportTarget *target : targets) {
        QVERIFY2(!names.contains(target->name()), qPrintable(target->name()));
        names.insert(target->name());
        QCOMPARE(ExportTargets::find(target->name()), target);
        QVERIFY(!target->label().isEmpty());
        QVERIFY2(QRegularExpression(QStringLiteral("^[a-z0-9-]+$")).match(target->name()).hasMatch(),
                 qPrintable(target->name()));
        QVERIFY2(
            PlayerPackage::runtimeFiles().contains(QStringLiteral("adapter-%1.js").arg(target->adapter())),
            qPrintable(target->adapter()));
        QVERIFY(ExportTargets::find(target->name()));
    }
    const ExportTarget *html = ExportTargets::find(QStringLiteral("html"));
    QVERIFY(html);
    QCOMPARE(html->adapter(), QStringLiteral("standalone"));
    QVERIFY(!ExportTargets::find(QStringLiteral("pdf")));
    QVERIFY(!ExportTargets::find(QStringLiteral("XAPI"))); // names are matched exactly
    QVERIFY(!ExportTargets::find(QString()));
    // The plan the exporter gets through the registry is the target's own.
    PackagePlan viaExporter;
    PackagePlan direct;
    QString error;
    QVERIFY2(Exporter::plan(QStringLiteral("html"), m_project->document(), &m_project->file(), viaExporter,
                            &error),
             qPrintable(error));
    QVERIFY2(html->plan({m_project->document(), &m_project->file(), {}}, direct, &error), qPrintable(error));
    QCOMPARE(viaExporter.entries().size(), direct.entries().size());
}

void TestHtmlExport::unavailableFormats()
{
    // The formats are the registry's, every standard of the brief among them.
    QCOMPARE(Exporter::formats(),
             (QStringList{QStringLiteral("html"), QStringLiteral("scorm12"), QStringLiteral("scorm2004-3"),
                          QStringLiteral("scorm2004-4"), QStringLiteral("xapi"), QStringLiteral("cmi5")}));
    for (const QString &format : Exporter::formats())
        QVERIFY2(ExportTargets::find(format), qPrintable(format));
    // A format no target has is refused, listing the ones there are, and nothing is written.
    Exporter::Options options;
    options.outputPath = m_dir.filePath(QStringLiteral("never.zip"));
    options.format = QStringLiteral("pdf");
    QVERIFY(!ExportTargets::find(options.format));
    Exporter::Result result = Exporter::run(m_project->document(), m_project->file(), options);
    QCOMPARE(result.status, Exporter::Result::Status::Failed);
    QVERIFY2(result.error.contains(QLatin1String("\"pdf\"")), qPrintable(result.error));
    QVERIFY2(result.error.contains(QLatin1String("html, scorm12, scorm2004-3, scorm2004-4, xapi, cmi5")),
             qPrintable(result.error));
    QVERIFY(!QFileInfo::exists(options.outputPath));
    PackagePlan plan;
    QString error;
    QVERIFY(!Exporter::plan(options.format, m_project->document(), &m_project->file(), plan, &error));
    QCOMPARE(error, result.error);
    QVERIFY(plan.entries().empty());
}

// The names in a course come from anywhere; the package's names are made to unzip everywhere.
void TestHtmlExport::longAssetNamesStillUnzip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    std::unique_ptr<Project> project = Starters::create(QStringLiteral("sample"), &error);
    QVERIFY2(project, qPrintable(error));
    CourseDocument &doc = project->document();
    // 252 bytes: a name the disk holds, with a 250-character "extension".
    const QString source = dir.filePath(QStringLiteral("a.") + QString(250, QLatin1Char('x')));
    {
        QImage image(8, 8, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(image.save(source, "PNG"));
    }
    const std::optional<AssetInfo> info = project->file().importAsset(source, &error);
    QVERIFY2(info, qPrintable(error));
    QVERIFY(doc.addAsset(*info));
    const Node *page = doc.root()->children().front()->children().front().get();
    const Node *image = doc.insertNode(page->id(), 0, CourseDocument::createNode(NodeKind::Image), &error);
    QVERIFY2(image, qPrintable(error));
    QVERIFY(doc.setProperty(image->id(), QStringLiteral("asset"), info->hash, true));
    QVERIFY(doc.setProperty(image->id(), QStringLiteral("alt"), QStringLiteral("A green square"), true));

    Exporter::Options options;
    options.outputPath = dir.filePath(QStringLiteral("course.zip"));
    const Exporter::Result result = Exporter::run(doc, project->file(), options);
    QVERIFY2(result.status == Exporter::Result::Status::Written, qPrintable(result.error));
    const QMap<QString, int> entries = zipMethods(options.outputPath);
    QCOMPARE(entries.size(), result.files);
    for (const QString &entry : entries.keys()) {
        QVERIFY2(entry.toUtf8().size() <= PackagePlan::MaxPathBytes, qPrintable(entry));
        for (const QString &name : entry.split(QLatin1Char('/')))
            QVERIFY2(name.toUtf8().size() <= 255, qPrintable(entry));
    }
    // And unzip itself agrees: every entry extracts.
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), {QStringLiteral("-q"), options.outputPath, QStringLiteral("-d"),
                                          dir.filePath(QStringLiteral("unzipped"))});
    QVERIFY2(unzip.waitForFinished(60000), "unzip did not finish");
    QVERIFY2(unzip.exitStatus() == QProcess::NormalExit && unzip.exitCode() == 0,
             unzip.readAllStandardError().constData());
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("unzipped/")) + PlayerPackage::mediaPath(*info)));
}

QTEST_GUILESS_MAIN(TestHtmlExport)
#include "tst_htmlexport.moc"
