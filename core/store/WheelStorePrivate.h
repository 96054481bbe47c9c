#pragma once

// Internal to the store: the state of an open wheel file and the helpers every
// part of the store shares. Only WheelStore*.cpp files include this; the rest
// of the program sees WheelStore.h alone. A feature that needs new SQL adds a
// WheelStore<Feature>.cpp beside WheelStore.cpp that implements its members
// with these helpers.

#include "model/StringHash.h"
#include "store/RowMapping.h"
#include "store/Schema.h"
#include "store/SqlErrors.h"
#include "store/SqliteStatement.h"
#include "store/Transaction.h"
#include "store/WheelStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <memory>
#include <unordered_map>

namespace civic {

using namespace rows;

namespace storedetail {
inline QString tr(const char* text)
{
    return QCoreApplication::translate("WheelStore", text);
}
} // namespace storedetail

class WheelStore::Private
{
public:
    static QString tr(const char* text) { return storedetail::tr(text); }

    QString path;
    QString connectionName;
    QSqlDatabase db;
    AccessMode mode = AccessMode::ReadWrite;
    int fileVersion = 0;
    QString backupPath;
    std::unique_ptr<QLockFile> lock;
    int depth = 0;
    /// Statements kept prepared for the life of the connection (see statement()).
    std::unordered_map<QString, std::unique_ptr<SqliteStatement>, StringHash> statements;

    ~Private()
    {
        statements.clear(); // finalised before the connection closes
        if (db.isOpen())
            db.close();
        db = QSqlDatabase();
        if (!connectionName.isEmpty())
            QSqlDatabase::removeDatabase(connectionName);
    }

