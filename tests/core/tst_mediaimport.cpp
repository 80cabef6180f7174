// Importing media into a course: catalogue, assignment to the selected item, one undo step.
#include "store/mediaimport.h"
#include "store/project.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

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

QTEST_GUILESS_MAIN(TestMediaImport)
#include "tst_mediaimport.moc"
