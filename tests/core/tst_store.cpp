// The project file: round trips, incremental saves, Save As, assets, bad files, migrations.
#include "model/coursedocument.h"
#include "model/coursejson.h"
#include "store/assetprobe.h"
#include "store/project.h"
#include "store/projectfile.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtEndian>
#include <QtTest>

#include <sqlite3.h>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace cw;

namespace {

QString title()
{
    return QStringLiteral("title");
}

QByteArray canonical(CourseDocument &document)
{
    return CourseJson::write(*document.root(), document.assets());
}

// Content and modification time: what a failed open must leave alone.
QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "missing";
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    const QFileInfo info(path);
    return hash.result().toHex() + ' ' + QByteArray::number(info.lastModified().toMSecsSinceEpoch()) + ' ' +
           QByteArray::number(info.size());
}

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// A course with a little of everything: pages with blocks, a quiz, a scenario.
std::unique_ptr<Node> richCourse(int modules = 2, int pages = 3, int blocks = 4)
{
    auto course = CourseDocument::createCourseTree();
    course->setProperty(title(), QStringLiteral("Giving feedback"));
    course->takeChild(0);
    for (int m = 0; m < modules; ++m) {
        auto module = std::make_unique<Node>(NodeKind::Module);
        module->setProperty(title(), QStringLiteral("Module %1").arg(m));
        for (int p = 0; p < pages; ++p) {
            auto page = std::make_unique<Node>(NodeKind::Page);
            page->setProperty(title(), QStringLiteral("Page %1.%2").arg(m).arg(p));
            for (int b = 0; b < blocks; ++b) {
                auto text = std::make_unique<Node>(NodeKind::Text);
                text->setProperty(QStringLiteral("html"),
                                  QStringLiteral("<p>Block %1 with ü and \"quotes\"</p>").arg(b));
                page->appendChild(std::move(text));
            }
            module->appendChild(std::move(page));
        }
        auto quiz = CourseDocument::createNode(NodeKind::Quiz);
        quiz->appendChild(CourseDocument::createNode(NodeKind::SingleChoice));
        quiz->appendChild(CourseDocument::createNode(NodeKind::Matching));
        module->appendChild(std::move(quiz));
        module->appendChild(CourseDocument::createNode(NodeKind::Scenario));
        course->appendChild(std::move(module));
    }
    return course;
}

std::unique_ptr<Project> savedProject(const QString &path, std::unique_ptr<Node> root = richCourse())
{
    CourseData data;
    data.root = std::move(root);
    QString error;
    auto project = Project::createNew(std::move(data), &error);
    if (!project || !project->file().saveAs(path, &error))
        qWarning() << "could not create" << path << error;
    return project;
}

bool sqlite(const QString &path, const char *sql)
{
    sqlite3 *db = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) ==
                  SQLITE_OK &&
              sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!ok)
        qWarning() << sqlite3_errmsg(db);
    sqlite3_close(db);
    return ok;
}

QByteArray generatedBytes(qint64 size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = seed | 1;
    for (qint64 i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        bytes[i] = char(x);
    }
    return bytes;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// chattr +i / -i: makes renaming onto the file fail (needs CAP_LINUX_IMMUTABLE and ext4 or similar).
bool setImmutable(const QString &path, bool on)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0)
        return false;
    int flags = 0;
    bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
    ok = ok && ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    ::close(fd);
    return ok;
}

int fileMode(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

QStringList tmpFiles(const QString &dir)
{
    return QDir(dir).entryList({QStringLiteral("*.tmp*"), QStringLiteral("*cwtmp-*")},
                               QDir::Files | QDir::Hidden);
}

} // namespace

class TestStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createNewLivesInTemporaryFile();
    void roundTrip();
    void incrementalSave_data();
    void incrementalSave();
    void saveAfterOneEditWritesOneRow();
    void saveAsLeavesOldFileUnchanged();
    void assetsImportAndExport();
    void removedAssetSurvivesUndoAfterSave();
    void probe_data();
    void probe();
    void badFile_data();
    void badFile();
    void readOnlyFile();
    void newerVersionIsRefused();
    void damagedMediaAreReportedWhenRead();
    void lockedFileIsInUse();
    void saveAsGivesUpOnLockedSource();
    void failedSaveAsKeepsTargetLog();
    void saveAsPermissions();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestStore::createNewLivesInTemporaryFile()
{
    QString error;
    QString tempPath;
    {
        auto project = Project::createNew(std::nullopt, &error);
        QVERIFY2(project, qPrintable(error));
        QVERIFY(project->file().isTemporary());
        tempPath = project->file().filePath();
        QVERIFY(QFileInfo::exists(tempPath));
        QCOMPARE(project->document().root()->kind(), NodeKind::Course);
        QCOMPARE(project->document().root()->childCount(), 1);
        QVERIFY(project->file().hasUnsavedChanges());
        QVERIFY2(project->file().save(&error), qPrintable(error)); // an untitled course can be saved in place
        QVERIFY(!project->file().hasUnsavedChanges());
    }
    QVERIFY2(!QFileInfo::exists(tempPath), "the temporary file is removed on close");
}

