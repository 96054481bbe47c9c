#include "store/SqliteStatement.h"

#include "store/SqlErrors.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <algorithm>
#include <sqlite3.h>

namespace civic {

bool SqliteValue::isNull() const
{
    return sqlite3_column_type(m_stmt, m_column) == SQLITE_NULL;
}
qint64 SqliteValue::toLongLong() const
{
    return sqlite3_column_int64(m_stmt, m_column);
}
int SqliteValue::toInt() const
{
    return sqlite3_column_int(m_stmt, m_column);
}
double SqliteValue::toDouble() const
{
    return sqlite3_column_double(m_stmt, m_column);
}

QString SqliteValue::toString() const
{
    // UTF-8 as stored; Qt's decoder is faster than SQLite's UTF-16 conversion.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, m_column));
    if (!text)
        return {};
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, m_column));
}

sqlite3* SqliteStatement::handle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(handle.constData());
    return nullptr;
}

SqliteStatement::SqliteStatement(const QSqlDatabase& db)
    : m_db(handle(db))
{}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt); // before m_text goes: bound text points into it
}

Error SqliteStatement::error(int code) const
{
    // Through SqlErrors, so messages match those of the QSqlQuery paths.
    const QString text =
        m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QStringLiteral("no SQLite connection");
    return SqlErrors::toError(
        QSqlError(QString(), text, QSqlError::StatementError, QString::number(code)));
}

Status SqliteStatement::prepare(const QString& sql, const QVariantList& values)
{
    if (!m_db)
        return error(SQLITE_MISUSE);
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    int rc = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
    if (rc != SQLITE_OK)
        return error(rc);
    return bind(values);
}

// `text` as UTF-8 into `out`, reusing its buffer: a bulk insert binds the same
// placeholders again for every batch, and most text is ASCII.
void SqliteStatement::utf8Into(const QString& text, QByteArray& out)
{
    const qsizetype n = text.size();
    const auto* in = reinterpret_cast<const char16_t*>(text.constData());
    if (!std::all_of(in, in + n, [](char16_t c) { return c < 0x80; })) {
        out = text.toUtf8();
        return;
    }
    out.resize(n); // keeps the capacity the last value had
    char* to = out.data();
    for (qsizetype i = 0; i < n; ++i)
        to[i] = char(in[i]);
}

int SqliteStatement::bindValue(int index, const QVariant& value)
{
    // A statement part-way through its rows may still read what is bound:
    // leave its text alone (SQLite refuses the binding anyway).
    if (sqlite3_stmt_busy(m_stmt))
        return SQLITE_MISUSE;
    // The types the row mappings bind are read straight out of the variant;
    // others go through QVariant's conversions.
    switch (value.isNull() ? QMetaType::UnknownType : value.metaType().id()) {
    case QMetaType::UnknownType:
        return sqlite3_bind_null(m_stmt, index);
    case QMetaType::Int:
        return sqlite3_bind_int64(m_stmt, index, *static_cast<const int*>(value.constData()));
    case QMetaType::LongLong:
        return sqlite3_bind_int64(m_stmt, index, *static_cast<const qlonglong*>(value.constData()));
    case QMetaType::Bool:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(m_stmt, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(m_stmt, index, value.toDouble());
    default: {
        if (value.metaType().id() == QMetaType::QString)
            return bindTextValue(index, *static_cast<const QString*>(value.constData()));
        return bindTextValue(index, value.toString());
    }
    }
}

// Kept in m_text until this placeholder is bound again, the statement is
// prepared again or finalised: after every step execute() resets the
// statement and clears its bindings, so SQLite never reads a buffer that has
// gone. A null string is bound as empty text: text columns are NOT NULL.
int SqliteStatement::bindTextValue(int index, const QString& value)
{
    if (index > m_text.size())
        m_text.resize(index);
    QByteArray& text = m_text[index - 1];
    utf8Into(value, text);
    return sqlite3_bind_text(m_stmt, index, text.constData(), int(text.size()), SQLITE_STATIC);
}

Status SqliteStatement::bindText(int index, const QString& text)
{
    if (!m_stmt || sqlite3_stmt_busy(m_stmt))
        return error(SQLITE_MISUSE);
    const int rc = bindTextValue(index, text);
    return rc == SQLITE_OK ? Status() : Status(error(rc));
}

Status SqliteStatement::bindNumber(int index, qint64 value)
{
    if (!m_stmt)
        return error(SQLITE_MISUSE);
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    return rc == SQLITE_OK ? Status() : Status(error(rc));
}

Status SqliteStatement::bindNull(int index)
{
    if (!m_stmt)
        return error(SQLITE_MISUSE);
    const int rc = sqlite3_bind_null(m_stmt, index);
    return rc == SQLITE_OK ? Status() : Status(error(rc));
}

Status SqliteStatement::bind(const QVariantList& values, int first)
{
    if (!m_stmt)
        return error(SQLITE_MISUSE);
    int rc = SQLITE_OK;
    for (int i = 0; i < values.size() && rc == SQLITE_OK; ++i)
        rc = bindValue(first + i, values.at(i));
    return rc == SQLITE_OK ? Status() : Status(error(rc));
}

Status SqliteStatement::bind(int index, const QVariant& value)
{
    if (!m_stmt)
        return error(SQLITE_MISUSE);
    const int rc = bindValue(index, value);
    return rc == SQLITE_OK ? Status() : Status(error(rc));
}

Status SqliteStatement::execute()
{
    if (!m_stmt)
        return error(SQLITE_MISUSE);
    const int rc = sqlite3_step(m_stmt);
    reset();
    if (rc != SQLITE_DONE && rc != SQLITE_ROW)
        return error(rc);
    return {};
}

void SqliteStatement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

qint64 SqliteStatement::lastInsertId() const
{
    return m_db ? sqlite3_last_insert_rowid(m_db) : 0;
}

Result<bool> SqliteStatement::next()
{
    if (!m_stmt)
        return error(SQLITE_MISUSE);
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    return error(rc);
}

} // namespace civic
