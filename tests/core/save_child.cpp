// Helper for tst_savedfile: an editing session that saves and stays open, as the editor does.
// Usage: save_child PROJECT TITLE  (sets the course title, saves, prints SAVED, waits to be killed)
#include "model/coursedocument.h"
#include "store/project.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: save_child PROJECT TITLE\n");
        return 2;
    }
    QString error;
    auto project = cw::Project::open(args.at(1), &error);
    if (!project) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    cw::CourseDocument &doc = project->document();
    // Two saves, as a designer makes them: the second is the incremental one.
    doc.setProperty(doc.root()->id(), QStringLiteral("author"), QStringLiteral("First save"), true);
    if (!project->file().save(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    doc.setProperty(doc.root()->id(), QStringLiteral("title"), args.at(2), true);
    if (!project->file().save(&error)) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    std::printf("SAVED\n");
    std::fflush(stdout);
    return app.exec();
}
