#pragma once
// Crash-recovery copies of open courses, written by Autosaver: where they live, how to find the
// one for a project, read it back, and throw it away.

#include "model/coursejson.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace cw {

class RecoveryFile
{
    Q_DECLARE_TR_FUNCTIONS(cw::RecoveryFile)

public:
    struct Info
    {
        QString recoveryPath;  // this recovery file
        QString filePath;      // the project it belongs to; empty for an untitled course
        QString temporaryPath; // an untitled course's temporary project file
        QString scratchPath;   // media imported but not yet saved when the copy was written
        QString title;         // the course title, for "recover ...?" prompts
        QDateTime savedAt;
    };

    // $CW_RECOVERY_DIR when set (tests), else <AppLocalDataLocation>/recovery.
    static QString defaultDirectory();
    // The recovery file name used for a saved project (whether or not it exists).
    static QString pathFor(const QString &projectPath, const QString &directory = {});
    // A new name for an untitled course.
    static QString pathForUntitled(const QString &directory = {});

    // The recovery for a project file, if a crashed session left one.
    static std::optional<Info> find(const QString &projectPath, const QString &directory = {});
    // Recoveries of untitled courses, newest first.
    static QList<Info> untitled(const QString &directory = {});

    static std::optional<Info> readInfo(const QString &recoveryPath, QString *error);
    static std::optional<CourseData> load(const QString &recoveryPath, QString *error);
    // Writes atomically (QSaveFile): a crash while writing keeps the previous copy.
    static bool write(const Info &info, const QByteArray &courseJson, QString *error);
    // Deletes the recovery file and the scratch and temporary files it names.
    static void discard(const QString &recoveryPath);
};

} // namespace cw
