// Autosave and crash recovery: recovery files come and go with edits and saves, and a killed
// process loses at most one autosave interval of edits.
#include "model/coursedocument.h"
#include "model/coursejson.h"
#include "store/autosaver.h"
#include "store/project.h"
#include "store/recoveryfile.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>

using namespace cw;

// Milliseconds on the system's monotonic clock, comparable between the test and its child.
static long long monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

namespace {

const QString kTitle = QStringLiteral("title");

QByteArray fingerprint(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return "missing";
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex() + ' ' +
           QByteArray::number(QFileInfo(path).lastModified().toMSecsSinceEpoch());
}

bool setTitle(Project &project, const QString &title)
{
    return project.document().setProperty(project.document().root()->id(), kTitle, title, true);
}

} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void defaultDirectoryFollowsEnvironment();
    void writesOnlyAfterChanges();
    void saveAndCloseRemoveTheCopy();
    void untitledCourses();
    void killedProcessIsRecovered();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    std::unique_ptr<Project> savedProject(const QString &file)
    {
        QString error;
        auto project = Project::createNew(std::nullopt, &error);
        if (!project || !project->file().saveAs(file, &error))
            qWarning() << error;
        return project;
    }
    QTemporaryDir m_dir;
};

void TestRecovery::defaultDirectoryFollowsEnvironment()
{
    qputenv("CW_RECOVERY_DIR", path(QStringLiteral("from-env")).toUtf8());
    QCOMPARE(RecoveryFile::defaultDirectory(), path(QStringLiteral("from-env")));
    qunsetenv("CW_RECOVERY_DIR");
    QVERIFY(RecoveryFile::defaultDirectory().endsWith(QLatin1String("/recovery")));
}

void TestRecovery::writesOnlyAfterChanges()
{
    const QString dir = path(QStringLiteral("changes"));
    const QString file = path(QStringLiteral("changes.cwcourse"));
    auto project = savedProject(file);
    QVERIFY(project);
    Autosaver autosaver(project->file(), dir);
    QCOMPARE(autosaver.interval(), Autosaver::DefaultIntervalMs);
    autosaver.setInterval(30);
    QCOMPARE(autosaver.recoveryPath(), RecoveryFile::pathFor(file, dir));
    QTest::qWait(120);
    QVERIFY2(!QFileInfo::exists(autosaver.recoveryPath()), "nothing changed, nothing written");

    QVERIFY(setTitle(*project, QStringLiteral("Edited")));
    QVERIFY(autosaver.isPending());
    QTRY_VERIFY(QFileInfo::exists(autosaver.recoveryPath()));
    QVERIFY(!autosaver.isPending());
    const auto info = RecoveryFile::find(file, dir);
    QVERIFY(info);
    QCOMPARE(info->filePath, QFileInfo(file).absoluteFilePath());
    QCOMPARE(info->title, QStringLiteral("Edited"));
    QVERIFY(info->savedAt.isValid());
    QString error;
    const auto data = RecoveryFile::load(info->recoveryPath, &error);
    QVERIFY2(data, qPrintable(error));
    QCOMPARE(CourseJson::write(*data->root, {}), CourseJson::write(*project->document().root(), {}));

    // Written once per change: a removed copy is not rewritten until the next edit.
    QFile::remove(autosaver.recoveryPath());
    QTest::qWait(120);
    QVERIFY(!QFileInfo::exists(autosaver.recoveryPath()));
    QVERIFY(setTitle(*project, QStringLiteral("Again")));
    QTRY_VERIFY(QFileInfo::exists(autosaver.recoveryPath()));

    QVERIFY(!RecoveryFile::find(path(QStringLiteral("other.cwcourse")), dir));
    QVERIFY(!RecoveryFile::readInfo(file, &error)); // a project file is not a recovery file
    QVERIFY(error.contains(QLatin1String("not a Coursewright recovery file")));
}