void TestStore::roundTrip()
{
    const QString file = path(QStringLiteral("roundtrip.cwcourse"));
    QByteArray saved;
    {
        auto project = savedProject(file);
        QVERIFY(project);
        QVERIFY(!project->file().isTemporary());
        QCOMPARE(project->file().filePath(), QFileInfo(file).absoluteFilePath());
        QVERIFY(!project->document().isModified());
        saved = canonical(project->document());
    }
    QString error;
    auto reopened = Project::open(file, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(canonical(reopened->document()), saved);
    // Saving with no changes leaves the canonical form unchanged too.
    QVERIFY2(reopened->file().save(&error), qPrintable(error));
    reopened.reset();
    reopened = Project::open(file, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(canonical(reopened->document()), saved);
}

void TestStore::incrementalSave_data()
{
    QTest::addColumn<QString>("edit");
    for (const char *edit : {"property", "insert", "remove", "move", "moveAcross", "undoRemove", "undoInsert",
                             "macro", "asset", "twoSaves"})
        QTest::newRow(edit) << QString::fromLatin1(edit);
}

void TestStore::incrementalSave()
{
    QFETCH(QString, edit);
    const QString file = path(QStringLiteral("incremental-%1.cwcourse").arg(edit));
    QVERIFY(savedProject(file));
    QString error;
    auto project = Project::open(file, &error);
    QVERIFY2(project, qPrintable(error));
    CourseDocument &doc = project->document();
    const Node *module0 = doc.root()->child(0);
    const Node *module1 = doc.root()->child(1);
    const Node *page = module0->child(1);
    const QByteArray before = canonical(doc);

    if (edit == QLatin1String("property")) {
        QVERIFY(doc.setProperty(page->child(2)->id(), QStringLiteral("html"),
                                QStringLiteral("<p>changed</p>"), true));
    } else if (edit == QLatin1String("insert")) {
        QVERIFY(doc.insertNode(page->id(), 1, CourseDocument::createNode(NodeKind::Accordion)));
    } else if (edit == QLatin1String("remove")) {
        QVERIFY(doc.removeNode(page->id()));
    } else if (edit == QLatin1String("move")) {
        QVERIFY(doc.moveNode(page->child(0)->id(), page->id(), 3));
    } else if (edit == QLatin1String("moveAcross")) {
        QVERIFY(doc.moveNode(page->id(), module1->id(), 0));
    } else if (edit == QLatin1String("undoRemove")) {
        QVERIFY(doc.removeNode(page->id()));
        QVERIFY2(project->file().save(&error), qPrintable(error));
        doc.undoStack()->undo();
    } else if (edit == QLatin1String("undoInsert")) {
        QVERIFY(doc.insertNode(page->id(), 0, CourseDocument::createNode(NodeKind::Tabs)));
        QVERIFY2(project->file().save(&error), qPrintable(error));
        doc.undoStack()->undo();
        QCOMPARE(canonical(doc), before);
    } else if (edit == QLatin1String("macro")) {
        CourseDocument::Macro macro(doc, QStringLiteral("several"));
        QVERIFY(doc.setProperty(doc.root()->id(), title(), QStringLiteral("Renamed"), true));
        const Node *inserted = doc.insertNode(module1->id(), 0, CourseDocument::createNode(NodeKind::Page));
        QVERIFY(inserted);
        QVERIFY(doc.moveNode(page->child(3)->id(), inserted->id(), 0));
        QVERIFY(doc.removeNode(module0->child(0)->id()));
    } else if (edit == QLatin1String("asset")) {
        AssetInfo asset;
        asset.hash = QString(64, QLatin1Char('a'));
        asset.name = QStringLiteral("missing.png");
        asset.mimeType = QStringLiteral("image/png");
        asset.size = 10;
        QVERIFY(doc.addAsset(asset));
    } else if (edit == QLatin1String("twoSaves")) {
        QVERIFY(doc.setProperty(doc.root()->id(), title(), QStringLiteral("First"), true));
        QVERIFY2(project->file().save(&error), qPrintable(error));
        QVERIFY(doc.setProperty(doc.root()->id(), title(), QStringLiteral("Second"), true));
    }
    QVERIFY(project->file().hasUnsavedChanges());
    QVERIFY(doc.isModified() || edit.startsWith(QLatin1String("undo")));
    const QByteArray expected = canonical(doc);
    QVERIFY2(project->file().save(&error), qPrintable(error));
    QVERIFY(!doc.isModified());
    QVERIFY(!project->file().hasUnsavedChanges());

    auto reopened = Project::open(file, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(canonical(reopened->document()), expected);
    if (!edit.startsWith(QLatin1String("undo")))
        QVERIFY(expected != before);
    // Closed, the project is one self-contained file again.
    project.reset();
    reopened.reset();
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QVERIFY2(!QFileInfo::exists(file + QLatin1String(suffix)), suffix);
}

void TestStore::saveAfterOneEditWritesOneRow()
{
    // 100 modules x 20 pages x 5 blocks and a quiz per module: about 15,000 nodes. How fast this
    // is, is measured by tests/bench/bench_project; here: that a save writes only what changed.
    auto root = richCourse(100, 20, 5);
    int count = 0;
    root->walk([&count](const Node *) { ++count; });
    QVERIFY(count > 12000);
    const QString file = path(QStringLiteral("big.cwcourse"));
    QVERIFY(savedProject(file, std::move(root)));
    QString error;
    auto project = Project::open(file, &error);
    QVERIFY2(project, qPrintable(error));
    CourseDocument &doc = project->document();
    const Node *block = doc.root()->child(50)->child(10)->child(2);
    QVERIFY(doc.setProperty(block->id(), QStringLiteral("html"), QStringLiteral("<p>edited</p>"), true));
    QVERIFY2(project->file().save(&error), qPrintable(error));
    QCOMPARE(project->file().lastSaveRowCount(), 1);
    // Moving a page renumbers only the pages of its module (20 rows), not the course.
    const Node *module = doc.root()->child(7);
    QVERIFY(doc.moveNode(module->child(0)->id(), module->id(), 19));
    QVERIFY2(project->file().save(&error), qPrintable(error));
    QVERIFY2(project->file().lastSaveRowCount() <= module->childCount(),
             qPrintable(QString::number(project->file().lastSaveRowCount())));
    auto reopened = Project::open(file, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(canonical(reopened->document()), canonical(doc));
}

void TestStore::saveAsLeavesOldFileUnchanged()
{
    const QString oldFile = path(QStringLiteral("saveas-old.cwcourse"));
    const QString newFile = path(QStringLiteral("saveas-new.cwcourse"));
    QVERIFY(savedProject(oldFile));
    const QByteArray oldPrint = fingerprint(oldFile);
    QString error;
    auto project = Project::open(oldFile, &error);
    QVERIFY2(project, qPrintable(error));
    const QByteArray oldCanonical = canonical(project->document());
    QVERIFY(project->document().setProperty(project->document().root()->id(), title(), QStringLiteral("Copy"),
                                            true));
    QVERIFY(project->document().removeNode(project->document().root()->child(0)->id()));
    QSignalSpy pathChanged(&project->file(), &ProjectFile::filePathChanged);
    QVERIFY2(project->file().saveAs(newFile, &error), qPrintable(error));
    QCOMPARE(pathChanged.count(), 1);
    QCOMPARE(project->file().filePath(), QFileInfo(newFile).absoluteFilePath());
    QCOMPARE(fingerprint(oldFile), oldPrint);
    const QDir dir(m_dir.path());
    QVERIFY2(dir.entryList({QStringLiteral("*.tmp")}, QDir::Files).isEmpty(),
             "no temporary file is left behind");

    // Later saves go to the new file only.
    QVERIFY(project->document().setProperty(project->document().root()->id(), title(),
                                            QStringLiteral("Copy 2"), true));
    QVERIFY2(project->file().save(&error), qPrintable(error));
    QCOMPARE(fingerprint(oldFile), oldPrint);
    auto copy = Project::open(newFile, &error);
    QVERIFY2(copy, qPrintable(error));
    QCOMPARE(canonical(copy->document()), canonical(project->document()));
    auto old = Project::open(oldFile, &error);
    QVERIFY2(old, qPrintable(error));
    QCOMPARE(canonical(old->document()), oldCanonical);

    // Save As over an existing file replaces it (once nothing else has it open).
    copy.reset();
    project.reset();
    QVERIFY2(old->file().saveAs(newFile, &error), qPrintable(error));
    auto replaced = Project::open(newFile, &error);
    QVERIFY2(replaced, qPrintable(error));
    QCOMPARE(canonical(replaced->document()), oldCanonical);
}

void TestStore::assetsImportAndExport()
{
    struct Sample
    {
        QString name;
        QByteArray bytes;
    };
    // Sizes chosen around the 1 MiB I/O pieces and the 16 MiB rows, plus an empty file.
    const QList<Sample> samples = {
        {QStringLiteral("big.bin"), generatedBytes(17 * 1024 * 1024 + 123, 7)},
        {QStringLiteral("medium.dat"), generatedBytes(3 * 1024 * 1024, 11)},
        {QStringLiteral("small.txt"), QByteArrayLiteral("hello, world\n")},
        {QStringLiteral("empty.bin"), QByteArray()},
    };
    QString error;
    auto project = Project::createNew(std::nullopt, &error);
    QVERIFY2(project, qPrintable(error));
    QStringList hashes;
    for (const Sample &sample : samples) {
        const QString source = path(sample.name);
        QVERIFY(writeFile(source, sample.bytes));
        const auto info = project->file().importAsset(source, &error);
        QVERIFY2(info, qPrintable(error));
        QCOMPARE(info->hash.toLatin1(),
                 QCryptographicHash::hash(sample.bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(info->size, sample.bytes.size());
        QCOMPARE(info->name, sample.name);
        QVERIFY(!info->mimeType.isEmpty());
        QVERIFY(project->file().hasAssetData(info->hash));
        QVERIFY(project->document().addAsset(*info));
        hashes << info->hash;
        // Importing the same bytes again finds them and stores nothing new.
        const auto again = project->file().importAsset(source, &error);
        QVERIFY(again && again->hash == info->hash);
    }
    // Before the first save the bytes come from the scratch area.
    QVERIFY(!project->file().scratchPath().isEmpty());
    QVERIFY(QFileInfo::exists(project->file().scratchPath()));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY2(project->file().writeAssetTo(hashes[2], buffer, &error), qPrintable(error));
    QCOMPARE(buffer.data(), samples[2].bytes);

    const QString file = path(QStringLiteral("assets.cwcourse"));
    QVERIFY2(project->file().saveAs(file, &error), qPrintable(error));
    const QString scratch = project->file().scratchPath();
    project.reset();
    QVERIFY2(!QFileInfo::exists(scratch), "the scratch database is removed on close");

    auto reopened = Project::open(file, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->document().assets().size(), samples.size());
    for (int i = 0; i < samples.size(); ++i) {
        QVERIFY(reopened->file().hasAssetData(hashes[i]));
        QCOMPARE(reopened->document().asset(hashes[i])->size, samples[i].bytes.size());
        const QString out = path(QStringLiteral("exported-") + samples[i].name);
        QVERIFY2(reopened->file().exportAsset(hashes[i], out, &error), qPrintable(error));
        QCOMPARE(fileSha256(out), hashes[i].toLatin1());
    }
    QVERIFY(
        !reopened->file().exportAsset(QString(64, QLatin1Char('0')), path(QStringLiteral("none")), &error));
    QVERIFY(error.contains(QLatin1String("no data")));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("none"))));
}

void TestStore::removedAssetSurvivesUndoAfterSave()
{
    const QString source = path(QStringLiteral("undo-asset.bin"));
    const QByteArray bytes = generatedBytes(2 * 1024 * 1024 + 5, 3);
    QVERIFY(writeFile(source, bytes));
    const QString file = path(QStringLiteral("undo-asset.cwcourse"));
    QString error;
    {
        auto project = savedProject(file);
        const auto info = project->file().importAsset(source, &error);
        QVERIFY2(info, qPrintable(error));
        QVERIFY(project->document().addAsset(*info));
        QVERIFY2(project->file().save(&error), qPrintable(error));
    }
    auto project = Project::open(file, &error);
    QVERIFY2(project, qPrintable(error));
    const QString hash = project->document().assets().firstKey();
    const qint64 sizeWithAsset = QFileInfo(file).size();
    QVERIFY(project->document().removeAsset(hash));
    QVERIFY2(project->file().save(&error), qPrintable(error));
    {
        auto check = Project::open(file, &error);
        QVERIFY2(check, qPrintable(error));
        QVERIFY(!check->file().hasAssetData(hash));
        QVERIFY(check->document().assets().isEmpty());
    }
    QVERIFY2(QFileInfo(file).size() < sizeWithAsset, "deleted media gives its space back");
    project->document().undoStack()->undo();
    QVERIFY2(project->file().save(&error), qPrintable(error));
    project.reset();
    auto check = Project::open(file, &error);
    QVERIFY2(check, qPrintable(error));
    QVERIFY(check->file().hasAssetData(hash));
    QBuffer out;
    out.open(QIODevice::WriteOnly);
    QVERIFY2(check->file().writeAssetTo(hash, out, &error), qPrintable(error));
    QCOMPARE(out.data(), bytes);
}

void TestStore::probe_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("mime");
    QTest::addColumn<int>("width");
    QTest::addColumn<int>("height");
    QTest::addColumn<qint64>("durationMs");

    QBuffer png;
    png.open(QIODevice::WriteOnly);
    QImage image(37, 21, QImage::Format_RGB32);
    image.fill(Qt::red);
    image.save(&png, "PNG");
    QTest::newRow("png") << "a.png" << png.data() << "image/png" << 37 << 21 << qint64(0);

    // 8 kHz mono 16-bit: 16,000 bytes a second, 2.5 s of silence.
    QByteArray wav("RIFF\0\0\0\0WAVEfmt ", 16);
    const auto le32 = [](quint32 v) {
        QByteArray b(4, 0);
        qToLittleEndian(v, b.data());
        return b;
    };
    const auto le16 = [](quint16 v) {
        QByteArray b(2, 0);
        qToLittleEndian(v, b.data());
        return b;
    };
    wav += le32(16) + le16(1) + le16(1) + le32(8000) + le32(16000) + le16(2) + le16(16);
    wav += QByteArray("data", 4) + le32(40000) + QByteArray(40000, 0);
    QTest::newRow("wav") << "a.wav" << wav << "audio/x-wav" << 0 << 0 << qint64(2500);

    const auto be32 = [](quint32 v) {
        QByteArray b(4, 0);
        qToBigEndian(v, b.data());
        return b;
    };
    const auto box = [&](const char *type, const QByteArray &body) {
        return be32(quint32(8 + body.size())) + QByteArray(type, 4) + body;
    };
    // mvhd version 0: flags, created, modified, timescale 600, duration 600 * 83.5
    const QByteArray mvhd =
        box("mvhd", be32(0) + be32(0) + be32(0) + be32(600) + be32(50100) + QByteArray(80, 0));
    QByteArray tkhdBody = be32(0) + QByteArray(76, 0) + be32(640u << 16) + be32(360u << 16);
    const QByteArray moov = box("moov", mvhd + box("trak", box("tkhd", tkhdBody)));
    const QByteArray mp4 = box("ftyp", QByteArray("isom\0\0\2\0isommp41", 16)) +
                           box("free", QByteArray(10, 0)) + moov + box("mdat", QByteArray(100, 0));
    QTest::newRow("mp4") << "a.mp4" << mp4 << "video/mp4" << 640 << 360 << qint64(83500);

    // MPEG-1 layer III, 128 kbit/s, 44.1 kHz, no CRC: 16,000 bytes of frames is one second.
    QByteArray mp3;
    const QByteArray frameHeader("\xff\xfb\x90\x00", 4);
    const int frameSize = 144 * 128000 / 44100; // 417
    while (mp3.size() + frameSize <= 16000)
        mp3 += frameHeader + QByteArray(frameSize - 4, 0);
    mp3 += QByteArray(16000 - mp3.size(), 0);
    QTest::newRow("mp3") << "a.mp3" << mp3 << "audio/mpeg" << 0 << 0 << qint64(1000);

    // Probed without being drawn: decoding an SVG with text needs fonts, which a process without a
    // GUI (the command line, this test) cannot open.
    QTest::newRow("svg with text") << "label.svg"
                                   << QByteArray(
                                          "<svg xmlns='http://www.w3.org/2000/svg' width='80' height='20'>"
                                          "<text x='0' y='15'>Label</text></svg>")
                                   << "image/svg+xml" << 0 << 0 << qint64(0);
    QTest::newRow("unknown") << "a.xyz" << generatedBytes(1000, 5) << "application/octet-stream" << 0 << 0
                             << qint64(0);
    // WebVTT by content, whatever the name suggests (MediaFit::mimeType).
    const QByteArray vtt = "WEBVTT\n\n00:00.000 --> 00:02.000\nHi\n";
    QTest::newRow("WebVTT named .txt") << "subs.txt" << vtt << "text/vtt" << 0 << 0 << qint64(0);
    QTest::newRow("WebVTT with a byte order mark, no extension")
        << "subs" << QByteArray("\xEF\xBB\xBF" + vtt) << "text/vtt" << 0 << 0 << qint64(0);
    QTest::newRow("text named .vtt") << "fake.vtt" << QByteArray("Just notes\n") << "text/plain" << 0 << 0
                                     << qint64(0);
}

void TestStore::probe()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    const QString file = path(QStringLiteral("probe-") + name);
    QVERIFY(writeFile(file, bytes));
    AssetInfo info;
    AssetProbe::probe(file, info);
    QTEST(info.mimeType, "mime");
    QTEST(info.width, "width");
    QTEST(info.height, "height");
    QTEST(info.durationMs, "durationMs");
}

void TestStore::badFile_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected"); // part of the message

    QTest::newRow("missing") << "missing.cwcourse"
                             << "does not exist";
    QTest::newRow("directory") << "folder.cwcourse"
                               << "is a folder";
    QTest::newRow("empty") << "empty.cwcourse"
                           << "the file is empty";
    QTest::newRow("text") << "text.cwcourse"
                          << "is not a Coursewright project";
    QTest::newRow("short header") << "short.cwcourse"
                                  << "truncated";
    QTest::newRow("foreign sqlite") << "foreign.cwcourse"
                                    << "an SQLite database, but not a Coursewright project";
    QTest::newRow("newer version") << "newer.cwcourse"
                                   << "newer version of Coursewright";
    QTest::newRow("truncated") << "truncated.cwcourse"
                               << "truncated";
    QTest::newRow("corrupt") << "corrupt.cwcourse"
                             << "is damaged";
    QTest::newRow("unknown kind") << "unknownkind.cwcourse"
                                  << "has the unknown kind 'bogus'";
    QTest::newRow("bad props") << "badprops.cwcourse"
                               << "are not a JSON object";
    QTest::newRow("bad property value") << "badvalue.cwcourse"
                                        << "item ";
    QTest::newRow("orphan") << "orphan.cwcourse"
                            << "which does not exist";
    QTest::newRow("no course") << "nocourse.cwcourse"
                               << "has no parent";
    QTest::newRow("media width past int") << "widemedia.cwcourse"
                                          << "has an impossible size";
}

