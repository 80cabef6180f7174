#include "export/folderpackagesink.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>

namespace cw {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A name beside `path` that nothing uses yet.
QString unusedSibling(const QString &path, const QString &tag)
{
    const QFileInfo info(path);
    QTemporaryDir reserve(info.absolutePath() + QLatin1String("/.") + info.fileName() + tag +
                          QLatin1String("-XXXXXX"));
    if (!reserve.isValid())
        return {};
    return reserve.path(); // removed again when `reserve` goes: only the unique name is needed
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
    QTemporaryDir temp(folder + QLatin1String("/.") + target.fileName() + QLatin1String(".partial-XXXXXX"));
    if (!temp.isValid())
        return fail(
            error, tr("Could not write in %1: %2").arg(QDir::toNativeSeparators(folder), temp.errorString()));
    temp.setAutoRemove(false);
    m_tempPath = temp.path();
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
        return fail(error, tr("Could not write %1: %2").arg(path, m_file.errorString()));
    return true;
}

bool FolderPackageSink::addData(const QString &path, const QByteArray &data, bool, QString *error)
{
    if (!openFile(path, error))
        return false;
    if (m_file.write(data) != data.size()) {
        const QString reason = m_file.errorString();
        m_file.close();
        return fail(error, tr("Could not write %1: %2").arg(path, reason));
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
    const QString reason = m_file.errorString();
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
        aside = unusedSibling(m_targetPath, QStringLiteral(".old"));
        if (aside.isEmpty() || !QDir().rename(m_targetPath, aside)) {
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
    if (!aside.isEmpty())
        QDir(aside).removeRecursively();
    if (progress)
        progress(1.0);
    return true;
}

void FolderPackageSink::discard()
{
    if (m_file.isOpen())
        m_file.close();
    if (!m_tempPath.isEmpty()) {
        QDir(m_tempPath).removeRecursively();
        m_tempPath.clear();
    }
}

} // namespace cw
