#include "mediafolder.h"

#include "model/assetfilename.h"

#include <QFileInfo>

namespace cw {

namespace {

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// A name that stays inside the folder on every system: one component, not "." or "..".
bool isPlainName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..") &&
           !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'));
}

} // namespace

MediaFolder::MediaFolder(const QString &path)
    : m_dir(path)
{}

bool MediaFolder::isPlainFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    // isSymLink() first: isFile() follows links, and a link may point anywhere.
    if (info.isSymLink() || info.isJunction())
        return fail(error,
                    tr("%1 is a symbolic link; only regular files inside the folder are read.").arg(shown));
    if (!info.exists())
        return fail(error, tr("%1 does not exist.").arg(shown));
    if (!info.isFile())
        return fail(error, tr("%1 is not a regular file (a folder, FIFO, socket or device); only regular "
                              "files are read.")
                               .arg(shown));
    return true;
}

bool MediaFolder::isPlainFolder(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (info.isSymLink() || info.isJunction())
        return fail(error, tr("%1 is a symbolic link; a media folder must be a folder inside the course "
                              "folder.")
                               .arg(QDir::toNativeSeparators(path)));
    return true;
}

bool MediaFolder::isWritable(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists() && !info.isSymLink())
        return true;
    return isPlainFile(path, error);
}

QString MediaFolder::fileName(const AssetInfo &asset)
{
    return AssetFileName::withSuffix(asset.hash, asset);
}

QString MediaFolder::locate(const AssetInfo &asset, QString *error) const
{
    // Hidden and System: FIFOs, sockets, devices and broken links must be seen to be refused,
    // rather than skipped in favour of a later candidate.
    const QDir::Filters entries = QDir::Files | QDir::System | QDir::Hidden;
    QStringList candidates = m_dir.entryList({asset.hash}, entries, QDir::Name);
    candidates += m_dir.entryList({asset.hash + QStringLiteral(".*")}, entries, QDir::Name);
    if (isPlainName(asset.name) && !candidates.contains(asset.name)) {
        const QFileInfo byName(m_dir, asset.name);
        if ((byName.exists() && !byName.isDir()) || byName.isSymLink())
            candidates << asset.name;
    }
    if (candidates.isEmpty()) {
        fail(error, tr("The media file %1 (“%2”) is not in %3.")
                        .arg(asset.hash, asset.name, QDir::toNativeSeparators(m_dir.path())));
        return {};
    }
    const QString path = m_dir.filePath(candidates.first());
    return isPlainFile(path, error) ? path : QString();
}

} // namespace cw