void TestStore::badFile()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString file = path(QStringLiteral("bad-") + name);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const auto validProject = [&] {
        auto project = savedProject(file);
        return project != nullptr;
    };
    if (tag == QLatin1String("directory")) {
        QVERIFY(QDir().mkpath(file));
    } else if (tag == QLatin1String("empty")) {
        QVERIFY(writeFile(file, {}));
    } else if (tag == QLatin1String("text")) {
        QVERIFY(writeFile(file, "Just some notes, not a course.\n"));
    } else if (tag == QLatin1String("short header")) {
        QVERIFY(writeFile(file, QByteArray("SQLite format 3\0\x10\0", 18)));
    } else if (tag == QLatin1String("foreign sqlite")) {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(file).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE t(x); INSERT INTO t VALUES(1)", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    } else if (tag == QLatin1String("newer version")) {
        QVERIFY(validProject());
        QVERIFY(sqlite(file, "PRAGMA user_version = 99"));
    } else if (tag == QLatin1String("truncated")) {
        QVERIFY(validProject());
        QFile f(file);
        QVERIFY(f.resize(f.size() / 2 + 100));
    } else if (tag == QLatin1String("corrupt")) {
        QVERIFY(validProject());
        // Overwrite the nodes table's root page with garbage; the header stays intact.
        sqlite3 *db = nullptr;
        sqlite3_open(QFile::encodeName(file).constData(), &db);
        sqlite3_stmt *stmt = nullptr;
        sqlite3_prepare_v2(db, "SELECT rootpage FROM sqlite_schema WHERE name = 'nodes'", -1, &stmt, nullptr);
        QCOMPARE(sqlite3_step(stmt), SQLITE_ROW);
        const qint64 rootPage = sqlite3_column_int64(stmt, 0);
        sqlite3_finalize(stmt);
        sqlite3_close(db);
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek((rootPage - 1) * 4096));
        f.write(QByteArray(4096, '\x5a'));
    } else if (tag == QLatin1String("unknown kind")) {
        QVERIFY(validProject());
        QVERIFY(sqlite(file, "UPDATE nodes SET kind = 'bogus' WHERE rowid = (SELECT max(rowid) FROM nodes)"));
    } else if (tag == QLatin1String("bad props")) {
        QVERIFY(validProject());
        QVERIFY(
            sqlite(file, "UPDATE nodes SET props = '[1, 2' WHERE rowid = (SELECT max(rowid) FROM nodes)"));
    } else if (tag == QLatin1String("bad property value")) {
        QVERIFY(validProject());
        QVERIFY(sqlite(file, "UPDATE nodes SET props = '{\"title\": 42}' WHERE kind = 'course'"));
    } else if (tag == QLatin1String("orphan")) {
        QVERIFY(validProject());
        QVERIFY(sqlite(file, "UPDATE nodes SET parent = '00000000-0000-0000-0000-000000000001'"
                             " WHERE rowid = (SELECT max(rowid) FROM nodes)"));
    } else if (tag == QLatin1String("no course")) {
        QVERIFY(validProject());
        QVERIFY(sqlite(file, "UPDATE nodes SET parent = NULL WHERE kind = 'module'"));
    } else if (tag == QLatin1String("media width past int")) {
        // int(4294967297) is 1: the figure must not wrap into a plausible one.
        QVERIFY(validProject());
        QVERIFY(sqlite(
            file,
            "INSERT INTO assets VALUES('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',"
            " 'wide.png', 'image/png', 10, 4294967297, 1, 0)"));
    }
    const QByteArray before = fingerprint(file);
    QTest::qWait(20); // a write would now show in the modification time
    QString error;
    auto project = Project::open(file, &error);
    QVERIFY(!project);
    qInfo("%s", qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("%1")), qPrintable(error));
    QCOMPARE(fingerprint(file), before);
    if (tag != QLatin1String("directory") && tag != QLatin1String("missing"))
        QVERIFY2(!QFileInfo::exists(file + QStringLiteral("-journal")), "no journal left beside the file");
}

