// Importing media into a course: catalogue, assignment to the selected item, one undo step.
#include "model/mediafit.h"
#include "store/assetblobs.h"
#include "store/mediaimport.h"
#include "store/project.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

#include <algorithm>

using namespace cw;

namespace {
bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
} // namespace

class TestMediaImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void imageGoesIntoTheSelectedImageBlock();
    void videoCaptionsAndPosterFindTheirProperties();
    void withoutTargetOnlyTheCatalogueChanges();
    void unreadableFileChangesNothing();
    void progressCountsTheWorkOfEveryFile();
    void cancelledImportKeepsNothing();
    void webVttIsDecidedByContent_data();
    void webVttIsDecidedByContent();
    void captionsTakeWebVttOnly_data();
    void captionsTakeWebVttOnly();
    void devicesAreNotMedia();

private:
    std::unique_ptr<Project> projectWith(NodeKind kind, QUuid *block);
    QTemporaryDir m_dir;
    QString m_png;
};

void TestMediaImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_png = m_dir.filePath(QStringLiteral("photo.png"));
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QVERIFY(image.save(m_png));
}

std::unique_ptr<Project> TestMediaImport::projectWith(NodeKind kind, QUuid *block)
{
    QString error;
    auto project = Project::createNew(std::nullopt, &error);
    if (!project)
        return nullptr;
    const Node *page = project->document().root()->child(0)->child(0);
    const Node *node = project->document().insertNode(page->id(), 0, CourseDocument::createNode(kind));
    *block = node->id();
    project->document().undoStack()->clear();
    return project;
}

void TestMediaImport::imageGoesIntoTheSelectedImageBlock()
{
    QUuid block;
    auto project = projectWith(NodeKind::Image, &block);
    QVERIFY(project);
    QString error;
    const auto result = MediaImport::run(*project, {m_png}, block, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->imported.size(), 1);
    const AssetInfo &asset = result->imported.first();
    QCOMPARE(asset.mimeType, QStringLiteral("image/png"));
    QCOMPARE(asset.width, 40);
    QCOMPARE(result->assignedKeys, QStringList{QStringLiteral("asset")});
    CourseDocument &doc = project->document();
    QCOMPARE(doc.node(block)->string(QStringLiteral("asset")), asset.hash);
    QVERIFY(doc.asset(asset.hash));
    QCOMPARE(doc.undoStack()->count(), 1);
    doc.undoStack()->undo();
    QVERIFY(doc.node(block)->string(QStringLiteral("asset")).isEmpty());
    QVERIFY(!doc.asset(asset.hash));
}

void TestMediaImport::videoCaptionsAndPosterFindTheirProperties()
{
    QUuid block;
    auto project = projectWith(NodeKind::Video, &block);
    QVERIFY(project);
    const QString clip = m_dir.filePath(QStringLiteral("clip.mp4"));
    const QString captions = m_dir.filePath(QStringLiteral("clip.vtt"));
    QVERIFY(writeFile(clip, QByteArray("\x00\x00\x00\x18"
                                       "ftypmp42",
                                       12) +
                                QByteArray(500, '\1')));
    QVERIFY(writeFile(captions, "WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n"));
    QString error;
    const auto result = MediaImport::run(*project, {clip, captions, m_png}, block, &error);
    QVERIFY2(result, qPrintable(error));
    const Node *video = project->document().node(block);
    QCOMPARE(video->string(QStringLiteral("asset")), result->imported.at(0).hash);
    QCOMPARE(video->string(QStringLiteral("captions")), result->imported.at(1).hash);
    QCOMPARE(video->string(QStringLiteral("poster")), result->imported.at(2).hash);
    QCOMPARE(project->document().undoStack()->count(), 1);
}

void TestMediaImport::withoutTargetOnlyTheCatalogueChanges()
{
    QUuid block;
    auto project = projectWith(NodeKind::Image, &block);
    QVERIFY(project);
    QString error;
    const auto result = MediaImport::run(*project, {m_png}, QUuid(), &error);
    QVERIFY2(result, qPrintable(error));
    QVERIFY(result->assignedKeys.isEmpty());
    QCOMPARE(project->document().assets().size(), 1);
    QVERIFY(project->document().node(block)->string(QStringLiteral("asset")).isEmpty());
}

void TestMediaImport::unreadableFileChangesNothing()
{
    QUuid block;
    auto project = projectWith(NodeKind::Image, &block);
    QVERIFY(project);
    QString error;
    const QString missing = m_dir.filePath(QStringLiteral("missing.png"));
    QVERIFY(!MediaImport::run(*project, {m_png, missing}, block, &error));
    QVERIFY2(error.contains(QLatin1String("missing.png")), qPrintable(error));
    QCOMPARE(project->document().undoStack()->count(), 0);
    QVERIFY(project->document().assets().isEmpty());
}

