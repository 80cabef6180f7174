#include "recoveryfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QStandardPaths>
#include <QSysInfo>
#include <QUuid>

#include <algorithm>
#include <cerrno>

#include <signal.h>
#include <unistd.h>

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

// Linux: the boot id and field 22 of /proc/<pid>/stat (start time in clock ticks since boot).
// Together they name one process, even after its pid is reused. Empty where /proc is missing;
// `zombie` is set for a process that has exited but not been reaped.
QString processStart(qint64 pid, bool *zombie = nullptr)
{
    static const QString bootId = [] {
        QFile file(QStringLiteral("/proc/sys/kernel/random/boot_id"));
        return file.open(QIODevice::ReadOnly) ? QString::fromLatin1(file.readAll().trimmed()) : QString();
    }();
    QFile file(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray text = file.readAll();
    const qsizetype close = text.lastIndexOf(')'); // the command name may hold spaces and ')'
    if (close < 0)
        return {};
    const QList<QByteArray> fields = text.mid(close + 2).split(' '); // fields[0] is field 3, the state
    if (fields.size() < 20)
        return {};
    if (zombie)
        *zombie = fields[0] == "Z" || fields[0] == "X";
    return bootId + QLatin1Char('/') + QString::fromLatin1(fields[19]);
}

bool isProcessRunning(qint64 pid, const QString &start)
{
    if (pid <= 0 || pid != qint64(pid_t(pid)))
        return false;
    if (::kill(pid_t(pid), 0) != 0 && errno != EPERM)
        return false;
    bool zombie = false;
    const QString now = processStart(pid, &zombie);
    if (zombie)
        return false;
    // Without a recorded start time (or without /proc) a live pid is taken as the owner: a
    // reused pid then only delays the offer to recover until that other process ends.
    return start.isEmpty() || now.isEmpty() || now == start;
}

// The process id in a temporary file name made from scratchFilePattern()/untitledFilePattern().
qint64 pidInName(const QString &name, const char *prefix)
{
    const qsizetype from = qstrlen(prefix);
    const qsizetype dash = name.indexOf(QLatin1Char('-'), from);
    bool ok = false;
    const qint64 pid = dash > from ? name.mid(from, dash - from).toLongLong(&ok) : 0;
    return ok ? pid : 0;
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

QString RecoveryFile::scratchFilePattern()
{
    return QDir::tempPath() + QLatin1Char('/') + QLatin1String(kScratchPrefix) +
           QString::number(QCoreApplication::applicationPid()) + QStringLiteral("-XXXXXX") +
           QLatin1String(kScratchSuffix);
}

QString RecoveryFile::untitledFilePattern()
{
    return QDir::tempPath() + QLatin1Char('/') + QLatin1String(kUntitledPrefix) +
           QString::number(QCoreApplication::applicationPid()) + QStringLiteral("-XXXXXX") +
           QLatin1String(kUntitledSuffix);
}

bool RecoveryFile::isOwnerRunning(const Info &info)
{
    if (info.ownerPid <= 0 || info.ownerHost != QSysInfo::machineHostName())
        return false; // an old copy without an owner, or written on another machine
    return isProcessRunning(info.ownerPid, info.ownerStart);
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
    const QDir dir(tempDirectory);
    const QDateTime limit = QDateTime::currentDateTimeUtc().addSecs(-maxAgeSecs);
    const QFileInfoList files = dir.entryInfoList(
        {QLatin1String(kScratchPrefix) + QLatin1Char('*'), QLatin1String(kUntitledPrefix) + QLatin1Char('*')},
        QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : files) {
        QString name = file.fileName();
        for (const char *journal : {"-journal", "-wal", "-shm"}) {
            if (name.endsWith(QLatin1String(journal)))
                name.chop(qsizetype(qstrlen(journal)));
        }
        const bool scratch = isScratchFileName(name);
        if (!scratch && !isUntitledFileName(name))
            continue;
        // Files without a process id in their name come from an older version: their owner is
        // unknown, so they are left alone.
        const qint64 pid = pidInName(name, scratch ? kScratchPrefix : kUntitledPrefix);
        if (pid <= 0 || isProcessRunning(pid, {}) || named.contains(name) ||
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
    info.ownerPid = qint64(meta.value(QStringLiteral("ownerPid")).toDouble());
    info.ownerHost = meta.value(QStringLiteral("ownerHost")).toString();
    info.ownerStart = meta.value(QStringLiteral("ownerStart")).toString();
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
    meta.insert(QStringLiteral("ownerStart"), info.ownerPid > 0 ? info.ownerStart : processStart(self));
    QSaveFile file(info.recoveryPath);
    if (!file.open(QIODevice::WriteOnly))
        return fail(
            error, tr("Could not write the recovery file %1: %2").arg(info.recoveryPath, file.errorString()));
    file.write(kMagic + '\n');
    file.write(QJsonDocument(meta).toJson(QJsonDocument::Compact) + '\n');
    file.write(courseJson);
    if (!file.commit())
        return fail(
            error, tr("Could not write the recovery file %1: %2").arg(info.recoveryPath, file.errorString()));
    return true;
}

void RecoveryFile::discard(const QString &recoveryPath)
{
    if (std::optional<Info> info = readInfo(recoveryPath, nullptr); info && !isOwnerRunning(*info)) {
        if (isScratchFileName(info->scratchPath))
            QFile::remove(info->scratchPath);
        if (isUntitledFileName(info->temporaryPath))
            QFile::remove(info->temporaryPath);
    }
    QFile::remove(recoveryPath);
}

} // namespace cw
