// Autosave and crash recovery: recovery files come and go with edits and saves, and a killed
// process loses at most one autosave interval of edits.
#include "model/coursedocument.h"
#include "model/coursejson.h"
#include "store/autosaver.h"
#include "store/project.h"
#include "store/recoveryfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QSysInfo>
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

// The id of a process that has ended (and been reaped).
qint64 deadPid()
{
    QProcess process;
    process.start(QStringLiteral("sleep"), {QStringLiteral("30")});
    if (!process.waitForStarted())
        return 0;
    const qint64 pid = process.processId();
    process.kill();
    process.waitForFinished();
    return pid;
}

// A scratch database as ProjectFile makes them (adoptScratch checks for its table).
bool makeScratchDatabase(const QString &path)
{
    QFile::remove(path);
    QString error;
    auto project = Project::createNew(std::nullopt, &error);
    if (!project)
        return false;
    // An untitled project file has the asset_chunks table a scratch database needs.
    return QFile::copy(project->file().filePath(), path);
}

// A recovery copy of `project` as a session that has ended would have left it.
QString writeCrashedCopy(const QString &dir, CourseDocument &document, const QString &filePath,
                         const QString &scratch = {}, const QString &temporary = {})
{
    RecoveryFile::Info info;
    info.recoveryPath =
        filePath.isEmpty() ? RecoveryFile::pathForUntitled(dir) : RecoveryFile::pathFor(filePath, dir);
    info.filePath = filePath.isEmpty() ? QString() : QFileInfo(filePath).absoluteFilePath();
    info.scratchPath = scratch;
    info.temporaryPath = temporary;
    info.title = document.root()->string(kTitle);
    info.savedAt = QDateTime::currentDateTimeUtc();
    info.ownerPid = deadPid();
    info.ownerHost = QSysInfo::machineHostName();
    QString error;
    if (!RecoveryFile::write(info, CourseJson::write(*document.root(), document.assets()), &error))
        qWarning() << error;
    return info.recoveryPath;
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
    void recoveredProjectIsModified();
    void runningOwnerIsSkipped();
    void twoSessionsKeepSeparateCopies();
    void craftedRecoveryCannotDeleteFiles();
    void missingOriginalOpensUntitled();
    void staleTemporaryFilesAreRemoved();

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
    QVERIFY(autosaver.recoveryPath().startsWith(dir + QStringLiteral("/file-")));
    QVERIFY2(RecoveryFile::pathFor(file, dir) != RecoveryFile::pathFor(file, dir), "one name per session");
    QTest::qWait(120);
    QVERIFY2(!QFileInfo::exists(autosaver.recoveryPath()), "nothing changed, nothing written");

    QVERIFY(setTitle(*project, QStringLiteral("Edited")));
    QVERIFY(autosaver.isPending());
    QTRY_VERIFY(QFileInfo::exists(autosaver.recoveryPath()));
    QVERIFY(!autosaver.isPending());
    QVERIFY2(!RecoveryFile::find(file, dir), "the copy of a running session is not a crash");
    QString error;
    const auto info = RecoveryFile::readInfo(autosaver.recoveryPath(), &error);
    QVERIFY2(info, qPrintable(error));
    QVERIFY(RecoveryFile::isOwnerRunning(*info));
    QCOMPARE(info->filePath, QFileInfo(file).absoluteFilePath());
    QCOMPARE(info->title, QStringLiteral("Edited"));
    QVERIFY(info->savedAt.isValid());
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
    QVERIFY2(RecoveryFile::untitled(dir).isEmpty(), "the copy of a running session is not a crash");
    const auto live = RecoveryFile::readInfo(untitledCopy, &error);
    QVERIFY2(live, qPrintable(error));
    QVERIFY(live->filePath.isEmpty());
    QCOMPARE(live->temporaryPath, project->file().filePath());
    QCOMPARE(live->title, QStringLiteral("Draft"));
    const QString temporaryName = QFileInfo(live->temporaryPath).fileName();
    QVERIFY2(temporaryName.startsWith(QStringLiteral("coursewright-untitled-cwtmp-")),
             qPrintable(temporaryName));
    QVERIFY2(QFileInfo::exists(live->temporaryPath.chopped(QStringLiteral(".cwcourse").size()) +
                               QStringLiteral(".cwlock")),
             "temporary files carry the lock of the process that owns them");

    // Save As gives the course a name: the untitled copy goes, later copies follow the new name.
    const QString file = path(QStringLiteral("named.cwcourse"));
    QVERIFY2(project->file().saveAs(file, &error), qPrintable(error));
    QVERIFY(!QFileInfo::exists(untitledCopy));
    QVERIFY(QDir(dir).entryList({QStringLiteral("untitled-*")}, QDir::Files).isEmpty());
    QVERIFY(autosaver.recoveryPath().startsWith(dir + QStringLiteral("/file-")));
    QVERIFY(setTitle(*project, QStringLiteral("Named")));
    QVERIFY(autosaver.writeNow());
    QCOMPARE(RecoveryFile::readInfo(autosaver.recoveryPath(), &error)->filePath,
             QFileInfo(file).absoluteFilePath());

    // Discarding removes the copy and the scratch file it names, and nothing else.
    const QString scratch = path(QStringLiteral("coursewright-media-test.cwscratch"));
    QVERIFY(QFile(scratch).open(QIODevice::WriteOnly));
    RecoveryFile::Info info;
    info.recoveryPath = RecoveryFile::pathForUntitled(dir);
    info.scratchPath = scratch;
    info.temporaryPath = file; // not one of ours by name: must survive
    info.ownerPid = deadPid();
    info.ownerHost = QSysInfo::machineHostName();
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
    while ((autosaves < 3 || running.elapsed() < 12 * interval) && running.elapsed() < 60000) {
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
    // a timer firing late on a loaded machine (CI runs this beside other tests, also under ASan).
    const qint64 slack = 800;
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

void TestRecovery::recoveredProjectIsModified()
{
    const QString dir = path(QStringLiteral("modified"));
    const QString file = path(QStringLiteral("modified.cwcourse"));
    QString recovery;
    {
        auto project = savedProject(file);
        QVERIFY(project);
        QVERIFY(setTitle(*project, QStringLiteral("Unsaved")));
        recovery = writeCrashedCopy(dir, project->document(), file);
    }
    QString error;
    QString notice = QStringLiteral("stale");
    auto project = Project::openRecovered(recovery, &error, &notice);
    QVERIFY2(project, qPrintable(error));
    QVERIFY(notice.isEmpty());
    QVERIFY(!project->file().isTemporary());
    QCOMPARE(project->document().root()->string(kTitle), QStringLiteral("Unsaved"));
    QVERIFY2(project->document().isModified(), "recovered changes are unsaved changes");
    QVERIFY2(project->file().save(&error), qPrintable(error));
    QVERIFY(!project->document().isModified());
}

void TestRecovery::runningOwnerIsSkipped()
{
    const QString dir = path(QStringLiteral("owner"));
    const QString file = path(QStringLiteral("owner.cwcourse"));
    auto project = savedProject(file);
    QVERIFY(project);
    const QString scratch = path(QStringLiteral("coursewright-media-owner.cwscratch"));
    QVERIFY(QFile(scratch).open(QIODevice::WriteOnly));
    QString error;
    const auto write = [&](qint64 pid, const QString &host) {
        RecoveryFile::Info info;
        info.recoveryPath = RecoveryFile::pathFor(file, dir);
        info.filePath = QFileInfo(file).absoluteFilePath();
        info.scratchPath = scratch;
        info.savedAt = QDateTime::currentDateTimeUtc();
        info.ownerPid = pid;
        info.ownerHost = host;
        if (!RecoveryFile::write(info, CourseJson::write(*project->document().root(), {}), &error))
            qWarning() << error;
        return info.recoveryPath;
    };
    const QString host = QSysInfo::machineHostName();

    // Written by this (running) process: neither offered nor discarded with its media.
    const QString mine = write(0, {});
    const auto info = RecoveryFile::readInfo(mine, &error);
    QVERIFY2(info, qPrintable(error));
    QCOMPARE(info->ownerPid, QCoreApplication::applicationPid());
    QCOMPARE(info->ownerHost, host);
    QVERIFY(RecoveryFile::isOwnerRunning(*info));
    QVERIFY(!RecoveryFile::find(file, dir));
    RecoveryFile::discard(mine);
    QVERIFY2(QFileInfo::exists(scratch), "a running session's media are never deleted");
    QVERIFY(!QFileInfo::exists(mine));

    // Its process has ended: offered.
    const QString dead = write(deadPid(), host);
    auto found = RecoveryFile::find(file, dir);
    QVERIFY(found);
    QCOMPARE(found->recoveryPath, QFileInfo(dead).absoluteFilePath());
    QVERIFY(!RecoveryFile::isOwnerRunning(*found));
    QFile::remove(dead);

    // The pid belongs to a running process that holds no lock for the copy (a reused pid): offered.
    const QString reused = write(QCoreApplication::applicationPid(), host);
    QVERIFY2(RecoveryFile::find(file, dir), "a reused pid is not the owner");
    QFile::remove(reused);
    // Written on another machine: this one cannot tell, so it is offered.
    const QString elsewhere = write(QCoreApplication::applicationPid(), host + QStringLiteral("-other"));
    QVERIFY(RecoveryFile::find(file, dir));
    QFile::remove(elsewhere);

    // Untitled copies follow the same rule.
    Autosaver live(project->file(), dir);
    auto untitled = Project::createNew(std::nullopt, &error);
    QVERIFY2(untitled, qPrintable(error));
    Autosaver untitledSaver(untitled->file(), dir);
    QVERIFY(untitledSaver.writeNow());
    QVERIFY(RecoveryFile::untitled(dir).isEmpty());
    const QString crashed = writeCrashedCopy(dir, untitled->document(), {});
    const QList<RecoveryFile::Info> list = RecoveryFile::untitled(dir);
    QCOMPARE(list.size(), 1);
    QCOMPARE(list[0].recoveryPath, QFileInfo(crashed).absoluteFilePath());
}

void TestRecovery::twoSessionsKeepSeparateCopies()
{
    const QString dir = path(QStringLiteral("two"));
    const QString file = path(QStringLiteral("two.cwcourse"));
    QVERIFY(savedProject(file));
    QString error;
    auto first = Project::open(file, &error);
    auto second = Project::open(file, &error);
    QVERIFY2(first && second, qPrintable(error));
    Autosaver firstSaver(first->file(), dir);
    QString secondCopy;
    {
        Autosaver secondSaver(second->file(), dir);
        secondCopy = secondSaver.recoveryPath();
        QVERIFY(firstSaver.recoveryPath() != secondCopy);
        QVERIFY(setTitle(*first, QStringLiteral("First")));
        QVERIFY(setTitle(*second, QStringLiteral("Second")));
        QVERIFY(firstSaver.writeNow());
        QVERIFY(secondSaver.writeNow());
    }
    QVERIFY(!QFileInfo::exists(secondCopy));
    QVERIFY2(QFileInfo::exists(firstSaver.recoveryPath()), "closing one session keeps the other's copy");
    QCOMPARE(RecoveryFile::readInfo(firstSaver.recoveryPath(), &error)->title, QStringLiteral("First"));
}

void TestRecovery::craftedRecoveryCannotDeleteFiles()
{
    const QString dir = path(QStringLiteral("crafted"));
    const QString precious = path(QStringLiteral("precious.db"));
    const QString preciousCourse = path(QStringLiteral("precious.cwcourse"));
    QVERIFY(makeScratchDatabase(precious)); // adoptable by content, but not one of ours by name
    QVERIFY(makeScratchDatabase(preciousCourse));
    QString error;
    auto source = Project::createNew(std::nullopt, &error);
    QVERIFY2(source, qPrintable(error));
    const QString recovery = writeCrashedCopy(dir, source->document(), {}, precious, preciousCourse);
    {
        auto project = Project::openRecovered(recovery, &error);
        QVERIFY2(project, qPrintable(error));
        QVERIFY(project->file().scratchPath().isEmpty());
    }
    QVERIFY2(QFileInfo::exists(precious), "a file not named as ours is never adopted (and deleted)");
    QVERIFY(QFileInfo::exists(preciousCourse));

    // One with our name is adopted, and removed with the project once its bytes are saved.
    const QString ours = path(QStringLiteral("coursewright-media-1-abcdef.cwscratch"));
    QVERIFY(makeScratchDatabase(ours));
    const QString adopted = writeCrashedCopy(dir, source->document(), {}, ours);
    {
        auto project = Project::openRecovered(adopted, &error);
        QVERIFY2(project, qPrintable(error));
        QCOMPARE(project->file().scratchPath(), QFileInfo(ours).absoluteFilePath());
    }
    QVERIFY(!QFileInfo::exists(ours));
}

void TestRecovery::missingOriginalOpensUntitled()
{
    const QString dir = path(QStringLiteral("missing"));
    const QString file = path(QStringLiteral("missing.cwcourse"));
    QString recovery;
    {
        auto project = savedProject(file);
        QVERIFY(project);
        QVERIFY(setTitle(*project, QStringLiteral("Rescued")));
        recovery = writeCrashedCopy(dir, project->document(), file);
    }
    QVERIFY(QFile::remove(file));
    QString error;
    QString notice;
    auto project = Project::openRecovered(recovery, &error, &notice);
    QVERIFY2(project, qPrintable(error));
    QVERIFY(project->file().isTemporary());
    QCOMPARE(project->document().root()->string(kTitle), QStringLiteral("Rescued"));
    QVERIFY(project->document().isModified());
    QVERIFY2(notice.contains(QLatin1String("missing.cwcourse")) && notice.contains(QLatin1String("untitled")),
             qPrintable(notice));
    QVERIFY(!QFileInfo::exists(file));
    const QString saved = path(QStringLiteral("rescued.cwcourse"));
    QVERIFY2(project->file().saveAs(saved, &error), qPrintable(error));
    auto reopened = Project::open(saved, &error);
    QVERIFY2(reopened, qPrintable(error));
    QCOMPARE(reopened->document().root()->string(kTitle), QStringLiteral("Rescued"));
}

void TestRecovery::staleTemporaryFilesAreRemoved()
{
    const QString temp = path(QStringLiteral("stale-temp"));
    const QString dir = path(QStringLiteral("stale-recovery"));
    QVERIFY(QDir().mkpath(temp));
    const qint64 dead = deadPid();
    const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-2);
    const auto make = [&](const QString &name, bool isOld) {
        QFile f(temp + QLatin1Char('/') + name);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        if (isOld)
            f.setFileTime(old, QFileDevice::FileModificationTime);
        return f.fileName();
    };
    // Files of a killed process: its lock names a process that no longer runs.
    const QString gone = make(QStringLiteral("coursewright-untitled-cwtmp-00000000000000aa.cwcourse"), false);
    const QString goneJournal =
        make(QStringLiteral("coursewright-untitled-cwtmp-00000000000000aa.cwcourse-journal"), false);
    const QString goneScratch =
        make(QStringLiteral("coursewright-media-cwtmp-00000000000000bb.cwscratch"), false);
    const QString named = make(QStringLiteral("coursewright-media-cwtmp-00000000000000cc.cwscratch"), false);
    for (const char *stem :
         {"coursewright-untitled-cwtmp-00000000000000aa", "coursewright-media-cwtmp-00000000000000bb",
          "coursewright-media-cwtmp-00000000000000cc"}) {
        QFile lock(temp + QLatin1Char('/') + QLatin1String(stem) + QStringLiteral(".cwlock"));
        QVERIFY(lock.open(QIODevice::WriteOnly));
        // QLockFile's format: process id, application name, host name.
        lock.write(QStringLiteral("%1\ncw_dead\n%2\n").arg(dead).arg(QSysInfo::machineHostName()).toUtf8());
    }
    // This process's own untitled course: its lock is held.
    QString error;
    auto running = Project::createNew(std::nullopt, &error);
    QVERIFY2(running, qPrintable(error));
    // Older versions' files (no lock, the pid in the name): by age only.
    const QString legacyOld =
        make(QStringLiteral("coursewright-untitled-%1-eeeeee.cwcourse").arg(dead), true);
    const QString legacyFresh =
        make(QStringLiteral("coursewright-untitled-%1-ffffff.cwcourse").arg(dead), false);
    const QString foreign = make(QStringLiteral("someone-else-%1.cwcourse").arg(dead), true);
    auto source = Project::createNew(std::nullopt, &error);
    QVERIFY2(source, qPrintable(error));
    writeCrashedCopy(dir, source->document(), {}, named);

    RecoveryFile::removeStaleTemporaryFiles(temp, dir);
    QVERIFY(!QFileInfo::exists(gone));
    QVERIFY(!QFileInfo::exists(goneJournal));
    QVERIFY(!QFileInfo::exists(goneScratch));
    QVERIFY(!QFileInfo::exists(legacyOld));
    QVERIFY2(QFileInfo::exists(named), "named by a recovery file");
    QVERIFY2(QFileInfo::exists(legacyFresh), "less than a day old, owner unknown");
    QVERIFY2(QFileInfo::exists(foreign), "not ours");

    // The real temporary folder: a running session's files are never touched.
    RecoveryFile::removeStaleTemporaryFiles(QDir::tempPath(), dir);
    QVERIFY(QFileInfo::exists(running->file().filePath()));
}

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
