// What coursewright-cli leaves on disk: commands that only read change nothing, outputs are
// readable as any new file, a full disk fails cleanly, and killed runs leave no litter.
#include "clirun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QtTest>

#include <sqlite3.h>
#include <zip.h>

class TestFileSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readingCommandsChangeNothing_data();
    void readingCommandsChangeNothing();
    void outputsGetTheUsualPermissions();
    void fullDiskFailsCleanly_data();
    void fullDiskFailsCleanly();
    void killedRunsLeaveNoLitter_data();
    void killedRunsLeaveNoLitter();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
    QString m_sample;
};

namespace {

using Result = CliResult;

Result cli(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    return runCli(args, 120000, env);
}

// Every entry under `folder` with its size, permissions and content hash.
QStringList snapshot(const QString &folder)
{
    QStringList lines;
    QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        QFile f(file);
        QByteArray hash;
        if (QFileInfo(file).isFile() && f.open(QIODevice::ReadOnly))
            hash = QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
        lines << QStringLiteral("%1 %2 %3 %4")
                     .arg(QDir(folder).relativeFilePath(file))
                     .arg(QFileInfo(file).size())
                     .arg(int(QFileInfo(file).permissions()), 0, 16)
                     .arg(QString::fromLatin1(hash));
    }
    lines.sort();
    return lines;
}

bool sql(const QString &file, const QStringList &statements, const QString &copyTo = {})
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(file).constData(), &db, SQLITE_OPEN_READWRITE, nullptr) !=
        SQLITE_OK)
        return false;
    bool ok = true;
    for (const QString &statement : statements)
        ok = ok && sqlite3_exec(db, statement.toUtf8().constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    // A copy of the file and its log taken while the connection is open: what a crash leaves.
    if (ok && !copyTo.isEmpty()) {
        for (const char *suffix : {"", "-wal"})
            ok = ok && QFile::copy(file + QLatin1String(suffix), copyTo + QLatin1String(suffix));
    }
    sqlite3_close(db);
    return ok;
}

// Runs `command` in a private mount namespace over a tmpfs of `kilobytes` at `folder` (the user
// namespace makes this work without root), then lists what is left there: "<size> <name>" lines.
Result runOnSmallDisk(const QString &folder, int kilobytes, const QString &command)
{
    const QString script = QStringLiteral("mount -t tmpfs -o size=%1k tmpfs \"$0\" || exit 99; "
                                          "%2; code=$?; cd \"$0\" && find . -mindepth 1 -printf '%s %P\\n'; "
                                          "exit $code")
                               .arg(kilobytes)
                               .arg(command);
    QProcess p;
    p.start(QStringLiteral("unshare"),
            {QStringLiteral("--user"), QStringLiteral("--map-root-user"), QStringLiteral("--mount"),
             QStringLiteral("sh"), QStringLiteral("-c"), script, folder});
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    Result result;
    result.code = p.exitCode();
    result.out = p.readAllStandardOutput();
    result.rawErr = p.readAllStandardError();
    result.err = QString::fromUtf8(result.rawErr);
    return result;
}

QStringList entries(const QString &folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                                  QDir::Name);
}

} // namespace

void TestFileSafety::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = path(QStringLiteral("sample.cwcourse"));
    const Result made =
        cli({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("sample"), m_sample});
    QVERIFY2(made.code == 0, qPrintable(made.err));
}

void TestFileSafety::readingCommandsChangeNothing_data()
{
    QTest::addColumn<QStringList>("setup");
    QTest::addColumn<bool>("withLog");
    QTest::addColumn<QString>("title");
    QTest::newRow("rollback journal")
        << QStringList() << false << QStringLiteral("Giving Constructive Feedback");
    QTest::newRow("left in WAL mode") << QStringList{QStringLiteral("PRAGMA journal_mode=WAL")} << false
                                      << QStringLiteral("Giving Constructive Feedback");
    QTest::newRow("WAL with a log left by a crash")
        << QStringList{QStringLiteral("PRAGMA journal_mode=WAL"),
                       QStringLiteral("PRAGMA wal_autocheckpoint=0"),
                       QStringLiteral("UPDATE nodes SET props = json_set(props, '$.title', 'From the log') "
                                      "WHERE parent IS NULL")}
        << true << QStringLiteral("From the log");
}

