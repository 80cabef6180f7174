#include "store/tempartifact.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace cw {

namespace {

const QLatin1String kMarker("cwtmp-");
const QLatin1String kLockSuffix(".cwlock");
constexpr int kHexDigits = 16;

// The stem a file name belongs to: everything up to the marker's hex digits.
QString stemOf(const QString &fileName)
{
    static const QRegularExpression re(
        QStringLiteral("^(.*cwtmp-[0-9a-f]{16})(?:\\..*|-journal|-wal|-shm)?$"),
        QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = re.match(fileName);
    return m.hasMatch() ? m.captured(1) : QString();
}

std::unique_ptr<QLockFile> makeLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path);
    // 0: only the owner's death makes a lock stale, never its age (an export may take hours).
    lock->setStaleLockTime(0);
    return lock;
}

// A lock file that names nobody: its maker was killed between creating and writing it. QLockFile
// never counts such a file as stale (we set no stale time), so after a second it is abandoned.
bool isSilentAndOld(QLockFile &lock, const QString &path)
{
    qint64 pid = 0;
    QString host;
    QString application;
    return !lock.getLockInfo(&pid, &host, &application) &&
           QFileInfo(path).lastModified().msecsTo(QDateTime::currentDateTime()) >= 1000;
}

// QLockFile guards the removal of a stale lock with "<lock>.rmlock", itself a lock file; one left
// by a process killed at that moment blocks the next removal, so those of dead owners go first.
void clearAbandonedRemovalLocks(const QString &lockFile)
{
    const QFileInfo info(lockFile);
    const QFileInfoList removalLocks =
        info.absoluteDir().entryInfoList({QStringLiteral("*.rmlock")}, QDir::Files | QDir::Hidden);
    for (const QFileInfo &entry : removalLocks) {
        if (!entry.fileName().startsWith(info.fileName()))
            continue;
        QLockFile removal(entry.absoluteFilePath());
        removal.setStaleLockTime(0);
        if (removal.tryLock(0))
            removal.unlock();
        else if (isSilentAndOld(removal, entry.absoluteFilePath()))
            QFile::remove(entry.absoluteFilePath());
    }
}

// Every entry whose name carries the marker. The stem itself is never used as a name filter: a
// target's name may hold characters QDir reads as wildcards ("course[1].zip").
QFileInfoList markedEntries(const QDir &dir)
{
    return dir.entryInfoList({QStringLiteral("*cwtmp-*")},
                             QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

bool removePath(const QFileInfo &info)
{
    if (info.isDir() && !info.isSymLink())
        return QDir(info.absoluteFilePath()).removeRecursively();
    return QFile::remove(info.absoluteFilePath());
}

} // namespace

TempArtifact::TempArtifact(QString stem, std::unique_ptr<QLockFile> lock)
    : m_stem(std::move(stem))
    , m_lock(std::move(lock))
{}

TempArtifact::~TempArtifact()
{
    removeMembers(m_stem, false);
    m_lock->unlock(); // removes the lock file, last: a member is never left without it
}

QString TempArtifact::lockPath(const QString &stem)
{
    return stem + kLockSuffix;
}

QString TempArtifact::member(const QString &suffix) const
{
    return m_stem + QLatin1Char('.') + suffix;
}

bool TempArtifact::isArtifactName(const QString &fileName)
{
    return !stemOf(fileName).isEmpty();
}

std::unique_ptr<TempArtifact> TempArtifact::create(const QString &folder, const QString &namePrefix,
                                                   QString *error)
{
    const QString base = QDir(folder).absolutePath() + QLatin1Char('/') + namePrefix + kMarker;
    for (int attempt = 0; attempt < 16; ++attempt) {
        const QString stem = base + QStringLiteral("%1").arg(QRandomGenerator::global()->generate64(),
                                                             kHexDigits, 16, QLatin1Char('0'));
        // The lock comes first, so no member ever exists without it.
        std::unique_ptr<QLockFile> lock = makeLock(lockPath(stem));
        if (QFileInfo::exists(lockPath(stem)) || !lock->tryLock(0)) {
            if (lock->error() == QLockFile::PermissionError)
                break;
            continue;
        }
        return std::unique_ptr<TempArtifact>(new TempArtifact(stem, std::move(lock)));
    }
    if (error)
        *error = tr("Could not create a temporary file in %1.").arg(QDir::toNativeSeparators(folder));
    return nullptr;
}

std::unique_ptr<TempArtifact> TempArtifact::besides(const QString &targetPath, QString *error)
{
    const QFileInfo target(targetPath);
    return create(target.absolutePath(), QLatin1Char('.') + target.fileName() + QLatin1Char('.'), error);
}

std::unique_ptr<TempArtifact> TempArtifact::adopt(const QString &memberPath)
{
    const QFileInfo info(memberPath);
    const QString stemName = stemOf(info.fileName());
    if (stemName.isEmpty())
        return nullptr;
    const QString stem = info.absolutePath() + QLatin1Char('/') + stemName;
    std::unique_ptr<QLockFile> lock = makeLock(lockPath(stem));
    if (!lock->tryLock(0))
        return nullptr; // its owner is alive
    return std::unique_ptr<TempArtifact>(new TempArtifact(stem, std::move(lock)));
}

void TempArtifact::removeMembers(const QString &stem, bool includeLock)
{
    const QFileInfo info(stem);
    const QString lock = QFileInfo(lockPath(stem)).fileName();
    for (const QFileInfo &entry : markedEntries(info.absoluteDir())) {
        if (stemOf(entry.fileName()) != info.fileName())
            continue; // another group
        if (entry.fileName() == lock && !includeLock)
            continue;
        removePath(entry);
    }
}

int TempArtifact::sweep(const QString &folder, const std::function<bool(const QString &)> &keep)
{
    const QDir dir(folder);
    QHash<QString, QFileInfoList> groups;
    for (const QFileInfo &entry : markedEntries(dir)) {
        const QString stem = stemOf(entry.fileName());
        if (!stem.isEmpty())
            groups[stem].append(entry);
    }
    int removed = 0;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        const QString stem = dir.absoluteFilePath(it.key());
        const QFileInfoList &members = it.value();
        if (keep && std::any_of(members.cbegin(), members.cend(),
                                [&](const QFileInfo &m) { return keep(m.absoluteFilePath()); }))
            continue;
        const QString lockFile = lockPath(stem);
        // Checked only now, after the listing: a group's maker creates the lock before any member,
        // so a group seen without its lock has no live owner. (QLockFile itself removes a stale
        // lock before replacing it, so a killed sweeper can leave a group without one.)
        if (QFileInfo::exists(lockFile)) {
            clearAbandonedRemovalLocks(lockFile);
            std::unique_ptr<QLockFile> lock = makeLock(lockFile);
            if (lock->tryLock(0)) {
                removeMembers(stem, false);
                lock->unlock();
                ++removed;
                continue;
            }
            if (!isSilentAndOld(*lock, lockFile))
                continue; // its owner is alive, or another sweeper holds it right now
        }
        removeMembers(stem, true);
        ++removed;
    }
    return removed;
}

} // namespace cw
