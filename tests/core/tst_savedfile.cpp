// After Save the .cwcourse alone holds the saved course: designers copy, sync and mail project
// files while the editor is still open.
#include "model/coursedocument.h"
#include "store/project.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace cw;

class TestSavedFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void copyTakenWhileTheEditorRunsHasEverySave();
    void saveLeavesNoJournalBeside();

private:
    QTemporaryDir m_dir;
};

namespace {

bool makeProject(const QString &path)
{
    QString error;
    auto project = Project::createNew(std::nullopt, &error);
    return project && project->file().saveAs(path, &error);
}

QStringList companions(const QString &path)
{
    QStringList found;
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        if (QFileInfo::exists(path + QLatin1String(suffix)))
            found << path + QLatin1String(suffix);
    }
    return found;
}

} // namespace

void TestSavedFile::copyTakenWhileTheEditorRunsHasEverySave()
{
    const QString file = m_dir.filePath(QStringLiteral("open.cwcourse"));
    QVERIFY(makeProject(file));
    QProcess editor;
    editor.start(QStringLiteral(CW_SAVE_CHILD), {file, QStringLiteral("Saved while open")});
    QVERIFY(editor.waitForReadyRead(60000));
    QCOMPARE(editor.readLine().trimmed(), QByteArray("SAVED"));
    QCOMPARE(editor.state(), QProcess::Running);

    // The file alone, copied the way a file manager or a sync client would.
    const QString copy = m_dir.filePath(QStringLiteral("copy/open.cwcourse"));
    QVERIFY(QDir().mkpath(QFileInfo(copy).absolutePath()));
    QVERIFY(QFile::copy(file, copy));
    QString error;
    auto opened = Project::open(copy, &error, ProjectFile::Access::ReadOnly);
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(opened->document().root()->string(QStringLiteral("title")), QStringLiteral("Saved while open"));
    QCOMPARE(opened->document().root()->string(QStringLiteral("author")), QStringLiteral("First save"));
    QVERIFY2(companions(file).isEmpty(), qPrintable(companions(file).join(QLatin1Char(' '))));
    editor.kill();
    editor.waitForFinished();
}

void TestSavedFile::saveLeavesNoJournalBeside()
{
    const QString file = m_dir.filePath(QStringLiteral("inprocess.cwcourse"));
    QVERIFY(makeProject(file));
    QString error;
    auto project = Project::open(file, &error);
    QVERIFY2(project, qPrintable(error));
    CourseDocument &doc = project->document();
    for (int i = 0; i < 5; ++i) {
        doc.setProperty(doc.root()->id(), QStringLiteral("title"), QStringLiteral("Edit %1").arg(i), true);
        QVERIFY2(project->file().save(&error), qPrintable(error));
        QVERIFY2(companions(file).isEmpty(), qPrintable(companions(file).join(QLatin1Char(' '))));
    }
    const QString copy = m_dir.filePath(QStringLiteral("inprocess-copy.cwcourse"));
    QVERIFY(QFile::copy(file, copy));
    auto opened = Project::open(copy, &error);
    QVERIFY2(opened, qPrintable(error));
    QCOMPARE(opened->document().root()->string(QStringLiteral("title")), QStringLiteral("Edit 4"));
}

QTEST_GUILESS_MAIN(TestSavedFile)
#include "tst_savedfile.moc"
