// ProjectSession: the open project's life (new, open, save as, recover) and the recent-files list,
// without any window.
#include "model/coursedocument.h"
#include "model/node.h"
#include "shell/projectsession.h"
#include "store/autosaver.h"
#include "store/project.h"
#include "store/recoveryfile.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace cw;

class TestProjectSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void newReplacesTheProjectWithSignals();
    void saveAsNamesTheFileAndRemembersIt();
    void openKeepsTheOpenProjectWhenItFails();
    void recentFilesAreUniqueNewestFirstAndCapped();
    void recoveryReopensUnsavedChanges();

private:
    QTemporaryDir m_recovery;
};

void TestProjectSession::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("CoursewrightTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_widgets_projectsession"));
    QVERIFY(m_recovery.isValid());
    qputenv("CW_RECOVERY_DIR", m_recovery.path().toLocal8Bit());
}

void TestProjectSession::init()
{
    ProjectSession::clearRecentFiles();
}

void TestProjectSession::newReplacesTheProjectWithSignals()
{
    ProjectSession session;
    QVERIFY(!session.document());
    QCOMPARE(session.displayName(), QString());
    QSignalSpy before(&session, &ProjectSession::aboutToReplaceProject);
    QSignalSpy after(&session, &ProjectSession::projectReplaced);
    // Views let go of the old document while it still exists.
    CourseDocument *seenBefore = nullptr;
    bool hadDocumentBefore = false;
    connect(&session, &ProjectSession::aboutToReplaceProject, this, [&] {
        hadDocumentBefore = session.document() != nullptr;
        seenBefore = session.document();
    });
    QString error;
    QVERIFY2(session.newCourse(&error), qPrintable(error));
    QCOMPARE(before.size(), 1);
    QCOMPARE(after.size(), 1);
    QVERIFY(!hadDocumentBefore);
    CourseDocument *first = session.document();
    QVERIFY(first);
    QVERIFY(session.isUntitled());
    QCOMPARE(session.filePath(), QString());
    QVERIFY(!session.displayName().isEmpty());

    QVERIFY2(session.newFromTemplate(QStringLiteral("sample"), &error), qPrintable(error));
    QCOMPARE(seenBefore, first);
    QVERIFY(session.document() != first);
    QVERIFY(session.document()->root()->childCount() > 0);
    session.close();
    QVERIFY(!session.document());
    QCOMPARE(after.size(), 3);
}

void TestProjectSession::saveAsNamesTheFileAndRemembersIt()
{
    QTemporaryDir dir;
    ProjectSession session;
    QString error;
    QVERIFY(session.newCourse(&error));
    QVERIFY(session.document()->setProperty(session.document()->root()->id(), QStringLiteral("title"),
                                            QStringLiteral("Safety basics")));
    QVERIFY(session.isModified());
    QSignalSpy renamed(&session, &ProjectSession::filePathChanged);
    const QString path = dir.filePath(QStringLiteral("safety.cwcourse"));
    QVERIFY2(session.saveAs(path, &error), qPrintable(error));
    QCOMPARE(renamed.size(), 1); // once: the title bar is redrawn once
    QVERIFY(!session.isUntitled());
    QVERIFY(!session.isModified());
    QCOMPARE(session.displayName(), QStringLiteral("safety.cwcourse"));
    QCOMPARE(ProjectSession::recentFiles(), QStringList{QFileInfo(path).absoluteFilePath()});

    ProjectSession other;
    QVERIFY2(other.open(path, &error), qPrintable(error));
    QCOMPARE(other.document()->root()->property(QStringLiteral("title")).toString(),
             QStringLiteral("Safety basics"));
}

void TestProjectSession::openKeepsTheOpenProjectWhenItFails()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.cwcourse"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a course");
    file.close();
    ProjectSession session;
    QString error;
    QVERIFY(session.newCourse(&error));
    CourseDocument *before = session.document();
    QSignalSpy replaced(&session, &ProjectSession::aboutToReplaceProject);
    QVERIFY(!session.open(path, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(session.document(), before);
    QCOMPARE(replaced.size(), 0);
    QVERIFY(ProjectSession::recentFiles().isEmpty());
}

void TestProjectSession::recentFilesAreUniqueNewestFirstAndCapped()
{
    for (int i = 0; i < ProjectSession::MaxRecentFiles + 3; ++i)
        ProjectSession::addRecentFile(QStringLiteral("/courses/%1.cwcourse").arg(i));
    ProjectSession::addRecentFile(QStringLiteral("/courses/5.cwcourse"));
    const QStringList recent = ProjectSession::recentFiles();
    QCOMPARE(recent.size(), ProjectSession::MaxRecentFiles);
    QCOMPARE(recent.first(), QStringLiteral("/courses/5.cwcourse"));
    QCOMPARE(recent.count(QStringLiteral("/courses/5.cwcourse")), 1);
    QCOMPARE(recent.at(1), QStringLiteral("/courses/10.cwcourse"));
    QVERIFY(!recent.contains(QStringLiteral("/courses/0.cwcourse")));
    ProjectSession::clearRecentFiles();
    QVERIFY(ProjectSession::recentFiles().isEmpty());
}

void TestProjectSession::recoveryReopensUnsavedChanges()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("course.cwcourse"));
    QString recoveryPath;
    {
        // A session that "crashes": its autosave copy is written and never removed.
        QString error;
        std::unique_ptr<Project> project = Project::createNew(std::nullopt, &error);
        QVERIFY(project);
        QVERIFY(project->file().saveAs(path, &error));
        Autosaver autosaver(project->file());
        QVERIFY(project->document().setProperty(project->document().root()->id(), QStringLiteral("title"),
                                                QStringLiteral("Not saved yet")));
        QVERIFY2(autosaver.writeNow(&error), qPrintable(error));
        recoveryPath = autosaver.recoveryPath();
        QVERIFY(QFile::copy(recoveryPath, recoveryPath + QStringLiteral(".kept")));
    }
    QVERIFY(QFile::rename(recoveryPath + QStringLiteral(".kept"), recoveryPath));
    QVERIFY(RecoveryFile::find(path).has_value());

    ProjectSession session;
    QString error;
    QString notice = QStringLiteral("stale");
    QString warning = QStringLiteral("stale");
    QVERIFY2(session.openRecovered(recoveryPath, &error, &notice, &warning), qPrintable(error));
    QCOMPARE(notice, QString());
    QCOMPARE(warning, QString());
    QVERIFY(session.isModified());
    QCOMPARE(session.document()->root()->property(QStringLiteral("title")).toString(),
             QStringLiteral("Not saved yet"));
    QCOMPARE(QFileInfo(session.filePath()).canonicalFilePath(), QFileInfo(path).canonicalFilePath());
    QCOMPARE(ProjectSession::recentFiles().size(), 1);
}

QTEST_MAIN(TestProjectSession)
#include "tst_projectsession.moc"
