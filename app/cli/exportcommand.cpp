// export: writes a course package (docs/export.md) through the shared Exporter.
#include "clioutput.h"
#include "commandparser.h"
#include "commands.h"

#include "export/exporter.h"
#include "export/exporttarget.h"
#include "export/statebudget.h"
#include "platform/platformfiles.h"
#include "store/project.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace cw::cli {

namespace {

void err(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
    std::fflush(stderr);
}

// The registered targets (ExportTargets), then the standards still to come.
QString targetNames()
{
    QStringList names;
    for (const ExportTarget *target : ExportTargets::all())
        names << target->name();
    return names.join(QStringLiteral(", "));
}

QString formatList()
{
    return QCoreApplication::translate("cw::cli", "supported formats: %1 (%2: not available yet)")
        .arg(targetNames(), ExportTargets::upcoming().join(QStringLiteral(", ")));
}

QString problemLine(const Problem &p)
{
    return QStringLiteral("%1: %2 [%3]")
        .arg(Problem::severityName(p.severity), terminalSafe(p.message), p.code);
}

} // namespace

int runExport(const QStringList &args)
{
    CommandParser cmd(
        QStringLiteral("export FILE --format FORMAT --out PATH [--force]"),
        QCoreApplication::translate(
            "cw::cli",
            "Exports a course as a package. PATH ending in .zip gives a zip archive, anything else a folder: "
            "a new or empty folder, or one holding a previous export, which is replaced (a folder holding "
            "other files is refused, so nothing of yours is deleted). The course is validated first; "
            "an export with errors is refused (exit status 1) unless --force is given.\n\n")
            .append(formatList()),
        {QStringLiteral("FILE")});
    cmd.parser().addOption({QStringLiteral("format"),
                            QCoreApplication::translate("cw::cli", "Package format (%1).").arg(targetNames()),
                            QCoreApplication::translate("cw::cli", "FORMAT"), QStringLiteral("html")});
    cmd.parser().addOption({QStringLiteral("out"),
                            QCoreApplication::translate("cw::cli", "Folder, or .zip file, to write."),
                            QCoreApplication::translate("cw::cli", "PATH")});
    cmd.parser().addOption(
        {QStringLiteral("force"),
         QCoreApplication::translate("cw::cli", "Export even when validation finds errors.")});
    if (auto stop = cmd.parse(args))
        return *stop;

    Exporter::Options options;
    options.format = cmd.parser().value(QStringLiteral("format"));
    options.outputPath = cmd.parser().value(QStringLiteral("out"));
    options.force = cmd.parser().isSet(QStringLiteral("force"));
    if (!Exporter::formats().contains(options.format))
        return fail(QCoreApplication::translate("cw::cli", "unknown format '%1'; %2")
                        .arg(terminalSafe(options.format), formatList()),
                    UsageError);
    if (!Exporter::isAvailable(options.format))
        return fail(QCoreApplication::translate("cw::cli", "export to %1 is not available yet; %2")
                        .arg(terminalSafe(options.format), formatList()),
                    UsageError);
    if (options.outputPath.isEmpty())
        return fail(QCoreApplication::translate("cw::cli", "missing --out PATH\nUsage: coursewright-cli %1")
                        .arg(QStringLiteral("export FILE --format FORMAT --out PATH [--force]")),
                    UsageError);

    QString error;
    std::unique_ptr<Project> project =
        Project::open(cmd.positional(0), &error, ProjectFile::Access::ReadOnly);
    if (!project)
        return fail(terminalSafe(error));

    // A percentage line that rewrites itself, only for a person watching a terminal.
    const bool terminal = PlatformFiles::isTerminal(stderr);
    int lastPercent = -1;
    const auto progress = [&](qint64 done, qint64 total) {
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        if (!terminal || percent == lastPercent)
            return;
        lastPercent = percent;
        err(QStringLiteral("\r%1%").arg(percent, 3));
    };
    const Exporter::Result result = Exporter::run(project->document(), project->file(), options, progress);
    if (terminal && lastPercent >= 0)
        err(QStringLiteral("\n"));

    if (result.status == Exporter::Result::Status::Refused) {
        for (const Problem &p : result.problems)
            out(problemLine(p));
        int errors = 0;
        for (const Problem &p : result.problems)
            errors += p.severity == Problem::Severity::Error;
        return fail(
            QCoreApplication::translate(
                "cw::cli", "export refused: the course has %1; fix them or pass --force to export anyway")
                .arg(QCoreApplication::translate("cw::cli", "%n error(s)", nullptr, errors)),
            ValidationErrors);
    }
    if (result.status != Exporter::Result::Status::Written)
        return fail(terminalSafe(result.error));

    // Exported anyway or with warnings: say so, without mixing it into the summary.
    for (const Problem &p : result.problems)
        err(problemLine(p) + QLatin1Char('\n'));
    const QString target = QDir::toNativeSeparators(options.outputPath);
    out(QCoreApplication::translate("cw::cli", "Exported %1 to %2.")
            .arg(terminalSafe(options.format), terminalSafe(target)));
    out(QCoreApplication::translate("cw::cli", "Files: %1; %2 bytes").arg(result.files).arg(result.bytes) +
        (result.archiveBytes > 0
             ? QCoreApplication::translate("cw::cli", " (zip archive: %1 bytes)").arg(result.archiveBytes)
             : QString()));
    out(QCoreApplication::translate(
            "cw::cli", "Learner state, worst case: %1 characters (SCORM 1.2 allows %2, SCORM 2004 %3)")
            .arg(result.stateWorstCase)
            .arg(StateBudget::Scorm12Limit)
            .arg(StateBudget::Scorm2004Limit));
    return Success;
}

} // namespace cw::cli
