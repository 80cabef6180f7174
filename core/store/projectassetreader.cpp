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
    return AssetBlobs::holder(m_db, m_scratch, hash) != nullptr;
}

bool ProjectAssetReader::writeAssetTo(const QString &hash, QIODevice &out, QString *error) const
{
    if (sqlite3 *db = AssetBlobs::holder(m_db, m_scratch, hash))
        return AssetBlobs::read(db, hash, out, error);
    if (error)
        *error = ProjectFile::tr("The project has no data for the media file %1.").arg(hash);
    return false;
}

} // namespace cw
