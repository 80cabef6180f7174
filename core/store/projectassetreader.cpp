#include "projectassetreader.h"

#include "assetblobs.h"
#include "projectfile.h"

#include <QFile>

#include <sqlite3.h>

namespace cw {

ProjectAssetReader::ProjectAssetReader(sqlite3 *db, sqlite3 *scratch, const QStringList &companions)
    : m_db(db)
    , m_scratch(scratch)
    , m_companions(companions)
{}

ProjectAssetReader::~ProjectAssetReader()
{
    sqlite3_close(m_scratch);
    sqlite3_close(m_db);
    for (const QString &companion : std::as_const(m_companions))
        QFile::remove(companion);
}

bool ProjectAssetReader::hasAssetData(const QString &hash) const
{
    return AssetBlobs::storedSize(m_db, hash) >= 0 ||
           (m_scratch && AssetBlobs::storedSize(m_scratch, hash) >= 0);
}

bool ProjectAssetReader::writeAssetTo(const QString &hash, QIODevice &out, QString *error) const
{
    // The same order as ProjectFile::writeAssetTo: the file first, then media not saved yet.
    if (AssetBlobs::storedSize(m_db, hash) >= 0)
        return AssetBlobs::read(m_db, hash, out, error);
    if (m_scratch && AssetBlobs::storedSize(m_scratch, hash) >= 0)
        return AssetBlobs::read(m_scratch, hash, out, error);
    if (error)
        *error = ProjectFile::tr("The project has no data for the media file %1.").arg(hash);
    return false;
}

} // namespace cw
