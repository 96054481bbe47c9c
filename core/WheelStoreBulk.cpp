// Bulk writes: thousands of rows in one transaction, through one prepared
// statement per table reused across the rows (see WheelStore.h).

#include "WheelStore.h"
#include "WheelStorePrivate.h"

#include <algorithm>

namespace civic {
namespace {

QString insertSql(const QString& table, const QStringList& columns)
{
    QStringList marks;
    marks.fill(QStringLiteral("?"), columns.size());
    // Table and column names are our own constants, never a person's words.
    return QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
        .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", ")));
}

template <typename T>
Status insertRows(QSqlQuery& query, QVector<T>& items)
{
    for (T& item : items) {
        const QVariantList values = Rows<T>::values(item);
        query.bindValue(0, idOrNull(item.id));
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i + 1, values.at(i));
        if (!query.exec())
            return SqlErrors::toError(query.lastError());
        if (item.id <= 0)
            item.id = query.lastInsertId().toLongLong();
    }
    return {};
}

Result<QSqlQuery> prepared(const QSqlDatabase& db, const QString& sql)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return SqlErrors::toError(query.lastError());
    return query;
}

template <typename T>
Result<QSqlQuery> preparedInsert(const QSqlDatabase& db)
{
    QStringList columns = Rows<T>::columns();
    columns.prepend(QStringLiteral("id"));
    return prepared(db, insertSql(Rows<T>::table(), columns));
}

template <typename T>
Status insertAll(WheelStore::Private& d, QVector<T>& items)
{
    return inTransaction(d, [&]() -> Status {
        auto query = preparedInsert<T>(d.db);
        if (!query)
            return query.error();
        return insertRows(query.value(), items);
    });
}

// One link table row per distinct id, ascending, as Private::writeLinks does.
Status insertLinks(QSqlQuery& query, qint64 initiativeId, QVector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    for (qint64 id : ids) {
        query.bindValue(0, initiativeId);
        query.bindValue(1, id);
        if (!query.exec())
            return SqlErrors::toError(query.lastError());
    }
    return {};
}

} // namespace

Status WheelStore::addAll(QVector<Partner>& partners)
{
    return insertAll(*d, partners);
}
Status WheelStore::addAll(QVector<Contact>& contacts)
{
    return insertAll(*d, contacts);
}
Status WheelStore::addAll(QVector<Tie>& ties)
{
    return insertAll(*d, ties);
}
Status WheelStore::addAll(QVector<Need>& needs)
{
    return insertAll(*d, needs);
}
Status WheelStore::addAll(QVector<Engagement>& engagements)
{
    return insertAll(*d, engagements);
}

Status WheelStore::addAll(QVector<Initiative>& initiatives)
{
    return inTransaction(*d, [&]() -> Status {
        auto rows = preparedInsert<Initiative>(d->db);
        if (!rows)
            return rows.error();
        if (auto s = insertRows(rows.value(), initiatives); !s)
            return s;
        auto partners = prepared(
            d->db, QStringLiteral("INSERT INTO initiative_partners (initiative_id, partner_id) "
                                  "VALUES (?, ?)"));
        if (!partners)
            return partners.error();
        auto needs = prepared(
            d->db,
            QStringLiteral("INSERT INTO initiative_needs (initiative_id, need_id) VALUES (?, ?)"));
        if (!needs)
            return needs.error();
        for (const Initiative& initiative : initiatives) {
            if (auto s = insertLinks(partners.value(), initiative.id, initiative.partnerIds); !s)
                return s;
            if (auto s = insertLinks(needs.value(), initiative.id, initiative.needIds); !s)
                return s;
        }
        return {};
    });
}

} // namespace civic
