// The synthetic trust generator: exact counts, the same file for the same
// seed, partners shared across academies, and a sound file.
#include "StoreFixtures.h"
#include "demo/SyntheticTrust.h"

#include <QFile>

#include <limits>

using namespace civic;
using namespace civic::test;

namespace {

/// One integer from a query run on the file with SQLite's own C API.
qint64 rawNumber(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(stmt) == SQLITE_ROW);
    const qint64 value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

SyntheticTrust::Spec smallSpec()
{
    SyntheticTrust::Spec spec;
    spec.trustName = QStringLiteral("Small Test Trust");
    spec.academies = 3;
    spec.partners = 40;
    spec.sharedPartners = 2;
    spec.ties = 60;
    spec.needs = 12;
    spec.initiatives = 20;
    spec.engagements = 50;
    spec.contacts = 55;
    spec.today = QDate(2024, 1, 15);
    return spec;
}

QString generated(const TempFolder& folder, const QString& name, const SyntheticTrust::Spec& spec,
                  quint32 seed)
{
    const QString path = folder.path(name);
    auto store = WheelStore::createWith(
        path, [&](WheelStore& s) { return SyntheticTrust::generate(s, spec, seed); });
    INFO((store ? QString() : store.error().fullText()));
    REQUIRE(store.ok());
    return path;
}

} // namespace

TEST_CASE("The large synthetic trust holds exactly the records the issue asks for")
{
    TempFolder folder;
    const QString path =
        generated(folder, QStringLiteral("large.wheel"), SyntheticTrust::Spec::large(), 1);
    auto store = WheelStore::open(path);
    REQUIRE(store.ok());
    auto counts = (*store)->counts();
    REQUIRE(counts.ok());
    CHECK(counts->trusts == 1);
    CHECK(counts->academies == 40);
    CHECK(counts->partners == 6000);
    CHECK(counts->ties == 8000);
    CHECK(counts->needs == 3000);
    CHECK(counts->initiatives == 6000);
    CHECK(counts->engagements == 20000);
    CHECK(counts->contacts == 10000);

    auto problems = (*store)->integrityProblems();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());

    // Every partner is tied somewhere; 2,000 ties beyond one per partner are
    // shares, and the trust-wide ones (the NHS trust first) reach all 40.
    CHECK(rawNumber(
              path,
              "SELECT COUNT(*) FROM partners WHERE id NOT IN (SELECT partner_id FROM ties)") == 0);
    CHECK(rawNumber(path, "SELECT COUNT(*) FROM (SELECT partner_id FROM ties GROUP BY partner_id "
                          "HAVING COUNT(*) > 1)") > 100);
    CHECK(rawNumber(path, "SELECT COUNT(*) FROM (SELECT partner_id FROM ties GROUP BY partner_id "
                          "HAVING COUNT(*) = 40)") == 12);
    CHECK(rawNumber(path, "SELECT COUNT(*) FROM ties t JOIN partners p ON p.id = t.partner_id "
                          "WHERE p.name LIKE '%NHS Foundation Trust'") == 40);
    // Initiatives link only partners tied to their own academy and needs of it.
    CHECK(
        rawNumber(path,
                  "SELECT COUNT(*) FROM initiative_partners l JOIN initiatives i ON i.id = "
                  "l.initiative_id "
                  "LEFT JOIN ties t ON t.academy_id = i.academy_id AND t.partner_id = l.partner_id "
                  "WHERE t.id IS NULL") == 0);
    CHECK(
        rawNumber(
            path,
            "SELECT COUNT(*) FROM initiative_needs l JOIN initiatives i ON i.id = l.initiative_id "
            "JOIN needs n ON n.id = l.need_id WHERE n.academy_id <> i.academy_id") == 0);
    CHECK(rawNumber(path, "SELECT COUNT(*) FROM initiatives WHERE id NOT IN (SELECT initiative_id "
                          "FROM initiative_partners)") == 0);
    CHECK(rawNumber(path, "SELECT COUNT(*) FROM initiative_needs") > 0);
    // Engagements are with tied partners, and a contact is one of that partner's.
    CHECK(rawNumber(
              path,
              "SELECT COUNT(*) FROM engagements e LEFT JOIN ties t ON t.academy_id = e.academy_id "
              "AND t.partner_id = e.partner_id WHERE t.id IS NULL") == 0);
    CHECK(rawNumber(path,
                    "SELECT COUNT(*) FROM engagements e JOIN contacts c ON c.id = e.contact_id "
                    "WHERE c.partner_id <> e.partner_id") == 0);
    // Every approach of CST's pathway occurs; dates stay around the fixed day.
    CHECK(rawNumber(path, "SELECT COUNT(DISTINCT approach) FROM initiatives") == 4);
    CHECK(rawNumber(path, "SELECT COUNT(*) FROM engagements WHERE occurred_on > '2025-09-01' "
                          "OR occurred_on < '2023-09-01'") == 0);
}

