#include "io/ImportApplier.h"

#include "io/CsvReader.h"
#include "io/ImportPlanner.h"
#include "store/WheelStore.h"

#include <QCoreApplication>

#include <algorithm>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

namespace civic {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ImportApplier", text, disambiguation, n);
}

// Adds `items` in one batch and records them as added.
template <typename T>
Status addBatch(WheelStore& store, const QVector<T>& items, EntityKind kind, ImportOutcome& outcome,
                QVector<qint64>* ids = nullptr)
{
    if (items.isEmpty())
        return {};
    auto stored = store.addAll(items);
    if (!stored)
        // The store's message says why (a full disk, a read-only file ...) and what to do.
        return Error{tr("The import could not be written, so nothing was imported.") +
                         QLatin1Char(' ') + stored.error().message,
                     stored.error().detail};
    for (qint64 id : *stored)
        outcome.added.append(RecordRef{kind, id});
    if (ids)
        *ids = std::move(stored).value();
    return {};
}

// Adds the record each row holds in `member` (its need, initiative ...), as one batch.
template <typename T>
Status addRecords(WheelStore& store, const QVector<const PlannedRow*>& rows, T PlannedRow::*member,
                  EntityKind kind, ImportOutcome& outcome)
{
    QVector<T> items;
    items.reserve(rows.size());
    for (const PlannedRow* row : rows)
        items.append(row->*member);
    return addBatch(store, items, kind, outcome);
}

// The refusal of an all-or-nothing import of a plan with error rows.
Error refusal(const ImportOutcome& outcome)
{
    QStringList shown = outcome.errorMessages.mid(0, 5);
    if (outcome.errors > 5)
        shown.append(tr("… and %1 more.").arg(outcome.errors - 5));
    const QString rows = outcome.errors == 1
                             ? tr("1 row of the file cannot be read")
                             : tr("%n rows of the file cannot be read", nullptr, outcome.errors);
    return Error{rows + tr(", so nothing was imported. Correct the file and import again, or "
                           "choose to import the valid rows only."),
                 shown.join(QLatin1Char('\n'))};
}

// Counts what the plan leaves out; the rows written are counted as they are written.
void countLeftOut(const ImportPlan& plan, ImportOutcome& outcome)
{
    outcome.errors = plan.count(RowFate::Error);
    outcome.duplicates = plan.count(RowFate::Duplicate);
    outcome.errorMessages = plan.errorMessages();
}

// Writes the new rows among `count` planned rows, in batches of one kind each
// (one statement per table), inside the caller's transaction.
Status writeRows(WheelStore& store, ImportKind kind, const PlannedRow* planned, int count,
                 ImportOutcome& outcome)
{
    QVector<const PlannedRow*> rows;
    rows.reserve(count);
    for (const PlannedRow* row = planned; row != planned + count; ++row) {
        if (row->fate == RowFate::New)
            rows.append(row);
    }
    outcome.rowsAdded += int(rows.size());

    switch (kind) {
    case ImportKind::Partners: {
        QVector<Partner> partners;
        partners.reserve(rows.size());
        for (const PlannedRow* row : rows) {
            if (row->existingPartnerId == 0)
                partners.append(row->partner);
        }
        QVector<qint64> partnerIds;
        if (auto s = addBatch(store, partners, EntityKind::Partner, outcome, &partnerIds); !s)
            return s;
        QVector<Tie> ties;
        ties.reserve(rows.size());
        QVector<Contact> contacts;
        int next = 0;
        for (const PlannedRow* row : rows) {
            const qint64 partnerId =
                row->existingPartnerId != 0 ? row->existingPartnerId : partnerIds.at(next++);
            Tie& tie = ties.emplace_back(row->tie);
            tie.partnerId = partnerId;
            if (row->hasContact) {
                Contact& contact = contacts.emplace_back(row->contact);
                contact.partnerId = partnerId;
            }
        }
        if (auto s = addBatch(store, ties, EntityKind::Tie, outcome); !s)
            return s;
        return addBatch(store, contacts, EntityKind::Contact, outcome);
    }
    case ImportKind::Needs:
        return addRecords(store, rows, &PlannedRow::need, EntityKind::Need, outcome);
    case ImportKind::Initiatives:
        return addRecords(store, rows, &PlannedRow::initiative, EntityKind::Initiative, outcome);
    case ImportKind::Engagements:
        return addRecords(store, rows, &PlannedRow::engagement, EntityKind::Engagement, outcome);
    }
    return {};
}

