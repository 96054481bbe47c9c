// Planning and applying CSV imports: header guessing, fates, errors, all-or-nothing, undo.
#include "IoFixtures.h"
#include "io/ImportValues.h"

using namespace civic;
using namespace civic::test;

TEST_CASE("Header guessing maps the words schools use")
{
    const QStringList header{QStringLiteral("Organisation name"),
                             QStringLiteral("Type"),
                             QStringLiteral("Post Code"),
                             QStringLiteral("Main contact"),
                             QStringLiteral("E-mail"),
                             QStringLiteral("Telephone"),
                             QStringLiteral("Job title"),
                             QStringLiteral("Strength"),
                             QStringLiteral("Notes"),
                             QStringLiteral("Favourite colour")};
    const ColumnMapping m = ImportFields::guess(ImportKind::Partners, header);
    CHECK(m.column(QStringLiteral("name")) == 0);
    CHECK(m.column(QStringLiteral("sector")) == 1);
    CHECK(m.column(QStringLiteral("postcode")) == 2);
    CHECK(m.column(QStringLiteral("contactName")) == 3);
    CHECK(m.column(QStringLiteral("email")) == 4);
    CHECK(m.column(QStringLiteral("phone")) == 5);
    CHECK(m.column(QStringLiteral("contactRole")) == 6);
    CHECK(m.column(QStringLiteral("strength")) == 7);
    CHECK(m.column(QStringLiteral("partnerNotes")) == 8);
    CHECK(m.columns.size() == 9); // "Favourite colour" is left unmapped

    const ColumnMapping p = ImportFields::guess(ImportKind::Partners,
                                                {QStringLiteral("Partner"), QStringLiteral("Tel")});
    CHECK(p.column(QStringLiteral("name")) == 0);
    CHECK(p.column(QStringLiteral("phone")) == 1);
}

TEST_CASE("Sector values match display names and synonyms ignoring case")
{
    CHECK(ImportValues::sector(QStringLiteral("Health (NHS)")) == Sector::Health);
    CHECK(ImportValues::sector(QStringLiteral("nhs")) == Sector::Health);
    CHECK(ImportValues::sector(QStringLiteral("NHS Trust")) == Sector::Health);
    CHECK(ImportValues::sector(QStringLiteral("COUNCIL")) == Sector::LocalAuthority);
    CHECK(ImportValues::sector(QStringLiteral("City Council")) == Sector::LocalAuthority);
    CHECK(ImportValues::sector(QStringLiteral("museum")) == Sector::Cultural);
    CHECK(ImportValues::sector(QStringLiteral("Charity")) == Sector::CharityVoluntary);
    CHECK(ImportValues::sector(QStringLiteral("further and higher education")) ==
          Sector::FurtherHigherEducation);
    CHECK(ImportValues::sector(QStringLiteral("university")) == Sector::FurtherHigherEducation);
    CHECK(ImportValues::sector(QStringLiteral("church")) == Sector::Faith);
    CHECK(ImportValues::sector(QStringLiteral("police")) == Sector::PoliceSafety);
    CHECK_FALSE(ImportValues::sector(QStringLiteral("Spaceport")).has_value());

    CHECK(ImportValues::date(QStringLiteral("14/03/2026")) == QDate(2026, 3, 14));
    CHECK(ImportValues::date(QStringLiteral("2026-03-14")) == QDate(2026, 3, 14));
    CHECK(ImportValues::date(QStringLiteral("14 March 2026")) == QDate(2026, 3, 14));
    CHECK(ImportValues::date(QStringLiteral("14/3/26")) == QDate(2026, 3, 14));
    CHECK_FALSE(ImportValues::date(QStringLiteral("next week")).has_value());
    CHECK(ImportValues::strength(QStringLiteral("4 – strong")) == 4);
    CHECK(ImportValues::strength(QStringLiteral("core")) == 5);
    CHECK_FALSE(ImportValues::strength(QStringLiteral("7")).has_value());
    CHECK(ImportValues::tieRole(QStringLiteral("Academy leads")) == TieRole::Leads);
    CHECK(ImportValues::approach(QStringLiteral("community convening")) ==
          Approach::CommunityConvening);
}

