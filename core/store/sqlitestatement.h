#pragma once
// A prepared SQLite statement with RAII finalization and error text that always carries sqlite3_errmsg.

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace cw {

class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // False when the statement could not be prepared; error() says why.
    bool isValid() const { return m_stmt != nullptr; }
    QString error() const { return m_error; }

    // Binders take 1-based indexes like sqlite3_bind_*.
    void bind(int index, const QString &text);
    void bind(int index, qint64 value);
    void bindNull(int index);
    void bindZeroBlob(int index, qint64 size);

    // Runs one step: true for a row (SQLITE_ROW), false when done or on error (check ok()).
    bool next();
    // Runs a statement that returns no rows; false with error() on failure.
    bool exec();
    bool ok() const { return m_error.isEmpty(); }
    void reset();

    QString text(int column) const;
    QByteArray bytes(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

    // Runs SQL without parameters (schema, pragmas, transactions).
    static bool execute(sqlite3 *db, const char *sql, QString *error);
    // "what failed: sqlite3_errmsg(db)".
    static QString errorText(sqlite3 *db, const QString &what);

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_error;
};

} // namespace cw