TEST_CASE("The same seed makes the same file and another seed a different one")
{
    TempFolder folder;
    const QString first = generated(folder, QStringLiteral("a.wheel"), smallSpec(), 42);
    const QString again = generated(folder, QStringLiteral("b.wheel"), smallSpec(), 42);
    const QString other = generated(folder, QStringLiteral("c.wheel"), smallSpec(), 43);
    const QString dump = tableDump(first);
    CHECK(dump.count(QLatin1Char('\n')) > 200);
    CHECK(dump == tableDump(again));
    CHECK(dump != tableDump(other));
}

TEST_CASE("A small spec is met exactly with shared partners")
{
    TempFolder folder;
    const QString path = generated(folder, QStringLiteral("small.wheel"), smallSpec(), 5);
    CHECK(rawNumber(path, "SELECT COUNT(*) FROM academies") == 3);
    CHECK(rawNumber(path, "SELECT COUNT(*) FROM partners") == 40);
    CHECK(rawNumber(path, "SELECT COUNT(*) FROM ties") == 60);
    CHECK(rawNumber(path, "SELECT COUNT(*) FROM needs") == 12);
    CHECK(rawNumber(path, "SELECT COUNT(*) FROM initiatives") == 20);
    CHECK(rawNumber(path, "SELECT COUNT(*) FROM engagements") == 50);
    CHECK(rawNumber(path, "SELECT COUNT(*) FROM contacts") == 55);
    // 2 shared partners tied to all 3 academies: 4 ties beyond their first;
    // the other 16 extra ties share local partners.
    CHECK(rawNumber(path, "SELECT COUNT(*) FROM (SELECT partner_id FROM ties GROUP BY partner_id "
                          "HAVING COUNT(*) = 3)") >= 2);
    CHECK(rawNumber(path, "SELECT COUNT(*) FROM (SELECT partner_id FROM ties GROUP BY partner_id "
                          "HAVING COUNT(*) > 1)") >= 10);
    CHECK(rawNumber(path, "SELECT COUNT(DISTINCT name) FROM partners") == 40);
}

TEST_CASE("The crowded preset is one academy with 150 partners on its wheel")
{
    TempFolder folder;
    const QString path =
        generated(folder, QStringLiteral("crowded.wheel"), SyntheticTrust::Spec::crowded(), 1);
    auto store = WheelStore::open(path);
    REQUIRE(store.ok());
    auto academies = (*store)->academies();
    REQUIRE(academies.ok());
    REQUIRE(academies->size() == 1);
    auto wheel = (*store)->loadAcademy(academies->first().id);
    REQUIRE(wheel.ok());
    CHECK(wheel->partners.size() == 150);
    CHECK(wheel->ties.size() == 150);
    CHECK(wheel->academy.urn.size() == 6);
    // A realistic spread: more than half the sectors appear on the wheel.
    QSet<Sector> sectors;
    for (const Partner& partner : wheel->partners)
        sectors.insert(partner.sector);
    CHECK(sectors.size() >= 7);
}

