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
        // The session that wrote the copy. write() fills in the current process when ownerPid is 0.
        qint64 ownerPid = 0;
        QString ownerHost; // QSysInfo::machineHostName()
    };

    // $CW_RECOVERY_DIR when set (tests), else <AppLocalDataLocation>/recovery.
    static QString defaultDirectory();
    // A new recovery file name for a saved project, unique per call: two sessions editing the same
    // project never share (and so never overwrite or delete) one copy.
    static QString pathFor(const QString &projectPath, const QString &directory = {});
    // A new name for an untitled course.
    static QString pathForUntitled(const QString &directory = {});

    // The newest recovery for a project file that a crashed session left (copies whose writer
    // is still running, in this or another process, are skipped).
    static std::optional<Info> find(const QString &projectPath, const QString &directory = {});
    // Recoveries of untitled courses whose writer is no longer running, newest first.
    static QList<Info> untitled(const QString &directory = {});
    // True when the process that wrote `info` is still running on this host: it holds the copy's
    // lock file (QLockFile) from its first write() until discard() or its exit.
    static bool isOwnerRunning(const Info &info);

    // Whether a path has the name of a scratch database or an untitled course's temporary file
    // this program creates: only such files are ever adopted or deleted on a recovery's word.
    static bool isScratchFileName(const QString &path);
    static bool isUntitledFileName(const QString &path);
    // Name prefixes and extensions of those files (made as TempArtifact groups in QDir::tempPath(),
    // so their lock tells whether their process still runs).
    static QString scratchFilePrefix();
    static QString scratchFileExtension();
    static QString untitledFilePrefix();
    static QString untitledFileExtension();
    // Removes temporary files (untitled courses, scratch databases, their journals and locks) in
    // `tempDirectory` whose process is gone and that no recovery file in `recoveryDirectory` names:
    // what a crash with nothing autosaved leaves behind. Files of older versions, which carry no
    // lock, go when older than `maxAgeSecs`.
    static void removeStaleTemporaryFiles(const QString &tempDirectory, const QString &recoveryDirectory,
                                          qint64 maxAgeSecs = 24 * 3600);

    static std::optional<Info> readInfo(const QString &recoveryPath, QString *error);
    static std::optional<CourseData> load(const QString &recoveryPath, QString *error);
    // Writes atomically (AtomicFileWriter): a crash while writing keeps the previous copy.
    static bool write(const Info &info, const QByteArray &courseJson, QString *error);
    // Deletes the recovery file and the scratch and temporary files it names (unless its writer
    // is still running: then only a copy it will rewrite is removed, never its files).
    static void discard(const QString &recoveryPath);
    // Removes a copy and its lock, and nothing it names: this session's own copy after a save,
    // or a crashed session's copy that a recovered project has taken over.
    static void removeCopy(const QString &recoveryPath);
};

} // namespace cw
