#pragma once

#include "TestSupport.h"
#include "store/WheelStore.h"

#include <catch2/catch.hpp>
#include <sqlite3.h>

namespace civic::test {

/// A fresh, empty wheel file in a scratch folder with one trust and academy.
struct EmptyWheel
{
    TempFolder folder;
    QString path = folder.path(QStringLiteral("test.wheel"));
    std::unique_ptr<WheelStore> store;
    qint64 trustId = 0;
    qint64 academyId = 0;

    EmptyWheel()
    {
        auto created = WheelStore::create(path);
        REQUIRE(created.ok());
        store = std::move(created).value();
        Trust trust;
        trust.name = QStringLiteral("Test Trust");
        trustId = store->add(trust).value();
        Academy academy;
        academy.trustId = trustId;
        academy.urn = QStringLiteral("100001");
        academy.name = QStringLiteral("Test Academy");
        academyId = store->add(academy).value();
    }

    qint64 addPartner(const QString& name, Sector sector = Sector::Business)
    {
        Partner partner;
        partner.name = name;
        partner.sector = sector;
        auto id = store->add(partner);
        REQUIRE(id.ok());
        return *id;
    }

    qint64 tie(qint64 partnerId, int strength = 3)
    {
        Tie tie;
        tie.academyId = academyId;
        tie.partnerId = partnerId;
        tie.strength = strength;
        auto id = store->add(tie);
        REQUIRE(id.ok());
        return *id;
    }
};

/// Runs one SQL statement on a file with SQLite's own C API, behind the store's back.
inline void rawExec(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message);
    INFO((message ? message : ""));
    sqlite3_free(message);
    sqlite3_close(db);
    REQUIRE(rc == SQLITE_OK);
}

/// Every row of every table of a SQLite file, as text, read with SQLite's own
/// C API: two files with the same dump hold the same data.
inline QString tableDump(const QString& path)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK);
    QStringList tables;
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name", -1,
                       &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        tables.append(
            QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))));
    sqlite3_finalize(stmt);
    QString dump;
    for (const QString& table : tables) {
        dump += QStringLiteral("[") + table + QStringLiteral("]\n");
        const QByteArray sql = "SELECT * FROM \"" + table.toUtf8() + "\" ORDER BY 1, 2";
        sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr);
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int i = 0; i < sqlite3_column_count(stmt); ++i) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
                dump +=
                    (text ? QString::fromUtf8(text) : QStringLiteral("NULL")) + QLatin1Char('|');
            }
            dump += QLatin1Char('\n');
        }
        sqlite3_finalize(stmt);
    }
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        dump += QStringLiteral("user_version=%1\n").arg(sqlite3_column_int(stmt, 0));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return dump;
}

} // namespace civic::test
