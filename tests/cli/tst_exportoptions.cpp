// coursewright-cli export's option flags, built from the registered targets' ExportOptions: listed
// in --help, values checked (usage errors, nothing written), a flag the format lacks refused, the
// options used printed as flags, --remember keeping them with the course (and only then writing
// the file), the packages of a package-per-module export listed. Uses the scorm12 options.
#include "../zipentry.h"
#include "clirun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList entriesOf(const QString &dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                               QDir::Name);
}

QString optionsLine(const CliResult &r)
{
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.startsWith("Options: "))
            return QString::fromUtf8(line.mid(9));
    }
    return {};
}

} // namespace

class TestExportOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpListsEveryOptionFlag();
    void badFlagsAreUsageErrors_data();
    void badFlagsAreUsageErrors();
    void boolFlagsTakeOnOff_data();
    void boolFlagsTakeOnOff();
    void flagsReachThePackage();
    void withoutRememberTheFileIsUntouched();
    void rememberKeepsTheOptions();
    void rememberRefusesAReadOnlyFile();
    void packagePerModuleListsThePackages();
    void schemaFilesAreCopiedNotKept();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A fresh copy of the sample course.
    QString copyOfSample(const QString &name);
    QTemporaryDir m_dir;
    QString m_sample;
};

void TestExportOptions::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_sample = path(QStringLiteral("sample.cwcourse"));
    const CliResult r =
        runCli({QStringLiteral("new"), QStringLiteral("--template"), QStringLiteral("sample"), m_sample});
    QVERIFY2(r.code == 0, qPrintable(r.err));
}

QString TestExportOptions::copyOfSample(const QString &name)
{
    const QString copy = path(name);
    QFile::remove(copy);
    if (!QFile::copy(m_sample, copy))
        return {};
    QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
    return copy;
}

void TestExportOptions::helpListsEveryOptionFlag()
{
    const CliResult r = runCli({QStringLiteral("export"), QStringLiteral("--help")});
    QCOMPARE(r.code, 0);
    for (const char *flag : {"--remember", "--scope <SCOPE>", "--success-status", "--failure-status",
                             "--write-mastery-score <on|off>", "--resume", "--schema-files <DIR>"})
        QVERIFY2(r.out.contains(flag), flag);
    // Label, help, choices, default and formats, from the targets' descriptions.
    const QString help = QString::fromUtf8(r.out).simplified();
    QVERIFY2(
        help.contains(QLatin1String("One of: course, sco-per-module, package-per-module (default: course).")),
        qPrintable(help));
    QVERIFY(help.contains(QLatin1String("One of: passed, completed (default: passed). Formats: scorm12.")));
    QVERIFY(help.contains(QLatin1String("Status when failed.")));
    QVERIFY(help.contains(QLatin1String("on or off (default: on).")));
    // xapi and cmi5: their own flags; one key with another meaning (cmi5's scope) is described
    // apart, with its own choices, and a shared meaning once with every format that has it.
    for (const char *flag : {"--activity-base <TEXT>", "--move-on <MOVE-ON>"})
        QVERIFY2(r.out.contains(flag), flag);
    QVERIFY2(
        help.contains(QLatin1String("One of: course, sco-per-module, package-per-module (default: course). "
                                    "Formats: scorm12, scorm2004-3, scorm2004-4.")),
        qPrintable(help));
    QVERIFY(help.contains(QLatin1String("One of: course, au-per-module (default: course). Formats: cmi5.")));
    QVERIFY(
        help.contains(QLatin1String("(default: always). Formats: scorm12, scorm2004-3, scorm2004-4, xapi, "
                                    "cmi5.")));
    QVERIFY(help.contains(QLatin1String("Activity IRI base.")));
    QVERIFY(help.contains(QLatin1String("Formats: xapi, cmi5.")));
}

