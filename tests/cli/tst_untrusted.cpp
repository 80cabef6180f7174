// coursewright-cli given folders and files someone else made: special files and links in a course
// folder, names that carry terminal codes, numbers that would wrap and names too long for a disk.
// Every run has a time limit, so a command that hangs again fails the test instead of hanging it.
#include "clirun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include <functional>

namespace {

using Result = CliResult;

// 30 s: a run that hangs on a FIFO or /dev/zero fails instead of blocking the suite.
Result cli(const QStringList &args)
{
    return runCli(args, 30000);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool makeFifo(const QString &path)
{
    return QProcess::execute(QStringLiteral("mkfifo"), {path}) == 0;
}

// The first node of `kind` in a canonical JSON course, as a path of child indexes.
bool findKind(const QJsonObject &node, const QString &kind, QList<int> &path)
{
    if (node.value(QStringLiteral("kind")).toString() == kind)
        return true;
    const QJsonArray children = node.value(QStringLiteral("children")).toArray();
    for (int i = 0; i < children.size(); ++i) {
        path.append(i);
        if (findKind(children.at(i).toObject(), kind, path))
            return true;
        path.removeLast();
    }
    return false;
}

// Appends `child` to the node at `path`.
QJsonObject withChild(QJsonObject node, QList<int> path, const QJsonObject &child)
{
    QJsonArray children = node.value(QStringLiteral("children")).toArray();
    if (path.isEmpty()) {
        children.append(child);
    } else {
        const int at = path.takeFirst();
        children.replace(at, withChild(children.at(at).toObject(), path, child));
    }
    node.insert(QStringLiteral("children"), children);
    return node;
}

} // namespace

class TestUntrusted : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadRefusesSpecialFiles_data();
    void loadRefusesSpecialFiles();
    void namesAreEscapedOnTheTerminal();
    void loadRefusesImpossibleValues_data();
    void loadRefusesImpossibleValues();
    void dumpNamesFilesSafely();

private:
    // A copy of the sample course's folder form (course.json + assets/) to spoil.
    QString freshFolder(const QString &name);
    QJsonObject courseJson() const;
    QTemporaryDir m_dir;
    QString m_master;
};

void TestUntrusted::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const QString sample = m_dir.filePath(QStringLiteral("sample.cwcourse"));
    Result r = cli({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("sample"), sample});
    QVERIFY2(r.code == 0, r.rawErr.constData());
    m_master = m_dir.filePath(QStringLiteral("master"));
    r = cli(
        {QStringLiteral("dump"), sample, QStringLiteral("--assets"), m_master + QStringLiteral("/assets")});
    QVERIFY2(r.code == 0, r.rawErr.constData());
    QVERIFY(writeFile(m_master + QStringLiteral("/course.json"), r.out));
    QVERIFY(QDir(m_master + QStringLiteral("/assets")).entryList(QDir::Files).size() >= 2);
}

QString TestUntrusted::freshFolder(const QString &name)
{
    const QString folder = m_dir.filePath(name);
    QDir().mkpath(folder + QStringLiteral("/assets"));
    QFile::copy(m_master + QStringLiteral("/course.json"), folder + QStringLiteral("/course.json"));
    const QDir assets(m_master + QStringLiteral("/assets"));
    for (const QString &file : assets.entryList(QDir::Files))
        QFile::copy(assets.filePath(file), folder + QStringLiteral("/assets/") + file);
    return folder;
}

QJsonObject TestUntrusted::courseJson() const
{
    return QJsonDocument::fromJson(readFile(m_master + QStringLiteral("/course.json"))).object();
}

void TestUntrusted::loadRefusesSpecialFiles_data()
{
    QTest::addColumn<QString>("expected"); // part of the message
    QTest::newRow("media file linked to /dev/zero") << "is a symbolic link";
    QTest::newRow("media file linked to a file outside") << "is a symbolic link";
    QTest::newRow("course.json linked to a file outside") << "is a symbolic link";
    QTest::newRow("assets folder linked to a folder outside") << "is a symbolic link";
#ifdef Q_OS_UNIX
    QTest::newRow("media file is a FIFO") << "is not a regular file";
    QTest::newRow("media file named by its hash alone is a FIFO") << "is not a regular file";
    QTest::newRow("course.json is a FIFO") << "is not a regular file";
#endif
}

