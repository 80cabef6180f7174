// The shared package writer: plan paths, compression choice, zip and folder sinks, streaming of
// real assets, reproducible archives, progress, and cancel/failure leaving nothing behind.
#include "export/folderpackagesink.h"
#include "export/packageplan.h"
#include "export/packagewriter.h"
#include "export/zippackagesink.h"
#include "model/assetsource.h"
#include "store/project.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <zip.h>

#include <atomic>

using namespace cw;

namespace {

const QString SampleResource = QStringLiteral(":/starters/sample/course.json");

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct ZipContents
{
    bool ok = false;
    QMap<QString, QByteArray> files;
    QMap<QString, int> methods; // comp_method per entry
    QStringList order;
};

ZipContents readZip(const QString &path)
{
    ZipContents contents;
    int code = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    if (!archive)
        return contents;
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive, static_cast<zip_uint64_t>(i), 0, &st) != 0) {
            zip_discard(archive);
            return contents;
        }
        zip_file_t *file = zip_fopen_index(archive, static_cast<zip_uint64_t>(i), 0);
        if (!file) {
            zip_discard(archive);
            return contents;
        }
        QByteArray data(static_cast<qsizetype>(st.size), Qt::Uninitialized);
        const zip_int64_t read = zip_fread(file, data.data(), st.size);
        zip_fclose(file);
        if (read != static_cast<zip_int64_t>(st.size)) {
            zip_discard(archive);
            return contents;
        }
        const QString name = QString::fromUtf8(st.name);
        contents.files.insert(name, data);
        contents.methods.insert(name, st.comp_method);
        contents.order.append(name);
    }
    zip_discard(archive);
    contents.ok = true;
    return contents;
}

// Everything in `dir`, hidden files included: shows that no temporary file is left behind.
QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                               QDir::Name);
}

} // namespace

class TestPackageWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void refusesBadPaths_data();
    void refusesBadPaths();
    void refusesCollidingPaths_data();
    void refusesCollidingPaths();
    void autoCompression_data();
    void autoCompression();
    void explicitCompressionWins();
    void writesFromAnyAssetSource();
    void zipRoundTrip();
    void samePlanGivesIdenticalArchives();
    void cancelLeavesNothing_data();
    void cancelLeavesNothing();
    void failedWriteKeepsExistingTarget();
    void folderRoundTrip();
    void progressReachesTotal_data();
    void progressReachesTotal();
    void neverShipsActiveDocuments_data();
    void neverShipsActiveDocuments();

private:
    PackagePlan samplePlan();
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    QString m_assetHash;
    QByteArray m_assetBytes;
    QByteArray m_text;
};

void TestPackageWriter::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // Several MB of incompressible bytes: an asset large enough to need streaming in chunks.
    QRandomGenerator random(42);
    m_assetBytes.resize(6 * 1024 * 1024 + 123);
    for (qsizetype i = 0; i < m_assetBytes.size(); ++i)
        m_assetBytes[i] = static_cast<char>(random.generate() & 0xff);
    const QString source = m_dir.filePath(QStringLiteral("clip.mp4"));
    {
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(m_assetBytes), m_assetBytes.size());
    }
    QString error;
    m_project = Project::createNew(std::nullopt, &error);
    QVERIFY2(m_project, qPrintable(error));
    const std::optional<AssetInfo> info = m_project->file().importAsset(source, &error);
    QVERIFY2(info, qPrintable(error));
    QVERIFY(m_project->document().addAsset(*info));
    m_assetHash = info->hash;
    QVERIFY(QFile::exists(SampleResource));
    for (int i = 0; i < 200; ++i)
        m_text += "<p>Giving feedback that lands, paragraph " + QByteArray::number(i) + "</p>\n";
}

PackagePlan TestPackageWriter::samplePlan()
{
    PackagePlan plan;
    QString error;
    const bool ok = plan.addBytes(QStringLiteral("index.html"), m_text, &error) &&
                    plan.addAsset(QStringLiteral("media/clip.mp4"), m_assetHash, &error) &&
                    plan.addResource(QStringLiteral("data/course.json"), SampleResource, &error) &&
                    plan.addBytes(QStringLiteral("empty.txt"), QByteArray(), &error);
    if (!ok)
        qWarning("samplePlan: %s", qPrintable(error));
    return plan;
}