void TestStore::readOnlyFile()
{
    const QString file = path(QStringLiteral("readonly.cwcourse"));
    QVERIFY(savedProject(file));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = fingerprint(file);
    QString error;
    auto project = Project::open(file, &error);
    QVERIFY2(project, qPrintable(error));
    QVERIFY(project->file().isReadOnly());
    QVERIFY(project->document().setProperty(project->document().root()->id(), title(), QStringLiteral("X"),
                                            true));
    QVERIFY(!project->file().save(&error));
    QCOMPARE(error, QStringLiteral("The file is read-only; use Save As."));
    QCOMPARE(fingerprint(file), before);
    // Save As onto the read-only file itself would replace it: refused.
    QVERIFY(!project->file().saveAs(file, &error));
    QVERIFY2(error.contains(QLatin1String("is read-only; save the course under another name")),
             qPrintable(error));
    QCOMPARE(fingerprint(file), before);
    QVERIFY(project->file().isReadOnly());
    const QString copy = path(QStringLiteral("readonly-copy.cwcourse"));
    QVERIFY2(project->file().saveAs(copy, &error), qPrintable(error));
    QVERIFY(!project->file().isReadOnly());
    QCOMPARE(fingerprint(file), before);
    auto reopened = Project::open(copy, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->document().root()->string(title()), QStringLiteral("X"));
}

