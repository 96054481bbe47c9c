// ImportApplier::importCsv reads and plans on a second thread while the first
// writes. Whatever the file, it must do exactly what reading, planning and
// applying one after the other does: the same wheel, the same plan, the same
// messages, and nothing written when the import is refused.
#include "IoFixtures.h"

#include <algorithm>

using namespace civic;
using namespace civic::test;

namespace {

/// A wheel prepared the same way twice: one imports step by step, the other
/// through importCsv.
struct Twins
{
    IoWheel stepwise{true};
    IoWheel pipelined{true};
    qint64 otherPartnerId = 0;

    Twins()
    {
        // A partner of a second academy, so a row can tie to it.
        for (IoWheel* w : {&stepwise, &pipelined}) {
            Academy second;
            second.urn = QStringLiteral("100002");
            second.name = QStringLiteral("Second Academy");
            const qint64 secondId = w->store->add(second).value();
            Partner shared;
            shared.name = QStringLiteral("Fenwick Rowing Club");
            shared.postcode = QStringLiteral("DV4 2RC");
            otherPartnerId = w->store->add(shared).value();
            Tie tie;
            tie.academyId = secondId;
            tie.partnerId = otherPartnerId;
            REQUIRE(w->store->add(tie).ok());
        }
    }
};

struct Imported
{
    Result<ImportOutcome> outcome = Error{};
    ImportPlan plan;
    bool planned = false;
};

Imported stepByStep(IoWheel& w, const QByteArray& csv, ImportKind kind, ImportMode mode)
{
    Imported result;
    auto table = CsvReader::read(csv);
    if (!table) {
        result.outcome = table.error();
        return result;
    }
    auto context = ImportPlanner::context(*w.store, w.academyId);
    REQUIRE(context.ok());
    auto plan =
        ImportPlanner::plan(*table, kind, ImportFields::guess(kind, table->header), *context);
    if (!plan) {
        result.outcome = plan.error();
        return result;
    }
    result.plan = *plan;
    result.planned = true;
    result.outcome = ImportApplier::apply(*w.store, *plan, mode);
    return result;
}

Imported inOneGo(IoWheel& w, const QByteArray& csv, ImportKind kind, ImportMode mode)
{
    auto context = ImportPlanner::context(*w.store, w.academyId);
    REQUIRE(context.ok());
    CsvImportReport report;
    Imported result;
    result.outcome = ImportApplier::importCsv(*w.store, csv, {}, kind, *context, mode, report);
    result.plan = report.plan;
    result.planned = report.planned;
    return result;
}

QStringList rowsOf(const ImportPlan& plan)
{
    QStringList rows;
    for (const PlannedRow& r : plan.rows)
        rows.append(QStringLiteral("%1|%2|%3|%4|%5|%6")
                        .arg(r.line)
                        .arg(int(r.fate))
                        .arg(r.label, r.reason)
                        .arg(r.column)
                        .arg(r.existingPartnerId));
    return rows;
}

QStringList addedOf(const ImportOutcome& outcome)
{
    QStringList added;
    for (const RecordRef& r : outcome.added)
        added.append(QStringLiteral("%1:%2").arg(int(r.kind)).arg(r.id));
    added.sort(); // written in batches, so in another order; the same records
    return added;
}

/// Imports `csv` both ways and checks they agree; returns the pipelined result.
Imported importBothWays(Twins& t, const QByteArray& csv, ImportKind kind, ImportMode mode)
{
    const QByteArray before = fileBytes(t.pipelined.path);
    const Imported a = stepByStep(t.stepwise, csv, kind, mode);
    Imported b = inOneGo(t.pipelined, csv, kind, mode);
    REQUIRE(a.outcome.ok() == b.outcome.ok());
    CHECK(a.planned == b.planned);
    if (a.planned)
        CHECK(rowsOf(a.plan) == rowsOf(b.plan));
    if (a.outcome) {
        CHECK(a.outcome->rowsAdded == b.outcome->rowsAdded);
        CHECK(a.outcome->duplicates == b.outcome->duplicates);
        CHECK(a.outcome->errors == b.outcome->errors);
        CHECK(a.outcome->errorMessages == b.outcome->errorMessages);
        CHECK(addedOf(*a.outcome) == addedOf(*b.outcome));
    } else {
        CHECK(a.outcome.message() == b.outcome.message());
        CHECK(a.outcome.error().detail == b.outcome.error().detail);
        CHECK(fileBytes(t.pipelined.path) == before); // rolled back whole
    }
    CHECK(canonical(t.stepwise.wheel()) == canonical(t.pipelined.wheel()));
    CHECK(t.pipelined.store->integrityProblems().value().isEmpty());
    return b;
}

/// 3,000 partner rows (many batches of the pipeline): new partners, some
/// with contacts; rows repeating earlier ones; partners the demo academy
/// already has; the rowing club of the second academy; and `bad` rows with a
/// sector no one knows, on the lines given.
QByteArray partnersFile(const QVector<int>& badLines = {})
{
    QByteArray csv = "Organisation,Sector,Postcode,Contact,Email,Strength\r\n";
    for (int line = 2; line <= 3001; ++line) {
        QString row;
        if (badLines.contains(line))
            row = QStringLiteral("Broken %1,Spaceport,,,,").arg(line);
        else if (line % 97 == 0)
            row = QStringLiteral("Partner %1 – Trust,charity,MB1 3PF,,,").arg(line - 50); // repeat
        else if (line == 1234)
            row = QStringLiteral("Fenwick Rowing Club,other,DV4 2RC,Ann Cox,ann@frc.org.uk,4");
        else if (line == 2345)
            row = QStringLiteral("Millbrook Food Bank,charity,,,,"); // the demo's
        else
            row = QStringLiteral("Partner %1 – Trust,%2,MB1 3PF,%3,%4,%5")
                      .arg(line)
                      .arg(line % 2 ? QStringLiteral("charity") : QStringLiteral("Business"))
                      .arg(line % 3 ? QStringLiteral("Person %1").arg(line) : QString())
                      .arg(line % 3 ? QStringLiteral("p%1@example.org").arg(line) : QString())
                      .arg(line % 5 + 1);
        csv += row.toUtf8() + "\r\n";
    }
    return csv;
}

} // namespace

