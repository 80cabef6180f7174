#pragma once
// Asset bytes in an SQLite database, split into chunk rows and moved with incremental BLOB I/O,
// so no file is ever held in memory and files larger than SQLite's 1 GB value limit fit.

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;
struct sqlite3;

namespace cw {

class AssetBlobs
{
    Q_DECLARE_TR_FUNCTIONS(cw::AssetBlobs)

public:
    static constexpr qint64 ChunkSize = 16 * 1024 * 1024; // one row
    static constexpr qint64 IoSize = 1024 * 1024;         // one read or write

    static const char *const CreateTableSql;

    // Fills `size` bytes in IoSize pieces: fill(buffer, length, error) must write `length` bytes.
    using Filler = std::function<bool(char *buffer, qint64 length, QString *error)>;
    // Stores `size` bytes under `hash`; the caller provides the transaction.
    static bool write(sqlite3 *db, const QString &hash, qint64 size, const Filler &fill, QString *error);
    // Streams the bytes of `hash` to `out`. False if absent or on error.
    static bool read(sqlite3 *db, const QString &hash, QIODevice &out, QString *error);
    // Copies `hash` from one database to another without holding it in memory.
    static bool copy(sqlite3 *from, sqlite3 *to, const QString &hash, QString *error);
    static bool remove(sqlite3 *db, const QString &hash, QString *error);
    // Which of a project's databases holds `hash`: the file first, then the scratch area of media
    // imported but not saved (may be null); null when neither does.
    static sqlite3 *holder(sqlite3 *file, sqlite3 *scratch, const QString &hash);
    // The total stored size, or -1 when the database has no bytes for `hash`.
    static qint64 storedSize(sqlite3 *db, const QString &hash);

private:
    using Sink = std::function<bool(const char *buffer, qint64 length, QString *error)>;
    static bool readChunks(sqlite3 *db, const QString &hash, const Sink &sink, QString *error);
};

} // namespace cw
