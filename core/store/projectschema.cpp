#include "projectschema.h"

#include "assetblobs.h"
#include "projectfile.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <sqlite3.h>

namespace cw {

namespace {

QString name(const QString &path)
{
    return QFileInfo(path).fileName();
}

// One forward step per schema version: steps[i] turns version i into version i + 1.
// Version 1 is the first layout. Never edit a shipped step; append a new one instead.
struct Migration
{
    int toVersion;
    const char *const *statements;
};

const char *const kVersion1[] = {
    "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE nodes(id TEXT PRIMARY KEY, parent TEXT, position INTEGER NOT NULL, kind TEXT NOT NULL,"
    " props TEXT NOT NULL)",
    "CREATE TABLE assets(hash TEXT PRIMARY KEY, name TEXT NOT NULL, mime TEXT NOT NULL, size INTEGER NOT "
    "NULL,"
    " width INTEGER NOT NULL, height INTEGER NOT NULL, duration_ms INTEGER NOT NULL)",
    AssetBlobs::CreateTableSql,
    nullptr,
};

const Migration kMigrations[] = {
    {1, kVersion1},
};

static_assert(std::size(kMigrations) == size_t(ProjectFile::SchemaVersion),
              "every schema version needs a migration step");

} // namespace

QString ProjectSchema::checkHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("Could not read %1: %2").arg(name(path), file.errorString());
    const qint64 fileSize = file.size();
    if (fileSize == 0)
        return tr("%1 is not a Coursewright project: the file is empty.").arg(name(path));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!header.startsWith(magic))
        return tr("%1 is not a Coursewright project.").arg(name(path));
    if (header.size() < 100)
        return tr("%1 is incomplete: the file has been cut short (truncated).").arg(name(path));
    const quint32 applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    if (applicationId != quint32(ProjectFile::ApplicationId))
        return tr("%1 is an SQLite database, but not a Coursewright project.").arg(name(path));
    const qint32 version = qFromBigEndian<qint32>(header.constData() + 60);
    if (version > ProjectFile::SchemaVersion)
        return tr("%1 was saved by a newer version of Coursewright (file format %2; this version reads up to "
                  "format %3). Please update Coursewright to open it.")
            .arg(name(path))
            .arg(version)
            .arg(ProjectFile::SchemaVersion);
    if (version < 1)
        return tr("%1 is damaged: its format version is missing.").arg(name(path));
    qint64 pageSize = qFromBigEndian<quint16>(header.constData() + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(header.constData() + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(header.constData() + 28);
    const quint32 validFor = qFromBigEndian<quint32>(header.constData() + 92);
    if (pageSize < 512 || fileSize % pageSize != 0 ||
        (validFor == changeCounter && pageCount > 0 && fileSize < qint64(pageCount) * pageSize))
        return tr("%1 is incomplete: the file has been cut short (truncated).").arg(name(path));
    return {};
}

QString ProjectSchema::checkDatabase(sqlite3 *db, const QString &path)
{
    const auto damaged = [&](const QString &detail) {
        if (isBusy(db))
            return inUseMessage(path); // locked, not damaged: it opens once the other program lets go
        return tr("%1 is damaged and cannot be opened (%2).").arg(name(path), detail);
    };
    SqliteStatement appId(db, "PRAGMA application_id");
    if (!appId.next())
        return damaged(appId.ok() ? SqliteStatement::errorText(db, tr("no header")) : appId.error());
    if (appId.integer(0) != ProjectFile::ApplicationId)
        return tr("%1 is an SQLite database, but not a Coursewright project.").arg(name(path));
    const int version = userVersion(db);
    if (version > ProjectFile::SchemaVersion || version < 1)
        return checkHeader(path); // same wording as the header check
    // Only the tables read at open: checking the media chunks too made opening a course with
    // 1 GB of video take as long as reading it. Damaged media surface when they are read.
    for (const char *sql : {"PRAGMA quick_check(nodes)", "PRAGMA quick_check(assets)"}) {
        SqliteStatement check(db, sql);
        if (!check.isValid())
            return damaged(check.error());
        QStringList problems;
        while (check.next()) {
            const QString line = check.text(0);
            if (line != QLatin1String("ok") && problems.size() < 3)
                problems << line;
        }
        if (!check.ok())
            return damaged(check.error());
        if (!problems.isEmpty())
            return damaged(problems.join(QStringLiteral("; ")));
    }
    for (const char *sql : {"SELECT id, parent, position, kind, props FROM nodes LIMIT 0",
                            "SELECT hash, name, mime, size, width, height, duration_ms FROM assets LIMIT 0",
                            "SELECT asset, seq, data FROM asset_chunks LIMIT 0"}) {
        SqliteStatement probe(db, sql);
        if (!probe.isValid())
            return damaged(probe.error());
    }
    return {};
}

bool ProjectSchema::initialize(sqlite3 *db, QString *error)
{
    // Must precede the first table: lets a save that dropped media give the space back.
    if (!SqliteStatement::execute(db, "PRAGMA auto_vacuum = INCREMENTAL", error))
        return false;
    return migrate(db, 0, error);
}

bool ProjectSchema::migrate(sqlite3 *db, int fromVersion, QString *error)
{
    if (!SqliteStatement::execute(db, "BEGIN IMMEDIATE", error))
        return false;
    const auto rollback = [&] {
        SqliteStatement::execute(db, "ROLLBACK", nullptr);
        return false;
    };
    for (const Migration &m : kMigrations) {
        if (m.toVersion <= fromVersion)
            continue;
        for (const char *const *sql = m.statements; *sql; ++sql) {
            if (!SqliteStatement::execute(db, *sql, error))
                return rollback();
        }
    }
    // PRAGMA arguments cannot be bound; both values are compile-time integers, not user input.
    const QByteArray pragmas =
        QByteArrayLiteral("PRAGMA application_id = ") + QByteArray::number(ProjectFile::ApplicationId) +
        QByteArrayLiteral("; PRAGMA user_version = ") + QByteArray::number(ProjectFile::SchemaVersion);
    if (!SqliteStatement::execute(db, pragmas.constData(), error))
        return rollback();
    SqliteStatement meta(db, "INSERT OR REPLACE INTO meta(key, value) VALUES('generator', ?)");
    meta.bind(1, QStringLiteral("Coursewright " CW_VERSION));
    if (!meta.exec()) {
        if (error)
            *error = meta.error();
        return rollback();
    }
    return SqliteStatement::execute(db, "COMMIT", error) || rollback();
}

bool ProjectSchema::isBusy(sqlite3 *db)
{
    const int code = sqlite3_errcode(db) & 0xff;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

QString ProjectSchema::inUseMessage(const QString &path)
{
    return tr("%1 is in use by another program. Close it there and try again.").arg(name(path));
}

int ProjectSchema::userVersion(sqlite3 *db)
{
    SqliteStatement version(db, "PRAGMA user_version");
    return version.next() ? int(version.integer(0)) : -1;
}

} // namespace cw