void TestStore::newerVersionIsRefused()
{
    const QString file = path(QStringLiteral("version.cwcourse"));
    QVERIFY(savedProject(file));
    {
        QString error;
        auto project = ProjectFile::open(file, &error);
        QVERIFY2(project, qPrintable(error));
    }
    // One step beyond what this build writes: refused, with both versions named.
    const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(ProjectFile::SchemaVersion + 1);
    QVERIFY(sqlite(file, pragma.constData()));
    QString error;
    QVERIFY(!ProjectFile::open(file, &error));
    QVERIFY2(error.contains(QString::number(ProjectFile::SchemaVersion + 1)), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("update Coursewright")), qPrintable(error));
}

void TestStore::damagedMediaAreReportedWhenRead()
{
    const QString file = path(QStringLiteral("damaged-media.cwcourse"));
    const QByteArray bytes = generatedBytes(3 * 1024 * 1024, 5);
    QString hash;
    {
        QString error;
        auto project = Project::createNew(std::nullopt, &error);
        QVERIFY2(project, qPrintable(error));
        QVERIFY(writeFile(path(QStringLiteral("media.bin")), bytes));
        const auto info = project->file().importAsset(path(QStringLiteral("media.bin")), &error);
        QVERIFY2(info, qPrintable(error));
        hash = info->hash;
        QVERIFY(project->document().addAsset(*info));
        QVERIFY2(project->file().saveAs(file, &error), qPrintable(error));
    }
    // Flip bytes in the middle of the media data: the course tables stay intact.
    QFile raw(file);
    QVERIFY(raw.open(QIODevice::ReadWrite));
    const QByteArray whole = raw.readAll();
    const qint64 offset = whole.indexOf(bytes.mid(1536 * 1024, 64));
    QVERIFY(offset > 0);
    QVERIFY(raw.seek(offset));
    raw.write(QByteArray(64, '\0'));
    raw.close();

    QString error;
    auto reopened = Project::open(file, &error);
    QVERIFY2(reopened, qPrintable(error)); // the course itself still opens
    const QString out = path(QStringLiteral("damaged-out.bin"));
    QVERIFY(!reopened->file().exportAsset(hash, out, &error));
    QVERIFY2(error.contains(QLatin1String("damaged")), qPrintable(error));
    QVERIFY(!QFile::exists(out)); // no partial file left behind
}

