// Temporary files are recognisable as ours, removed with their owner, swept once their process is
// gone, and never touched while it runs.
#include "store/tempartifact.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace cw;

class TestTempArtifact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAreRecognisable();
    void ownerRemovesItsFilesAndLock_data();
    void ownerRemovesItsFilesAndLock();
    void runningOwnersAreNeverSwept();
    void deadOwnersAreSwept();
    void groupsWithoutALockGo();
    void keptGroupsStay();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

namespace {

bool touch(const QString &path, const QByteArray &bytes = "x")
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

} // namespace

void TestTempArtifact::namesAreRecognisable()
{
    QVERIFY(TempArtifact::isArtifactName(QStringLiteral(".course.zip.cwtmp-0123456789abcdef.partial")));
    QVERIFY(
        TempArtifact::isArtifactName(QStringLiteral(".course.zip.cwtmp-0123456789abcdef.partial.Xy12Zq")));
    QVERIFY(
        TempArtifact::isArtifactName(QStringLiteral("coursewright-media-cwtmp-0123456789abcdef.cwscratch")));
    QVERIFY(TempArtifact::isArtifactName(QStringLiteral("a.cwtmp-0123456789abcdef.tmp-journal")));
    QVERIFY(TempArtifact::isArtifactName(QStringLiteral("a.cwtmp-0123456789abcdef.cwlock")));
    QVERIFY(!TempArtifact::isArtifactName(QStringLiteral("course.zip")));
    QVERIFY(!TempArtifact::isArtifactName(QStringLiteral("a.cwtmp-0123.tmp")));
    QVERIFY(!TempArtifact::isArtifactName(QStringLiteral(".course.zip.partial-AbC123")));
}

void TestTempArtifact::ownerRemovesItsFilesAndLock_data()
{
    QTest::addColumn<QString>("target");
    QTest::newRow("plain name") << QStringLiteral("course.zip");
    QTest::newRow("wildcard characters") << QStringLiteral("course [v1]*?.zip");
}

void TestTempArtifact::ownerRemovesItsFilesAndLock()
{
    QFETCH(QString, target);
    const QString folder = path(QStringLiteral("owner-%1").arg(target.size()));
    QVERIFY(QDir().mkpath(folder));
    QString error;
    {
        auto artifact = TempArtifact::besides(folder + QLatin1Char('/') + target, &error);
        QVERIFY2(artifact, qPrintable(error));
        QVERIFY(QFileInfo(artifact->stem())
                    .fileName()
                    .startsWith(QLatin1Char('.') + target + QStringLiteral(".cwtmp-")));
        QVERIFY(touch(artifact->member(QStringLiteral("partial"))));
        QVERIFY(touch(artifact->member(QStringLiteral("partial-journal"))));
        QVERIFY(QDir().mkpath(artifact->member(QStringLiteral("spool")) + QStringLiteral("/deep")));
        QVERIFY(touch(artifact->member(QStringLiteral("spool")) + QStringLiteral("/deep/0")));
        QCOMPARE(entries(folder).size(), 4); // three members and the lock
        QVERIFY(QFileInfo::exists(artifact->stem() + QStringLiteral(".cwlock")));
    }
    QCOMPARE(entries(folder), QStringList());
}

void TestTempArtifact::runningOwnersAreNeverSwept()
{
    const QString folder = path(QStringLiteral("running"));
    QVERIFY(QDir().mkpath(folder));
    QString error;
    auto artifact = TempArtifact::besides(folder + QStringLiteral("/course.cwcourse"), &error);
    QVERIFY2(artifact, qPrintable(error));
    QVERIFY(touch(artifact->member(QStringLiteral("tmp"))));
    const QStringList before = entries(folder);
    QCOMPARE(TempArtifact::sweep(folder), 0);
    QCOMPARE(entries(folder), before);
    // Another process's sweep (an export into the same folder) respects the lock as well.
    const QString project = path(QStringLiteral("running.cwcourse"));
    QCOMPARE(QProcess::execute(QStringLiteral(CW_CLI_PATH),
                               {QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("sample"),
                                QStringLiteral("--force"), project}),
             0);
    QCOMPARE(QProcess::execute(QStringLiteral(CW_CLI_PATH),
                               {QStringLiteral("export"), project, QStringLiteral("--format"),
                                QStringLiteral("html"), QStringLiteral("--out"),
                                folder + QStringLiteral("/site.zip")}),
             0);
    QCOMPARE(entries(folder), QStringList(before) << QStringLiteral("site.zip"));
}

