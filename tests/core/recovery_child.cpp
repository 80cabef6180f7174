// Helper for tst_recovery: opens a project, imports one media file, then edits the course title
// every few milliseconds with autosave on, printing progress until the test kills it.
// Usage: recovery_child PROJECT RECOVERY_DIR INTERVAL_MS MEDIA_FILE
#include "model/coursedocument.h"
#include "store/autosaver.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <chrono>
#include <cstdio>

using namespace cw;

// Milliseconds on the system's monotonic clock, comparable between the test and its child.
static long long monotonicMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fprintf(stderr, "usage: recovery_child PROJECT RECOVERY_DIR INTERVAL_MS MEDIA_FILE\n");
        return 2;
    }
    QString error;
    auto project = Project::open(args.at(1), &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const auto asset = project->file().importAsset(args.at(4), &error);
    if (!asset || !project->document().addAsset(*asset)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    Autosaver autosaver(project->file(), args.at(2));
    autosaver.setInterval(args.at(3).toInt());
    QObject::connect(&autosaver, &Autosaver::written, [] {
        std::printf("AUTOSAVED %lld\n", monotonicMs());
        std::fflush(stdout);
    });
    std::printf("READY %s\n", qPrintable(project->file().scratchPath()));
    std::fflush(stdout);

    CourseDocument &doc = project->document();
    int edit = 0;
    QTimer editor;
    QObject::connect(&editor, &QTimer::timeout, [&] {
        ++edit;
        doc.setProperty(doc.root()->id(), QStringLiteral("title"), QStringLiteral("edit %1").arg(edit), true);
        // Printed after the edit is in the document: the test treats it as made at this time.
        std::printf("EDIT %d %lld\n", edit, monotonicMs());
        std::fflush(stdout);
    });
    editor.start(10);
    return app.exec();
}
