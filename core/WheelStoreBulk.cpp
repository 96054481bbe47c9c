// The store's bulk writes: imports and generators of thousands of rows.
#include "SqliteStatement.h"
#include "WheelStorePrivate.h"

#include <algorithm>

namespace civic {
namespace {

// One INSERT prepared once and run for every item, through SQLite's own API on
// the store's connection (so inside its transaction): Qt Sql's per-value
// binding cost more than the inserts themselves on large imports.
template <typename T>
Result<QVector<qint64>> insertAll(WheelStore::Private& d, const QVector<T>& items)
{
    QStringList cols = Rows<T>::columns();
    cols.prepend(QStringLiteral("id"));
    QStringList marks;
    marks.fill(QStringLiteral("?"), cols.size());
    SqliteStatement insert(d.db);
    if (auto s = insert.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(Rows<T>::table(), cols.join(QStringLiteral(", ")),
                                         marks.join(QStringLiteral(", "))));
        !s)
        return s.error();
    QVector<qint64> ids;
    ids.reserve(items.size());
    for (const T& item : items) {
        if (auto s = insert.bind(1, idOrNull(item.id)); !s)
            return s.error();
        if (auto s = insert.bind(Rows<T>::values(item), 2); !s)
            return s.error();
        if (auto s = insert.execute(); !s)
            return s.error();
        ids.append(item.id > 0 ? item.id : insert.lastInsertId());
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