void TestPackageWriter::refusesBadPaths_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("empty") << QString();
    QTest::newRow("absolute") << QStringLiteral("/index.html");
    QTest::newRow("backslash") << QStringLiteral("media\\a.png");
    QTest::newRow("parent") << QStringLiteral("../escape.html");
    QTest::newRow("inner parent") << QStringLiteral("media/../../escape.html");
    QTest::newRow("dot") << QStringLiteral("./index.html");
    QTest::newRow("empty segment") << QStringLiteral("media//a.png");
    QTest::newRow("folder") << QStringLiteral("media/");
    QTest::newRow("drive") << QStringLiteral("C:/index.html");
    QTest::newRow("windows char") << QStringLiteral("what?.html");
    QTest::newRow("control char") << QStringLiteral("a\nb.html");
    QTest::newRow("trailing dot") << QStringLiteral("media./a.png");
    // unzip cannot create a name over 255 bytes; Windows limits the whole path.
    QTest::newRow("name over 255 bytes") << QStringLiteral("media/") + QString(256, QLatin1Char('a'));
    QTest::newRow("name of 128 two-byte characters") << QStringLiteral("media/") + QString(128, QChar(0xE9));
    QTest::newRow("path over 200 bytes")
        << QString(10, QLatin1Char('d')) + QStringLiteral("/") + QString(190, QLatin1Char('a'));
}