    Result<QSqlQuery> run(const QString& sql, const QVariantList& values = {}) const
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!query.prepare(sql))
            return SqlErrors::toError(query.lastError());
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec())
            return SqlErrors::toError(query.lastError());
        return query;
    }

    /// `sql` prepared once and kept: for bulk writes, which run the same long
    /// statements (64 rows to an INSERT) again for every batch of an import.
    /// Each run resets the statement and clears its bindings, so a kept
    /// statement holds no lock and no values between runs.
    Result<SqliteStatement*> statement(const QString& sql)
    {
        auto& kept = statements[sql];
        if (!kept) {
            auto prepared = std::make_unique<SqliteStatement>(db);
            if (auto s = prepared->prepare(sql); !s) {
                statements.erase(sql);
                return s.error();
            }
            kept = std::move(prepared);
        }
        kept->reset(); // in case a reader stopped before the last row
        return kept.get();
    }

    Status writable() const
    {
        if (mode == AccessMode::ReadWrite)
            return {};
        return Error{tr("This wheel is open read-only, so it cannot be changed.") +
                     QLatin1Char(' ') + readOnlyReason()};
    }

    QString readOnlyReason() const
    {
        switch (mode) {
        case AccessMode::ReadWrite:
            return {};
        case AccessMode::ReadOnlyRequested:
            return tr("It was opened read-only.");
        case AccessMode::ReadOnlyOnDisk:
            return tr(
                "The file, or the folder it is in, cannot be written to. Save a copy somewhere "
                "you can write to if you want to make changes.");
        case AccessMode::ReadOnlyNewerSchema:
            return tr("It was made by a newer version of Civic Wheel (file format %1; this version "
                      "writes up to %2). Install the newer version to change it.")
                .arg(fileVersion)
                .arg(SchemaVersion);
        }
        return {};
    }

    // Straight from SQLite rather than through QSqlQuery: loading a large
    // trust took 1.9× as long as SQLite's C API that way (BENCHMARKS.md).
    template <typename T>
    Result<QVector<T>> list(const QString& sql, const QVariantList& values = {}) const
    {
        SqliteStatement statement(db);
        if (auto s = statement.prepare(sql, values); !s)
            return s.error();
        QVector<T> items;
        for (;;) {
            auto row = statement.next();
            if (!row)
                return row.error();
            if (!*row)
                return items;
            items.append(Rows<T>::read(statement));
        }
    }

    template <typename T>
    Result<T> one(qint64 id) const
    {
        auto items = list<T>(selectFrom<T>() + QStringLiteral(" WHERE t.id = ?"), {id});
        if (!items)
            return items.error();
        if (items->isEmpty())
            return Error{tr("That %1 no longer exists in this wheel file.").arg(Rows<T>::table())};
        return items->first();
    }

    template <typename T>
    Result<qint64> insert(const T& item)
    {
        QStringList cols = Rows<T>::columns();
        QVariantList values = Rows<T>::values(item);
        cols.prepend(QStringLiteral("id"));
        values.prepend(idOrNull(item.id));
        QStringList marks;
        marks.fill(QStringLiteral("?"), cols.size());
        auto query = run(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                             .arg(Rows<T>::table(), cols.join(QStringLiteral(", ")),
                                  marks.join(QStringLiteral(", "))),
                         values);
        if (!query)
            return query.error();
        return item.id > 0 ? item.id : query->lastInsertId().toLongLong();
    }

    template <typename T>
    Status change(const T& item)
    {
        QStringList sets;
        for (const QString& c : Rows<T>::columns())
            sets.append(c + QStringLiteral(" = ?"));
        QVariantList values = Rows<T>::values(item);
        values.append(item.id);
        auto query = run(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                             .arg(Rows<T>::table(), sets.join(QStringLiteral(", "))),
                         values);
        if (!query)
            return query.error();
        if (query->numRowsAffected() != 1)
            return Error{
                tr("That %1 no longer exists in this wheel file; it may have been deleted.")
                    .arg(Rows<T>::table())};
        return {};
    }

    Status writeLinks(const Initiative& initiative)
    {
        for (const QString& table :
             {QStringLiteral("initiative_partners"), QStringLiteral("initiative_needs")}) {
            auto cleared = run(QStringLiteral("DELETE FROM %1 WHERE initiative_id = ?").arg(table),
                               {initiative.id});
            if (!cleared)
                return cleared.error();
        }
        QVector<qint64> partners = initiative.partnerIds;
        std::sort(partners.begin(), partners.end());
        partners.erase(std::unique(partners.begin(), partners.end()), partners.end());
        for (qint64 partnerId : partners) {
            auto q = run(
                QStringLiteral(
                    "INSERT INTO initiative_partners (initiative_id, partner_id) VALUES (?, ?)"),
                {initiative.id, partnerId});
            if (!q)
                return q.error();
        }
        QVector<qint64> needs = initiative.needIds;
        std::sort(needs.begin(), needs.end());
        needs.erase(std::unique(needs.begin(), needs.end()), needs.end());
        for (qint64 needId : needs) {
            auto q = run(QStringLiteral(
                             "INSERT INTO initiative_needs (initiative_id, need_id) VALUES (?, ?)"),
                         {initiative.id, needId});
            if (!q)
                return q.error();
        }
        return {};
    }

    // Fills partnerIds and needIds of `initiatives` from the link tables,
    // restricted by `where` (bound to `values`) on the initiatives alias i.
    Status readLinks(QVector<Initiative>& initiatives, const QString& where,
                     const QVariantList& values) const
    {
        QHash<qint64, int> index;
        for (int i = 0; i < initiatives.size(); ++i)
            index.insert(initiatives.at(i).id, i);
        for (const bool partners : {true, false}) {
            const QString table = partners ? QStringLiteral("initiative_partners")
                                           : QStringLiteral("initiative_needs");
            const QString column =
                partners ? QStringLiteral("partner_id") : QStringLiteral("need_id");
            const QString sql = QStringLiteral("SELECT l.initiative_id, l.%2 FROM %1 l JOIN "
                                               "initiatives i ON i.id = l.initiative_id ")
                                    .arg(table, column) +
                                where +
                                QStringLiteral(" ORDER BY l.initiative_id, l.%1").arg(column);
            SqliteStatement links(db);
            if (auto s = links.prepare(sql, values); !s)
                return s;
            for (;;) {
                auto row = links.next();
                if (!row)
                    return row.error();
                if (!*row)
                    break;
                const auto it = index.constFind(links.value(0).toLongLong());
                if (it == index.cend())
                    continue;
                Initiative& initiative = initiatives[*it];
                (partners ? initiative.partnerIds : initiative.needIds)
                    .append(links.value(1).toLongLong());
            }
        }
        return {};
    }

    Status grab(RemovedRows& removed, const QString& table, const QString& where,
                const QVariantList& values) const
    {
        auto query = run(QStringLiteral("SELECT * FROM %1 WHERE %2").arg(table, where), values);
        if (!query)
            return query.error();
        RemovedRows::TableRows rows{table, {}};
        while (query->next()) {
            const QSqlRecord record = query->record();
            QVariantMap row;
            for (int i = 0; i < record.count(); ++i)
                row.insert(record.fieldName(i), record.value(i));
            rows.rows.append(row);
        }
        if (!rows.rows.isEmpty())
            removed.tables.append(rows);
        return {};
    }

    Status grabCleared(RemovedRows& removed, const QString& table, const QString& column,
                       const QString& where, const QVariantList& values) const
    {
        auto query =
            run(QStringLiteral("SELECT id, %1 FROM %2 WHERE %3").arg(column, table, where), values);
        if (!query)
            return query.error();
        while (query->next())
            removed.cleared.append(
                {table, column, query->value(0).toLongLong(), query->value(1).toLongLong()});
        return {};
    }

    Result<RemovedRows> collect(EntityKind kind, qint64 id) const
    {
        RemovedRows removed;
        const QVariantList byId{id};
        Status s;
        auto chain = [&](const QString& table, const QString& where, const QVariantList& values) {
            if (s)
                s = grab(removed, table, where, values);
        };
        switch (kind) {
        case EntityKind::Trust:
            chain(QStringLiteral("trusts"), QStringLiteral("id = ?"), byId);
            if (s)
                s = grabCleared(removed, QStringLiteral("academies"), QStringLiteral("trust_id"),
                                QStringLiteral("trust_id = ?"), byId);
            break;
        case EntityKind::Academy: {
            const QString ofInitiatives = QStringLiteral(
                "initiative_id IN (SELECT id FROM initiatives WHERE academy_id = ?)");
            chain(QStringLiteral("academies"), QStringLiteral("id = ?"), byId);
            chain(QStringLiteral("ties"), QStringLiteral("academy_id = ?"), byId);
            chain(QStringLiteral("needs"), QStringLiteral("academy_id = ?"), byId);
            chain(QStringLiteral("initiatives"), QStringLiteral("academy_id = ?"), byId);
            chain(QStringLiteral("initiative_partners"), ofInitiatives, byId);
            chain(QStringLiteral("initiative_needs"),
                  ofInitiatives +
                      QStringLiteral(" OR need_id IN (SELECT id FROM needs WHERE academy_id = ?)"),
                  {id, id});
            chain(QStringLiteral("engagements"), QStringLiteral("academy_id = ?"), byId);
            break;
        }
        case EntityKind::Partner:
            chain(QStringLiteral("partners"), QStringLiteral("id = ?"), byId);
            chain(QStringLiteral("contacts"), QStringLiteral("partner_id = ?"), byId);
            chain(QStringLiteral("ties"), QStringLiteral("partner_id = ?"), byId);
            chain(QStringLiteral("initiative_partners"), QStringLiteral("partner_id = ?"), byId);
            chain(QStringLiteral("engagements"), QStringLiteral("partner_id = ?"), byId);
            if (s)
                s = grabCleared(removed, QStringLiteral("engagements"),
                                QStringLiteral("contact_id"),
                                QStringLiteral("partner_id <> ? AND contact_id IN (SELECT id FROM "
                                               "contacts WHERE partner_id = ?)"),
                                {id, id});
            break;
        case EntityKind::Contact:
            chain(QStringLiteral("contacts"), QStringLiteral("id = ?"), byId);
            if (s)
                s = grabCleared(removed, QStringLiteral("engagements"),
                                QStringLiteral("contact_id"), QStringLiteral("contact_id = ?"),
                                byId);
            break;
        case EntityKind::Tie:
            chain(QStringLiteral("ties"), QStringLiteral("id = ?"), byId);
            break;
        case EntityKind::Need:
            chain(QStringLiteral("needs"), QStringLiteral("id = ?"), byId);
            chain(QStringLiteral("initiative_needs"), QStringLiteral("need_id = ?"), byId);
            break;
        case EntityKind::Initiative:
            chain(QStringLiteral("initiatives"), QStringLiteral("id = ?"), byId);
            chain(QStringLiteral("initiative_partners"), QStringLiteral("initiative_id = ?"), byId);
            chain(QStringLiteral("initiative_needs"), QStringLiteral("initiative_id = ?"), byId);
            break;
        case EntityKind::Engagement:
            chain(QStringLiteral("engagements"), QStringLiteral("id = ?"), byId);
            break;
        }
        if (!s)
            return s.error();
        if (removed.tables.isEmpty())
            return Error{
                tr("That %1 no longer exists in this wheel file; it may already have been deleted.")
                    .arg(entityNoun(kind))};
        return removed;
    }

    Status migrate()
    {
        for (int version = fileVersion; version < SchemaVersion; ++version) {
            Transaction transaction(db, depth);
            if (auto s = transaction.begin(); !s)
                return s;
            for (const QString& statement : Schema::upgradeFrom(version)) {
                if (auto q = run(statement); !q)
                    return Error{
                        tr("Civic Wheel could not upgrade the wheel file to the new format; it is "
                           "unchanged."),
                        q.error().detail};
            }
            // PRAGMA takes no bound parameters; the value is our own integer.
            if (auto q = run(QStringLiteral("PRAGMA user_version = %1").arg(version + 1)); !q)
                return q.error();
            if (auto s = transaction.commit(); !s)
                return s;
        }
        fileVersion = SchemaVersion;
        return {};
    }
};

/// Runs `work` inside one transaction on `d` after checking the file is
/// writable; commits if `work` succeeds and rolls back otherwise.
template <typename Work>
auto inTransaction(WheelStore::Private& d, Work work) -> decltype(work())
{
    if (auto s = d.writable(); !s)
        return s.error();
    Transaction transaction(d.db, d.depth);
    if (auto s = transaction.begin(); !s)
        return s.error();
    auto result = work();
    if (!result)
        return result;
    if (auto s = transaction.commit(); !s)
        return s.error();
    return result;
}

} // namespace civic