TEST_CASE("A spec that cannot be met is refused and writes nothing")
{
    SyntheticTrust::Spec spec = smallSpec();
    SECTION("fewer ties than partners")
    {
        spec.ties = spec.partners - 1;
    }
    SECTION("more ties than academy and partner pairs")
    {
        spec.ties = spec.academies * spec.partners + 1;
    }
    SECTION("no fixed day")
    {
        spec.today = QDate();
    }
    CHECK_FALSE(SyntheticTrust::checkSpec(spec).isEmpty());
    EmptyWheel wheel;
    const Status status = SyntheticTrust::generate(*wheel.store, spec, 1);
    REQUIRE_FALSE(status.ok());
    CHECK_FALSE(status.message().isEmpty());
    auto counts = wheel.store->counts();
    REQUIRE(counts.ok());
    CHECK(counts->partners == 0);
    CHECK(counts->trusts == 1);
}

TEST_CASE("Bulk writes give ids to new records and keep given ones")
{
    EmptyWheel wheel;
    QVector<Partner> partners(3);
    partners[0].name = QStringLiteral("First");
    partners[1].name = QStringLiteral("Second");
    partners[1].id = 50;
    partners[2].name = QStringLiteral("Third");
    auto ids = wheel.store->addAll(partners);
    REQUIRE(ids.ok());
    // New rows take the next free id after the highest so far; a given id is kept.
    CHECK(*ids == QVector<qint64>{1, 50, 51});
    auto read = wheel.store->partner(50);
    REQUIRE(read.ok());
    CHECK(read->name == QStringLiteral("Second"));

    Initiative initiative;
    initiative.academyId = wheel.academyId;
    initiative.title = QStringLiteral("Linked");
    initiative.partnerIds = {51, 1, 51};
    QVector<Initiative> initiatives{initiative};
    auto initiativeIds = wheel.store->addAll(initiatives);
    REQUIRE(initiativeIds.ok());
    auto stored = wheel.store->initiative(initiativeIds->first());
    REQUIRE(stored.ok());
    CHECK(stored->partnerIds == QVector<qint64>{1, 51});

    // A failing row rolls the whole batch back.
    QVector<Tie> ties(2);
    ties[0].academyId = wheel.academyId;
    ties[0].partnerId = 1;
    ties[1].academyId = wheel.academyId;
    ties[1].partnerId = 999; // no such partner
    CHECK_FALSE(wheel.store->addAll(ties).ok());
    auto counts = wheel.store->counts();
    REQUIRE(counts.ok());
    CHECK(counts->ties == 0);
}

TEST_CASE("Bulk writes refuse to number records past the largest id, instead of wrapping round")
{
    EmptyWheel wheel;
    const qint64 partnerId = wheel.addPartner(QStringLiteral("Millbrook Library"));
    // As a shared wheel written by another program can: the largest id there is.
    QVector<Contact> hostile(1);
    hostile[0].partnerId = partnerId;
    hostile[0].name = QStringLiteral("Ada Byte");
    hostile[0].id = std::numeric_limits<qint64>::max();
    REQUIRE(wheel.store->addAll(hostile).ok());

    QVector<Contact> more(2);
    for (Contact& contact : more) {
        contact.partnerId = partnerId;
        contact.name = QStringLiteral("Next Person");
    }
    const QString before = tableDump(wheel.path);
    auto added = wheel.store->addAll(more);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().message.contains(QStringLiteral("9223372036854775807")));
    CHECK(added.error().message.contains(QStringLiteral("Nothing was changed")));
    CHECK(tableDump(wheel.path) == before);
    auto counts = wheel.store->counts();
    REQUIRE(counts.ok());
    CHECK(counts->contacts == 1);
    // No id ever wrapped round to a negative one.
    auto all = wheel.store->contacts();
    REQUIRE(all.ok());
    for (const Contact& contact : *all)
        CHECK(contact.id > 0);
}