void TestStore::lockedFileIsInUse()
{
    const QString file = path(QStringLiteral("locked.cwcourse"));
    QVERIFY(savedProject(file));
    const QByteArray before = fingerprint(file);
    sqlite3 *other = nullptr; // another program's connection, holding an exclusive lock
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(file).constData(), &other, SQLITE_OPEN_READWRITE, nullptr),
             SQLITE_OK);
    const auto closeOther = qScopeGuard([&] { sqlite3_close(other); });
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    QString error;
    QVERIFY(!Project::open(file, &error));
    QVERIFY2(error.contains(QLatin1String("locked.cwcourse is in use by another program")),
             qPrintable(error));
    QVERIFY2(!error.contains(QLatin1String("damaged")), qPrintable(error));
    QCOMPARE(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    QCOMPARE(fingerprint(file), before);
    auto project = Project::open(file, &error); // once released it opens normally
    QVERIFY2(project, qPrintable(error));
}

void TestStore::saveAsGivesUpOnLockedSource()
{
    const QString source = path(QStringLiteral("busy-source.cwcourse"));
    const QString target = path(QStringLiteral("busy-target.cwcourse"));
    QVERIFY(savedProject(source));
    QString error;
    auto project = Project::open(source, &error); // not saved yet: the file is in rollback-journal mode
    QVERIFY2(project, qPrintable(error));
    QVERIFY(project->document().setProperty(project->document().root()->id(), title(), QStringLiteral("Busy"),
                                            true));
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(source).constData(), &other, SQLITE_OPEN_READWRITE, nullptr),
             SQLITE_OK);
    const auto closeOther = qScopeGuard([&] { sqlite3_close(other); });
    QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(!project->file().saveAs(target, &error));
    qInfo("gave up after %lld ms: %s", timer.elapsed(), qPrintable(error));
    QVERIFY2(timer.elapsed() < 15000, "bounded wait");
    QVERIFY2(error.contains(QLatin1String("busy-source.cwcourse is in use by another program")),
             qPrintable(error));
    QVERIFY2(tmpFiles(m_dir.path()).isEmpty(), qPrintable(tmpFiles(m_dir.path()).join(QLatin1Char(' '))));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(project->file().filePath(), QFileInfo(source).absoluteFilePath());
    // Once the other program lets go, Save As works.
    QCOMPARE(sqlite3_exec(other, "COMMIT", nullptr, nullptr, nullptr), SQLITE_OK);
    QVERIFY2(project->file().saveAs(target, &error), qPrintable(error));
    auto copy = Project::open(target, &error);
    QVERIFY2(copy, qPrintable(error));
    QCOMPARE(copy->document().root()->string(title()), QStringLiteral("Busy"));
}

