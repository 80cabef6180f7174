#pragma once
// Temporary files and folders this program makes: beside a target while writing it (a package, a
// Save As) or in the temp folder (imported media not yet saved, untitled courses). Each group of
// them shares a name stem ("<prefix>cwtmp-<16 hex>") and a lock file (QLockFile, "<stem>.cwlock")
// held while the process that made them lives. A later run tells the litter of a killed process
// from another process's work in progress by that lock alone, on every platform, and sweeps it.

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QLockFile;

namespace cw {

class TempArtifact
{
    Q_DECLARE_TR_FUNCTIONS(cw::TempArtifact)

public:
    // A new group "<folder>/<namePrefix>cwtmp-<16 hex>", locked; no member exists yet.
    static std::unique_ptr<TempArtifact> create(const QString &folder, const QString &namePrefix,
                                                QString *error);
    // A new group beside `targetPath`, hidden: "<folder>/.<file name>.cwtmp-<16 hex>".
    static std::unique_ptr<TempArtifact> besides(const QString &targetPath, QString *error);
    // Takes over the group of `memberPath` when the process that made it is gone (a crashed
    // session's media, adopted by recovery). nullptr while its owner runs or when it is not ours.
    static std::unique_ptr<TempArtifact> adopt(const QString &memberPath);
    // Removes every member, then the lock.
    ~TempArtifact();

    QString stem() const { return m_stem; }
    // "<stem>.<suffix>": the name of one member of the group.
    QString member(const QString &suffix) const;

    // Whether a file name carries the stem marker ("cwtmp-" and 16 hex digits).
    static bool isArtifactName(const QString &fileName);
    // Removes the groups in `folder` whose owning process is gone (their lock is stale or missing):
    // members, SQLite companions ("-journal", "-wal", "-shm"), QLockFile's own leftovers and the
    // lock. Groups whose lock is held are never touched, nor those `keep` accepts (given a member's
    // path). Returns the number of groups removed.
    static int sweep(const QString &folder, const std::function<bool(const QString &)> &keep = {});

private:
    TempArtifact(QString stem, std::unique_ptr<QLockFile> lock);
    static QString lockPath(const QString &stem);
    static void removeMembers(const QString &stem, bool includeLock);

    QString m_stem;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace cw