void TestPackageWriter::refusesBadPaths()
{
    QFETCH(QString, path);
    PackagePlan plan;
    QString error;
    QVERIFY(!plan.addBytes(path, "x", &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!plan.addAsset(path, m_assetHash, &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!plan.addResource(path, SampleResource, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(plan.isEmpty());
    // The same plan still accepts a good path: a refusal does not poison it.
    QVERIFY2(plan.addBytes(QStringLiteral("media/a b.html"), "x", &error), qPrintable(error));
    QCOMPARE(plan.entries().size(), size_t(1));
}

void TestPackageWriter::refusesCollidingPaths_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::newRow("same") << QStringLiteral("index.html") << QStringLiteral("index.html");
    QTest::newRow("case") << QStringLiteral("media/Photo.PNG") << QStringLiteral("MEDIA/photo.png");
    QTest::newRow("file then folder") << QStringLiteral("media") << QStringLiteral("media/a.png");
    QTest::newRow("folder then file") << QStringLiteral("Media/a.png") << QStringLiteral("media");
}

void TestPackageWriter::refusesCollidingPaths()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    PackagePlan plan;
    QString error;
    QVERIFY2(plan.addBytes(first, "1", &error), qPrintable(error));
    QVERIFY(!plan.addBytes(second, "2", &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(plan.entries().size(), size_t(1));
    QCOMPARE(plan.entries().front().bytes, QByteArray("1"));
}

void TestPackageWriter::autoCompression_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("method");
    QTest::newRow("png") << QStringLiteral("a.png") << int(ZIP_CM_STORE);
    QTest::newRow("JPG") << QStringLiteral("a.JPG") << int(ZIP_CM_STORE);
    QTest::newRow("mp4") << QStringLiteral("media/a.mp4") << int(ZIP_CM_STORE);
    QTest::newRow("mp3") << QStringLiteral("a.mp3") << int(ZIP_CM_STORE);
    QTest::newRow("webm") << QStringLiteral("a.webm") << int(ZIP_CM_STORE);
    QTest::newRow("html") << QStringLiteral("index.html") << int(ZIP_CM_DEFLATE);
    QTest::newRow("js") << QStringLiteral("player/player.js") << int(ZIP_CM_DEFLATE);
    QTest::newRow("css") << QStringLiteral("player/player.css") << int(ZIP_CM_DEFLATE);
    QTest::newRow("json") << QStringLiteral("course.json") << int(ZIP_CM_DEFLATE);
    QTest::newRow("xml") << QStringLiteral("imsmanifest.xml") << int(ZIP_CM_DEFLATE);
    QTest::newRow("svg") << QStringLiteral("a.svg") << int(ZIP_CM_DEFLATE);
}

void TestPackageWriter::autoCompression()
{
    QFETCH(QString, path);
    QFETCH(int, method);
    PackagePlan plan;
    QString error;
    QVERIFY2(plan.addBytes(path, m_text, &error), qPrintable(error));
    QCOMPARE(
        int(PackagePlan::effectiveCompression(plan.entries().front())),
        int(method == ZIP_CM_STORE ? PackageEntry::Compression::Store : PackageEntry::Compression::Deflate));

    const QString target = m_dir.filePath(QStringLiteral("auto.zip"));
    ZipPackageSink sink(target);
    QVERIFY2(PackageWriter::write(plan, m_project->file(), sink, {}, nullptr, &error), qPrintable(error));
    const ZipContents contents = readZip(target);
    QVERIFY(contents.ok);
    QCOMPARE(contents.methods.value(path, -1), method);
    QCOMPARE(contents.files.value(path), m_text);
}

void TestPackageWriter::explicitCompressionWins()
{
    PackagePlan plan;
    QString error;
    QVERIFY(plan.addBytes(QStringLiteral("a.png"), m_text, &error, PackageEntry::Compression::Deflate));
    QVERIFY(plan.addBytes(QStringLiteral("a.html"), m_text, &error, PackageEntry::Compression::Store));
    const QString target = m_dir.filePath(QStringLiteral("explicit.zip"));
    ZipPackageSink sink(target);
    QVERIFY2(PackageWriter::write(plan, m_project->file(), sink, {}, nullptr, &error), qPrintable(error));
    const ZipContents contents = readZip(target);
    QVERIFY(contents.ok);
    QCOMPARE(contents.methods.value(QStringLiteral("a.png")), int(ZIP_CM_DEFLATE));
    QCOMPARE(contents.methods.value(QStringLiteral("a.html")), int(ZIP_CM_STORE));
}

namespace {

// Media held in memory: the pipeline needs nothing of a project file but AssetSource.
class MemoryAssets : public AssetSource
{
public:
    MemoryAssets(CourseDocument *document, QMap<QString, QByteArray> bytes)
        : m_document(document)
        , m_bytes(std::move(bytes))
    {}
    CourseDocument *document() const override { return m_document; }
    bool hasAssetData(const QString &hash) const override { return m_bytes.contains(hash); }
    bool writeAssetTo(const QString &hash, QIODevice &out, QString *error) const override
    {
        const QByteArray data = m_bytes.value(hash);
        // In chunks, as a real source streams.
        for (qsizetype at = 0; at < data.size(); at += 64 * 1024) {
            const QByteArray chunk = data.mid(at, 64 * 1024);
            if (out.write(chunk) != chunk.size()) {
                if (error)
                    *error = out.errorString();
                return false;
            }
        }
        return true;
    }

private:
    CourseDocument *m_document;
    QMap<QString, QByteArray> m_bytes;
};

} // namespace

void TestPackageWriter::writesFromAnyAssetSource()
{
    const QByteArray other(300 * 1024, 'x'); // bytes the project file does not have for this hash
    const MemoryAssets assets(&m_project->document(), {{m_assetHash, other}});
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("memory.zip"));
    ZipPackageSink sink(target);
    QString error;
    QVERIFY2(PackageWriter::write(samplePlan(), assets, sink, {}, nullptr, &error), qPrintable(error));
    const ZipContents contents = readZip(target);
    QVERIFY(contents.ok);
    QVERIFY(contents.files.value(QStringLiteral("media/clip.mp4")) == other);
    // A source without the bytes: refused, naming the file, and no archive is left.
    const MemoryAssets empty(&m_project->document(), {});
    const QString missing = dir.filePath(QStringLiteral("missing.zip"));
    ZipPackageSink missingSink(missing);
    QVERIFY(!PackageWriter::write(samplePlan(), empty, missingSink, {}, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("missing")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(missing));
}

void TestPackageWriter::zipRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("course.zip"));
    const PackagePlan plan = samplePlan();
    QCOMPARE(plan.entries().size(), size_t(4));
    ZipPackageSink sink(target);
    QString error;
    QVERIFY2(PackageWriter::write(plan, m_project->file(), sink, {}, nullptr, &error), qPrintable(error));

    const ZipContents contents = readZip(target);
    QVERIFY(contents.ok);
    QCOMPARE(contents.order, QStringList({QStringLiteral("index.html"), QStringLiteral("media/clip.mp4"),
                                          QStringLiteral("data/course.json"), QStringLiteral("empty.txt")}));
    QCOMPARE(contents.files.value(QStringLiteral("index.html")), m_text);
    QVERIFY(contents.files.value(QStringLiteral("media/clip.mp4")) == m_assetBytes);
    QCOMPARE(contents.files.value(QStringLiteral("data/course.json")), readFile(SampleResource));
    QVERIFY(!contents.files.value(QStringLiteral("data/course.json")).isEmpty());
    QCOMPARE(contents.files.value(QStringLiteral("empty.txt")), QByteArray());
    QCOMPARE(contents.methods.value(QStringLiteral("media/clip.mp4")), int(ZIP_CM_STORE));
    QCOMPARE(contents.methods.value(QStringLiteral("data/course.json")), int(ZIP_CM_DEFLATE));
    QCOMPARE(entriesOf(dir.path()), QStringList(QStringLiteral("course.zip")));
}

void TestPackageWriter::samePlanGivesIdenticalArchives()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    QByteArray first;
    for (int i = 0; i < 2; ++i) {
        const QString target = dir.filePath(QStringLiteral("course%1.zip").arg(i));
        ZipPackageSink sink(target);
        QVERIFY2(PackageWriter::write(samplePlan(), m_project->file(), sink, {}, nullptr, &error),
                 qPrintable(error));
        const QByteArray bytes = readFile(target);
        QVERIFY(bytes.size() > m_assetBytes.size());
        if (i == 0) {
            first = bytes;
            QTest::qWait(2100); // past the 2-second resolution of zip timestamps
        } else {
            QVERIFY(bytes == first);
        }
    }
}