TEST_CASE("Whole numbers too big for a count are refused not wrapped")
{
    // Found by fuzzing (tests/fuzz/regressions/csv_import/): 99999999999 went
    // through a double-to-int conversion out of range, which is undefined.
    CHECK(ImportValues::integer(QStringLiteral("12.0")) == 12);
    CHECK(ImportValues::integer(QStringLiteral("2,147,483,647")) == 2147483647);
    CHECK(ImportValues::integer(QStringLiteral("-2147483648.0")) == -2147483647 - 1);
    CHECK_FALSE(ImportValues::integer(QStringLiteral("99999999999")).has_value());
    CHECK_FALSE(ImportValues::integer(QStringLiteral("2147483648.0")).has_value());
    CHECK_FALSE(ImportValues::integer(QStringLiteral("-1e300")).has_value());
    CHECK_FALSE(ImportValues::integer(QStringLiteral("inf")).has_value());
    CHECK_FALSE(ImportValues::integer(QStringLiteral("nan")).has_value());
    CHECK_FALSE(ImportValues::integer(QStringLiteral("12.5")).has_value());

    IoWheel w;
    const ImportPlan plan =
        w.plan("Initiative,Pupils reached\nReading buddies,99999999999\n", ImportKind::Initiatives);
    REQUIRE(plan.rows.size() == 1);
    CHECK(plan.rows[0].fate == RowFate::Error);
    CHECK(
        plan.rows[0].message() ==
        QStringLiteral("Line 2, column B (Pupils reached): “99999999999” is not a whole number."));
}

TEST_CASE("Partner rows become a partner - its tie and a main contact")
{
    IoWheel w;
    auto outcome = w.import("Organisation,Sector,Postcode,Contact,Email,Phone,Strength,Status\n"
                            "Millbrook Food Bank,charity,mb1 3pf,Maureen "
                            "Collins,m.collins@example.org,01632 960111,4,Active\n"
                            "Dale Valley NHS Trust,NHS,,,,,,\n",
                            ImportKind::Partners);
    REQUIRE(outcome.ok());
    CHECK(outcome->rowsAdded == 2);
    // partner + tie + contact, then partner + tie
    CHECK(outcome->added.size() == 5);
    const AcademyWheel wheel = w.wheel();
    REQUIRE(wheel.partners.size() == 2);
    const Partner& bank = wheel.partners[1]; // by name: Dale… then Millbrook…
    CHECK(bank.name == QStringLiteral("Millbrook Food Bank"));
    CHECK(bank.sector == Sector::CharityVoluntary);
    CHECK(bank.postcode == QStringLiteral("MB1 3PF"));
    CHECK(wheel.tieFor(bank.id)->strength == 4);
    REQUIRE(wheel.contactsOf(bank.id).size() == 1);
    CHECK(wheel.contactsOf(bank.id).first()->email == QStringLiteral("m.collins@example.org"));
    CHECK(wheel.partners[0].sector == Sector::Health);
    CHECK(wheel.tieFor(wheel.partners[0].id)->strength == 3); // the default
    CHECK(wheel.contactsOf(wheel.partners[0].id).isEmpty());
}