void TestExportOptions::badFlagsAreUsageErrors_data()
{
    QTest::addColumn<QStringList>("flags");
    QTest::addColumn<QString>("message");
    const auto row = [](const char *name, const QString &format, const QStringList &flags,
                        const char *message) {
        QTest::newRow(name) << (QStringList{QStringLiteral("--format"), format} + flags)
                            << QString::fromUtf8(message);
    };
    const QString scorm12 = QStringLiteral("scorm12");
    row("not a choice", scorm12, {QStringLiteral("--scope"), QStringLiteral("everything")},
        "invalid value 'everything' for --scope; choose one of: course, sco-per-module, package-per-module");
    row("not a choice, =", scorm12, {QStringLiteral("--resume=sometimes")},
        "invalid value 'sometimes' for --resume; choose one of: always, ask, never");
    row("choice in another case", scorm12, {QStringLiteral("--success-status"), QStringLiteral("Passed")},
        "invalid value 'Passed' for --success-status");
    row("not on or off", scorm12, {QStringLiteral("--write-mastery-score"), QStringLiteral("maybe")},
        "invalid value 'maybe' for --write-mastery-score; use on or off");
    row("missing value", scorm12, {QStringLiteral("--scope")}, "Missing value after '--scope'");
    row("not an option of 2004", QStringLiteral("scorm2004-4"),
        {QStringLiteral("--success-status"), QStringLiteral("completed")},
        "--success-status is not an option of scorm2004-4; its options: --scope, --write-mastery-score, "
        "--resume, --schema-files");
    row("html has none", QStringLiteral("html"), {QStringLiteral("--resume"), QStringLiteral("never")},
        "--resume is not an option of html, which has no options");
}

void TestExportOptions::badFlagsAreUsageErrors()
{
    QFETCH(QStringList, flags);
    QFETCH(QString, message);
    const QByteArray before = readFile(m_sample);
    const QString out = path(QStringLiteral("never.zip"));
    const CliResult r = runCli(QStringList{QStringLiteral("export"), m_sample, QStringLiteral("--out"), out,
                                           QStringLiteral("--remember")} +
                               flags);
    QCOMPARE(r.code, 2); // UsageError
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(readFile(m_sample), before);
}

void TestExportOptions::boolFlagsTakeOnOff_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("shown");
    for (const char *word : {"on", "true", "yes", "ON", "True"})
        QTest::newRow(word) << QString::fromLatin1(word) << QStringLiteral("on");
    for (const char *word : {"off", "false", "no", "NO"})
        QTest::newRow(word) << QString::fromLatin1(word) << QStringLiteral("off");
}

void TestExportOptions::boolFlagsTakeOnOff()
{
    QFETCH(QString, word);
    QFETCH(QString, shown);
    const QString out = path(QStringLiteral("bool.zip"));
    const CliResult r =
        runCli({QStringLiteral("export"), m_sample, QStringLiteral("--format"), QStringLiteral("scorm12"),
                QStringLiteral("--out"), out, QStringLiteral("--write-mastery-score"), word});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(optionsLine(r).contains(QStringLiteral("--write-mastery-score ") + shown), r.out.constData());
}