namespace {

// Every stored value of a table with its SQLite type (quote() writes text in
// quotes, numbers bare, NULL as NULL), rows in the order of the first column.
QStringList quotedRows(const QString& path, const char* table)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK);
    QStringList columns;
    sqlite3_stmt* stmt = nullptr;
    const QByteArray info = QByteArray("SELECT name FROM pragma_table_info('") + table + "')";
    sqlite3_prepare_v2(db, info.constData(), -1, &stmt, nullptr);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        columns.append(QStringLiteral("quote(%1)")
                           .arg(QString::fromUtf8(
                               reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)))));
    sqlite3_finalize(stmt);
    const QByteArray sql = "SELECT " + columns.join(QStringLiteral(" || '|' || ")).toUtf8() +
                           " FROM " + table + " ORDER BY 1";
    QStringList rows;
    REQUIRE(sqlite3_prepare_v2(db, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK);
    while (sqlite3_step(stmt) == SQLITE_ROW)
        rows.append(QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0))));
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return rows;
}

} // namespace

TEST_CASE("A bulk write stores every value exactly as adding one record at a time does")
{
    // Bulk writes bind each field straight to SQLite; single adds go through
    // Qt Sql. Both must store the same types and values, unset dates and
    // missing ids as NULL, unset text as empty text.
    EmptyWheel single;
    EmptyWheel bulk;
    auto partner = [](int n) {
        Partner p;
        p.name = QStringLiteral("Partner %1 – Café").arg(n);
        p.sector = n % 2 ? Sector::Health : Sector::TradeUnion;
        p.postcode = n % 2 ? QStringLiteral("MB1 3PF") : QString();
        p.website = QStringLiteral("https://example.org/%1").arg(n);
        return p;
    };
    QVector<Partner> partners{partner(1), partner(2)};
    for (const Partner& p : partners)
        REQUIRE(single.store->add(p).ok());
    REQUIRE(bulk.store->addAll(partners).ok());

    QVector<Tie> ties(2);
    QVector<Contact> contacts(2);
    QVector<Need> needs(2);
    QVector<Initiative> initiatives(2);
    QVector<Engagement> engagements(2);
    for (int i = 0; i < 2; ++i) {
        Tie& t = ties[i];
        t.academyId = single.academyId;
        t.partnerId = i + 1;
        t.strength = 4 + i;
        t.role = i ? TieRole::Leads : TieRole::Supports;
        t.narrative = i ? Narrative::System : Narrative::Civic;
        t.status = i ? TieStatus::Paused : TieStatus::Active;
        t.staffOwner = i ? QStringLiteral("Ms Ömer") : QString();
        t.started = i ? QDate(2025, 9, 1) : QDate();
        t.nextReview = i ? QDate(2026, 12, 31) : QDate();
        t.notes = QStringLiteral("“quoted” notes");
        Contact& c = contacts[i];
        c.partnerId = i + 1;
        c.name = QStringLiteral("Contact %1").arg(i);
        c.email = i ? QStringLiteral("c@example.org") : QString();
        c.retainUntil = i ? QDate(2027, 8, 31) : QDate();
        Need& n = needs[i];
        n.academyId = single.academyId;
        n.title = QStringLiteral("Need %1").arg(i);
        n.category = i ? NeedCategory::FoodPoverty : NeedCategory::Other;
        n.severity = 2 + i;
        n.affectsDisadvantaged = i == 1;
        n.consulted = i == 0;
        n.identified = i ? QDate(2026, 1, 5) : QDate();
        Initiative& in = initiatives[i];
        in.academyId = single.academyId;
        in.title = QStringLiteral("Initiative %1").arg(i);
        in.approach = i ? Approach::Relational : Approach::CommunityConvening;
        in.pupilsReached = 30 + i;
        in.disadvantagedReached = 10 + i;
        in.ends = i ? QDate(2026, 7, 20) : QDate();
        in.partnerIds = {1, 2};
        Engagement& e = engagements[i];
        e.academyId = single.academyId;
        e.partnerId = i + 1;
        e.contactId = i ? 2 : 0; // none recorded: NULL
        e.date = QDate(2026, 3, 14 + i);
        e.kind = i ? EngagementKind::Visit : EngagementKind::Call;
        e.summary = QStringLiteral("Summary %1").arg(i);
    }
    for (int i = 0; i < 2; ++i) {
        REQUIRE(single.store->add(ties[i]).ok());
        REQUIRE(single.store->add(contacts[i]).ok());
        REQUIRE(single.store->add(needs[i]).ok());
        REQUIRE(single.store->add(initiatives[i]).ok());
        REQUIRE(single.store->add(engagements[i]).ok());
    }
    REQUIRE(bulk.store->addAll(ties).ok());
    REQUIRE(bulk.store->addAll(contacts).ok());
    REQUIRE(bulk.store->addAll(needs).ok());
    REQUIRE(bulk.store->addAll(initiatives).ok());
    REQUIRE(bulk.store->addAll(engagements).ok());

    for (const char* table : {"partners", "ties", "contacts", "needs", "initiatives",
                              "initiative_partners", "engagements"}) {
        INFO(table);
        const QStringList rows = quotedRows(single.path, table);
        CHECK(rows.size() == 2 + (QByteArray(table) == "initiative_partners" ? 2 : 0));
        CHECK(rows == quotedRows(bulk.path, table));
    }
    // One expectation written out: an engagement with no contact stores NULL there.
    CHECK(quotedRows(bulk.path, "engagements")
              .first()
              .contains(QStringLiteral("|NULL|'2026-03-14'")));
}

