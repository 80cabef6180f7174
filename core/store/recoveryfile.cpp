#include "recoveryfile.h"

#include "model/jsonnumber.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QMutex>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>

#include "store/atomicfilewriter.h"
#include "store/tempartifact.h"

#include <algorithm>
#include <map>
#include <memory>

namespace cw {

namespace {

// The first line identifies the file, the second holds the details as compact JSON, the rest is
// the canonical course JSON: listing recoveries reads two lines, not whole courses.
const QByteArray kMagic = QByteArrayLiteral("COURSEWRIGHT-RECOVERY 1");
const QString kSuffix = QStringLiteral(".cwrecovery");

QString directoryOrDefault(const QString &directory)
{
    return directory.isEmpty() ? RecoveryFile::defaultDirectory() : directory;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

const char kScratchPrefix[] = "coursewright-media-";
const char kScratchSuffix[] = ".cwscratch";
const char kUntitledPrefix[] = "coursewright-untitled-";
const char kUntitledSuffix[] = ".cwcourse";

// Only files this program created are adopted or deleted, whatever a recovery file claims.
bool isOurTemporaryFile(const QString &path, const char *prefix, const char *suffix)
{
    const QString name = QFileInfo(path).fileName();
    return name.size() > int(qstrlen(prefix) + qstrlen(suffix)) && name.startsWith(QLatin1String(prefix)) &&
           name.endsWith(QLatin1String(suffix));
}

// A recovery copy's writer holds "<copy>.cwlock" (QLockFile) while it runs: that lock, not a
// process id, tells a running session's copy from a crashed one's, on every platform.
QString ownerLockPath(const QString &recoveryPath)
{
    return recoveryPath + QStringLiteral(".cwlock");
}

// The locks this process holds for the copies it wrote, until it discards them or exits.
struct HeldLocks
{
    QMutex mutex;
    std::map<QString, std::unique_ptr<QLockFile>> locks;
};

HeldLocks &heldLocks()
{
    static HeldLocks held;
    return held;
}

bool holdOwnerLock(const QString &recoveryPath)
{
    HeldLocks &held = heldLocks();
    QMutexLocker locker(&held.mutex);
    const QString key = QFileInfo(recoveryPath).absoluteFilePath();
    if (held.locks.count(key))
        return true;
    auto lock = std::make_unique<QLockFile>(ownerLockPath(key));
    lock->setStaleLockTime(0); // only the owner's death frees it, never its age
    if (!lock->tryLock(0))
        return false;
    held.locks.emplace(key, std::move(lock));
    return true;
}

void releaseOwnerLock(const QString &recoveryPath)
{
    HeldLocks &held = heldLocks();
    QMutexLocker locker(&held.mutex);
    held.locks.erase(QFileInfo(recoveryPath).absoluteFilePath()); // unlocking removes the lock file
}

} // namespace

bool RecoveryFile::isScratchFileName(const QString &path)
{
    return isOurTemporaryFile(path, kScratchPrefix, kScratchSuffix);
}

bool RecoveryFile::isUntitledFileName(const QString &path)
{
    return isOurTemporaryFile(path, kUntitledPrefix, kUntitledSuffix);
}

QString RecoveryFile::scratchFilePrefix()
{
    return QLatin1String(kScratchPrefix);
}

QString RecoveryFile::scratchFileExtension()
{
    return QLatin1String(kScratchSuffix).mid(1);
}

QString RecoveryFile::untitledFilePrefix()
{
    return QLatin1String(kUntitledPrefix);
}

QString RecoveryFile::untitledFileExtension()
{
    return QLatin1String(kUntitledSuffix).mid(1);
}

bool RecoveryFile::isOwnerRunning(const Info &info)
{
    if (info.ownerPid <= 0 || info.ownerHost != QSysInfo::machineHostName())
        return false; // an old copy without an owner, or written on another machine
    {
        HeldLocks &held = heldLocks();
        QMutexLocker locker(&held.mutex);
        if (held.locks.count(QFileInfo(info.recoveryPath).absoluteFilePath()))
            return true; // this process's own copy
    }
    QLockFile lock(ownerLockPath(info.recoveryPath));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        return false; // no lock, or its holder is gone (unlocking on return removes the file)
    return lock.error() == QLockFile::LockFailedError;
}

void RecoveryFile::removeStaleTemporaryFiles(const QString &tempDirectory, const QString &recoveryDirectory,
                                             qint64 maxAgeSecs)
{
    QSet<QString> named; // files a recovery still needs
    const QDir recoveries(recoveryDirectory);
    const QStringList copies = recoveries.entryList({QLatin1String("*") + kSuffix}, QDir::Files);
    for (const QString &copy : copies) {
        if (const std::optional<Info> info = readInfo(recoveries.filePath(copy), nullptr)) {
            named.insert(QFileInfo(info->scratchPath).fileName());
            named.insert(QFileInfo(info->temporaryPath).fileName());
        }
    }
    const auto isNamed = [&named](const QString &path) { return named.contains(QFileInfo(path).fileName()); };
    // Files with a lock go as soon as their process is gone, whatever their age; so do the
    // half-written copies of a writer killed mid-write.
    TempArtifact::sweep(tempDirectory, isNamed);
    TempArtifact::sweep(recoveryDirectory);
    // Files an older version made (no lock, the process id in the name) go after `maxAgeSecs`.
    const QDir dir(tempDirectory);
    const QDateTime limit = QDateTime::currentDateTimeUtc().addSecs(-maxAgeSecs);
    const QFileInfoList files = dir.entryInfoList(
        {QLatin1String(kScratchPrefix) + QLatin1Char('*'), QLatin1String(kUntitledPrefix) + QLatin1Char('*')},
        QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : files) {
        QString name = file.fileName();
        if (TempArtifact::isArtifactName(name))
            continue;
        for (const char *journal : {"-journal", "-wal", "-shm"}) {
            if (name.endsWith(QLatin1String(journal)))
                name.chop(qsizetype(qstrlen(journal)));
        }
        if ((!isScratchFileName(name) && !isUntitledFileName(name)) || named.contains(name) ||
            file.lastModified().toUTC() > limit)
            continue;
        QFile::remove(file.absoluteFilePath());
    }
}

QString RecoveryFile::defaultDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("CW_RECOVERY_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/recovery");
}

namespace {

// "file-<digest of the project path>": every recovery of one project starts with it.
QString projectPrefix(const QString &projectPath)
{
    const QByteArray key = QFileInfo(projectPath).absoluteFilePath().toUtf8();
    return QStringLiteral("file-") +
           QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

} // namespace

QString RecoveryFile::pathFor(const QString &projectPath, const QString &directory)
{
    return directoryOrDefault(directory) + QLatin1Char('/') + projectPrefix(projectPath) + QLatin1Char('-') +
           QUuid::createUuid().toString(QUuid::WithoutBraces) + kSuffix;
}

QString RecoveryFile::pathForUntitled(const QString &directory)
{
    return directoryOrDefault(directory) + QStringLiteral("/untitled-") +
           QUuid::createUuid().toString(QUuid::WithoutBraces) + kSuffix;
}

std::optional<RecoveryFile::Info> RecoveryFile::find(const QString &projectPath, const QString &directory)
{
    const QDir dir(directoryOrDefault(directory));
    // The older fixed name "file-<digest>.cwrecovery" matches the pattern too.
    const QStringList names =
        dir.entryList({projectPrefix(projectPath) + QLatin1Char('*') + kSuffix}, QDir::Files);
    const QString absolute = QFileInfo(projectPath).absoluteFilePath();
    std::optional<Info> newest;
    for (const QString &name : names) {
        std::optional<Info> info = readInfo(dir.filePath(name), nullptr);
        if (!info || info->filePath != absolute || isOwnerRunning(*info))
            continue;
        if (!newest || info->savedAt > newest->savedAt)
            newest = std::move(info);
    }
    return newest;
}

QList<RecoveryFile::Info> RecoveryFile::untitled(const QString &directory)
{
    QList<Info> list;
    const QDir dir(directoryOrDefault(directory));
    const QStringList names = dir.entryList({QStringLiteral("untitled-*") + kSuffix}, QDir::Files);
    for (const QString &name : names) {
        std::optional<Info> info = readInfo(dir.filePath(name), nullptr);
        if (info && !isOwnerRunning(*info))
            list << *info;
    }
    std::sort(list.begin(), list.end(), [](const Info &a, const Info &b) { return a.savedAt > b.savedAt; });
    return list;
}

std::optional<RecoveryFile::Info> RecoveryFile::readInfo(const QString &recoveryPath, QString *error)
{
    QFile file(recoveryPath);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("Could not read the recovery file %1: %2").arg(recoveryPath, file.errorString()));
        return std::nullopt;
    }
    if (file.readLine().trimmed() != kMagic) {
        fail(error, tr("%1 is not a Coursewright recovery file.").arg(recoveryPath));
        return std::nullopt;
    }
    const QJsonObject meta = QJsonDocument::fromJson(file.readLine()).object();
    if (meta.isEmpty()) {
        fail(error, tr("The recovery file %1 is damaged.").arg(recoveryPath));
        return std::nullopt;
    }
    Info info;
    info.recoveryPath = QFileInfo(recoveryPath).absoluteFilePath();
    info.filePath = meta.value(QStringLiteral("filePath")).toString();
    info.temporaryPath = meta.value(QStringLiteral("temporaryPath")).toString();
    info.scratchPath = meta.value(QStringLiteral("scratchPath")).toString();
    info.title = meta.value(QStringLiteral("title")).toString();
    info.savedAt = QDateTime::fromString(meta.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    // A damaged file's 1e300 must not become a pid (the cast alone would be undefined).
    info.ownerPid =
        JsonNumber::toInteger(meta.value(QStringLiteral("ownerPid")), 0, JsonNumber::MaxExact, nullptr)
            .value_or(0);
    info.ownerHost = meta.value(QStringLiteral("ownerHost")).toString();
    return info;
}

std::optional<CourseData> RecoveryFile::load(const QString &recoveryPath, QString *error)
{
    QFile file(recoveryPath);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(error, tr("Could not read the recovery file %1: %2").arg(recoveryPath, file.errorString()));
        return std::nullopt;
    }
    if (file.readLine().trimmed() != kMagic) {
        fail(error, tr("%1 is not a Coursewright recovery file.").arg(recoveryPath));
        return std::nullopt;
    }
    file.readLine();
    QString problem;
    std::optional<CourseData> data = CourseJson::read(file.readAll(), &problem);
    if (!data)
        fail(error, tr("The recovery file %1 is damaged: %2").arg(recoveryPath, problem));
    return data;
}