TEST_CASE("Errors name the line and the column and the reason")
{
    IoWheel w;
    const ImportPlan plan = w.plan("Name,Sector,Postcode,Email\n"
                                   "Good Ltd,Business,MB1 3PF,a@b.org\n"
                                   "Odd One,Spaceport,MB1 3PF,\n"
                                   ",Business,,\n"
                                   "Bad Mail,Business,,not-an-email\n"
                                   "Too,Many,MB1 3PF,x@y.org,extra\n"
                                   "Bad Postcode,Business,12345,\n",
                                   ImportKind::Partners);
    REQUIRE(plan.rows.size() == 6);
    CHECK(plan.rows[0].fate == RowFate::New);
    CHECK(plan.count(RowFate::Error) == 5);
    const QStringList messages = plan.errorMessages();
    CHECK(messages[0].startsWith(QStringLiteral("Line 3, column B (Sector): “Spaceport”")));
    CHECK(messages[1].startsWith(QStringLiteral("Line 4, column A (Name)")));
    CHECK(messages[2].startsWith(QStringLiteral("Line 5, column D (Email)")));
    CHECK(messages[3].startsWith(QStringLiteral("Line 6: the row has 5 values")));
    CHECK(messages[4].startsWith(QStringLiteral("Line 7, column C (Postcode)")));
}

TEST_CASE("A name of only invisible characters is an error on its line")
{
    IoWheel w;
    const ImportPlan plan = w.plan(QStringLiteral("Name,Sector\n"
                                                  "\u200B\u200B,Business\n"
                                                  "\uFEFF \u200E,Charity\n"
                                                  "Real Name,Charity\n")
                                       .toUtf8(),
                                   ImportKind::Partners);
    REQUIRE(plan.rows.size() == 3);
    CHECK(plan.rows[0].fate == RowFate::Error);
    CHECK(plan.rows[1].fate == RowFate::Error);
    CHECK(plan.rows[2].fate == RowFate::New);
    const QStringList messages = plan.errorMessages();
    REQUIRE(messages.size() == 2);
    CHECK(messages[0].startsWith(QStringLiteral("Line 2, column A (Name)")));
    CHECK(messages[1].startsWith(QStringLiteral("Line 3, column A (Name)")));
}

TEST_CASE("Ragged short rows read missing cells as empty")
{
    IoWheel w;
    const ImportPlan plan =
        w.plan("Name,Sector,Postcode\nShort Row\nAlso short,museum\n", ImportKind::Partners);
    REQUIRE(plan.rows.size() == 2);
    CHECK(plan.count(RowFate::New) == 2);
    CHECK(plan.rows[1].partner.sector == Sector::Cultural);
}

TEST_CASE("A missing required column stops the import before any row")
{
    IoWheel w;
    auto table = CsvReader::read("Sector,Postcode\nBusiness,MB1 3PF\n");
    REQUIRE(table.ok());
    auto context = ImportPlanner::context(*w.store, w.academyId);
    auto plan =
        ImportPlanner::plan(*table, ImportKind::Partners,
                            ImportFields::guess(ImportKind::Partners, table->header), *context);
    REQUIRE_FALSE(plan.ok());
    CHECK(plan.message().contains(QStringLiteral("Organisation")));

    auto engagements = CsvReader::read("Partner,Summary\nX,Y\n");
    CHECK_FALSE(ImportPlanner::plan(
                    *engagements, ImportKind::Engagements,
                    ImportFields::guess(ImportKind::Engagements, engagements->header), *context)
                    .ok());
}

TEST_CASE("Duplicates - repeated rows and partners already in the wheel")
{
    IoWheel w;
    REQUIRE(w.import("Name,Postcode\nMillbrook Library,MB1 1LB\n", ImportKind::Partners).ok());
    const ImportPlan plan =
        w.plan("Name,Postcode\n"
               "The Millbrook Library,mb1 1lb\n" // same after normalising
               "Harland Engineering Ltd,DV1 1AA\n"
               "harland engineering,DV1 1AA\n" // repeats line 3
               "Millbrook Library,DV9 9ZZ\n",  // same name, elsewhere: a different branch
               ImportKind::Partners);
    REQUIRE(plan.rows.size() == 4);
    CHECK(plan.rows[0].fate == RowFate::Duplicate);
    CHECK(plan.rows[0].reason.contains(QStringLiteral("already a partner")));
    CHECK(plan.rows[1].fate == RowFate::New);
    CHECK(plan.rows[2].fate == RowFate::Duplicate);
    CHECK(plan.rows[2].reason.contains(QStringLiteral("line 3")));
    CHECK(plan.rows[3].fate == RowFate::New);
    auto outcome = ImportApplier::apply(*w.store, plan);
    REQUIRE(outcome.ok());
    CHECK(outcome->rowsAdded == 2);
    CHECK(outcome->duplicates == 2);
    CHECK(w.wheel().partners.size() == 3);
}

