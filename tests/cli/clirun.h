#pragma once
// Runs coursewright-cli as a user runs it, for the command-line tests: the exit status and
// everything it printed. CW_CLI_PATH is set by tests/cli/CMakeLists.txt.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>

struct CliResult
{
    int code = -1; // -1: it did not finish in time (and was killed); -2: it crashed
    QByteArray out;
    QByteArray rawErr; // stderr exactly as written (tests of what reaches a terminal)
    QString err;       // stderr as text
};

inline CliResult runCli(const QStringList &args, int timeoutMs = 120000,
                        const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(CW_CLI_PATH), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    CliResult result;
    result.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    result.out = p.readAllStandardOutput();
    result.rawErr = p.readAllStandardError();
    result.err = QString::fromUtf8(result.rawErr);
    return result;
}