TEST_CASE("Importing in one go does what reading, planning and applying one after the other do")
{
    Twins t;
    const Imported b =
        importBothWays(t, partnersFile(), ImportKind::Partners, ImportMode::AllOrNothing);
    REQUIRE(b.outcome.ok());
    // Worked out from the file: 3,000 rows, of which every 97th line (30 of
    // them) repeats a row 50 lines up and the demo's food bank is already a
    // partner; the rowing club is tied, not added again.
    CHECK(b.plan.rows.size() == 3000);
    CHECK(b.outcome->duplicates == 31);
    CHECK(b.outcome->rowsAdded == 2969);
    CHECK(std::count_if(b.plan.rows.cbegin(), b.plan.rows.cend(), [&](const PlannedRow& r) {
              return r.existingPartnerId == t.otherPartnerId;
          }) == 1);
}

TEST_CASE("An error row late in a file rolls back what was already written")
{
    Twins t;
    // Line 2990 comes long after the first batches were written.
    const Imported b =
        importBothWays(t, partnersFile({2990}), ImportKind::Partners, ImportMode::AllOrNothing);
    REQUIRE_FALSE(b.outcome.ok());
    CHECK(b.outcome.message().contains(QStringLiteral("nothing was imported")));
    CHECK(b.outcome.error().detail.contains(QStringLiteral("Line 2990, column B (Sector)")));
    CHECK(b.planned);
}