TEST_CASE("A partner of another academy is tied - not repeated")
{
    IoWheel w;
    Academy second;
    second.urn = QStringLiteral("100002");
    second.name = QStringLiteral("Second Academy");
    const qint64 secondId = w.store->add(second).value();
    Partner shared;
    shared.name = QStringLiteral("Dale Valley College");
    shared.postcode = QStringLiteral("DV3 8CL");
    const qint64 sharedId = w.store->add(shared).value();
    Tie tie;
    tie.academyId = secondId;
    tie.partnerId = sharedId;
    REQUIRE(w.store->add(tie).ok());

    auto outcome =
        w.import("Organisation,Postcode\nDale Valley College,DV3 8CL\n", ImportKind::Partners);
    REQUIRE(outcome.ok());
    CHECK(outcome->added.size() == 1);
    CHECK(outcome->added.first().kind == EntityKind::Tie);
    CHECK(w.store->counts()->partners == 1);
    CHECK(w.wheel().tieFor(sharedId) != nullptr);
}

TEST_CASE("A failed import leaves the file byte-for-byte unchanged")
{
    IoWheel w(true);
    const QByteArray before = fileBytes(w.path);
    auto outcome = w.import("Organisation,Sector\nNew Partner One,Business\nBroken,Spaceport\nNew "
                            "Partner Two,Charity\n",
                            ImportKind::Partners);
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.message().contains(QStringLiteral("nothing was imported")));
    CHECK(outcome.error().detail.contains(QStringLiteral("Line 3")));
    CHECK(fileBytes(w.path) == before);
}

TEST_CASE("Valid rows only writes the readable rows and reports the others")
{
    IoWheel w;
    auto outcome = w.import("Organisation,Sector\nOne,Business\nBroken,Spaceport\nTwo,Charity\n",
                            ImportKind::Partners, ImportMode::ValidRowsOnly);
    REQUIRE(outcome.ok());
    CHECK(outcome->rowsAdded == 2);
    CHECK(outcome->errors == 1);
    REQUIRE(outcome->errorMessages.size() == 1);
    CHECK(outcome->errorMessages.first().startsWith(QStringLiteral("Line 3")));
    CHECK(w.wheel().partners.size() == 2);
}

TEST_CASE("Undoing an import removes exactly what it added - and redo puts it back")
{
    IoWheel w(true);
    const AcademyWheel before = w.wheel();
    auto outcome =
        w.import("Organisation,Contact,Email\nNew Org,Ann Example,ann@example.org\n"
                 "Millbrook Food Bank,Someone,someone@example.org\n", // duplicate: untouched
                 ImportKind::Partners);
    REQUIRE(outcome.ok());
    const AcademyWheel after = w.wheel();
    CHECK(after.partners.size() == before.partners.size() + 1);

    auto removed = w.store->removeAll(outcome->added);
    REQUIRE(removed.ok());
    CHECK(canonical(w.wheel()) == canonical(before));
    REQUIRE(w.store->restoreAll(*removed).ok());
    const AcademyWheel redone = w.wheel();
    CHECK(canonical(redone) == canonical(after));
    CHECK(redone.partners == after.partners); // the same ids too
}

