// Fuzz target: read arbitrary bytes as a CSV import (encoding and delimiter
// detected), guess the columns from the header and plan the import of every
// kind against the demo wheel, then apply each plan (valid rows only) inside a
// transaction that is rolled back; and import the same bytes in one go
// (ImportApplier::importCsv: read and planned on a second thread while this
// one writes), which must read and plan every row as the steps did. Must never
// crash, hang, trip a sanitizer or tell the two ways apart.
#include "FuzzSupport.h"
#include "demo/DemoWheel.h"
#include "io/CsvReader.h"
#include "io/ImportApplier.h"
#include "io/ImportField.h"
#include "io/ImportPlanner.h"
#include "store/WheelStore.h"

#include <cstdio>
#include <cstdlib>

namespace {

// One demo wheel for the whole run, created once: every input's writes are
// rolled back, so each sees the same wheel; it lives in memory where it can.
struct Fixture
{
    std::unique_ptr<civic::WheelStore> store;
    civic::ImportContext context;
};

Fixture makeFixture()
{
    const QString path = civic::fuzz::memoryFolder() + QStringLiteral("/csv-import.wheel");
    auto store = civic::WheelStore::createWith(
        path, [](civic::WheelStore& s) { return civic::DemoWheel::seed(s, QDate(2026, 1, 15)); });
    if (!store) {
        std::fprintf(stderr, "fuzz_csv_import: %s\n", qPrintable(store.error().fullText()));
        std::abort();
    }
    auto academy = (*store)->academyByUrn(civic::DemoWheel::academyUrn());
    auto context = academy ? civic::ImportPlanner::context(**store, academy->id)
                           : civic::Result<civic::ImportContext>(academy.error());
    if (!context) {
        std::fprintf(stderr, "fuzz_csv_import: %s\n", qPrintable(context.error().fullText()));
        std::abort();
    }
    return Fixture{std::move(store).value(), std::move(context).value()};
}

Fixture& fixture()
{
    static Fixture f = makeFixture();
    return f;
}

[[noreturn]] void fail(const char* what)
{
    std::fprintf(stderr, "fuzz_csv_import: %s\n", what);
    std::abort();
}

bool samePlans(const civic::ImportPlan& a, const civic::ImportPlan& b)
{
    if (a.rows.size() != b.rows.size())
        return false;
    for (qsizetype i = 0; i < a.rows.size(); ++i) {
        const civic::PlannedRow& x = a.rows.at(i);
        const civic::PlannedRow& y = b.rows.at(i);
        if (x.line != y.line || x.fate != y.fate || x.label != y.label || x.reason != y.reason ||
            x.column != y.column || x.columnName != y.columnName ||
            x.existingPartnerId != y.existingPartnerId || x.hasContact != y.hasContact)
            return false;
    }
    return true;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    civic::fuzz::setUp();
    Fixture& f = fixture();
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    auto table = civic::CsvReader::read(bytes);
    for (const civic::ImportKind kind :
         {civic::ImportKind::Partners, civic::ImportKind::Needs, civic::ImportKind::Initiatives,
          civic::ImportKind::Engagements}) {
        civic::Result<civic::ImportPlan> plan = civic::Error{};
        if (table)
            plan = civic::ImportPlanner::plan(
                *table, kind, civic::ImportFields::guess(kind, table->header), f.context);
        civic::CsvImportReport report;
        const civic::Status inOneGo = f.store->transaction([&]() -> civic::Status {
            auto outcome = civic::ImportApplier::importCsv(
                *f.store, bytes, {}, kind, f.context, civic::ImportMode::ValidRowsOnly, report);
            (void)outcome;
            return civic::Error{QStringLiteral("roll back")};
        });
        (void)inOneGo;
        if (report.planned != plan.ok())
            fail("importCsv planned where the steps did not, or the other way round");
        if (plan && !samePlans(*plan, report.plan))
            fail("importCsv planned the rows otherwise than ImportPlanner::plan");
        if (!plan)
            continue;
        (void)plan->errorMessages();
        if (plan->count(civic::RowFate::New) == 0)
            continue;
        const civic::Status rolledBack = f.store->transaction([&]() -> civic::Status {
            auto outcome =
                civic::ImportApplier::apply(*f.store, *plan, civic::ImportMode::ValidRowsOnly);
            (void)outcome;
            return civic::Error{QStringLiteral("roll back")};
        });
        (void)rolledBack;
    }
    return 0;
}