void TestPackageWriter::cancelLeavesNothing_data()
{
    QTest::addColumn<bool>("folder");
    QTest::addColumn<double>("at"); // fraction of the work after which cancel is requested
    QTest::addColumn<bool>("existing");
    QTest::newRow("zip, while streaming") << false << 0.2 << false;
    QTest::newRow("zip, while compressing") << false << 0.75 << false;
    QTest::newRow("zip, existing target") << false << 0.75 << true;
    QTest::newRow("folder, while streaming") << true << 0.3 << false;
    QTest::newRow("folder, existing target") << true << 0.3 << true;
}

void TestPackageWriter::cancelLeavesNothing()
{
    QFETCH(bool, folder);
    QFETCH(double, at);
    QFETCH(bool, existing);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(folder ? QStringLiteral("preview") : QStringLiteral("course.zip"));
    const QByteArray old = "the package from yesterday";
    if (existing) {
        const QString oldFile = folder ? target + QStringLiteral("/index.html") : target;
        QVERIFY(QDir().mkpath(QFileInfo(oldFile).absolutePath()));
        QFile f(oldFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(old);
    }
    const QStringList before = entriesOf(dir.path());

    std::unique_ptr<PackageSink> sink;
    if (folder)
        sink = std::make_unique<FolderPackageSink>(target);
    else
        sink = std::make_unique<ZipPackageSink>(target);
    std::atomic<bool> cancel = false;
    qint64 cancelledAt = -1;
    qint64 lastDone = -1;
    const auto progress = [&](qint64 done, qint64 total) {
        lastDone = done;
        if (!cancel && done >= qint64(double(total) * at) && done < total) {
            cancel = true;
            cancelledAt = done;
        }
    };
    QString error;
    QVERIFY(!PackageWriter::write(samplePlan(), m_project->file(), *sink, progress, &cancel, &error));
    QCOMPARE(error, PackageWriter::cancelledMessage());
    QVERIFY(cancelledAt >= 0);
    QVERIFY(lastDone < cancelledAt + 2 * 1024 * 1024); // stopped promptly, not after the whole asset
    QCOMPARE(entriesOf(dir.path()), before);
    if (existing)
        QCOMPARE(readFile(folder ? target + QStringLiteral("/index.html") : target), old);
    else
        QVERIFY(!QFileInfo::exists(target));
}

void TestPackageWriter::failedWriteKeepsExistingTarget()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("course.zip"));
    QString error;
    {
        ZipPackageSink sink(target);
        QVERIFY2(PackageWriter::write(samplePlan(), m_project->file(), sink, {}, nullptr, &error),
                 qPrintable(error));
    }
    const QByteArray good = readFile(target);
    QVERIFY(!good.isEmpty());

    PackagePlan plan = samplePlan();
    QVERIFY(plan.addAsset(QStringLiteral("media/missing.png"), QString(64, QLatin1Char('0')), &error));
    ZipPackageSink sink(target);
    error.clear();
    QVERIFY(!PackageWriter::write(plan, m_project->file(), sink, {}, nullptr, &error));
    QVERIFY(error.contains(QStringLiteral("media/missing.png")));
    QVERIFY(readFile(target) == good);
    QCOMPARE(entriesOf(dir.path()), QStringList(QStringLiteral("course.zip")));

    // A resource that does not exist fails the same way.
    PackagePlan badResource;
    QVERIFY(badResource.addResource(QStringLiteral("x.js"), QStringLiteral(":/no/such/file.js"), &error));
    error.clear();
    QVERIFY(!PackageWriter::write(badResource, m_project->file(), sink, {}, nullptr, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(readFile(target) == good);
    QCOMPARE(entriesOf(dir.path()), QStringList(QStringLiteral("course.zip")));
}

void TestPackageWriter::folderRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString target = dir.filePath(QStringLiteral("preview"));
    // An earlier preview with a file the new one no longer has: it must not survive.
    QVERIFY(QDir().mkpath(target));
    QFile stale(target + QStringLiteral("/stale.html"));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();

    FolderPackageSink sink(target);
    QString error;
    QVERIFY2(PackageWriter::write(samplePlan(), m_project->file(), sink, {}, nullptr, &error),
             qPrintable(error));
    QCOMPARE(readFile(target + QStringLiteral("/index.html")), m_text);
    QVERIFY(readFile(target + QStringLiteral("/media/clip.mp4")) == m_assetBytes);
    QCOMPARE(readFile(target + QStringLiteral("/data/course.json")), readFile(SampleResource));
    QVERIFY(QFileInfo(target + QStringLiteral("/empty.txt")).isFile());
    QVERIFY(!QFileInfo::exists(target + QStringLiteral("/stale.html")));
    QCOMPARE(entriesOf(dir.path()), QStringList(QStringLiteral("preview")));
}

