#include "assetblobs.h"

#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QIODevice>

#include <sqlite3.h>

#include <vector>

namespace cw {

namespace {
bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// Closes a blob handle on every path out of a function.
struct BlobHandle
{
    sqlite3_blob *blob = nullptr;
    ~BlobHandle() { sqlite3_blob_close(blob); }
};
} // namespace

const char *const AssetBlobs::CreateTableSql =
    "CREATE TABLE asset_chunks(asset TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT NULL,"
    " PRIMARY KEY(asset, seq))";

bool AssetBlobs::write(sqlite3 *db, const QString &hash, qint64 size, const Filler &fill, QString *error)
{
    SqliteStatement insert(db, "INSERT INTO asset_chunks(asset, seq, data) VALUES(?, ?, ?)");
    if (!insert.isValid())
        return fail(error, insert.error());
    std::vector<char> buffer(size_t(qMin(size, IoSize)));
    qint64 done = 0;
    qint64 seq = 0;
    // An empty file still gets one (empty) chunk, so "has bytes" is simply "has chunk 0".
    do {
        const qint64 chunk = qMin(ChunkSize, size - done);
        insert.bind(1, hash);
        insert.bind(2, seq);
        insert.bindZeroBlob(3, chunk);
        if (!insert.exec())
            return fail(error, insert.error());
        BlobHandle handle;
        if (sqlite3_blob_open(db, "main", "asset_chunks", "data", sqlite3_last_insert_rowid(db), 1,
                              &handle.blob) != SQLITE_OK)
            return fail(error, SqliteStatement::errorText(db, tr("Could not write media data")));
        for (qint64 offset = 0; offset < chunk; offset += IoSize) {
            const qint64 n = qMin(IoSize, chunk - offset);
            if (!fill(buffer.data(), n, error))
                return false;
            if (sqlite3_blob_write(handle.blob, buffer.data(), int(n), int(offset)) != SQLITE_OK)
                return fail(error, SqliteStatement::errorText(db, tr("Could not write media data")));
        }
        done += chunk;
        ++seq;
    } while (done < size);
    return true;
}

bool AssetBlobs::readChunks(sqlite3 *db, const QString &hash, const Sink &sink, QString *error)
{
    SqliteStatement chunks(db, "SELECT rowid, length(data) FROM asset_chunks WHERE asset = ? ORDER BY seq");
    if (!chunks.isValid())
        return fail(error, chunks.error());
    chunks.bind(1, hash);
    std::vector<char> buffer;
    bool any = false;
    while (chunks.next()) {
        any = true;
        const qint64 length = chunks.integer(1);
        buffer.resize(size_t(qMin(length, IoSize)));
        BlobHandle handle;
        if (sqlite3_blob_open(db, "main", "asset_chunks", "data", chunks.integer(0), 0, &handle.blob) !=
            SQLITE_OK)
            return fail(error, SqliteStatement::errorText(db, tr("Could not read media data")));
        for (qint64 offset = 0; offset < length; offset += IoSize) {
            const qint64 n = qMin(IoSize, length - offset);
            if (sqlite3_blob_read(handle.blob, buffer.data(), int(n), int(offset)) != SQLITE_OK)
                return fail(error, SqliteStatement::errorText(db, tr("Could not read media data")));
            if (!sink(buffer.data(), n, error))
                return false;
        }
    }
    if (!chunks.ok())
        return fail(error, chunks.error());
    if (!any)
        return fail(error, tr("The project has no data for the media file %1.").arg(hash));
    return true;
}

bool AssetBlobs::read(sqlite3 *db, const QString &hash, QIODevice &out, QString *error)
{
    // The bytes are checked against their name on the way out, so damage inside the file (which
    // the open-time check leaves to this point) never reaches a package unnoticed.
    QCryptographicHash sha256(QCryptographicHash::Sha256);
    const bool ok = readChunks(
        db, hash,
        [&out, &sha256](const char *buffer, qint64 length, QString *err) {
            sha256.addData(QByteArrayView(buffer, length));
            if (out.write(buffer, length) == length)
                return true;
            return fail(err, tr("Could not write the media file: %1").arg(out.errorString()));
        },
        error);
    if (ok && QString::fromLatin1(sha256.result().toHex()) != hash)
        return fail(
            error,
            tr("The media file %1 is damaged in the project: its content no longer matches.").arg(hash));
    return ok;
}

bool AssetBlobs::copy(sqlite3 *from, sqlite3 *to, const QString &hash, QString *error)
{
    const qint64 size = storedSize(from, hash);
    if (size < 0)
        return fail(error, tr("The project has no data for the media file %1.").arg(hash));
    // Read the source chunk by chunk into the destination writer, one IoSize piece at a time:
    // chunk and piece boundaries are the same on both sides, so a queue of one piece suffices.
    SqliteStatement chunks(from, "SELECT rowid, length(data) FROM asset_chunks WHERE asset = ? ORDER BY seq");
    if (!chunks.isValid())
        return fail(error, chunks.error());
    chunks.bind(1, hash);
    BlobHandle source;
    qint64 sourceLength = 0;
    qint64 sourceOffset = 0;
    const auto fill = [&](char *buffer, qint64 length, QString *err) {
        if (sourceOffset >= sourceLength) {
            if (!chunks.next())
                return fail(err, chunks.ok() ? tr("The media data ended early.") : chunks.error());
            sqlite3_blob_close(source.blob);
            source.blob = nullptr;
            if (sqlite3_blob_open(from, "main", "asset_chunks", "data", chunks.integer(0), 0, &source.blob) !=
                SQLITE_OK)
                return fail(err, SqliteStatement::errorText(from, tr("Could not read media data")));
            sourceLength = chunks.integer(1);
            sourceOffset = 0;
        }
        if (sourceLength - sourceOffset < length)
            return fail(err, tr("The media data is laid out unexpectedly."));
        if (sqlite3_blob_read(source.blob, buffer, int(length), int(sourceOffset)) != SQLITE_OK)
            return fail(err, SqliteStatement::errorText(from, tr("Could not read media data")));
        sourceOffset += length;
        return true;
    };
    return write(to, hash, size, fill, error);
}

bool AssetBlobs::remove(sqlite3 *db, const QString &hash, QString *error)
{
    SqliteStatement del(db, "DELETE FROM asset_chunks WHERE asset = ?");
    del.bind(1, hash);
    if (!del.exec())
        return fail(error, del.error());
    return true;
}

sqlite3 *AssetBlobs::holder(sqlite3 *file, sqlite3 *scratch, const QString &hash)
{
    if (storedSize(file, hash) >= 0)
        return file;
    return scratch && storedSize(scratch, hash) >= 0 ? scratch : nullptr;
}

qint64 AssetBlobs::storedSize(sqlite3 *db, const QString &hash)
{
    SqliteStatement sum(db, "SELECT count(*), total(length(data)) FROM asset_chunks WHERE asset = ?");
    sum.bind(1, hash);
    if (!sum.next() || sum.integer(0) == 0)
        return -1;
    return sum.integer(1);
}

} // namespace cw
