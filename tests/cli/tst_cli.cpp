// coursewright-cli as a user runs it: every command, its output and its exit status.
#include "clirun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <zip.h>

namespace {

using Result = CliResult;

Result cli(const QStringList &args)
{
    return runCli(args);
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void misuse_data();
    void misuse();
    void newBlankThenInfo();
    void newRefusesToOverwrite();
    void sampleInfoShowsAboutFifteenMinutes();
    void sampleValidatesWithoutErrors();
    void validateExitsOneOnErrors();
    void dumpLoadDumpIsByteIdentical();
    void loadFolderForm();
    void loadReportsBadJson();
    void loadReportsMissingAndTamperedMedia();
    void badProjectFiles_data();
    void badProjectFiles();
    void exportFolderAndZip();
    void exportRefusesErrorsUnlessForced();
    void exportMisuse_data();
    void exportMisuse();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const Result r = cli({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("sample"),
                          path(QStringLiteral("sample.cwcourse"))});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

void TestCli::helpAndVersion()
{
    Result r = cli({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("coursewright-cli "));
    r = cli({QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *command : {"new", "info", "validate", "dump", "load", "export"})
        QVERIFY2(r.out.contains(command), command);
    r = cli({QStringLiteral("load"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("--assets"));
}

void TestCli::misuse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::newRow("nothing") << QStringList{} << 2 << "no command given";
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << 2
                                     << "unknown command 'frobnicate'";
    QTest::newRow("info without file") << QStringList{QStringLiteral("info")} << 2 << "missing FILE";
    QTest::newRow("info two files") << QStringList{QStringLiteral("info"), QStringLiteral("a"),
                                                   QStringLiteral("b")}
                                    << 2 << "unexpected argument 'b'";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("dump"), QStringLiteral("--zip"),
                                                   QStringLiteral("a")}
                                    << 2 << "Unknown option 'zip'";
    QTest::newRow("missing file") << QStringList{QStringLiteral("info"),
                                                 QStringLiteral("/nonexistent/x.cwcourse")}
                                  << 3 << "x.cwcourse";
    QTest::newRow("unknown template")
        << QStringList{QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("nope"),
                       QStringLiteral("/tmp/cw-never.cwcourse")}
        << 2 << "unknown template 'nope'";
    QTest::newRow("new in a missing folder")
        << QStringList{QStringLiteral("new"), QStringLiteral("/nonexistent-dir/x.cwcourse")} << 3
        << "the folder /nonexistent-dir does not exist";
    QTest::newRow("new onto a folder")
        << QStringList{QStringLiteral("new"), QStringLiteral("/tmp")} << 3 << "/tmp is a folder";
    QTest::newRow("load missing json")
        << QStringList{QStringLiteral("load"), QStringLiteral("/nonexistent.json"),
                       QStringLiteral("/tmp/cw-never.cwcourse")}
        << 3 << "cannot read";
}

void TestCli::misuse()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Result r = cli(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.err.startsWith(QLatin1String("coursewright-cli: ")));
}

void TestCli::newBlankThenInfo()
{
    const QString file = path(QStringLiteral("blank.cwcourse"));
    Result r = cli({QStringLiteral("new"), file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(file));
    r = cli({QStringLiteral("info"), file, QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    const QJsonObject info = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(info.value(QStringLiteral("title")).toString(), QStringLiteral("Untitled course"));
    QCOMPARE(info.value(QStringLiteral("counts")).toObject().value(QStringLiteral("modules")).toInt(), 1);
    QVERIFY(!info.value(QStringLiteral("identifier")).toString().isEmpty());
}

void TestCli::newRefusesToOverwrite()
{
    const QString file = path(QStringLiteral("sample.cwcourse"));
    const QByteArray before = fileHash(file);
    Result r = cli({QStringLiteral("new"), file});
    QCOMPARE(r.code, 3);
    QVERIFY(r.err.contains(QLatin1String("--force")));
    QCOMPARE(fileHash(file), before);
}

void TestCli::sampleInfoShowsAboutFifteenMinutes()
{
    Result r =
        cli({QStringLiteral("info"), path(QStringLiteral("sample.cwcourse")), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonObject info = QJsonDocument::fromJson(r.out).object();
    const QJsonObject duration = info.value(QStringLiteral("duration")).toObject();
    const double minutes = duration.value(QStringLiteral("seconds")).toDouble() / 60;
    QVERIFY2(minutes >= 12 && minutes <= 18, qPrintable(QString::number(minutes)));
    QCOMPARE(duration.value(QStringLiteral("assumptions"))
                 .toObject()
                 .value(QStringLiteral("wordsPerMinute"))
                 .toInt(),
             200);
    r = cli({QStringLiteral("info"), path(QStringLiteral("sample.cwcourse"))});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains("Estimated duration:"));
    QVERIFY(r.out.contains("Assumptions: reading at 200 words per minute"));
    // English plural forms, not "page(s)": the English catalogue is the fallback for the C locale.
    QVERIFY2(r.out.contains("1 module, 5 pages,"), r.out.constData());
}

void TestCli::sampleValidatesWithoutErrors()
{
    const Result r =
        cli({QStringLiteral("validate"), path(QStringLiteral("sample.cwcourse")), QStringLiteral("--json")});
    QVERIFY2(r.code == 0, r.out.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("errors")).toInt(), 0);
}

void TestCli::validateExitsOneOnErrors()
{
    // A quiz whose only question has no correct answer is an error.
    const QString json = path(QStringLiteral("broken.json"));
    Result r =
        cli({QStringLiteral("dump"), path(QStringLiteral("blank.cwcourse"))}); // made by newBlankThenInfo
    QCOMPARE(r.code, 0);
    QJsonObject top = QJsonDocument::fromJson(r.out).object();
    QJsonObject course = top.value(QStringLiteral("course")).toObject();
    QJsonArray modules = course.value(QStringLiteral("children")).toArray();
    QJsonObject module = modules.at(0).toObject();
    QJsonArray parts = module.value(QStringLiteral("children")).toArray();
    parts.append(
        QJsonObject{{QStringLiteral("id"), QStringLiteral("7e0f3c5c-8a4b-4c1e-9d8e-2f1a0b3c4d5e")},
                    {QStringLiteral("kind"), QStringLiteral("quiz")},
                    {QStringLiteral("children"),
                     QJsonArray{QJsonObject{
                         {QStringLiteral("id"), QStringLiteral("7e0f3c5c-8a4b-4c1e-9d8e-2f1a0b3c4d5f")},
                         {QStringLiteral("kind"), QStringLiteral("singleChoice")}}}}});
    module.insert(QStringLiteral("children"), parts);
    modules.replace(0, module);
    course.insert(QStringLiteral("children"), modules);
    top.insert(QStringLiteral("course"), course);
    QFile f(json);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(top).toJson());
    f.close();
    const QString file = path(QStringLiteral("broken.cwcourse"));
    r = cli({QStringLiteral("load"), json, file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    r = cli({QStringLiteral("validate"), file});
    QCOMPARE(r.code, 1);
    QVERIFY(r.out.contains("error: "));
    r = cli({QStringLiteral("validate"), file, QStringLiteral("--json")});
    QCOMPARE(r.code, 1);
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QVERIFY(report.value(QStringLiteral("errors")).toInt() >= 1);
    bool named = false;
    for (const QJsonValue &p : report.value(QStringLiteral("problems")).toArray())
        named |= p.toObject().value(QStringLiteral("node")).toString() ==
                 QLatin1String("7e0f3c5c-8a4b-4c1e-9d8e-2f1a0b3c4d5f");
    QVERIFY2(named, r.out.constData());
}

void TestCli::dumpLoadDumpIsByteIdentical()
{
    const QString media = path(QStringLiteral("media"));
    Result first = cli(
        {QStringLiteral("dump"), path(QStringLiteral("sample.cwcourse")), QStringLiteral("--assets"), media});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    QVERIFY(QJsonDocument::fromJson(first.out).isObject());
    QVERIFY(!QDir(media).entryList(QDir::Files).isEmpty());
    const QString json = path(QStringLiteral("dump.json"));
    QFile f(json);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(first.out);
    f.close();
    const QString reloaded = path(QStringLiteral("reloaded.cwcourse"));
    Result r = cli({QStringLiteral("load"), json, reloaded, QStringLiteral("--assets"), media});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    Result second = cli({QStringLiteral("dump"), reloaded});
    QCOMPARE(second.code, 0);
    QCOMPARE(second.out, first.out);
}

void TestCli::loadFolderForm()
{
    const QString folder = path(QStringLiteral("folder"));
    QVERIFY(QDir().mkpath(folder));
    Result first = cli({QStringLiteral("dump"), path(QStringLiteral("sample.cwcourse")),
                        QStringLiteral("--assets"), folder + QStringLiteral("/assets")});
    QCOMPARE(first.code, 0);
    QFile f(folder + QStringLiteral("/course.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(first.out);
    f.close();
    const QString file = path(QStringLiteral("fromfolder.cwcourse"));
    Result r = cli({QStringLiteral("load"), folder, file});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(cli({QStringLiteral("dump"), file}).out, first.out);
}

void TestCli::loadReportsBadJson()
{
    const QString json = path(QStringLiteral("bad.json"));
    QFile f(json);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\n  \"format\": \"coursewright-course\",\n  oops\n}");
    f.close();
    const QString target = path(QStringLiteral("never.cwcourse"));
    const Result r = cli({QStringLiteral("load"), json, target});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("line 3")), qPrintable(r.err));
    QVERIFY(!QFile::exists(target));
}

void TestCli::loadReportsMissingAndTamperedMedia()
{
    const QString media = path(QStringLiteral("media2"));
    Result dump = cli(
        {QStringLiteral("dump"), path(QStringLiteral("sample.cwcourse")), QStringLiteral("--assets"), media});
    QCOMPARE(dump.code, 0);
    const QString json = path(QStringLiteral("dump2.json"));
    QFile f(json);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(dump.out);
    f.close();
    const QString target = path(QStringLiteral("never2.cwcourse"));
    Result r = cli({QStringLiteral("load"), json, target});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("--assets")), qPrintable(r.err));
    const QStringList files = QDir(media).entryList(QDir::Files);
    QVERIFY(!files.isEmpty());
    QFile victim(QDir(media).filePath(files.first()));
    QVERIFY(victim.open(QIODevice::Append));
    victim.write("tampered");
    victim.close();
    r = cli({QStringLiteral("load"), json, target, QStringLiteral("--assets"), media});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("does not match")), qPrintable(r.err));
    QVERIFY(QFile::remove(QDir(media).filePath(files.first())));
    r = cli({QStringLiteral("load"), json, target, QStringLiteral("--assets"), media});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("is not in")), qPrintable(r.err));
    QVERIFY(!QFile::exists(target));
}