void TestPackageWriter::progressReachesTotal_data()
{
    QTest::addColumn<bool>("folder");
    QTest::newRow("zip") << false;
    QTest::newRow("folder") << true;
}

void TestPackageWriter::progressReachesTotal()
{
    QFETCH(bool, folder);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::unique_ptr<PackageSink> sink;
    if (folder)
        sink = std::make_unique<FolderPackageSink>(dir.filePath(QStringLiteral("out")));
    else
        sink = std::make_unique<ZipPackageSink>(dir.filePath(QStringLiteral("out.zip")));
    QList<QPair<qint64, qint64>> reports;
    const auto progress = [&](qint64 done, qint64 total) { reports.append({done, total}); };
    QString error;
    QVERIFY2(PackageWriter::write(samplePlan(), m_project->file(), *sink, progress, nullptr, &error),
             qPrintable(error));
    QVERIFY(reports.size() > 3); // the asset is reported chunk by chunk
    const qint64 content = m_text.size() + m_assetBytes.size() + readFile(SampleResource).size();
    QCOMPARE(reports.last().first, reports.last().second);
    QCOMPARE(reports.last().second, content * sink->passes());
    for (qsizetype i = 1; i < reports.size(); ++i) {
        QVERIFY(reports[i].first >= reports[i - 1].first);
        QVERIFY(reports[i].first <= reports[i].second);
    }
}

void TestPackageWriter::neverShipsActiveDocuments_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("packagePath");
    QTest::newRow("web page") << QStringLiteral("page.html") << QStringLiteral("media/page.html");
    QTest::newRow("XHTML") << QStringLiteral("page.xhtml") << QStringLiteral("media/page.xhtml");
    QTest::newRow("web page under an image name")
        << QStringLiteral("page.html") << QStringLiteral("media/page.png");
    QTest::newRow("script") << QStringLiteral("code.js") << QStringLiteral("media/code.js");
}

void TestPackageWriter::neverShipsActiveDocuments()
{
    QFETCH(QString, fileName);
    QFETCH(QString, packagePath);
    const QString source = m_dir.filePath(fileName);
    {
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<!DOCTYPE html><html><body><script>localStorage.x = 1</script></body></html>\n");
    }
    QString error;
    auto project = Project::createNew(std::nullopt, &error);
    QVERIFY2(project, qPrintable(error));
    const std::optional<AssetInfo> info = project->file().importAsset(source, &error);
    QVERIFY2(info, qPrintable(error));
    QVERIFY(project->document().addAsset(*info));
    PackagePlan plan;
    QVERIFY2(plan.addAsset(packagePath, info->hash, &error), qPrintable(error));
    const QString target =
        m_dir.filePath(QStringLiteral("active-%1.zip").arg(QRandomGenerator::global()->generate()));
    ZipPackageSink sink(target);
    QVERIFY(!PackageWriter::write(plan, project->file(), sink, {}, nullptr, &error));
    QVERIFY2(error.contains(QLatin1String("web page or script")), qPrintable(error));
    QVERIFY(!QFileInfo::exists(target));
}

QTEST_GUILESS_MAIN(TestPackageWriter)
#include "tst_packagewriter.moc"
