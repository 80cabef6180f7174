// Project-file benchmark: a large course (100 modules x 20 pages x 5 blocks, 1,000 questions,
// 200 MB of media) opened, saved after one edit, saved in full, dumped and exported (HTML; SCORM
// 2004 with all media, beside `zip -r -q` of the same exported folder, which needs zip installed). Each phase
// runs in a child process so its peak memory (ru_maxrss) is its own. Prints a Markdown table.
//
//   bench_project [--media-mb N] [--runs N] [--keep DIR]
#include "benchcourse.h"
#include "export/exporter.h"
#include "export/statebudget.h"
#include "model/coursedocument.h"
#include "model/coursejson.h"
#include "store/project.h"
#include "validate/validator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>

using namespace cw;

namespace {

using bench::bigCourse;

bool writeMedia(const QString &path, qint64 bytes, quint32 seed)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QRandomGenerator rng(seed);
    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qint64 written = 0; written < bytes; written += chunk.size()) {
        rng.fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
        if (f.write(chunk) != chunk.size())
            return false;
    }
    return true;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_project: %s\n", qPrintable(message));
    return 1;
}

// Runs one phase in this process; prints "<milliseconds>" on stdout.
int runPhase(const QString &phase, const QString &file, const QString &workDir, int mediaMb)
{
    QString error;
    QElapsedTimer timer;
    double ms = 0; // taken before the project closes: closing (checkpoint, fsync) is not the phase
    if (phase == QLatin1String("create")) {
        CourseData data;
        data.root = bigCourse();
        timer.start();
        auto project = Project::createNew(std::move(data), &error);
        if (!project)
            return fail(error);
        const int files = std::max(1, mediaMb / 10);
        for (int i = 0; i < files; ++i) {
            const QString media = QDir(workDir).filePath(QStringLiteral("media%1.bin").arg(i));
            if (!writeMedia(media, qint64(mediaMb) * (1 << 20) / files, quint32(i)))
                return fail(QStringLiteral("cannot write %1").arg(media));
            auto info = project->file().importAsset(media, &error);
            if (!info)
                return fail(error);
            project->document().addAsset(*info);
            QFile::remove(media);
        }
        if (!project->file().saveAs(file, &error))
            return fail(error);
        ms = double(timer.nsecsElapsed()) / 1e6;
    } else {
        timer.start();
        auto project = Project::open(file, &error);
        if (!project)
            return fail(error);
        if (phase == QLatin1String("open")) {
            ms = double(timer.nsecsElapsed()) / 1e6;
        } else if (phase == QLatin1String("edit-save")) {
            const Node *page = project->document().root()->child(50)->child(10);
            project->document().setProperty(
                page->id(), QStringLiteral("title"),
                QStringLiteral("Edited %1").arg(QCoreApplication::applicationPid()));
            timer.restart();
            if (!project->file().save(&error))
                return fail(error);
            ms = double(timer.nsecsElapsed()) / 1e6;
        } else if (phase == QLatin1String("full-save")) {
            project->file().markAllDirty();
            project->document().setProperty(
                project->document().root()->id(), QStringLiteral("title"),
                QStringLiteral("Full %1").arg(QCoreApplication::applicationPid()));
            timer.restart();
            if (!project->file().save(&error))
                return fail(error);
            ms = double(timer.nsecsElapsed()) / 1e6;
        } else if (phase == QLatin1String("export-media")) {
            timer.restart();
            const QString out = QDir(workDir).filePath(QStringLiteral("exported.bin"));
            for (const AssetInfo &asset : project->document().assets()) {
                if (!project->file().exportAsset(asset.hash, out, &error))
                    return fail(error);
            }
            ms = double(timer.nsecsElapsed()) / 1e6;
            QFile::remove(out);
        } else if (phase == QLatin1String("export-html")) {
            Exporter::Options options;
            options.outputPath = QDir(workDir).filePath(QStringLiteral("site.zip"));
            timer.restart();
            const Exporter::Result result = Exporter::run(project->document(), project->file(), options);
            ms = double(timer.nsecsElapsed()) / 1e6;
            // site.zip stays: with --keep it is the package to play; otherwise the folder goes.
            if (result.status != Exporter::Result::Status::Written)
                return fail(result.error);
        } else if (phase == QLatin1String("export-scorm") || phase == QLatin1String("export-scorm-folder")) {
            // Every media file in the package: a video block per asset on the first page (a
            // validation error, as the generated media are not video: exported with force).
            CourseDocument &doc = project->document();
            const QUuid page = doc.root()->child(0)->child(0)->id();
            for (const AssetInfo &asset : doc.assets()) {
                auto video = std::make_unique<Node>(NodeKind::Video);
                video->setProperty(QStringLiteral("asset"), asset.hash);
                doc.insertNode(page, 0, std::move(video));
            }
            Exporter::Options options;
            options.format = QStringLiteral("scorm2004-4");
            options.force = true;
            options.outputPath = QDir(workDir).filePath(phase == QLatin1String("export-scorm")
                                                            ? QStringLiteral("scorm2004.zip")
                                                            : QStringLiteral("scorm2004"));
            timer.restart();
            const Exporter::Result result = Exporter::run(doc, project->file(), options);
            ms = double(timer.nsecsElapsed()) / 1e6;
            if (result.status != Exporter::Result::Status::Written)
                return fail(result.error);
        } else if (phase == QLatin1String("zip-r")) {
            // What a designer would otherwise do: zip the exported folder (export-scorm-folder).
            const QString folder = QDir(workDir).filePath(QStringLiteral("scorm2004"));
            const QString zip = QDir(workDir).filePath(QStringLiteral("zip-r.zip"));
            QFile::remove(zip);
            QProcess process;
            process.setWorkingDirectory(folder);
            timer.restart();
            process.start(QStringLiteral("zip"),
                          {QStringLiteral("-r"), QStringLiteral("-q"), zip, QStringLiteral(".")});
            if (!process.waitForFinished(-1) || process.exitCode() != 0)
                return fail(QStringLiteral("zip -r failed (is zip installed?): %1")
                                .arg(QString::fromLocal8Bit(process.readAllStandardError())));
            ms = double(timer.nsecsElapsed()) / 1e6;
        } else if (phase == QLatin1String("validate")) {
            timer.restart();
            const QList<Problem> problems = Validator::validate(project->document());
            ms = double(timer.nsecsElapsed()) / 1e6;
            if (Validator::hasErrors(problems))
                return fail(
                    QStringLiteral("the benchmark course has errors: %1").arg(problems.first().message));
        } else if (phase == QLatin1String("dump")) {
            timer.restart();
            const QByteArray json =
                CourseJson::write(*project->document().root(), project->document().assets());
            ms = double(timer.nsecsElapsed()) / 1e6;
            if (json.isEmpty())
                return fail(QStringLiteral("empty dump"));
        } else {
            return fail(QStringLiteral("unknown phase %1").arg(phase));
        }
    }
    std::printf("%.3f\n", ms);
    return 0;
}