void TestFileSafety::readingCommandsChangeNothing()
{
    QFETCH(QStringList, setup);
    QFETCH(bool, withLog);
    QFETCH(QString, title);
    const QString folder = path(QStringLiteral("readonly-%1").arg(QRandomGenerator::global()->generate()));
    QVERIFY(QDir().mkpath(folder));
    const QString file = folder + QStringLiteral("/course.cwcourse");
    if (withLog) {
        const QString work =
            path(QStringLiteral("work-%1.cwcourse").arg(QRandomGenerator::global()->generate()));
        QVERIFY(QFile::copy(m_sample, work));
        QVERIFY(sql(work, setup, file));
        QVERIFY(QFileInfo(file + QStringLiteral("-wal")).size() > 0);
    } else {
        QVERIFY(QFile::copy(m_sample, file));
        QVERIFY(sql(file, setup));
    }
    const QStringList before = snapshot(folder);
    const QString out = path(QStringLiteral("out-%1").arg(QRandomGenerator::global()->generate()));
    QVERIFY(QDir().mkpath(out));

    const Result info = cli({QStringLiteral("info"), file});
    QVERIFY2(info.code == 0, qPrintable(info.err));
    QVERIFY2(info.out.contains(title.toUtf8()), info.out.constData());
    QCOMPARE(snapshot(folder), before);
    QCOMPARE(cli({QStringLiteral("validate"), file}).code, 0);
    QCOMPARE(snapshot(folder), before);
    const Result dump =
        cli({QStringLiteral("dump"), file, QStringLiteral("--assets"), out + QStringLiteral("/media")});
    QVERIFY2(dump.code == 0, qPrintable(dump.err));
    QVERIFY(dump.out.contains(title.toUtf8()));
    QCOMPARE(snapshot(folder), before);
    const Result exported =
        cli({QStringLiteral("export"), file, QStringLiteral("--format"), QStringLiteral("html"),
             QStringLiteral("--out"), out + QStringLiteral("/site.zip")});
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QCOMPARE(snapshot(folder), before);
}

void TestFileSafety::outputsGetTheUsualPermissions()
{
    const QString folder = path(QStringLiteral("permissions"));
    QVERIFY(QDir().mkpath(folder));
    // What this user's umask gives any new file and folder here.
    QFile reference(folder + QStringLiteral("/reference-file"));
    QVERIFY(reference.open(QIODevice::WriteOnly));
    reference.close();
    QVERIFY(QDir(folder).mkdir(QStringLiteral("reference-folder")));
    const QFile::Permissions filePermissions = QFileInfo(reference.fileName()).permissions();
    const QFile::Permissions folderPermissions =
        QFileInfo(folder + QStringLiteral("/reference-folder")).permissions();
    QVERIFY2(filePermissions & QFile::ReadOther, "this test needs a umask that lets others read");

    for (const QString &target : {QStringLiteral("site.zip"), QStringLiteral("site")}) {
        const Result r =
            cli({QStringLiteral("export"), m_sample, QStringLiteral("--format"), QStringLiteral("html"),
                 QStringLiteral("--out"), folder + QLatin1Char('/') + target});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    QCOMPARE(QFileInfo(folder + QStringLiteral("/site.zip")).permissions(), filePermissions);
    QCOMPARE(QFileInfo(folder + QStringLiteral("/site")).permissions(), folderPermissions);
    QCOMPARE(QFileInfo(folder + QStringLiteral("/site/index.html")).permissions(), filePermissions);
    QCOMPARE(QFileInfo(folder + QStringLiteral("/site/player")).permissions() & folderPermissions,
             folderPermissions);
    const Result made = cli({QStringLiteral("new"), folder + QStringLiteral("/new.cwcourse")});
    QVERIFY2(made.code == 0, qPrintable(made.err));
    QCOMPARE(QFileInfo(folder + QStringLiteral("/new.cwcourse")).permissions(), filePermissions);
    const Result dumped = cli(
        {QStringLiteral("dump"), m_sample, QStringLiteral("--assets"), folder + QStringLiteral("/media")});
    QVERIFY2(dumped.code == 0, qPrintable(dumped.err));
    for (const QString &name : entries(folder + QStringLiteral("/media")))
        QCOMPARE(QFileInfo(folder + QStringLiteral("/media/") + name).permissions(), filePermissions);
}

void TestFileSafety::fullDiskFailsCleanly_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("kilobytes");
    // Room for some of the sample's media files but not all of them.
    QTest::newRow("dump --assets") << QStringLiteral("\"%1\" dump \"%2\" --assets \"$0\" >/dev/null") << 24;
    QTest::newRow("export zip") << QStringLiteral("\"%1\" export \"%2\" --format html --out \"$0/site.zip\"")
                                << 48;
    QTest::newRow("export folder") << QStringLiteral("\"%1\" export \"%2\" --format html --out \"$0/site\"")
                                   << 48;
    QTest::newRow("new") << QStringLiteral("\"%1\" new --template sample \"$0/new.cwcourse\" # not %2") << 48;
}

