#pragma once
// One export from start to finish, shared by the CLI and the editor: preflight validation, the
// target's package plan, the sink (a zip when the output ends in ".zip", else a folder), the write
// with progress and cancellation, and a summary.

#include "export/packagewriter.h"
#include "validate/problem.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <atomic>

namespace cw {

class CourseDocument;
class PackagePlan;
class AssetSource;

class Exporter
{
    Q_DECLARE_TR_FUNCTIONS(cw::Exporter)

public:
    struct Options
    {
        QString format = QStringLiteral("html");
        QString outputPath;
        bool force = false;        // export even when validation finds errors
        QJsonObject targetOptions; // this export's choices of the target's options; the rest come
                                   // from the course (ExportSettings), then the defaults
    };

    struct Result
    {
        enum class Status
        {
            Written,
            Refused,   // validation errors and no force: see problems
            Failed,    // see error
            Cancelled, // nothing was written
        };
        Status status = Status::Failed;
        QList<Problem> problems; // every validation finding, warnings included
        QString error;
        int files = 0;
        qint64 bytes = 0;          // the package's files, uncompressed
        qint64 archiveBytes = 0;   // the zip archive; 0 for a folder
        qint64 stateWorstCase = 0; // characters of the largest learner state (StateBudget)
        QJsonObject options;       // the target's options as used (ExportSettings::remember keeps them)
        QStringList packages;      // package-per-module: the zips written into the output folder
    };

    // Every format name, in the order to list them: the registered targets (ExportTargets).
    static QStringList formats();
    static bool writesZip(const QString &outputPath);

    // The package `format` wants for `document` with its default options (or `options`); `file`
    // (may be null) supplies inlined media.
    static bool plan(const QString &format, const CourseDocument &document, const AssetSource *file,
                     PackagePlan &plan, QString *error, const QJsonObject &options = {});

    static Result run(const CourseDocument &document, const AssetSource &file, const Options &options,
                      const PackageWriter::Progress &progress = {},
                      const std::atomic<bool> *cancel = nullptr);

    // An existing non-empty folder is only replaced when it holds a previous export whose
    // top-level entries are all ones `plan` writes again: a user's own files are never deleted.
    static bool checkFolderTarget(const QString &path, const PackagePlan &plan, QString *error);
    // A folder for one zip per module: new, empty, or holding only zips (an earlier export).
    static bool checkPackagesFolder(const QString &path, QString *error);
};

} // namespace cw