// Rows planned so far, published by the planning thread for the writing one.
class PlannedSoFar
{
public:
    struct State
    {
        int rows = 0;
        bool finished = false; ///< the whole file is read and planned, or reading stopped
    };

    void publish(int rows, bool finished = false)
    {
        {
            const std::lock_guard lock(m_mutex);
            m_state = {rows, finished};
        }
        m_changed.notify_one();
    }
    /// Waits until at least `rows` rows are planned, or planning has finished.
    State waitFor(int rows)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return m_state.rows >= rows || m_state.finished; });
        return m_state;
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_changed;
    State m_state;
};

// Rows planned between two hand-overs to the writer: small enough that
// writing starts soon after planning, large enough that each batch of
// INSERTs is long and the threads seldom wait on each other.
constexpr int kRowsPerHandOver = 256;

} // namespace

Result<ImportOutcome> ImportApplier::apply(WheelStore& store, const ImportPlan& plan,
                                           ImportMode mode)
{
    ImportOutcome outcome;
    countLeftOut(plan, outcome);
    if (outcome.errors > 0 && mode == ImportMode::AllOrNothing)
        return refusal(outcome);
    Status written = store.transaction([&] {
        return writeRows(store, plan.kind, plan.rows.constData(), int(plan.rows.size()), outcome);
    });
    if (!written)
        return written.error();
    return outcome;
}

Result<ImportOutcome> ImportApplier::importCsv(WheelStore& store, const QByteArray& bytes,
                                               const CsvReadOptions& options, ImportKind kind,
                                               const ImportContext& context, ImportMode mode,
                                               CsvImportReport& report)
{
    report = CsvImportReport{};
    ImportPlan& plan = report.plan;
    plan.kind = kind;
    plan.academyId = context.academyId;
    // Room for every row from the start, so the rows already planned never
    // move while the planning thread appends more.
    plan.rows.reserve(CsvReader::mostRecords(bytes));
    const PlannedRow* const rows = plan.rows.constData();

    // The planning thread reads the file and plans each record as it is read.
    // What it sets besides the rows is read here only after it has finished.
    PlannedSoFar planned;
    Status readStatus;
    Status columns;
    std::thread planning([&] {
        ColumnMapping mapping;
        std::optional<RowPlanner> planner;
        auto table =
            CsvReader::read(bytes, options, [&](const CsvTable& header, const CsvRecord& record) {
                if (!planner) {
                    mapping = ImportFields::guess(kind, header.header);
                    columns = ImportPlanner::checkColumns(kind, mapping);
                    if (!columns)
                        return false;
                    planner.emplace(header, kind, mapping, context);
                }
                if (plan.rows.size() == plan.rows.capacity()) { // mostRecords() is a bound: never
                    readStatus = Error{tr("The file could not be read to its end, so nothing was "
                                          "imported. Save it again from your spreadsheet as "
                                          "CSV and import that copy."),
                                       QStringLiteral("more records than lines")};
                    return false;
                }
                planner->plan(record, plan.rows.emplace_back());
                if (plan.rows.size() % kRowsPerHandOver == 0)
                    planned.publish(int(plan.rows.size()));
                return true;
            });
        if (table && readStatus) {
            if (!planner) // a header and no rows: the columns still count
                columns =
                    ImportPlanner::checkColumns(kind, ImportFields::guess(kind, table->header));
            report.table = std::move(table).value();
        } else if (!table) {
            readStatus = table.error();
        }
        planned.publish(int(plan.rows.size()), true);
    });

    ImportOutcome outcome;
    bool refused = false;
    Status written = store.transaction([&]() -> Status {
        for (int done = 0;;) {
            const auto ready = planned.waitFor(done + kRowsPerHandOver);
            if (mode == ImportMode::AllOrNothing &&
                std::any_of(rows + done, rows + ready.rows,
                            [](const PlannedRow& r) { return r.fate == RowFate::Error; })) {
                refused = true; // rolled back; the message needs the whole plan
                return Error{};
            }
            if (auto s = writeRows(store, kind, rows + done, ready.rows - done, outcome); !s)
                return s;
            done = ready.rows;
            if (ready.finished)
                return readStatus && columns ? Status() : Status(Error{});
        }
    });
    planning.join(); // it reads `bytes` and `context`: they must outlive it
    Q_ASSERT(plan.rows.constData() == rows);

    if (!readStatus)
        return readStatus.error();
    if (!columns)
        return columns.error();
    report.planned = true;
    countLeftOut(plan, outcome);
    if (refused)
        return refusal(outcome);
    if (!written)
        return written.error();
    return outcome;
}

} // namespace civic
