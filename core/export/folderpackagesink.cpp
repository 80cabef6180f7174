#include "export/folderpackagesink.h"

#include "platform/ioerror.h"
#include "store/tempartifact.h"

#include <QDir>
#include <QFileInfo>

namespace cw {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

FolderPackageSink::FolderPackageSink(const QString &targetPath)
    : m_targetPath(QFileInfo(targetPath).absoluteFilePath())
{}

FolderPackageSink::~FolderPackageSink()
{
    discard();
}

bool FolderPackageSink::open(QString *error)
{
    discard();
    const QFileInfo target(m_targetPath);
    const QString folder = target.absolutePath();
    if (!QFileInfo(folder).isDir())
        return fail(error, tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    if (target.exists() && !target.isDir())
        return fail(error, tr("%1 is a file, not a folder.").arg(QDir::toNativeSeparators(m_targetPath)));
    // What killed exports left here goes first. QDir::mkdir gives the folder the permissions the
    // umask gives any new folder (QTemporaryDir would make it private, and the renamed package with it).
    TempArtifact::sweep(folder);
    m_artifact = TempArtifact::besides(m_targetPath, error);
    if (!m_artifact)
        return false;
    m_tempPath = m_artifact->member(QStringLiteral("partial"));
    if (!QDir().mkdir(m_tempPath)) {
        discard();
        return fail(error, tr("Could not write in %1.").arg(QDir::toNativeSeparators(folder)));
    }
    return true;
}

bool FolderPackageSink::openFile(const QString &path, QString *error)
{
    if (m_tempPath.isEmpty() || m_file.isOpen())
        return fail(error, tr("The package is not open."));
    const QString filePath = m_tempPath + QLatin1Char('/') + path;
    if (!QDir().mkpath(QFileInfo(filePath).absolutePath()))
        return fail(error, tr("Could not create the folder for %1.").arg(path));
    m_file.setFileName(filePath);
    if (!m_file.open(QIODevice::WriteOnly))
        return fail(error, tr("Could not write %1: %2").arg(path, IoError::describe(m_file)));
    return true;
}

bool FolderPackageSink::addData(const QString &path, const QByteArray &data, bool, QString *error)
{
    if (!openFile(path, error))
        return false;
    // Qt returns a short count without an error when the disk fills part way through a write;
    // writing the rest is what surfaces the reason (ENOSPC: "disk full").
    for (qint64 done = 0; done < data.size();) {
        const qint64 written = m_file.write(data.constData() + done, data.size() - done);
        if (written <= 0) {
            const QString reason = IoError::describe(m_file);
            m_file.close();
            return fail(error, tr("Could not write %1: %2").arg(path, reason));
        }
        done += written;
    }
    return endEntry(error);
}

QIODevice *FolderPackageSink::beginEntry(const QString &path, bool, QString *error)
{
    return openFile(path, error) ? &m_file : nullptr;
}

bool FolderPackageSink::endEntry(QString *error)
{
    if (!m_file.isOpen())
        return fail(error, tr("The package is not open."));
    const bool flushed = m_file.flush() && m_file.error() == QFileDevice::NoError;
    const QString reason = IoError::describe(m_file);
    m_file.close();
    if (!flushed)
        return fail(error,
                    tr("Could not write %1: %2").arg(QDir::toNativeSeparators(m_file.fileName()), reason));
    return true;
}

bool FolderPackageSink::commit(const std::function<bool(double)> &progress, QString *error)
{
    if (m_tempPath.isEmpty() || m_file.isOpen())
        return fail(error, tr("The package is not open."));
    if (progress && !progress(0.0)) {
        discard();
        return false;
    }
    // A folder cannot be replaced in one step: move the old one aside, move the new one in, and
    // put the old one back if that fails.
    QString aside;
    if (QFileInfo::exists(m_targetPath)) {
        aside = m_artifact->member(QStringLiteral("old"));
        if (!QDir().rename(m_targetPath, aside)) {
            discard();
            return fail(error,
                        tr("Could not replace the folder %1.").arg(QDir::toNativeSeparators(m_targetPath)));
        }
    }
    if (!QDir().rename(m_tempPath, m_targetPath)) {
        if (!aside.isEmpty())
            QDir().rename(aside, m_targetPath);
        discard();
        return fail(error,
                    tr("Could not replace the folder %1.").arg(QDir::toNativeSeparators(m_targetPath)));
    }
    m_tempPath.clear();
    m_artifact.reset(); // removes the old folder set aside, then the lock
    if (progress)
        progress(1.0);
    return true;
}

void FolderPackageSink::discard()
{
    if (m_file.isOpen())
        m_file.close();
    m_artifact.reset(); // removes the partial folder and the lock
    m_tempPath.clear();
}

} // namespace cw