void TestTempArtifact::deadOwnersAreSwept()
{
    // A process that holds a group and is killed: its lock file stays, naming a dead process.
    const QString folder = path(QStringLiteral("dead"));
    QVERIFY(QDir().mkpath(folder));
    QProcess child;
    child.start(QStringLiteral(CW_ARTIFACT_CHILD), {folder + QStringLiteral("/package.zip")});
    QVERIFY(child.waitForReadyRead(30000));
    const QByteArray line = child.readLine().trimmed();
    QVERIFY2(line.startsWith("READY"), line.constData());
    QCOMPARE(TempArtifact::sweep(folder), 0); // alive: untouched
    QCOMPARE(entries(folder).size(), 3);
    child.kill();
    QVERIFY(child.waitForFinished(30000));
    QCOMPARE(entries(folder).size(), 3); // a killed process cleans nothing up
    QCOMPARE(TempArtifact::sweep(folder), 1);
    QCOMPARE(entries(folder), QStringList());
}

void TestTempArtifact::groupsWithoutALockGo()
{
    // A lock is made before any member, so a group without one has no live owner (a sweeper
    // killed while QLockFile replaced a stale lock leaves such groups).
    const QString folder = path(QStringLiteral("unlocked"));
    QVERIFY(QDir().mkpath(folder));
    const QString orphan = folder + QStringLiteral("/.a.cwtmp-00000000000000aa.tmp");
    const QString rmlock = folder + QStringLiteral("/.a.cwtmp-00000000000000aa.cwlock.rmlock");
    const QString foreign = folder + QStringLiteral("/.b.partial-XyZ123");
    QVERIFY(touch(orphan) && touch(rmlock) && touch(foreign));
    QCOMPARE(TempArtifact::sweep(folder), 1);
    QVERIFY(!QFileInfo::exists(orphan));
    QVERIFY(!QFileInfo::exists(rmlock));
    QVERIFY2(QFileInfo::exists(foreign), "not ours by name");
    // A lock that names nobody (its maker was killed while creating it) goes once it is not new.
    const QString silent = folder + QStringLiteral("/.c.cwtmp-00000000000000cc");
    QVERIFY(touch(silent + QStringLiteral(".partial")) &&
            touch(silent + QStringLiteral(".cwlock"), QByteArray()));
    QFile lock(silent + QStringLiteral(".cwlock"));
    QVERIFY(lock.open(QIODevice::ReadWrite));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addSecs(-5), QFileDevice::FileModificationTime));
    lock.close();
    QCOMPARE(TempArtifact::sweep(folder), 1);
    QCOMPARE(entries(folder), QStringList{QFileInfo(foreign).fileName()});
}

void TestTempArtifact::keptGroupsStay()
{
    const QString folder = path(QStringLiteral("kept"));
    QVERIFY(QDir().mkpath(folder));
    const QString member = folder + QStringLiteral("/coursewright-media-cwtmp-00000000000000cc.cwscratch");
    QVERIFY(touch(member));
    QFile f(member);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime::currentDateTimeUtc().addDays(-2), QFileDevice::FileModificationTime));
    f.close();
    QCOMPARE(TempArtifact::sweep(folder, [&](const QString &p) { return p == member; }), 0);
    QVERIFY(QFileInfo::exists(member));
    QVERIFY(TempArtifact::adopt(member)); // no owner: can be taken over, and goes with its new owner
    QVERIFY(!QFileInfo::exists(member));
}

QTEST_GUILESS_MAIN(TestTempArtifact)
#include "tst_tempartifact.moc"