TEST_CASE("Valid rows only leaves out the error rows in one go too")
{
    Twins t;
    const Imported b = importBothWays(t, partnersFile({3, 1500, 3001}), ImportKind::Partners,
                                      ImportMode::ValidRowsOnly);
    REQUIRE(b.outcome.ok());
    CHECK(b.outcome->errors == 3);
    CHECK(b.outcome->errorMessages.last().startsWith(QStringLiteral("Line 3001")));
}

TEST_CASE("A file that cannot be read to its end writes nothing")
{
    Twins t;
    QByteArray csv = partnersFile();
    csv += "\"Never closed,charity,,,,\r\n";
    const Imported b = importBothWays(t, csv, ImportKind::Partners, ImportMode::ValidRowsOnly);
    REQUIRE_FALSE(b.outcome.ok());
    CHECK(b.outcome.message().contains(QStringLiteral("Line 3002 opens a quoted value")));
    CHECK_FALSE(b.planned);
}

TEST_CASE("A missing required column stops the import in one go before any row")
{
    Twins t;
    const Imported b = importBothWays(t, "Sector,Postcode\ncharity,MB1 3PF\n", ImportKind::Partners,
                                      ImportMode::ValidRowsOnly);
    REQUIRE_FALSE(b.outcome.ok());
    CHECK(b.outcome.message().contains(QStringLiteral("no column for")));
    // With no rows at all the columns are still checked.
    const Imported headerOnly =
        importBothWays(t, "Sector\n", ImportKind::Partners, ImportMode::ValidRowsOnly);
    CHECK_FALSE(headerOnly.outcome.ok());
    const Imported empty =
        importBothWays(t, "Organisation\n", ImportKind::Partners, ImportMode::AllOrNothing);
    REQUIRE(empty.outcome.ok());
    CHECK(empty.outcome->rowsAdded == 0);
}

