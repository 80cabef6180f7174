// The product compiles on Windows and macOS too: operating-system headers and Linux's /proc appear
// only behind the platform interface (core/platform/platformfiles_<os>.cpp).
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QtTest>

class TestPortability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void osSpecificCodeOnlyInThePlatformLayer();
    void theScanFindsWhatItLooksFor();
};

namespace {

// Headers that exist on one family of systems only, and the Linux-only /proc file system.
const QRegularExpression &forbidden()
{
    static const QRegularExpression re(
        QStringLiteral(R"re(#\s*include\s*<(unistd|fcntl|signal|dirent|pwd|grp|termios|poll|dlfcn|pthread|)re"
                       R"re(windows|io|direct|sys/[a-z_]+)\.h>|"/proc/)re"));
    return re;
}

bool isPlatformImplementation(const QString &relativePath)
{
    static const QRegularExpression re(QStringLiteral(R"(^core/platform/platformfiles_[a-z]+\.cpp$)"));
    return re.match(relativePath).hasMatch();
}

QStringList offendingLines(const QString &text)
{
    QStringList found;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i) {
        if (forbidden().match(lines[i]).hasMatch())
            found << QStringLiteral("%1: %2").arg(i + 1).arg(lines[i].trimmed());
    }
    return found;
}

} // namespace

void TestPortability::osSpecificCodeOnlyInThePlatformLayer()
{
    const QDir root(QStringLiteral(CW_SOURCE_DIR));
    QStringList problems;
    int scanned = 0;
    for (const char *folder : {"core", "app", "widgets"}) {
        QDirIterator it(root.filePath(QLatin1String(folder)),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = root.relativeFilePath(path);
            if (isPlatformImplementation(relative))
                continue;
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            ++scanned;
            for (const QString &line : offendingLines(QString::fromUtf8(file.readAll())))
                problems << relative + QLatin1Char(':') + line;
        }
    }
    QVERIFY2(scanned > 50, "the source tree was not found");
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("OS-specific code outside core/platform:\n") +
                                            problems.join(QLatin1Char('\n'))));
}

void TestPortability::theScanFindsWhatItLooksFor()
{
    QCOMPARE(offendingLines(QStringLiteral("#include <unistd.h>")).size(), 1);
    QCOMPARE(offendingLines(QStringLiteral("#  include <sys/stat.h>")).size(), 1);
    QCOMPARE(offendingLines(QStringLiteral("#include <windows.h>")).size(), 1);
    QCOMPARE(offendingLines(QStringLiteral("QFile f(QStringLiteral(\"/proc/self/status\"));")).size(), 1);
    QCOMPARE(offendingLines(QStringLiteral("#include <QFile>\n#include <cstdio>\n#include <zip.h>")).size(),
             0);
    QVERIFY(isPlatformImplementation(QStringLiteral("core/platform/platformfiles_posix.cpp")));
    QVERIFY(!isPlatformImplementation(QStringLiteral("core/store/projectfile.cpp")));
}

QTEST_GUILESS_MAIN(TestPortability)
#include "tst_portability.moc"