TEST_CASE("A scaled synthetic trust is the large one K times over, in the same proportions")
{
    const SyntheticTrust::Spec one = SyntheticTrust::Spec::large();
    const SyntheticTrust::Spec spec = one.scaled(2);
    // Worked out from the large spec: 40 academies, 6,000 partners of which
    // 12 are tied to every academy, 8,000 ties, 3,000 needs, 6,000
    // initiatives, 20,000 engagements, 10,000 contacts.
    CHECK(spec.academies == 80);
    CHECK(spec.partners == 12000);
    CHECK(spec.sharedPartners == 12);
    CHECK(spec.ties == 16000);
    CHECK(spec.needs == 6000);
    CHECK(spec.initiatives == 12000);
    CHECK(spec.engagements == 40000);
    CHECK(spec.contacts == 20000);
    CHECK(spec.today == one.today);
    CHECK(spec.trustName == one.trustName);
    CHECK(SyntheticTrust::checkSpec(one.scaled(SyntheticTrust::Spec::MaxScale)).isEmpty());
    CHECK(one.scaled(SyntheticTrust::Spec::MaxScale).academies == 1000);

    TempFolder folder;
    const QString path = generated(folder, QStringLiteral("scaled.wheel"), spec, 1);
    auto store = WheelStore::open(path);
    REQUIRE(store.ok());
    auto counts = (*store)->counts();
    REQUIRE(counts.ok());
    CHECK(counts->academies == 80);
    CHECK(counts->partners == 12000);
    CHECK(counts->ties == 16000);
    CHECK(counts->needs == 6000);
    CHECK(counts->initiatives == 12000);
    CHECK(counts->engagements == 40000);
    CHECK(counts->contacts == 20000);
    // Each of the 80 academies has the 12 trust-wide partners, as each of the 40 does at 1x.
    CHECK(rawNumber(path, "SELECT COUNT(*) FROM (SELECT partner_id FROM ties GROUP BY partner_id "
                          "HAVING COUNT(*) = 80)") == 12);
    CHECK(rawNumber(path, "SELECT COUNT(DISTINCT urn) FROM academies") == 80);
    auto problems = (*store)->integrityProblems();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}