void TestStore::failedSaveAsKeepsTargetLog()
{
    // A target whose latest saves are still in its write-ahead log (as after a crash): a copy of a
    // file and its -wal taken while the project is open.
    const QString live = path(QStringLiteral("wal-live.cwcourse"));
    const QString target = path(QStringLiteral("wal-target.cwcourse"));
    QVERIFY(savedProject(live));
    QString error;
    {
        // Coursewright itself never leaves a log (a saved file stands alone); older versions and
        // other SQLite tools can.
        sqlite3 *holder = nullptr;
        QCOMPARE(
            sqlite3_open_v2(QFile::encodeName(live).constData(), &holder, SQLITE_OPEN_READWRITE, nullptr),
            SQLITE_OK);
        const auto closeHolder = qScopeGuard([&] { sqlite3_close(holder); });
        for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA wal_autocheckpoint=0",
                                "UPDATE nodes SET props = json_set(props, '$.title', 'Only in the log') "
                                "WHERE parent IS NULL"})
            QCOMPARE(sqlite3_exec(holder, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        QVERIFY(QFileInfo(live + QStringLiteral("-wal")).size() > 0);
        QVERIFY(QFile::copy(live, target));
        QVERIFY(QFile::copy(live + QStringLiteral("-wal"), target + QStringLiteral("-wal")));
    }
    if (!setImmutable(target, true))
        QSKIP("cannot make a file immutable here (needs CAP_LINUX_IMMUTABLE)");
    const auto unlock = qScopeGuard([&] { setImmutable(target, false); });
    auto other = savedProject(path(QStringLiteral("wal-other.cwcourse")));
    QVERIFY(other);
    QVERIFY(!other->file().saveAs(target, &error)); // the rename fails
    qInfo("%s", qPrintable(error));
    QVERIFY(tmpFiles(m_dir.path()).isEmpty());
    QVERIFY(setImmutable(target, false));
    auto reopened = Project::open(target, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->document().root()->string(title()), QStringLiteral("Only in the log"));
}