struct Measure
{
    double ms = 0;
    double peakMb = 0;
    bool ok = false;
};

// Runs a phase in a child process and reads its time and peak resident memory.
Measure measure(const QString &phase, const QString &file, const QString &workDir, int mediaMb)
{
    Measure m;
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return m;
    const QByteArray self = QCoreApplication::applicationFilePath().toLocal8Bit();
    const QByteArray args[] = {phase.toLocal8Bit(), file.toLocal8Bit(), workDir.toLocal8Bit(),
                               QByteArray::number(mediaMb)};
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(pipeFds[1], 1);
        close(pipeFds[0]);
        execl(self.constData(), self.constData(), "--phase", args[0].constData(), args[1].constData(),
              args[2].constData(), args[3].constData(), static_cast<char *>(nullptr));
        _exit(127);
    }
    close(pipeFds[1]);
    QByteArray output;
    char buffer[256];
    for (ssize_t n; (n = read(pipeFds[0], buffer, sizeof buffer)) > 0;)
        output.append(buffer, n);
    close(pipeFds[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    m.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    m.ms = output.trimmed().toDouble();
    m.peakMb = double(usage.ru_maxrss) / 1024.0;
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 6 && args.at(1) == QLatin1String("--phase"))
        return runPhase(args.at(2), args.at(3), args.at(4), args.at(5).toInt());

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("media-mb"), QStringLiteral("Megabytes of generated media."),
                      QStringLiteral("N"), QStringLiteral("200")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs per phase (median reported)."),
                      QStringLiteral("N"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("keep"),
                      QStringLiteral("Work in DIR and leave the project and its exports there."),
                      QStringLiteral("DIR")});
    parser.process(app);
    const int mediaMb = parser.value(QStringLiteral("media-mb")).toInt();
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    // The course and its exports are worth keeping to open in the editor or play the package.
    QTemporaryDir temporary;
    const QString keep = parser.value(QStringLiteral("keep"));
    if (!keep.isEmpty() && !QDir().mkpath(keep)) {
        std::fprintf(stderr, "cannot create %s\n", qPrintable(keep));
        return 1;
    }
    const QDir dir(keep.isEmpty() ? temporary.path() : QFileInfo(keep).absoluteFilePath());
    const QString file = dir.filePath(QStringLiteral("bench.cwcourse"));
    if (QFileInfo::exists(file) && !QFile::remove(file)) {
        std::fprintf(stderr, "cannot replace %s\n", qPrintable(file));
        return 1;
    }
    std::printf("Course: 100 modules x 20 pages x 5 blocks, 100 quizzes x 10 questions, %d MB media\n",
                mediaMb);
    std::printf("| phase | median ms | min ms | max ms | peak RSS MB |\n|---|---:|---:|---:|---:|\n");
    const struct
    {
        const char *phase;
        const char *label;
        int runs;
    } phases[] = {
        {"create", "generate media, import it, first save", 1},
        {"open", "open", runs},
        {"edit-save", "save after one edit", runs},
        {"full-save", "full save (every node)", runs},
        {"dump", "dump canonical JSON", runs},
        {"validate", "validate (every rule)", runs},
        {"export-media", "export every media file", 1},
        {"export-html", "export the HTML package: validate, course.js, zip (no block uses the media)", 1},
        // Issue 9: the SCORM export with every media file in it, against zip -r of the same folder.
        {"export-scorm-folder", "export SCORM 2004 to a folder, all media in it", 1},
        {"zip-r", "zip -r -q of that folder (for comparison)", 1},
        {"export-scorm", "export SCORM 2004 as a zip, all media in it", 1}};
    for (const auto &p : phases) {
        QList<double> times;
        double peak = 0;
        for (int i = 0; i < p.runs; ++i) {
            const Measure m = measure(QString::fromLatin1(p.phase), file, dir.path(), mediaMb);
            if (!m.ok) {
                std::fprintf(stderr, "phase %s failed\n", p.phase);
                return 1;
            }
            times << m.ms;
            peak = std::max(peak, m.peakMb);
        }
        std::sort(times.begin(), times.end());
        std::printf("| %s | %.1f | %.1f | %.1f | %.0f |\n", p.label, times.at(times.size() / 2),
                    times.first(), times.last(), peak);
    }
    std::printf("File size: %.1f MB\n", double(QFileInfo(file).size()) / (1 << 20));
    if (!keep.isEmpty())
        std::printf("Kept: %s and its HTML package site.zip\n", qPrintable(QDir::toNativeSeparators(file)));
    QString error;
    if (const auto project = Project::open(file, &error))
        std::printf("Learner state, worst case (as export reports it): %lld characters\n",
                    static_cast<long long>(StateBudget::worstCase(project->document())));
    return 0;
}
