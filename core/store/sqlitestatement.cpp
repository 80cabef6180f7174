#include "sqlitestatement.h"

#include "platform/ioerror.h"

#include <QCoreApplication>

#include <sqlite3.h>

namespace cw {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql)
    : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_error =
            errorText(db, QCoreApplication::translate("cw::SqliteStatement", "Preparing a query failed"));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

void SqliteStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bindZeroBlob(int index, qint64 size)
{
    sqlite3_bind_zeroblob64(m_stmt, index, sqlite3_uint64(size));
}

bool SqliteStatement::next()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_error = errorText(m_db, QCoreApplication::translate("cw::SqliteStatement", "A query failed"));
    return false;
}

bool SqliteStatement::exec()
{
    if (!m_stmt)
        return false;
    next();
    reset();
    return ok();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArray SqliteStatement::bytes(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(data, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

bool SqliteStatement::execute(sqlite3 *db, const char *sql, QString *error)
{
    if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK)
        return true;
    if (error)
        *error =
            errorText(db, QCoreApplication::translate("cw::SqliteStatement", "A database command failed"));
    return false;
}

QString SqliteStatement::errorText(sqlite3 *db, const QString &what)
{
    // A full disk reads "database or disk is full" or a bare I/O error; say which it is.
    const int code = sqlite3_errcode(db) & 0xff;
    if (code == SQLITE_FULL || (code == SQLITE_IOERR && IoError::isDiskFull(sqlite3_system_errno(db))))
        return QStringLiteral("%1: %2").arg(what, IoError::diskFull());
    return QStringLiteral("%1: %2").arg(what, QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace cw