bool RecoveryFile::write(const Info &info, const QByteArray &courseJson, QString *error)
{
    if (!QDir().mkpath(QFileInfo(info.recoveryPath).absolutePath()))
        return fail(error, tr("Could not create the folder for recovery files, %1.")
                               .arg(QFileInfo(info.recoveryPath).absolutePath()));
    QJsonObject meta;
    meta.insert(QStringLiteral("filePath"), info.filePath);
    meta.insert(QStringLiteral("temporaryPath"), info.temporaryPath);
    meta.insert(QStringLiteral("scratchPath"), info.scratchPath);
    meta.insert(QStringLiteral("title"), info.title);
    meta.insert(QStringLiteral("savedAt"), info.savedAt.toString(Qt::ISODateWithMs));
    const qint64 self = QCoreApplication::applicationPid();
    meta.insert(QStringLiteral("ownerPid"), double(info.ownerPid > 0 ? info.ownerPid : self));
    meta.insert(QStringLiteral("ownerHost"),
                info.ownerPid > 0 ? info.ownerHost : QSysInfo::machineHostName());
    // The writer holds the copy's lock from its first write until discard() or its exit.
    if (info.ownerPid <= 0 && !holdOwnerLock(info.recoveryPath))
        return fail(error, tr("Could not write the recovery file %1: it belongs to another running session.")
                               .arg(info.recoveryPath));
    const QByteArray head = kMagic + '\n' + QJsonDocument(meta).toJson(QJsonDocument::Compact) + '\n';
    // A crash while writing keeps the previous copy.
    return AtomicFileWriter::write(
        info.recoveryPath,
        [&](QIODevice &out, QString *reason) {
            if (out.write(head) == head.size() && out.write(courseJson) == courseJson.size())
                return true;
            return fail(reason, out.errorString());
        },
        error);
}

void RecoveryFile::discard(const QString &recoveryPath)
{
    if (std::optional<Info> info = readInfo(recoveryPath, nullptr); info && !isOwnerRunning(*info)) {
        for (const QString &path :
             {isScratchFileName(info->scratchPath) ? info->scratchPath : QString(),
              isUntitledFileName(info->temporaryPath) ? info->temporaryPath : QString()}) {
            if (path.isEmpty())
                continue;
            if (!TempArtifact::isArtifactName(QFileInfo(path).fileName()))
                QFile::remove(path); // named by an older version
            else
                TempArtifact::adopt(path).reset(); // the file, its journal and its lock
        }
    }
    removeCopy(recoveryPath);
}

void RecoveryFile::removeCopy(const QString &recoveryPath)
{
    QFile::remove(recoveryPath);
    releaseOwnerLock(recoveryPath);
    // A crashed session's lock: taking it over removes it (a live session's stays).
    QLockFile lock(ownerLockPath(recoveryPath));
    lock.setStaleLockTime(0);
    if (lock.tryLock(0))
        lock.unlock();
}

} // namespace cw