// A course folder is data: a link out of it, a FIFO or a device is refused before it is opened,
// so the run neither hangs (a FIFO, /dev/zero) nor reads, or reports on, a file elsewhere.
void TestUntrusted::loadRefusesSpecialFiles()
{
    QFETCH(QString, expected);
    const QString tag = QString::fromLatin1(QTest::currentDataTag());
    const QString folder =
        freshFolder(QStringLiteral("special-") + QUuid::createUuid().toString(QUuid::Id128));
    const QString assets = folder + QStringLiteral("/assets");
    const QString victim = assets + QLatin1Char('/') + QDir(assets).entryList(QDir::Files).first();
    const QString json = folder + QStringLiteral("/course.json");
    // Outside the folder: the bytes a link would leak, and their hash an error message could give.
    const QString outside =
        m_dir.filePath(QStringLiteral("outside-") + QUuid::createUuid().toString(QUuid::Id128));
    QVERIFY(QDir().mkpath(outside));
    const QByteArray secret = "not for the course " + outside.toUtf8();
    QVERIFY(writeFile(outside + QStringLiteral("/secret.txt"), secret));

    if (tag == QLatin1String("media file linked to /dev/zero")) {
        QVERIFY(QFile::remove(victim));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), victim));
    } else if (tag == QLatin1String("media file linked to a file outside")) {
        QVERIFY(QFile::remove(victim));
        QVERIFY(QFile::link(outside + QStringLiteral("/secret.txt"), victim));
    } else if (tag == QLatin1String("course.json linked to a file outside")) {
        QVERIFY(QFile::rename(json, outside + QStringLiteral("/course.json")));
        QVERIFY(QFile::link(outside + QStringLiteral("/course.json"), json));
    } else if (tag == QLatin1String("assets folder linked to a folder outside")) {
        QVERIFY(QDir().rename(assets, outside + QStringLiteral("/assets")));
        QVERIFY(QFile::link(outside + QStringLiteral("/assets"), assets));
    } else if (tag == QLatin1String("media file is a FIFO")) {
        QVERIFY(QFile::remove(victim));
        QVERIFY(makeFifo(victim));
    } else if (tag == QLatin1String("media file named by its hash alone is a FIFO")) {
        QVERIFY(QFile::remove(victim));
        QVERIFY(makeFifo(victim.left(victim.lastIndexOf(QLatin1Char('.')))));
    } else if (tag == QLatin1String("course.json is a FIFO")) {
        QVERIFY(QFile::remove(json));
        QVERIFY(makeFifo(json));
    }

    const QString target = folder + QStringLiteral(".cwcourse");
    const Result r = cli({QStringLiteral("load"), folder, target});
    QVERIFY2(r.code != -1, "load did not finish within 30 s");
    QCOMPARE(r.code, 3);
    QVERIFY2(r.rawErr.contains(expected.toUtf8()), r.rawErr.constData());
    QVERIFY2(!r.rawErr.contains(sha256(secret).toLatin1()), r.rawErr.constData());
    QVERIFY(!QFileInfo::exists(target));
}

// A name or title can carry terminal codes (here: set the window title, ring the bell); the
// command line shows them as escapes, never as the codes themselves.
void TestUntrusted::namesAreEscapedOnTheTerminal()
{
    const QString folder = freshFolder(QStringLiteral("escapes"));
    const QString hostileName = QStringLiteral("notes\x1b]0;pwned\x07.txt");
    const QByteArray shownName = "notes\\x1b]0;pwned\\x07.txt";
    const QByteArray notes = "Not captions at all\n";
    const QString notesHash = sha256(notes);
    QVERIFY(writeFile(folder + QStringLiteral("/assets/") + notesHash + QStringLiteral(".txt"), notes));

    // The notes in a video's captions field (a validation error quoting the name), and a title
    // with a C1 control sequence introducer and a right-to-left override.
    QJsonObject top = courseJson();
    QJsonArray assets = top.value(QStringLiteral("assets")).toArray();
    assets.append(QJsonObject{{QStringLiteral("hash"), notesHash},
                              {QStringLiteral("name"), hostileName},
                              {QStringLiteral("mimeType"), QStringLiteral("text/plain")},
                              {QStringLiteral("size"), double(notes.size())}});
    top.insert(QStringLiteral("assets"), assets);
    QJsonObject course = top.value(QStringLiteral("course")).toObject();
    QList<int> page;
    QVERIFY(findKind(course, QStringLiteral("page"), page));
    course = withChild(
        course, page,
        QJsonObject{{QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
                    {QStringLiteral("kind"), QStringLiteral("video")},
                    {QStringLiteral("props"), QJsonObject{{QStringLiteral("captions"), notesHash}}}});
    QJsonObject props = course.value(QStringLiteral("props")).toObject();
    props.insert(QStringLiteral("title"), QStringLiteral("Evil\u009b31m title\u202e"));
    course.insert(QStringLiteral("props"), props);
    top.insert(QStringLiteral("course"), course);
    QVERIFY(writeFile(folder + QStringLiteral("/course.json"), QJsonDocument(top).toJson()));

    const QString project = m_dir.filePath(QStringLiteral("escapes.cwcourse"));
    Result r = cli({QStringLiteral("load"), folder, project});
    QVERIFY2(r.code == 0, r.rawErr.constData());

    const auto isSafe = [](const QByteArray &output) {
        for (const char c : output) {
            if ((uchar(c) < 0x20 && c != '\n') || uchar(c) == 0x7f)
                return false;
        }
        return !output.contains("\xC2\x9B") && !output.contains("\xE2\x80\xAE");
    };
    r = cli({QStringLiteral("validate"), project});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains(shownName), r.out.constData());
    QVERIFY2(isSafe(r.out), r.out.toPercentEncoding(" \n").constData());
    r = cli({QStringLiteral("info"), project});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("Evil\\x9b31m title\\u202e"), r.out.constData());
    QVERIFY2(isSafe(r.out), r.out.toPercentEncoding(" \n").constData());
    for (const char *command : {"info", "validate"}) {
        r = cli({QString::fromLatin1(command), project, QStringLiteral("--json")});
        QVERIFY2(isSafe(r.out), r.out.toPercentEncoding(" \n").constData());
        QVERIFY(QJsonDocument::fromJson(r.out).isObject());
    }
    r = cli({QStringLiteral("info"), project, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("title")).toString(),
             QStringLiteral("Evil\u009b31m title\u202e")); // escaped for the terminal, same data
    r = cli({QStringLiteral("dump"), project});
    QVERIFY2(isSafe(r.out), r.out.toPercentEncoding(" \n").constData());

    // An error message quoting the name: the file is missing.
    QVERIFY(QFile::remove(folder + QStringLiteral("/assets/") + notesHash + QStringLiteral(".txt")));
    r = cli({QStringLiteral("load"), folder, m_dir.filePath(QStringLiteral("never.cwcourse"))});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.rawErr.contains(shownName), r.rawErr.constData());
    QVERIFY2(isSafe(r.rawErr), r.rawErr.toPercentEncoding(" \n").constData());
}

