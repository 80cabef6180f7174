#pragma once
// The project file's table layout, its forward migrations, and the checks made before SQLite
// is allowed to touch a file (header, format version, integrity).

#include <QCoreApplication>
#include <QString>

struct sqlite3;

namespace cw {

class ProjectSchema
{
    Q_DECLARE_TR_FUNCTIONS(cw::ProjectSchema)

public:
    // Reads the 100-byte SQLite header with plain file I/O: refuses files that are not SQLite,
    // not ours, from a newer version or shorter than the header says. Empty string when fine.
    static QString checkHeader(const QString &path);
    // Checks an open connection: format identifiers, PRAGMA quick_check, expected tables.
    static QString checkDatabase(sqlite3 *db, const QString &path);
    // Creates the current layout in an empty database.
    static bool initialize(sqlite3 *db, QString *error);
    // Brings an older file up to SchemaVersion inside one transaction.
    static bool migrate(sqlite3 *db, int fromVersion, QString *error);
    static int userVersion(sqlite3 *db);
    // True when the last call on `db` failed because another connection holds a lock.
    static bool isBusy(sqlite3 *db);
    // "<file> is in use by another program ...": for a file another process has locked.
    static QString inUseMessage(const QString &path);
};

} // namespace cw