TEST_CASE("Needs, initiatives and engagements import in one go as step by step")
{
    Twins t;
    // Both partners are the demo's already: "Harland Engineering" is its
    // "Harland Engineering Ltd" ("Ltd" is not compared).
    const Imported p = importBothWays(
        t, "Organisation,Contact\nMillbrook Library,Grace Adeyemi\nHarland Engineering,\n",
        ImportKind::Partners, ImportMode::AllOrNothing);
    REQUIRE(p.outcome.ok());
    CHECK(p.outcome->rowsAdded == 0);
    CHECK(p.outcome->duplicates == 2);
    CHECK(rowsOf(p.plan) ==
          QStringList{QStringLiteral("2|1|Millbrook Library|already a partner of this academy as "
                                     "“Millbrook Library”.|-1|0"),
                      QStringLiteral("3|1|Harland Engineering|already a partner of this academy "
                                     "as “Harland Engineering Ltd”.|-1|0")});

    QByteArray needs = "Need,Category,Severity,Affects disadvantaged\n";
    for (int i = 1; i <= 600; ++i)
        needs += QStringLiteral("Need %1,hunger,%2,yes\n").arg(i % 550).arg(i % 5 + 1).toUtf8();
    const Imported n = importBothWays(t, needs, ImportKind::Needs, ImportMode::AllOrNothing);
    REQUIRE(n.outcome.ok());
    CHECK(n.outcome->duplicates == 50); // "Need 1" … "Need 50" come twice
    CHECK(n.outcome->rowsAdded == 550); // "Need 0" (line 551) … "Need 549"

    // Reading Buddies is the demo's (ended) initiative; Summer Club is new;
    // Nowhere names a partner the academy does not have.
    const Imported i =
        importBothWays(t,
                       "Initiative,Approach,Partners,Needs addressed\n"
                       "Reading Buddies,Relational,Millbrook Library,Need 7\n"
                       "Summer Club,problem identification,\"Millbrook Library; Harland "
                       "Engineering\",Need 8\n"
                       "Nowhere,Relational,Unknown Org,\n",
                       ImportKind::Initiatives, ImportMode::ValidRowsOnly);
    REQUIRE(i.outcome.ok());
    CHECK(i.outcome->rowsAdded == 1);
    CHECK(i.outcome->duplicates == 1);
    CHECK(i.outcome->errors == 1);
    CHECK(i.outcome->errorMessages ==
          QStringList{QStringLiteral("Line 4, column C (Partners): “Unknown Org” is not a partner "
                                     "of this academy. Import the partners first, or correct the "
                                     "name.")});
    CHECK(i.plan.rows.at(0).fate == RowFate::Duplicate);
    CHECK(i.plan.rows.at(0).reason ==
          QStringLiteral("this academy already records this initiative."));

    const Imported e =
        importBothWays(t,
                       "Partner,Date,Kind,Summary,Contact\n"
                       "Millbrook Library,14/03/2026,visit,Class visit,Grace Adeyemi\n"
                       "Harland Engineering,2026-03-15,call,Planning,\n",
                       ImportKind::Engagements, ImportMode::AllOrNothing);
    REQUIRE(e.outcome.ok());
    CHECK(e.outcome->rowsAdded == 2);
    CHECK(e.outcome->duplicates == 0);

    // What was stored, read back by name: the summer club with both partners
    // and need 8; the visit with the library's contact, the call with none.
    const AcademyWheel wheel = t.pipelined.wheel();
    const auto summer =
        std::find_if(wheel.initiatives.cbegin(), wheel.initiatives.cend(),
                     [](const Initiative& x) { return x.title == QStringLiteral("Summer Club"); });
    REQUIRE(summer != wheel.initiatives.cend());
    CHECK(summer->approach == Approach::ProblemIdentification);
    CHECK(summer->status == InitiativeStatus::Planned);
    QStringList partners;
    for (qint64 id : summer->partnerIds)
        partners.append(wheel.partner(id)->name);
    partners.sort();
    CHECK(partners == QStringList{QStringLiteral("Harland Engineering Ltd"),
                                  QStringLiteral("Millbrook Library")});
    REQUIRE(summer->needIds.size() == 1);
    CHECK(wheel.need(summer->needIds.first())->title == QStringLiteral("Need 8"));
    CHECK(std::count_if(wheel.initiatives.cbegin(), wheel.initiatives.cend(),
                        [](const Initiative& x) { return x.title == QStringLiteral("Nowhere"); }) ==
          0);

    QStringList engagements;
    for (const Engagement& x : wheel.engagements) {
        // (the demo's own engagements have other summaries)
        if (x.summary != QLatin1String("Class visit") && x.summary != QLatin1String("Planning"))
            continue;
        const Contact* c = wheel.contact(x.contactId);
        engagements.append(QStringLiteral("%1|%2|%3|%4|%5")
                               .arg(wheel.partner(x.partnerId)->name, x.date.toString(Qt::ISODate),
                                    codeOf(x.kind), x.summary, c ? c->name : QStringLiteral("-")));
    }
    engagements.sort();
    CHECK(engagements ==
          QStringList{
              QStringLiteral("Harland Engineering Ltd|2026-03-15|call|Planning|-"),
              QStringLiteral("Millbrook Library|2026-03-14|visit|Class visit|Grace Adeyemi")});
}

TEST_CASE("A wheel that cannot be written refuses the import in one go without waiting forever")
{
    IoWheel w(true);
    auto context = ImportPlanner::context(*w.store, w.academyId);
    REQUIRE(context.ok());
    w.store.reset();
    auto readOnly = WheelStore::open(w.path, OpenOptions{true});
    REQUIRE(readOnly.ok());
    const QByteArray before = fileBytes(w.path);
    CsvImportReport report;
    auto outcome = ImportApplier::importCsv(**readOnly, partnersFile(), {}, ImportKind::Partners,
                                            *context, ImportMode::AllOrNothing, report);
    REQUIRE_FALSE(outcome.ok());
    CHECK(outcome.message().contains(QStringLiteral("read-only")));
    CHECK(report.planned);
    CHECK(report.plan.rows.size() == 3000);
    CHECK(fileBytes(w.path) == before);
}
