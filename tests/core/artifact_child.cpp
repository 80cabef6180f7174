// Helper for tst_tempartifact: holds a temporary group beside TARGET (a member and the lock) and
// waits to be killed, as an export interrupted mid-way would.
// Usage: artifact_child TARGET
#include "store/tempartifact.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: artifact_child TARGET\n");
        return 2;
    }
    QString error;
    auto artifact = cw::TempArtifact::besides(app.arguments().at(1), &error);
    QFile member(artifact ? artifact->member(QStringLiteral("partial")) : QString());
    QFile journal(artifact ? artifact->member(QStringLiteral("partial-journal")) : QString());
    if (!artifact || !member.open(QIODevice::WriteOnly) || !journal.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("READY\n");
    std::fflush(stdout);
    return app.exec();
}
