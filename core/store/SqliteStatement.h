#pragma once

// Internal to the store: a prepared statement run straight on the SQLite
// connection behind the store's QSqlDatabase, for reading many rows. Reading
// through QSqlQuery costs a UTF-16 conversion inside SQLite and a QVariant per
// value; on a large trust that made loading about 1.9× slower than SQLite's
// C API (see BENCHMARKS.md). Values are bound, never spliced into SQL.

#include "model/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>
#include <QVector>

struct sqlite3;
struct sqlite3_stmt;

namespace civic {

class SqliteStatement;

/// One column of the current row, read like a QVariant (the Rows<T> mappings
/// read a SqliteStatement and a QSqlQuery alike).
class SqliteValue
{
public:
    SqliteValue(sqlite3_stmt* stmt, int column)
        : m_stmt(stmt)
        , m_column(column)
    {}
    bool isNull() const;
    qint64 toLongLong() const;
    int toInt() const;
    double toDouble() const;
    QString toString() const;

private:
    sqlite3_stmt* m_stmt;
    int m_column;
};

class SqliteStatement
{
public:
    explicit SqliteStatement(const QSqlDatabase& db);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    /// The SQLite connection behind a Qt Sql connection, or null.
    static sqlite3* handle(const QSqlDatabase& db);

    /// Prepares `sql` and binds `values` to its ? placeholders in order.
    Status prepare(const QString& sql, const QVariantList& values = {});
    /// Binds `values` to the placeholders of the prepared statement, from the
    /// `first` (1-based). Text is kept by the statement until it is bound again
    /// or finalised, so SQLite need not copy it.
    Status bind(const QVariantList& values, int first = 1);
    /// Binds one value to placeholder `index` (1-based).
    Status bind(int index, const QVariant& value);
    /// Binds straight from a string (its UTF-8 kept as bind() keeps text; a
    /// null string is bound as empty text), a number or NULL: for bulk
    /// writes, which bind hundreds of thousands of values.
    Status bindText(int index, const QString& text);
    Status bindNumber(int index, qint64 value);
    Status bindNull(int index);
    /// Runs a statement that returns no rows, then readies it to be bound and run again.
    Status execute();
    /// The rowid of the last row inserted on this connection.
    qint64 lastInsertId() const;
    /// Steps to the next row: true on a row, false when done.
    Result<bool> next();
    /// Readies the statement to run again from its first row, with nothing bound.
    void reset();
    SqliteValue value(int column) const { return {m_stmt, column}; }

private:
    Error error(int code) const;
    int bindValue(int index, const QVariant& value);
    static void utf8Into(const QString& text, QByteArray& out);
    int bindTextValue(int index, const QString& text);

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    /// The UTF-8 of the text bound now, by placeholder: SQLite reads it in
    /// place (SQLITE_STATIC) instead of copying every value it is given.
    QVector<QByteArray> m_text;
};

} // namespace civic