TEST_CASE("Needs and initiatives and engagements refer to the academy's records by name")
{
    IoWheel w;
    REQUIRE(
        w.import("Organisation,Contact\nMillbrook Library,Grace Adeyemi\nHarland Engineering,\n",
                 ImportKind::Partners)
            .ok());
    auto needs = w.import("Need,Category,Severity,Affects disadvantaged\n"
                          "Holiday hunger,hunger,high,yes\nDigital divide,Digital access,3,no\n",
                          ImportKind::Needs);
    REQUIRE(needs.ok());
    auto initiatives = w.import(
        "Initiative,Approach,Pupils reached,Disadvantaged pupils reached,Partners,Needs addressed\n"
        "Reading Buddies,Relational,40,12,Millbrook Library,Digital divide\n"
        "Summer Club,problem identification,30,20,\"Millbrook Library; Harland Engineering\","
        "Holiday hunger\n",
        ImportKind::Initiatives);
    REQUIRE(initiatives.ok());
    const AcademyWheel wheel = w.wheel();
    REQUIRE(wheel.needs.size() == 2);
    CHECK(wheel.needs[0].category == NeedCategory::FoodPoverty);
    CHECK(wheel.needs[0].severity == 4);
    CHECK(wheel.needs[0].affectsDisadvantaged);
    REQUIRE(wheel.initiatives.size() == 2);
    CHECK(wheel.initiatives[1].approach == Approach::ProblemIdentification);
    CHECK(wheel.initiatives[1].partnerIds.size() == 2);
    CHECK(wheel.initiatives[1].needIds == QVector<qint64>{wheel.needs[0].id});

    const ImportPlan bad = w.plan("Initiative,Partners\nX,Unknown Org\n", ImportKind::Initiatives);
    CHECK(bad.errorMessages().first().contains(QStringLiteral("“Unknown Org” is not a partner")));

    auto engagements = w.import("Partner,Date,Kind,Summary,Contact\n"
                                "Millbrook Library,14/03/2026,visit,Class visit,Grace Adeyemi\n"
                                "Harland Engineering,2026-03-15,call,Planning,\n",
                                ImportKind::Engagements);
    REQUIRE(engagements.ok());
    const AcademyWheel logged = w.wheel();
    REQUIRE(logged.engagements.size() == 2);
    CHECK(logged.engagements[1].date == QDate(2026, 3, 14));
    CHECK(logged.engagements[1].kind == EngagementKind::Visit);
    CHECK(logged.engagements[1].contactId != 0);
}

TEST_CASE("A 5000-row file imports in one go")
{
    IoWheel w;
    QByteArray csv = "Organisation,Sector,Postcode,Contact,Email,Strength\r\n";
    for (int i = 1; i <= 5000; ++i)
        csv += QStringLiteral("\"Partner %1, Ltd\",%2,MB%3 %4AB,Person %1,p%1@example.org,%5\r\n")
                   .arg(i)
                   .arg(i % 2 ? QStringLiteral("charity") : QStringLiteral("business"))
                   .arg(i % 9 + 1)
                   .arg(i % 10)
                   .arg(i % 5 + 1)
                   .toUtf8();
    const ImportPlan plan = w.plan(csv, ImportKind::Partners);
    CHECK(plan.rows.size() == 5000);
    CHECK(plan.count(RowFate::New) == 5000);
    CHECK(plan.rows.last().line == 5001);
    auto outcome = ImportApplier::apply(*w.store, plan);
    REQUIRE(outcome.ok());
    const auto counts = w.store->counts().value();
    CHECK(counts.partners == 5000);
    CHECK(counts.ties == 5000);
    CHECK(counts.contacts == 5000);
}

TEST_CASE("A row repeated again names the repeat just before it")
{
    IoWheel w;
    for (const ImportKind kind :
         {ImportKind::Partners, ImportKind::Needs, ImportKind::Initiatives}) {
        const QByteArray header = kind == ImportKind::Partners ? "Organisation\n" : "Title\n";
        const ImportPlan plan = w.plan(header + "Food Bank\nFood bank\nThe Food Bank\n", kind);
        REQUIRE(plan.rows.size() == 3);
        CHECK(plan.rows[0].fate == RowFate::New);
        CHECK(plan.rows[1].reason.contains(QStringLiteral("on line 2.")));
        CHECK(plan.rows[2].reason.contains(QStringLiteral("on line 3.")));
    }
}