void TestUntrusted::loadRefusesImpossibleValues_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("width 2^32 + 1") << "width" << QJsonValue(4294967297.0)
                                    << "assets[0].width: 4294967297 is out of range (0 to 2147483647)";
    QTest::newRow("name of 300 bytes")
        << "name" << QJsonValue(QString(296, QLatin1Char('n')) + QStringLiteral(".png"))
        << "assets[0].name: the file name is 300 bytes long; file systems allow "
           "at most 255";
}

void TestUntrusted::loadRefusesImpossibleValues()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    const QString folder = freshFolder(QStringLiteral("values-%1").arg(key));
    QJsonObject top = courseJson();
    QJsonArray assets = top.value(QStringLiteral("assets")).toArray();
    QJsonObject first = assets.at(0).toObject();
    first.insert(key, value);
    assets.replace(0, first);
    top.insert(QStringLiteral("assets"), assets);
    QVERIFY(writeFile(folder + QStringLiteral("/course.json"), QJsonDocument(top).toJson()));
    const QString target = folder + QStringLiteral(".cwcourse");
    const Result r = cli({QStringLiteral("load"), folder, target});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.rawErr.contains(expected.toUtf8()), r.rawErr.constData());
    QVERIFY(!QFileInfo::exists(target));
}

// A name's extension can be 250 characters long; the files dump writes are named by hash with a
// short extension, so the disk takes them and load finds them again.
void TestUntrusted::dumpNamesFilesSafely()
{
    const QString folder = freshFolder(QStringLiteral("longname"));
    QJsonObject top = courseJson();
    QJsonArray assets = top.value(QStringLiteral("assets")).toArray();
    QJsonObject first = assets.at(0).toObject();
    first.insert(QStringLiteral("name"), QStringLiteral("a.") + QString(250, QLatin1Char('x')));
    assets.replace(0, first);
    top.insert(QStringLiteral("assets"), assets);
    QVERIFY(writeFile(folder + QStringLiteral("/course.json"), QJsonDocument(top).toJson()));
    const QString project = m_dir.filePath(QStringLiteral("longname.cwcourse"));
    Result r = cli({QStringLiteral("load"), folder, project});
    QVERIFY2(r.code == 0, r.rawErr.constData());

    const QString media = m_dir.filePath(QStringLiteral("longname-dump/assets"));
    const Result dump = cli({QStringLiteral("dump"), project, QStringLiteral("--assets"), media});
    QVERIFY2(dump.code == 0, dump.rawErr.constData());
    const QStringList files = QDir(media).entryList(QDir::Files);
    QCOMPARE(files.size(), assets.size());
    for (const QString &file : files) {
        QVERIFY2(file.toUtf8().size() <= 64 + 1 + 16, qPrintable(file));
        QVERIFY2(file.endsWith(QLatin1String(".png")), qPrintable(file));
    }
    QVERIFY(writeFile(m_dir.filePath(QStringLiteral("longname-dump/course.json")), dump.out));
    const QString again = m_dir.filePath(QStringLiteral("longname-again.cwcourse"));
    r = cli({QStringLiteral("load"), m_dir.filePath(QStringLiteral("longname-dump")), again});
    QVERIFY2(r.code == 0, r.rawErr.constData());
    QCOMPARE(cli({QStringLiteral("dump"), again}).out, dump.out);
}

QTEST_GUILESS_MAIN(TestUntrusted)
#include "tst_untrusted.moc"