void TestRecovery::saveAndCloseRemoveTheCopy()
{
    const QString dir = path(QStringLiteral("save"));
    const QString file = path(QStringLiteral("save.cwcourse"));
    auto project = savedProject(file);
    QString recovery;
    {
        Autosaver autosaver(project->file(), dir);
        recovery = autosaver.recoveryPath();
        QVERIFY(setTitle(*project, QStringLiteral("One")));
        QVERIFY(autosaver.writeNow());
        QVERIFY(QFileInfo::exists(recovery));
        QString error;
        QVERIFY2(project->file().save(&error), qPrintable(error));
        QVERIFY2(!QFileInfo::exists(recovery), "a clean save removes the copy");
        QVERIFY(setTitle(*project, QStringLiteral("Two")));
        QVERIFY(autosaver.writeNow());
        QVERIFY(QFileInfo::exists(recovery));
    }
    QVERIFY2(!QFileInfo::exists(recovery), "a normal close removes the copy");
}

void TestRecovery::untitledCourses()
{
    const QString dir = path(QStringLiteral("untitled"));
    QString error;
    auto project = Project::createNew(std::nullopt, &error);
    QVERIFY2(project, qPrintable(error));
    Autosaver autosaver(project->file(), dir);
    QVERIFY(setTitle(*project, QStringLiteral("Draft")));
    QVERIFY(autosaver.writeNow());
    const QString untitledCopy = autosaver.recoveryPath();
    const QList<RecoveryFile::Info> list = RecoveryFile::untitled(dir);
    QCOMPARE(list.size(), 1);
    QVERIFY(list[0].filePath.isEmpty());
    QCOMPARE(list[0].temporaryPath, project->file().filePath());
    QCOMPARE(list[0].title, QStringLiteral("Draft"));

    // Save As gives the course a name: the untitled copy goes, later copies follow the new name.
    const QString file = path(QStringLiteral("named.cwcourse"));
    QVERIFY2(project->file().saveAs(file, &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(untitledCopy));
    QVERIFY(RecoveryFile::untitled(dir).isEmpty());
    QCOMPARE(autosaver.recoveryPath(), RecoveryFile::pathFor(file, dir));
    QVERIFY(setTitle(*project, QStringLiteral("Named")));
    QVERIFY(autosaver.writeNow());
    QVERIFY(RecoveryFile::find(file, dir));

    // Discarding removes the copy and the scratch file it names, and nothing else.
    const QString scratch = path(QStringLiteral("coursewright-media-test.cwscratch"));
    QVERIFY(QFile(scratch).open(QIODevice::WriteOnly));
    RecoveryFile::Info info;
    info.recoveryPath = RecoveryFile::pathForUntitled(dir);
    info.scratchPath = scratch;
    info.temporaryPath = file; // not one of ours by name: must survive
    QVERIFY(RecoveryFile::write(info, CourseJson::write(*project->document().root(), {}), &error));
    RecoveryFile::discard(info.recoveryPath);
    QVERIFY(!QFileInfo::exists(info.recoveryPath));
    QVERIFY(!QFileInfo::exists(scratch));
    QVERIFY(QFileInfo::exists(file));
}

void TestRecovery::killedProcessIsRecovered()
{
    const int interval = 200;
    const QString dir = path(QStringLiteral("crash"));
    const QString file = path(QStringLiteral("crash.cwcourse"));
    QVERIFY(savedProject(file));
    const QString media = path(QStringLiteral("clip.bin"));
    QByteArray bytes(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 7919) >> 3);
    {
        QFile out(media);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(bytes), bytes.size());
    }
    const QString mediaHash =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QByteArray before = fingerprint(file);

    QProcess child;
    child.start(QStringLiteral(CW_RECOVERY_CHILD), {file, dir, QString::number(interval), media});
    QVERIFY2(child.waitForStarted(), qPrintable(child.errorString()));

    QMap<int, qint64> edits; // edit number -> when it was in the child's document
    int autosaves = 0;
    QString scratch;
    QByteArray pending;
    const auto readLines = [&] {
        pending += child.readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> parts = pending.left(newline).split(' ');
            pending.remove(0, newline + 1);
            if (parts.value(0) == "EDIT" && parts.size() == 3)
                edits.insert(parts[1].toInt(), parts[2].toLongLong());
            else if (parts.value(0) == "AUTOSAVED")
                ++autosaves;
            else if (parts.value(0) == "READY")
                scratch = QString::fromUtf8(parts.value(1));
        }
    };
    QElapsedTimer running;
    running.start();
    // Let it run for several intervals, then kill it in the middle of editing.
    while ((autosaves < 3 || running.elapsed() < 5 * interval) && running.elapsed() < 60000) {
        if (child.state() != QProcess::Running)
            QFAIL(qPrintable(QStringLiteral("the child stopped: ") +
                             QString::fromLocal8Bit(child.readAllStandardError())));
        child.waitForReadyRead(100);
        readLines();
    }
    QVERIFY2(autosaves >= 3, "the child wrote no recovery copies");
    const qint64 killedAt = monotonicMs();
    child.kill(); // SIGKILL: no destructor, no cleanup
    QVERIFY(child.waitForFinished(10000));
    readLines();
    QVERIFY(!edits.isEmpty());
    QVERIFY(!scratch.isEmpty());

    const auto info = RecoveryFile::find(file, dir);
    QVERIFY2(info, "a killed process leaves its recovery copy");
    QCOMPARE(info->scratchPath, scratch);
    QVERIFY2(QFileInfo::exists(scratch), "the imported media survive the crash");
    QString error;
    const auto data = RecoveryFile::load(info->recoveryPath, &error);
    QVERIFY2(data, qPrintable(error));
    const QString recoveredTitle = data->root->string(kTitle);
    QVERIFY2(recoveredTitle.startsWith(QLatin1String("edit ")), qPrintable(recoveredTitle));
    const int recovered = recoveredTitle.mid(5).toInt();
    QVERIFY(edits.contains(recovered));
    // Every edit made at least one interval before the kill is in the copy. The slack allows for
    // a timer firing late on a loaded machine.
    const qint64 slack = 250;
    int required = 0;
    for (auto it = edits.cbegin(); it != edits.cend(); ++it) {
        if (it.value() <= killedAt - interval - slack)
            required = it.key();
    }
    qInfo("edits seen %d, recovered up to edit %d, required at least %d", edits.lastKey(), recovered,
          required);
    QVERIFY(required > 0);
    QVERIFY2(recovered >= required, qPrintable(QStringLiteral("lost edits %1..%2, made %3 ms before the kill")
                                                   .arg(recovered + 1)
                                                   .arg(required)
                                                   .arg(killedAt - edits.value(recovered + 1))));
    QCOMPARE(fingerprint(file), before);
    QVERIFY2(!QFileInfo::exists(file + QStringLiteral("-wal")), "the child never wrote to the project");

    // Recovering: the original file with the recovered course and media as unsaved changes.
    {
        auto project = Project::openRecovered(info->recoveryPath, &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(project->document().root()->string(kTitle), recoveredTitle);
        QVERIFY(project->file().hasUnsavedChanges());
        QVERIFY(project->file().hasAssetData(mediaHash));
        QCOMPARE(fingerprint(file), before);
        Autosaver autosaver(project->file(), dir);
        QVERIFY(autosaver.takeOver(info->recoveryPath, &error));
        QVERIFY(QFileInfo::exists(autosaver.recoveryPath()));
        QVERIFY2(project->file().save(&error), qPrintable(error));
        QVERIFY(!QFileInfo::exists(autosaver.recoveryPath()));
    }
    QVERIFY2(!QFileInfo::exists(scratch), "the adopted scratch file is removed after use");
    auto reopened = Project::open(file, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->document().root()->string(kTitle), recoveredTitle);
    const QString exported = path(QStringLiteral("clip-out.bin"));
    QVERIFY2(reopened->file().exportAsset(mediaHash, exported, &error), qPrintable(error));
    QFile out(exported);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QCOMPARE(out.readAll(), bytes);
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
