#pragma once
// One export from start to finish, shared by the CLI and the editor: preflight validation, the
// target's package plan, the sink (a zip when the output ends in ".zip", else a folder), the write
// with progress and cancellation, and a summary.

#include "export/packagewriter.h"
#include "validate/problem.h"

#include <QCoreApplication>
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
        bool force = false; // export even when validation finds errors
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
    };

    // Every format name, in the order to list them: the registered targets (ExportTargets), then
    // the standards still to come. Only available (registered) ones can be exported.
    static QStringList formats();
    static bool isAvailable(const QString &format);
    static bool writesZip(const QString &outputPath);

    // The package `format` wants for `document`; `file` (may be null) supplies inlined media.
    static bool plan(const QString &format, const CourseDocument &document, const AssetSource *file,
                     PackagePlan &plan, QString *error);

    static Result run(const CourseDocument &document, const AssetSource &file, const Options &options,
                      const PackageWriter::Progress &progress = {},
                      const std::atomic<bool> *cancel = nullptr);

    // An existing non-empty folder is only replaced when it holds a previous export whose
    // top-level entries are all ones `plan` writes again: a user's own files are never deleted.
    static bool checkFolderTarget(const QString &path, const PackagePlan &plan, QString *error);
};

} // namespace cw
