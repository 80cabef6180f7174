#include "export/exporter.h"

#include "export/exportsettings.h"
#include "export/exporttarget.h"
#include "export/folderpackagesink.h"
#include "export/packageplan.h"
#include "export/statebudget.h"
#include "export/zippackagesink.h"
#include "model/assetsource.h"
#include "model/coursedocument.h"
#include "validate/validator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <memory>

namespace cw {

namespace {

Exporter::Result failed(Exporter::Result result, const QString &error)
{
    result.status = Exporter::Result::Status::Failed;
    result.error = error;
    return result;
}

qint64 contentBytes(const PackagePlan &plan, const CourseDocument &document)
{
    qint64 total = 0;
    for (const PackageEntry &entry : plan.entries()) {
        switch (entry.source) {
        case PackageEntry::Source::Bytes:
            total += entry.bytes.size();
            break;
        case PackageEntry::Source::Asset:
            if (const AssetInfo *info = document.asset(entry.reference))
                total += info->size;
            break;
        case PackageEntry::Source::Resource:
            total += QFileInfo(entry.reference).size();
            break;
        }
    }
    return total;
}

// Files a desktop adds by merely opening a folder.
bool isDesktopLitter(const QString &name)
{
    static const QSet<QString> litter = {QStringLiteral(".ds_store"), QStringLiteral("thumbs.db"),
                                         QStringLiteral("desktop.ini")};
    return litter.contains(name.toCaseFolded());
}

} // namespace

QStringList Exporter::formats()
{
    QStringList names;
    for (const ExportTarget *target : ExportTargets::all())
        names.append(target->name());
    return names;
}

bool Exporter::writesZip(const QString &outputPath)
{
    return outputPath.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

bool Exporter::plan(const QString &format, const CourseDocument &document, const AssetSource *file,
                    PackagePlan &plan, QString *error, const QJsonObject &options)
{
    if (const ExportTarget *target = ExportTargets::find(format)) {
        QString problem;
        const QJsonObject resolved = target->resolve({}, options, &problem);
        if (problem.isEmpty())
            return target->plan({document, file, resolved}, plan, error);
        if (error)
            *error = problem;
        return false;
    }
    if (error)
        *error = tr("Unknown export format \"%1\"; known formats: %2.")
                     .arg(format, formats().join(QStringLiteral(", ")));
    return false;
}

bool Exporter::checkFolderTarget(const QString &path, const PackagePlan &plan, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    const auto refuse = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (!info.isDir())
        return refuse(tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(path)));
    const QStringList entries =
        QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    if (entries.isEmpty())
        return true;
    QSet<QString> ours;
    for (const PackageEntry &entry : plan.entries())
        ours.insert(entry.path.section(QLatin1Char('/'), 0, 0).toCaseFolded());
    // A package's marks: course.js at the root, or the manifest of a package whose players are in
    // folders of their own (a SCO or an AU per module).
    bool previousExport = false;
    for (const char *mark : {"course.js", "imsmanifest.xml", "cmi5.xml"})
        previousExport = previousExport || entries.contains(QLatin1String(mark));
    for (const QString &name : entries) {
        const QString key = name.toCaseFolded();
        if (!ours.contains(key) && !isDesktopLitter(name))
            previousExport = false;
    }
    if (!previousExport)
        return refuse(tr("The folder %1 is not empty and does not hold a previous export; choose a new or "
                         "empty folder, or a path ending in .zip.")
                          .arg(QDir::toNativeSeparators(path)));
    return true;
}

Exporter::Result Exporter::run(const CourseDocument &document, const AssetSource &file,
                               const Options &options, const PackageWriter::Progress &progress,
                               const std::atomic<bool> *cancel)
{
    Result result;
    if (options.outputPath.isEmpty())
        return failed(result, tr("No output path was given."));
    const ExportTarget *target = ExportTargets::find(options.format);
    QString error;
    if (!target) {
        PackagePlan unused;
        plan(options.format, document, &file, unused, &error);
        return failed(result, error);
    }
    result.options =
        target->resolve(ExportSettings::stored(document, target->name()), options.targetOptions, &error);
    if (!error.isEmpty())
        return failed(result, error);
    ExportRequest request{document, &file, result.options};
    result.stateWorstCase = target->stateWorstCase(request);

    // Preflight, before anything is written.
    result.problems = Validator::validate(document);
    if (target->stateLimit() > 0 && result.stateWorstCase > target->stateLimit())
        result.problems.append(
            Problem{Problem::Severity::Error, document.root()->id(), QStringLiteral("state-budget"),
                    tr("A learner's saved progress in this course can reach %L1 characters, more than the "
                       "%L2 that %3 lets a course save; resume would break. Make the course smaller (fewer "
                       "questions, attempts or scenario steps per module) or choose a scope with one SCO "
                       "per module.")
                        .arg(result.stateWorstCase)
                        .arg(target->stateLimit())
                        .arg(target->label())});
    if (Validator::hasErrors(result.problems) && !options.force) {
        result.status = Result::Status::Refused;
        result.error = tr("The course has validation errors; fix them or export anyway with force.");
        return result;
    }

    // Every package is planned before the first byte is written.
    const QStringList names = target->packageNames(request);
    const bool several = !names.isEmpty();
    std::vector<PackagePlan> plans(size_t(several ? names.size() : 1));
    for (size_t i = 0; i < plans.size(); ++i) {
        request.package = several ? int(i) : -1;
        if (!target->plan(request, plans[i], &error))
            return failed(result, error);
        result.files += int(plans[i].entries().size());
        result.bytes += contentBytes(plans[i], document);
    }

    const bool zip = !several && writesZip(options.outputPath);
    const bool newFolder = several && !QFileInfo::exists(options.outputPath);
    if (several) {
        if (writesZip(options.outputPath))
            return failed(result, tr("This export writes one zip per module; choose a folder to put them in, "
                                     "not a .zip file."));
        if (!checkPackagesFolder(options.outputPath, &error))
            return failed(result, error);
        if (!QDir().mkpath(options.outputPath))
            return failed(
                result,
                tr("The folder %1 could not be created.").arg(QDir::toNativeSeparators(options.outputPath)));
    } else if (zip && QFileInfo(options.outputPath).isDir()) {
        return failed(result,
                      tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(options.outputPath)));
    } else if (!zip && !checkFolderTarget(options.outputPath, plans.front(), &error)) {
        return failed(result, error);
    }

