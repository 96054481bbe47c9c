// The store's part of importing: undoing a whole import as one step.
#include "WheelStorePrivate.h"

#include <QSet>
#include <QSqlDriver>

#include <sqlite3.h>

namespace civic {
namespace {

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(handle.constData());
}

int bind(sqlite3_stmt* statement, int index, const QVariant& value)
{
    if (value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.metaType().id()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    default: {
        const QString text = value.toString();
        return sqlite3_bind_text16(statement, index, text.utf16(),
                                   int(text.size() * sizeof(char16_t)), SQLITE_TRANSIENT);
    }
    }
}

// One INSERT prepared once and run for every item. SQLite's own API on the
// store's connection (so inside its transaction): Qt Sql's per-value binding
// cost more than the insert itself on imports of thousands of rows.
template <typename T>
Result<QVector<qint64>> insertAll(WheelStore::Private& d, const QVector<T>& items)
{
    sqlite3* db = sqliteHandle(d.db);
    if (!db)
        return Error{storedetail::tr("Civic Wheel could not write to the wheel file."),
                     QStringLiteral("no SQLite handle")};
    QStringList cols = Rows<T>::columns();
    cols.prepend(QStringLiteral("id"));
    QStringList marks;
    marks.fill(QStringLiteral("?"), cols.size());
    const QByteArray sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(Rows<T>::table(), cols.join(QStringLiteral(", ")),
                                    marks.join(QStringLiteral(", ")))
                               .toUtf8();
    sqlite3_stmt* statement = nullptr;
    auto failure = [&] {
        return Error{storedetail::tr("Civic Wheel could not write to the wheel file."),
                     QString::fromUtf8(sqlite3_errmsg(db))};
    };
    if (sqlite3_prepare_v2(db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK)
        return failure();
    QVector<qint64> ids;
    ids.reserve(items.size());
    for (const T& item : items) {
        const QVariantList values = Rows<T>::values(item);
        int rc = bind(statement, 1, idOrNull(item.id));
        for (int i = 0; i < values.size() && rc == SQLITE_OK; ++i)
            rc = bind(statement, i + 2, values.at(i));
        if (rc == SQLITE_OK)
            rc = sqlite3_step(statement);
        if (rc != SQLITE_DONE) {
            Error error = failure();
            sqlite3_finalize(statement);
            return error;
        }
        ids.append(item.id > 0 ? item.id : sqlite3_last_insert_rowid(db));
        sqlite3_reset(statement);
        sqlite3_clear_bindings(statement);
    }
    sqlite3_finalize(statement);
    return ids;
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
        for (int i = 0; i < initiatives.size(); ++i) {
            Initiative stored = initiatives.at(i);
            stored.id = ids->at(i);
            if (auto s = d->writeLinks(stored); !s)
                return s.error();
        }
        return ids;
    });
}

Result<QVector<RemovedRows>> WheelStore::removeAll(const QVector<RecordRef>& records)
{
    return inTransaction(*d, [&]() -> Result<QVector<RemovedRows>> {
        // Ties and contacts of partners removed here go with their partner
        // (one removal instead of three); everything else is removed itself.
        QSet<qint64> partners;
        for (const RecordRef& r : records) {
            if (r.kind == EntityKind::Partner)
                partners.insert(r.id);
        }
        QSet<qint64> coveredTies;
        QSet<qint64> coveredContacts;
        if (!partners.isEmpty()) {
            auto ties = d->run(QStringLiteral("SELECT id, partner_id FROM ties"));
            if (!ties)
                return ties.error();
            while (ties->next()) {
                if (partners.contains(ties->value(1).toLongLong()))
                    coveredTies.insert(ties->value(0).toLongLong());
            }
            auto contacts = d->run(QStringLiteral("SELECT id, partner_id FROM contacts"));
            if (!contacts)
                return contacts.error();
            while (contacts->next()) {
                if (partners.contains(contacts->value(1).toLongLong()))
                    coveredContacts.insert(contacts->value(0).toLongLong());
            }
        }
        QVector<RemovedRows> removed;
        for (auto it = records.crbegin(); it != records.crend(); ++it) {
            if ((it->kind == EntityKind::Tie && coveredTies.contains(it->id)) ||
                (it->kind == EntityKind::Contact && coveredContacts.contains(it->id)))
                continue;
            auto rows = remove(it->kind, it->id);
            if (!rows)
                return rows.error();
            removed.append(std::move(rows).value());
        }
        return removed;
    });
}

Status WheelStore::restoreAll(const QVector<RemovedRows>& removed)
{
    return inTransaction(*d, [&]() -> Status {
        for (auto it = removed.crbegin(); it != removed.crend(); ++it) {
            if (auto s = restore(*it); !s)
                return s;
        }
        return {};
    });
}

} // namespace civic
