// The store's bulk writes: imports and generators of thousands of rows.
#include "store/SqliteStatement.h"
#include "store/WheelStorePrivate.h"

#include <algorithm>
#include <limits>

namespace civic {
namespace {

// Rows go in many to a statement (INSERT ... VALUES (...), (...), ...),
// through SQLite's own API on the store's connection (so inside its
// transaction): Qt Sql's per-value binding, and a statement run per row, cost
// more than the inserts themselves on large imports.
constexpr int kRowsPerInsert = 64;

// New rows' ids are given here rather than left to SQLite, so a statement of
// many rows still tells each row's id: the ids SQLite would choose (the tables
// have no AUTOINCREMENT), inside the write transaction, so no one else can
// take them.
template <typename T>
Result<QVector<qint64>> newIds(WheelStore::Private& d, const QVector<T>& items)
{
    auto largest = d.statement(QStringLiteral("SELECT MAX(id) FROM %1").arg(Rows<T>::table()));
    if (!largest)
        return largest.error();
    auto row = (*largest)->next();
    if (!row)
        return row.error();
    // In order, as one row at a time would be given them: a new row takes one
    // past the largest id so far, given ids included.
    qint64 largestSoFar =
        *row && !(*largest)->value(0).isNull() ? (*largest)->value(0).toLongLong() : 0;
    (*largest)->reset();
    QVector<qint64> ids;
    ids.reserve(items.size());
    for (const T& item : items) {
        // A file another program wrote may hold the largest id there is; one
        // past it would wrap round to a negative id.
        if (item.id <= 0 && largestSoFar == std::numeric_limits<qint64>::max())
            return Error{QCoreApplication::translate(
                             "WheelStore",
                             "This file holds a record numbered %1, the largest number a wheel "
                             "can hold, so Civic Wheel cannot number new records after it. "
                             "Nothing was changed. The file was probably edited by another "
                             "program: open your backup, or ask your IT technician to renumber "
                             "that record.")
                             .arg(largestSoFar)};
        const qint64 id = item.id > 0 ? item.id : largestSoFar + 1;
        largestSoFar = std::max(largestSoFar, id);
        ids.append(id);
    }
    return ids;
}

// Binds a row's fields (Rows<T>::fields()) to consecutive placeholders,
// storing what VariantOut would hand QSqlQuery, without a QVariant per value.
class StatementOut
{
public:
    StatementOut(SqliteStatement& statement, int first)
        : m_statement(statement)
        , m_index(first)
    {}
    const Status& status() const { return m_status; }

    void operator()(const QString& s) { keep(m_statement.bindText(m_index, s)); }
    void operator()(const QDate& d)
    {
        keep(d.isValid() ? m_statement.bindText(m_index, d.toString(Qt::ISODate))
                         : m_statement.bindNull(m_index));
    }
    void operator()(bool b) { keep(m_statement.bindNumber(m_index, b ? 1 : 0)); }
    void operator()(int n) { keep(m_statement.bindNumber(m_index, n)); }
    void operator()(qint64 n) { keep(m_statement.bindNumber(m_index, n)); }
    void operator()(OptionalId id)
    {
        keep(id.id > 0 ? m_statement.bindNumber(m_index, id.id) : m_statement.bindNull(m_index));
    }
    template <typename E, typename = std::enable_if_t<std::is_enum_v<E>>>
    void operator()(E e)
    {
        keep(m_statement.bindText(m_index, codeOf(e)));
    }

private:
    void keep(Status s)
    {
        if (m_status && !s)
            m_status = std::move(s);
        ++m_index;
    }

    SqliteStatement& m_statement;
    int m_index;
    Status m_status;
};

template <typename T>
Result<QVector<qint64>> insertAll(WheelStore::Private& d, const QVector<T>& items)
{
    auto ids = newIds(d, items);
    if (!ids)
        return ids;
    QStringList cols = Rows<T>::columns();
    cols.prepend(QStringLiteral("id"));
    QStringList marks;
    marks.fill(QStringLiteral("?"), cols.size());
    const QString row = QLatin1Char('(') + marks.join(QStringLiteral(", ")) + QLatin1Char(')');
    auto prepared = [&](int rows) {
        QStringList values;
        values.fill(row, rows);
        return d.statement(QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                               .arg(Rows<T>::table(), cols.join(QStringLiteral(", ")),
                                    values.join(QStringLiteral(", "))));
    };
    Result<SqliteStatement*> full = nullptr; // looked up once: its SQL is long to build
    if (items.size() >= kRowsPerInsert)
        full = prepared(kRowsPerInsert);
    if (!full)
        return full.error();
    const int columns = int(cols.size());
    for (int first = 0; first < items.size(); first += kRowsPerInsert) {
        const int rows = std::min(kRowsPerInsert, int(items.size()) - first);
        auto insert = rows == kRowsPerInsert ? full : prepared(rows);
        if (!insert)
            return insert.error();
        for (int r = 0; r < rows; ++r) {
            const int param = r * columns + 1;
            if (auto s = (*insert)->bindNumber(param, ids->at(first + r)); !s)
                return s.error();
            StatementOut out(**insert, param + 1);
            Rows<T>::fields(items.at(first + r), out);
            if (!out.status())
                return out.status().error();
        }
        if (auto s = (*insert)->execute(); !s)
            return s.error();
    }
    return ids;
}

Status insertLinks(SqliteStatement& insert, qint64 initiativeId, QVector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (qint64 id : ids) {
        if (auto s = insert.bind({initiativeId, id}); !s)
            return s;
        if (auto s = insert.execute(); !s)
            return s;
    }
    return {};
}

} // namespace

#define CIVIC_STORE_ADD_ALL(Type)                                                                  \
    Result<QVector<qint64>> WheelStore::addAll(const QVector<Type>& items)                         \
    {                                                                                              \
        return inTransaction(*d, [&] { return insertAll(*d, items); });                            \
    }

CIVIC_STORE_ADD_ALL(Partner)
CIVIC_STORE_ADD_ALL(Tie)
CIVIC_STORE_ADD_ALL(Contact)
CIVIC_STORE_ADD_ALL(Need)
CIVIC_STORE_ADD_ALL(Engagement)

#undef CIVIC_STORE_ADD_ALL

Result<QVector<qint64>> WheelStore::addAll(const QVector<Initiative>& initiatives)
{
    return inTransaction(*d, [&]() -> Result<QVector<qint64>> {
        auto ids = insertAll(*d, initiatives);
        if (!ids)
            return ids;
        SqliteStatement partners(d->db);
        SqliteStatement needs(d->db);
        if (auto s = partners.prepare(QStringLiteral(
                "INSERT INTO initiative_partners (initiative_id, partner_id) VALUES (?, ?)"));
            !s)
            return s.error();
        if (auto s = needs.prepare(QStringLiteral(
                "INSERT INTO initiative_needs (initiative_id, need_id) VALUES (?, ?)"));
            !s)
            return s.error();
        for (int i = 0; i < initiatives.size(); ++i) {
            if (auto s = insertLinks(partners, ids->at(i), initiatives.at(i).partnerIds); !s)
                return s.error();
            if (auto s = insertLinks(needs, ids->at(i), initiatives.at(i).needIds); !s)
                return s.error();
        }
        return ids;
    });
}

} // namespace civic