void TestFileSafety::fullDiskFailsCleanly()
{
    QFETCH(QString, command);
    QFETCH(int, kilobytes);
    const QString folder = path(QStringLiteral("full-%1").arg(QRandomGenerator::global()->generate()));
    QVERIFY(QDir().mkpath(folder));
    const Result r = runOnSmallDisk(folder, kilobytes, command.arg(QStringLiteral(CW_CLI_PATH), m_sample));
    QVERIFY2(r.code != 99, qPrintable(QStringLiteral("could not mount a small disk: ") + r.err));
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("disk full")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QLatin1String("Unknown error"), Qt::CaseInsensitive), qPrintable(r.err));
    // Nothing half-written is left: only whole media files, named by their content's hash.
    const Result dump = cli({QStringLiteral("dump"), m_sample});
    QVERIFY(dump.code == 0);
    QHash<QString, qint64> sizes;
    for (const QJsonValue asset :
         QJsonDocument::fromJson(dump.out).object().value(QStringLiteral("assets")).toArray())
        sizes.insert(asset[QStringLiteral("hash")].toString(),
                     qint64(asset[QStringLiteral("size")].toDouble()));
    QVERIFY(sizes.size() >= 3);
    const QStringList left = QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : left) {
        QVERIFY2(QTest::currentDataTag() == QByteArray("dump --assets"), qPrintable(line));
        const QString name = line.section(QLatin1Char(' '), 1);
        const QString hash = name.section(QLatin1Char('.'), 0, 0);
        QVERIFY2(sizes.contains(hash), qPrintable(line));
        QCOMPARE(line.section(QLatin1Char(' '), 0, 0).toLongLong(), sizes.value(hash));
    }
}

void TestFileSafety::killedRunsLeaveNoLitter_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("load") << QStringLiteral("load");
    QTest::newRow("export zip") << QStringLiteral("zip");
    QTest::newRow("export folder") << QStringLiteral("folder");
}

void TestFileSafety::killedRunsLeaveNoLitter()
{
    QFETCH(QString, kind);
    const QString root = path(QStringLiteral("kill-") + kind);
    const QString temp = root + QStringLiteral("/tmp");
    const QString out = root + QStringLiteral("/out");
    QVERIFY(QDir().mkpath(temp) && QDir().mkpath(out));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TMPDIR"), temp); // so this test sees only its own processes' files

    const QString source = root + QStringLiteral("/source");
    QStringList args;
    QString target;
    if (kind == QLatin1String("load")) {
        QVERIFY(QDir().mkpath(source));
        const Result dump = cli({QStringLiteral("dump"), m_sample, QStringLiteral("--assets"),
                                 source + QStringLiteral("/assets")});
        QVERIFY2(dump.code == 0, qPrintable(dump.err));
        QFile json(source + QStringLiteral("/course.json"));
        QVERIFY(json.open(QIODevice::WriteOnly) && json.write(dump.out) == dump.out.size());
        json.close();
        target = out + QStringLiteral("/course.cwcourse");
        args = {QStringLiteral("load"), source, target, QStringLiteral("--force")};
    } else {
        target = out + (kind == QLatin1String("zip") ? QStringLiteral("/site.zip") : QStringLiteral("/site"));
        args = {QStringLiteral("export"), m_sample, QStringLiteral("--format"), QStringLiteral("html"),
                QStringLiteral("--out"),  target};
    }
    // One run first: how long a whole one takes, and a target for the killed ones to replace.
    QElapsedTimer timer;
    timer.start();
    const Result first = cli(args, env);
    QVERIFY2(first.code == 0, qPrintable(first.err));
    const qint64 duration = qMax<qint64>(timer.elapsed(), 20);

    constexpr int kKills = 25;
    int killedMidway = 0;
    for (int i = 0; i < kKills; ++i) {
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(CW_CLI_PATH), args);
        QVERIFY(p.waitForStarted());
        QTest::qSleep(int(QRandomGenerator::global()->bounded(duration + 1)));
        if (p.state() == QProcess::Running) {
            p.kill();
            ++killedMidway;
        }
        p.waitForFinished(60000);
    }
    QVERIFY2(killedMidway > kKills / 2, "the runs finished before they could be killed");

    // The target is still whole after every kill, and the next run sweeps what the kills left.
    // (A lock file its maker was killed while writing names nobody; it counts as abandoned after
    // a second, so a run started within that second might keep it.)
    QTest::qSleep(1100);
    const Result last = cli(args, env);
    QVERIFY2(last.code == 0, qPrintable(last.err));
    QVERIFY2(entries(out) == QStringList{QFileInfo(target).fileName()},
             qPrintable(entries(out).join(QLatin1Char(' '))));
    QVERIFY2(entries(temp).isEmpty(), qPrintable(entries(temp).join(QLatin1Char(' '))));
    if (kind == QLatin1String("load")) {
        const Result info = cli({QStringLiteral("validate"), target}, env);
        QVERIFY2(info.code == 0, qPrintable(info.err));
    } else if (kind == QLatin1String("zip")) {
        int error = 0;
        zip_t *archive = zip_open(QFile::encodeName(target).constData(), ZIP_CHECKCONS | ZIP_RDONLY, &error);
        QVERIFY(archive);
        QVERIFY(zip_name_locate(archive, "index.html", 0) >= 0);
        zip_discard(archive);
    } else {
        QVERIFY(QFileInfo::exists(target + QStringLiteral("/index.html")));
    }
}

QTEST_GUILESS_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