void TestCli::badProjectFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << "not a Coursewright project";
    QTest::newRow("text") << QByteArray("hello, this is not a course\n") << "not a Coursewright project";
    QTest::newRow("zip") << QByteArray("PK\x03\x04 some zip bytes", 20) << "not a Coursewright project";
}

void TestCli::badProjectFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString file = path(QStringLiteral("bad.cwcourse"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    for (const char *command : {"info", "validate", "dump"}) {
        const Result r = cli({QLatin1String(command), file});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(message, Qt::CaseInsensitive), qPrintable(r.err));
    }
    QFile check(file);
    QVERIFY(check.open(QIODevice::ReadOnly));
    QCOMPARE(check.readAll(), content);
}

void TestCli::exportFolderAndZip()
{
    const QString sample = path(QStringLiteral("sample.cwcourse"));
    const QString folder = path(QStringLiteral("site"));
    Result r = cli({QStringLiteral("export"), sample, QStringLiteral("--format"), QStringLiteral("html"),
                    QStringLiteral("--out"), folder});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("Files: "));
    QVERIFY(r.out.contains("Learner state, worst case: "));
    QVERIFY(!r.err.contains(QLatin1Char('%'))); // no progress lines when stderr is not a terminal
    QVERIFY(QFile::exists(folder + QStringLiteral("/index.html")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/course.js")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/player/coursewright.js")));
    QVERIFY(QFile::exists(folder + QStringLiteral("/player/coursewright.css")));
    QCOMPARE(QDir(folder + QStringLiteral("/media")).entryList(QDir::Files).size(), 4);
    // Exporting again replaces the previous export.
    r = cli({QStringLiteral("export"), sample, QStringLiteral("--out"), folder});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    const QString archive = path(QStringLiteral("site.zip"));
    r = cli({QStringLiteral("export"), sample, QStringLiteral("--format"), QStringLiteral("html"),
             QStringLiteral("--out"), archive});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("zip archive"));
    int code = 0;
    zip_t *zip = zip_open(QFile::encodeName(archive).constData(), ZIP_RDONLY | ZIP_CHECKCONS, &code);
    QVERIFY(zip);
    QStringList names;
    for (zip_int64_t i = 0; i < zip_get_num_entries(zip, 0); ++i)
        names << QString::fromUtf8(zip_get_name(zip, zip_uint64_t(i), 0));
    zip_discard(zip);
    QVERIFY(names.contains(QStringLiteral("index.html")));
    QVERIFY(names.contains(QStringLiteral("course.js")));
    QVERIFY(names.contains(QStringLiteral("player/coursewright.js")));
    // The folder and the archive hold the same files.
    QStringList files;
    QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(folder).relativeFilePath(it.next());
    files.sort();
    names.sort();
    QCOMPARE(names, files);
    QVERIFY(r.out.contains(QStringLiteral("Files: %1;").arg(names.size()).toUtf8()));
}