void TestStore::saveAsPermissions()
{
    const mode_t oldMask = ::umask(022);
    const auto restore = qScopeGuard([&] { ::umask(oldMask); });
    QString error;
    auto project = Project::createNew(std::nullopt, &error);
    QVERIFY2(project, qPrintable(error));
    const QString first = path(QStringLiteral("mode-022.cwcourse"));
    QVERIFY2(project->file().saveAs(first, &error), qPrintable(error));
    QCOMPARE(fileMode(first), 0644);
    ::umask(027);
    const QString second = path(QStringLiteral("mode-027.cwcourse"));
    QVERIFY2(project->file().saveAs(second, &error), qPrintable(error));
    QCOMPARE(fileMode(second), 0640);
    // A replaced file keeps its mode, whatever the umask.
    const QString existing = path(QStringLiteral("mode-existing.cwcourse"));
    QVERIFY(savedProject(existing));
    QCOMPARE(::chmod(QFile::encodeName(existing).constData(), 0664), 0);
    ::umask(077);
    QVERIFY2(project->file().saveAs(existing, &error), qPrintable(error));
    QCOMPARE(fileMode(existing), 0664);
    // ... and later saves keep it too.
    QVERIFY(project->document().setProperty(project->document().root()->id(), title(), QStringLiteral("M"),
                                            true));
    QVERIFY2(project->file().save(&error), qPrintable(error));
    QCOMPARE(fileMode(existing), 0664);
}

QTEST_GUILESS_MAIN(TestStore)
#include "tst_store.moc"