void TestExportOptions::flagsReachThePackage()
{
    const QString out = path(QStringLiteral("flags.zip"));
    const CliResult r =
        runCli({QStringLiteral("export"), m_sample, QStringLiteral("--format"), QStringLiteral("scorm12"),
                QStringLiteral("--out"), out, QStringLiteral("--success-status"), QStringLiteral("completed"),
                QStringLiteral("--write-mastery-score"), QStringLiteral("off")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The options as used, the ones not given from their defaults, written as flags that repeat them.
    QCOMPARE(optionsLine(r),
             QStringLiteral("--scope course --success-status completed --failure-status failed "
                            "--write-mastery-score off --resume always"));
    const QByteArray manifest = cw::zipEntry(out, "imsmanifest.xml");
    QVERIFY(manifest.contains("<schemaversion>1.2</schemaversion>"));
    QVERIFY(!manifest.contains("masteryscore"));
    // The learner-state figure against this format's own limit.
    QVERIFY2(r.out.contains("Learner state, worst case: 160 characters (SCORM 1.2 allows 4096)"),
             r.out.constData());
    const CliResult xapi =
        runCli({QStringLiteral("export"), m_sample, QStringLiteral("--format"), QStringLiteral("xapi"),
                QStringLiteral("--out"), path(QStringLiteral("x.zip"))});
    QVERIFY2(xapi.code == 0, qPrintable(xapi.err));
    QVERIFY2(xapi.out.contains("160 characters (no limit in this format;"), xapi.out.constData());
    const CliResult withScore = runCli({QStringLiteral("export"), m_sample, QStringLiteral("--format"),
                                        QStringLiteral("scorm12"), QStringLiteral("--out"), out});
    QVERIFY2(withScore.code == 0, qPrintable(withScore.err));
    QVERIFY(cw::zipEntry(out, "imsmanifest.xml").contains("masteryscore"));
}

void TestExportOptions::withoutRememberTheFileIsUntouched()
{
    const QString course = copyOfSample(QStringLiteral("untouched.cwcourse"));
    QVERIFY(!course.isEmpty());
    const QByteArray before = readFile(course);
    const QDateTime modified = QFileInfo(course).lastModified();
    const QStringList folder = entriesOf(m_dir.path());
    const QString out = path(QStringLiteral("untouched-out.zip"));
    const CliResult r =
        runCli({QStringLiteral("export"), course, QStringLiteral("--format"), QStringLiteral("scorm12"),
                QStringLiteral("--out"), out, QStringLiteral("--scope"), QStringLiteral("sco-per-module"),
                QStringLiteral("--resume"), QStringLiteral("ask")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!r.out.contains("Kept with the course"));
    QCOMPARE(readFile(course), before); // byte for byte
    QCOMPARE(QFileInfo(course).lastModified(), modified);
    QStringList expected = folder + QStringList{QStringLiteral("untouched-out.zip")};
    expected.sort();
    QCOMPARE(entriesOf(m_dir.path()), expected); // nothing beside the course either
    // Nothing was kept: the next export uses the defaults.
    const CliResult again = runCli({QStringLiteral("export"), course, QStringLiteral("--format"),
                                    QStringLiteral("scorm12"), QStringLiteral("--out"), out});
    QVERIFY(optionsLine(again).startsWith(QStringLiteral("--scope course ")));
    QVERIFY(optionsLine(again).endsWith(QStringLiteral("--resume always")));
}

void TestExportOptions::rememberKeepsTheOptions()
{
    const QString course = copyOfSample(QStringLiteral("remember.cwcourse"));
    QVERIFY(!course.isEmpty());
    const QString out = path(QStringLiteral("remember-out.zip"));
    CliResult r =
        runCli({QStringLiteral("export"), course, QStringLiteral("--format"), QStringLiteral("scorm12"),
                QStringLiteral("--out"), out, QStringLiteral("--remember"), QStringLiteral("--scope"),
                QStringLiteral("sco-per-module"), QStringLiteral("--resume"), QStringLiteral("ask"),
                QStringLiteral("--write-mastery-score"), QStringLiteral("off")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("Kept with the course for the next export."));

    // In the course, as its canonical JSON shows.
    r = runCli({QStringLiteral("dump"), course});
    QCOMPARE(r.code, 0);
    const QJsonObject settings = QJsonDocument::fromJson(r.out)
                                     .object()
                                     .value(QStringLiteral("course"))
                                     .toObject()
                                     .value(QStringLiteral("props"))
                                     .toObject()
                                     .value(QStringLiteral("exportSettings"))
                                     .toObject();
    QCOMPARE(settings.value(QStringLiteral("format")).toString(), QStringLiteral("scorm12"));
    const QJsonObject kept = settings.value(QStringLiteral("scorm12")).toObject();
    QCOMPARE(kept.value(QStringLiteral("scope")).toString(), QStringLiteral("sco-per-module"));
    QCOMPARE(kept.value(QStringLiteral("resume")).toString(), QStringLiteral("ask"));
    QCOMPARE(kept.value(QStringLiteral("writeMasteryScore")).toBool(true), false);
    QVERIFY(!kept.contains(QStringLiteral("schemaFiles")));

    // The next export repeats them without a flag; a flag still wins, for that export only.
    const QByteArray saved = readFile(course);
    r = runCli({QStringLiteral("export"), course, QStringLiteral("--format"), QStringLiteral("scorm12"),
                QStringLiteral("--out"), out});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(optionsLine(r),
             QStringLiteral("--scope sco-per-module --success-status passed --failure-status failed "
                            "--write-mastery-score off --resume ask"));
    r = runCli({QStringLiteral("export"), course, QStringLiteral("--format"), QStringLiteral("scorm12"),
                QStringLiteral("--out"), out, QStringLiteral("--resume"), QStringLiteral("never")});
    QVERIFY(optionsLine(r).endsWith(QStringLiteral("--resume never")));
    QCOMPARE(readFile(course), saved);
    r = runCli({QStringLiteral("export"), course, QStringLiteral("--format"), QStringLiteral("scorm12"),
                QStringLiteral("--out"), out});
    QVERIFY(optionsLine(r).endsWith(QStringLiteral("--resume ask")));

    // Remembering what is already kept changes nothing.
    r = runCli({QStringLiteral("export"), course, QStringLiteral("--format"), QStringLiteral("scorm12"),
                QStringLiteral("--out"), out, QStringLiteral("--remember")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("The course already keeps these options."));
    QCOMPARE(readFile(course), saved);

    // A refused export keeps nothing.
    r = runCli({QStringLiteral("export"), course, QStringLiteral("--format"), QStringLiteral("scorm2004-4"),
                QStringLiteral("--out"), QStringLiteral("/nonexistent-dir/x.zip"),
                QStringLiteral("--remember")});
    QCOMPARE(r.code, 3);
    QCOMPARE(readFile(course), saved);
}

void TestExportOptions::rememberRefusesAReadOnlyFile()
{
    const QString course = copyOfSample(QStringLiteral("readonly.cwcourse"));
    QVERIFY(!course.isEmpty());
    QVERIFY(QFile::setPermissions(course, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    const QByteArray before = readFile(course);
    const QString out = path(QStringLiteral("readonly-out.zip"));
    const CliResult r =
        runCli({QStringLiteral("export"), course, QStringLiteral("--format"), QStringLiteral("scorm12"),
                QStringLiteral("--out"), out, QStringLiteral("--remember")});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains(QLatin1String("read-only")), qPrintable(r.err));
    QVERIFY(!QFileInfo::exists(out));
    QCOMPARE(readFile(course), before);
}

void TestExportOptions::packagePerModuleListsThePackages()
{
    const QString out = path(QStringLiteral("modules"));
    const CliResult r = runCli({QStringLiteral("export"), m_sample, QStringLiteral("--format"),
                                QStringLiteral("scorm12"), QStringLiteral("--out"), out,
                                QStringLiteral("--scope"), QStringLiteral("package-per-module")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QStringList zips = QDir(out).entryList({QStringLiteral("*.zip")}, QDir::Files, QDir::Name);
    QVERIFY(!zips.isEmpty());
    QVERIFY2(r.out.contains(QStringLiteral("Packages: %1 zip file").arg(zips.size()).toUtf8()),
             r.out.constData());
    for (const QString &zip : zips)
        QVERIFY2(r.out.contains("\n  " + zip.toUtf8() + "\n"), qPrintable(zip));
}

void TestExportOptions::schemaFilesAreCopiedNotKept()
{
    const QString schemas = path(QStringLiteral("xsd"));
    QVERIFY(QDir().mkpath(schemas));
    {
        QFile f(schemas + QStringLiteral("/imscp_rootv1p1p2.xsd"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"/>\n");
    }
    const QString course = copyOfSample(QStringLiteral("schemas.cwcourse"));
    QVERIFY(!course.isEmpty());
    const QString out = path(QStringLiteral("schemas.zip"));
    CliResult r = runCli({QStringLiteral("export"), course, QStringLiteral("--format"),
                          QStringLiteral("scorm12"), QStringLiteral("--out"), out,
                          QStringLiteral("--schema-files"), schemas, QStringLiteral("--remember")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY(!cw::zipEntry(out, "imscp_rootv1p1p2.xsd").isEmpty());
    QVERIFY(optionsLine(r).contains(QStringLiteral("--schema-files ") + schemas));
    r = runCli({QStringLiteral("dump"), course});
    QVERIFY(r.out.contains("\"exportSettings\""));
    QVERIFY(!r.out.contains("schemaFiles"));
    QVERIFY(!r.out.contains(schemas.toUtf8()));
}

QTEST_GUILESS_MAIN(TestExportOptions)
#include "tst_exportoptions.moc"
