// The store's fast read path (SqliteStatement): text, numbers, NULLs and dates
// read back exactly as the QSqlQuery path did.
#include "StoreFixtures.h"

using namespace civic;
using namespace civic::test;

TEST_CASE("Text outside ASCII reads back unchanged")
{
    EmptyWheel wheel;
    const QString name =
        QStringLiteral("Caf\u00e9 \u2013 \u00d1and\u00fa \U0001F600 \u0645\u0633\u062c\u062f");
    const qint64 id = wheel.addPartner(name, Sector::Faith);
    wheel.tie(id);
    auto loaded = wheel.store->loadAcademy(wheel.academyId);
    REQUIRE(loaded.ok());
    REQUIRE(loaded->partners.size() == 1);
    CHECK(loaded->partners.first().name == name);
    CHECK(loaded->partners.first().sector == Sector::Faith);
    CHECK(loaded->partners.first().notes.isEmpty());
}

TEST_CASE("Dates read back valid only when the stored text is a real day")
{
    EmptyWheel wheel;
    const qint64 partner = wheel.addPartner(QStringLiteral("Dated"));
    const qint64 tie = wheel.tie(partner);
    struct Case
    {
        const char* sql;
        QDate expected;
    };
    const Case cases[] = {
        {"UPDATE ties SET started = '2024-02-29'", QDate(2024, 2, 29)},
        {"UPDATE ties SET started = '2023-02-29'", QDate()}, // no such day
        {"UPDATE ties SET started = '2024-13-01'", QDate()},
        {"UPDATE ties SET started = '2024-1-05'", QDate()}, // not ISO
        {"UPDATE ties SET started = 'soon'", QDate()},
        {"UPDATE ties SET started = NULL", QDate()},
    };
    for (const Case& c : cases) {
        rawExec(wheel.path, c.sql);
        auto read = wheel.store->tie(tie);
        REQUIRE(read.ok());
        INFO(c.sql);
        CHECK(read->started == c.expected);
    }
}

TEST_CASE("Missing numbers stay missing and present ones keep their value")
{
    EmptyWheel wheel;
    auto academy = wheel.store->academy(wheel.academyId);
    REQUIRE(academy.ok());
    CHECK_FALSE(academy->pupilsOnRoll.has_value());
    CHECK_FALSE(academy->percentSend.has_value());
    Academy changed = *academy;
    changed.pupilsOnRoll = 0;
    changed.percentSend = 12.5;
    REQUIRE(wheel.store->update(changed).ok());
    auto again = wheel.store->academy(wheel.academyId);
    REQUIRE(again.ok());
    CHECK(again->pupilsOnRoll == 0);
    CHECK(again->percentSend == 12.5);
    CHECK_FALSE(again->percentDisadvantaged.has_value());
}
