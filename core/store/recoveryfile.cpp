#include "recoveryfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

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

// Only files this program created are deleted on discard, whatever a recovery file claims.
bool isOurTemporaryFile(const QString &path, const char *prefix, const char *suffix)
{
    const QString name = QFileInfo(path).fileName();
    return name.startsWith(QLatin1String(prefix)) && name.endsWith(QLatin1String(suffix));
}

} // namespace

QString RecoveryFile::defaultDirectory()
{
    const QString fromEnvironment = qEnvironmentVariable("CW_RECOVERY_DIR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) +
           QStringLiteral("/recovery");
}

QString RecoveryFile::pathFor(const QString &projectPath, const QString &directory)
{
    const QByteArray key = QFileInfo(projectPath).absoluteFilePath().toUtf8();
    const QString digest =
        QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
    return directoryOrDefault(directory) + QStringLiteral("/file-") + digest + kSuffix;
}

QString RecoveryFile::pathForUntitled(const QString &directory)
{
    return directoryOrDefault(directory) + QStringLiteral("/untitled-") +
           QUuid::createUuid().toString(QUuid::WithoutBraces) + kSuffix;
}

std::optional<RecoveryFile::Info> RecoveryFile::find(const QString &projectPath, const QString &directory)
{
    const QString path = pathFor(projectPath, directory);
    if (!QFileInfo::exists(path))
        return std::nullopt;
    std::optional<Info> info = readInfo(path, nullptr);
    if (!info || info->filePath != QFileInfo(projectPath).absoluteFilePath())
        return std::nullopt;
    return info;
}

QList<RecoveryFile::Info> RecoveryFile::untitled(const QString &directory)
{
    QList<Info> list;
    const QDir dir(directoryOrDefault(directory));
    const QStringList names = dir.entryList({QStringLiteral("untitled-*") + kSuffix}, QDir::Files);
    for (const QString &name : names) {
        if (std::optional<Info> info = readInfo(dir.filePath(name), nullptr))
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
    if (std::optional<Info> info = readInfo(recoveryPath, nullptr)) {
        if (isOurTemporaryFile(info->scratchPath, "coursewright-media-", ".cwscratch"))
            QFile::remove(info->scratchPath);
        if (isOurTemporaryFile(info->temporaryPath, "coursewright-untitled-", ".cwcourse"))
            QFile::remove(info->temporaryPath);
    }
    QFile::remove(recoveryPath);
}

} // namespace cw