void TestCli::exportRefusesErrorsUnlessForced()
{
    // A course whose theme colour is not a colour: a validation error.
    const QString blank = path(QStringLiteral("theme-blank.cwcourse"));
    QCOMPARE(cli({QStringLiteral("new"), blank}).code, 0);
    QByteArray json = cli({QStringLiteral("dump"), blank}).out;
    QVERIFY(json.contains("\"themeColor\": \"#1f5f99\""));
    json.replace("\"themeColor\": \"#1f5f99\"", "\"themeColor\": \"teal\"");
    const QString jsonPath = path(QStringLiteral("theme.json"));
    QFile f(jsonPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(json);
    f.close();
    const QString broken = path(QStringLiteral("theme.cwcourse"));
    Result r = cli({QStringLiteral("load"), jsonPath, broken});
    QVERIFY2(r.code == 0, qPrintable(r.err));

    const QString out = path(QStringLiteral("refused.zip"));
    r = cli({QStringLiteral("export"), broken, QStringLiteral("--format"), QStringLiteral("html"),
             QStringLiteral("--out"), out});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.out.contains("error: The theme colour “teal”"), r.out.constData());
    QVERIFY(r.out.contains("[invalid-theme-color]"));
    QVERIFY2(r.err.contains(QLatin1String("--force")), qPrintable(r.err));
    QVERIFY(!QFile::exists(out));

    r = cli({QStringLiteral("export"), broken, QStringLiteral("--format"), QStringLiteral("html"),
             QStringLiteral("--out"), out, QStringLiteral("--force")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.err.contains(QLatin1String("[invalid-theme-color]")));
    QVERIFY(QFile::exists(out));
}

void TestCli::exportMisuse_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QString sample = path(QStringLiteral("sample.cwcourse"));
    const QString out = path(QStringLiteral("never"));
    QTest::newRow("unknown format") << QStringList{QStringLiteral("export"),   sample,
                                                   QStringLiteral("--format"), QStringLiteral("pdf"),
                                                   QStringLiteral("--out"),    out}
                                    << 2 << "supported formats: html";
    // A value the option's type takes but the target refuses: still a usage error, in words.
    QTest::newRow("activity base without a scheme")
        << QStringList{QStringLiteral("export"),          sample,
                       QStringLiteral("--format"),        QStringLiteral("xapi"),
                       QStringLiteral("--activity-base"), QStringLiteral("example.com/safety"),
                       QStringLiteral("--out"),           out}
        << 2 << "Activity IRI base: \"example.com/safety\" is not an absolute IRI";
    QTest::newRow("no output") << QStringList{QStringLiteral("export"), sample} << 2 << "missing --out PATH";
    QTest::newRow("missing file") << QStringList{QStringLiteral("export"),
                                                 QStringLiteral("/nonexistent/x.cwcourse"),
                                                 QStringLiteral("--out"), out}
                                  << 3 << "x.cwcourse";
    QTest::newRow("folder in a missing folder")
        << QStringList{QStringLiteral("export"), sample, QStringLiteral("--out"),
                       QStringLiteral("/nonexistent-dir/site")}
        << 3 << "/nonexistent-dir";
}

void TestCli::exportMisuse()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, message);
    const Result r = cli(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    // Every format is available: none is listed as still to come.
    QVERIFY2(!r.err.contains(QLatin1String("not available")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("never"))));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