void TestMediaImport::webVttIsDecidedByContent_data()
{
    QTest::addColumn<QString>("detected"); // what a MIME database said
    QTest::addColumn<QByteArray>("head");
    QTest::addColumn<QString>("expected");
    const QByteArray vtt = "WEBVTT\n\n00:00.000 --> 00:02.000\nHi\n";
    QTest::newRow("vtt") << "text/vtt" << vtt << "text/vtt";
    QTest::newRow("vtt called text/plain") << "text/plain" << vtt << "text/vtt";
    QTest::newRow("vtt called octet-stream") << "application/octet-stream" << vtt << "text/vtt";
    QTest::newRow("byte order mark") << "text/plain" << QByteArray("\xEF\xBB\xBF" + vtt) << "text/vtt";
    QTest::newRow("header text") << "text/plain" << QByteArray("WEBVTT - Lesson 1\n") << "text/vtt";
    QTest::newRow("tab") << "text/plain" << QByteArray("WEBVTT\tx") << "text/vtt";
    QTest::newRow("signature alone") << "text/plain" << QByteArray("WEBVTT") << "text/vtt";
    QTest::newRow("CRLF") << "text/plain" << QByteArray("WEBVTT\r\n") << "text/vtt";
    QTest::newRow("named .vtt, not WebVTT") << "text/vtt" << QByteArray("hello\n") << "text/plain";
    QTest::newRow("WEBVTTX") << "text/vtt" << QByteArray("WEBVTTX\n") << "text/plain";
    QTest::newRow("lower case") << "text/vtt" << QByteArray("webvtt\n") << "text/plain";
    QTest::newRow("empty") << "text/vtt" << QByteArray() << "text/plain";
    QTest::newRow("other text") << "text/plain" << QByteArray("notes\n") << "text/plain";
    QTest::newRow("image") << "image/png" << QByteArray("\x89PNG\r\n\x1a\n") << "image/png";
}

void TestMediaImport::webVttIsDecidedByContent()
{
    QFETCH(QString, detected);
    QFETCH(QByteArray, head);
    QTEST(MediaFit::mimeType(detected, head), "expected");
}

void TestMediaImport::captionsTakeWebVttOnly_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("assigned");
    const QByteArray vtt = "WEBVTT\n\n00:00.000 --> 00:02.000\nHello\n";
    QTest::newRow("WebVTT named .vtt") << "a.vtt" << vtt << true;
    QTest::newRow("WebVTT named .txt") << "b.txt" << vtt << true;
    QTest::newRow("plain text named .txt") << "notes.txt" << QByteArray("Just notes\n") << false;
    QTest::newRow("plain text named .vtt") << "fake.vtt" << QByteArray("Just notes\n") << false;
}

// The editor's Import Media puts a file into a captions field only when validation will accept
// it there and the export can inline it: the same rule (MediaFit) in all three places.
void TestMediaImport::captionsTakeWebVttOnly()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(bool, assigned);
    QUuid block;
    auto project = projectWith(NodeKind::Video, &block);
    QVERIFY(project);
    const QString file = m_dir.filePath(name);
    QVERIFY(writeFile(file, bytes));
    QString error;
    const auto result = MediaImport::run(*project, {file}, block, &error);
    QVERIFY2(result, qPrintable(error));
    QCOMPARE(result->imported.first().mimeType,
             assigned ? QStringLiteral("text/vtt") : QStringLiteral("text/plain"));
    QCOMPARE(result->assignedKeys.contains(QStringLiteral("captions")), assigned);
    QCOMPARE(MediaFit::fits(MediaFit::Captions, result->imported.first()), assigned);
}

// A device never ends (/dev/zero) or is empty for ever (/dev/null); either way it is not media.
void TestMediaImport::devicesAreNotMedia()
{
#ifdef Q_OS_UNIX
    QUuid block;
    auto project = projectWith(NodeKind::Image, &block);
    QVERIFY(project);
    QString error;
    QVERIFY(!MediaImport::run(*project, {QStringLiteral("/dev/null")}, block, &error));
    QVERIFY2(error.contains(QLatin1String("not a regular file")), qPrintable(error));
    QVERIFY(project->document().assets().isEmpty());
#endif
}

void TestMediaImport::progressCountsTheWorkOfEveryFile()
{
    QUuid block;
    auto project = projectWith(NodeKind::Image, &block);
    QVERIFY(project);
    const QString clip = m_dir.filePath(QStringLiteral("progress.mp4"));
    QVERIFY(writeFile(clip, QByteArray(3 * 1024 * 1024 + 17, 'v')));
    const qint64 total = MediaImport::workFor({m_png, clip});
    QCOMPARE(total, 2 * (QFileInfo(m_png).size() + QFileInfo(clip).size()));
    QList<qint64> seen;
    QString error;
    const auto result =
        MediaImport::run(*project, {m_png, clip}, QUuid(), &error, [&](qint64 done, qint64 all) {
            if (all != total)
                return false;
            seen << done;
            return true;
        });
    QVERIFY2(result, qPrintable(error));
    QVERIFY(seen.size() >= 4); // the clip is read twice in pieces of a megabyte
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QCOMPARE(seen.last(), total);
}

void TestMediaImport::cancelledImportKeepsNothing()
{
    QUuid block;
    auto project = projectWith(NodeKind::Image, &block);
    QVERIFY(project);
    const QByteArray bytes(3 * 1024 * 1024, 'c');
    const QString clip = m_dir.filePath(QStringLiteral("cancelled.mp4"));
    QVERIFY(writeFile(clip, bytes));
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    // Stopped while the bytes are being copied in: the half-written copy is rolled back.
    QString error;
    QVERIFY(!MediaImport::run(*project, {clip}, QUuid(), &error, [&](qint64 done, qint64) {
        return done <= bytes.size() + AssetBlobs::IoSize;
    }));
    QVERIFY2(error.contains(QLatin1String("cancelled.mp4")), qPrintable(error));
    QVERIFY(project->document().assets().isEmpty());
    QCOMPARE(project->document().undoStack()->count(), 0);
    QVERIFY(!project->file().hasAssetData(hash));
    // The same file imports afterwards.
    QVERIFY2(MediaImport::run(*project, {clip}, QUuid(), &error), qPrintable(error));
    QVERIFY(project->file().hasAssetData(hash));
}

QTEST_GUILESS_MAIN(TestMediaImport)
#include "tst_mediaimport.moc"
