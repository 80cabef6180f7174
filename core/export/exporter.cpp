#include "export/exporter.h"

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

} // namespace

QStringList Exporter::formats()
{
    QStringList names;
    for (const ExportTarget *target : ExportTargets::all())
        names.append(target->name());
    return names + ExportTargets::upcoming();
}

bool Exporter::isAvailable(const QString &format)
{
    return ExportTargets::find(format) != nullptr;
}

bool Exporter::writesZip(const QString &outputPath)
{
    return outputPath.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive);
}

bool Exporter::plan(const QString &format, const CourseDocument &document, const AssetSource *file,
                    PackagePlan &plan, QString *error)
{
    if (const ExportTarget *target = ExportTargets::find(format))
        return target->plan({document, file, {}}, plan, error);
    if (error)
        *error = formats().contains(format) ? tr("Export to %1 is not available yet.").arg(format)
                                            : tr("Unknown export format \"%1\"; known formats: %2.")
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
    // Files a desktop adds by merely opening the folder.
    static const QSet<QString> litter = {QStringLiteral(".ds_store"), QStringLiteral("thumbs.db"),
                                         QStringLiteral("desktop.ini")};
    bool previousExport = entries.contains(QStringLiteral("course.js"));
    for (const QString &name : entries) {
        const QString key = name.toCaseFolded();
        if (!ours.contains(key) && !litter.contains(key))
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
    result.stateWorstCase = StateBudget::worstCase(document);
    if (options.outputPath.isEmpty())
        return failed(result, tr("No output path was given."));
    if (!isAvailable(options.format)) {
        PackagePlan unused;
        QString error;
        plan(options.format, document, &file, unused, &error);
        return failed(result, error);
    }
    result.problems = Validator::validate(document);
    if (Validator::hasErrors(result.problems) && !options.force) {
        result.status = Result::Status::Refused;
        result.error = tr("The course has validation errors; fix them or export anyway with force.");
        return result;
    }

    PackagePlan packagePlan;
    QString error;
    if (!plan(options.format, document, &file, packagePlan, &error))
        return failed(result, error);
    result.files = int(packagePlan.entries().size());
    result.bytes = contentBytes(packagePlan, document);

    const bool zip = writesZip(options.outputPath);
    std::unique_ptr<PackageSink> sink;
    if (zip) {
        if (QFileInfo(options.outputPath).isDir())
            return failed(
                result, tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(options.outputPath)));
        sink = std::make_unique<ZipPackageSink>(options.outputPath);
    } else {
        if (!checkFolderTarget(options.outputPath, packagePlan, &error))
            return failed(result, error);
        sink = std::make_unique<FolderPackageSink>(options.outputPath);
    }
    if (!PackageWriter::write(packagePlan, file, *sink, progress, cancel, &error)) {
        if (cancel && cancel->load()) {
            result.status = Result::Status::Cancelled;
            result.error = PackageWriter::cancelledMessage();
            return result;
        }
        return failed(result, error);
    }
    if (zip)
        result.archiveBytes = QFileInfo(options.outputPath).size();
    result.status = Result::Status::Written;
    return result;
}

} // namespace cw