    // Progress runs once over all packages, each package's share by its size.
    qint64 before = 0;
    for (size_t i = 0; i < plans.size(); ++i) {
        const qint64 share = several ? contentBytes(plans[i], document) : 0;
        const PackageWriter::Progress scaled = [&](qint64 done, qint64 total) {
            if (!progress)
                return;
            if (!several)
                return progress(done, total);
            const double part = total > 0 ? double(done) / double(total) : 1.0;
            progress(before + qint64(part * double(share)), std::max<qint64>(result.bytes, 1));
        };
        const QString path =
            several ? QDir(options.outputPath).filePath(names.at(qsizetype(i))) : options.outputPath;
        std::unique_ptr<PackageSink> sink;
        if (several || zip)
            sink = std::make_unique<ZipPackageSink>(path);
        else
            sink = std::make_unique<FolderPackageSink>(path);
        if (!PackageWriter::write(plans[i], file, *sink, scaled, cancel, &error)) {
            // A stopped export of several packages takes back those it wrote, and the folder it made.
            for (const QString &name : std::as_const(result.packages))
                QFile::remove(QDir(options.outputPath).filePath(name));
            result.packages.clear();
            if (newFolder)
                QDir().rmdir(options.outputPath);
            if (cancel && cancel->load()) {
                result.status = Result::Status::Cancelled;
                result.error = PackageWriter::cancelledMessage();
                return result;
            }
            return failed(result, error);
        }
        before += share;
        if (several || zip)
            result.archiveBytes += QFileInfo(path).size();
        if (several)
            result.packages.append(names.at(qsizetype(i)));
    }
    result.status = Result::Status::Written;
    return result;
}

bool Exporter::checkPackagesFolder(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists())
        return true;
    if (!info.isDir()) {
        if (error)
            *error = tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    // A folder of packages from an earlier export holds only zips; anything else is the user's.
    const QStringList entries =
        QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QString &name : entries) {
        if (!name.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive) && !isDesktopLitter(name)) {
            if (error)
                *error = tr("The folder %1 holds files other than packages; choose a new or empty folder.")
                             .arg(QDir::toNativeSeparators(path));
            return false;
        }
    }
    return true;
}

} // namespace cw
