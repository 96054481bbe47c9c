#include "io/GiasImporter.h"

#include "io/CsvReader.h"
#include "io/ImportValues.h"
#include "model/Validation.h"
#include "store/WheelStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("GiasImporter", text);
}

using Columns = QHash<QString, int>;

// One cell of the record by its GIAS column name; empty when the file has no such column.
QString cellOf(const Columns& column, const CsvRecord& record, const char* name)
{
    const int c = column.value(QLatin1String(name), -1);
    return c >= 0 && c < record.cells.size() ? ImportValues::cleaned(record.cells.at(c))
                                             : QString();
}

Status checkColumns(const Columns& column)
{
    for (const char* required : {"URN", "EstablishmentName"}) {
        if (!column.contains(QLatin1String(required)))
            return Error{
                tr("This does not look like a download from Get Information about Schools: it has "
                   "no “%1” "
                   "column. Download the establishment fields CSV from GIAS and import that file.")
                    .arg(QLatin1String(required))};
    }
    return {};
}

// Phase, authority, postcode, head, pupils and free school meals; false, with
// the row an error, when the number of pupils cannot be read.
bool readDetails(const Columns& column, const CsvRecord& record, GiasRow& row)
{
    auto cell = [&](const char* name) {
        return cellOf(column, record, name);
    };
    Academy& a = row.academy;
    a.phase = cell("PhaseOfEducation (name)");
    a.localAuthority = cell("LA (name)");
    a.postcode = Validation::normalisedPostcode(cell("Postcode"));
    const QString head =
        QStringList{cell("HeadTitle (name)"), cell("HeadFirstName"), cell("HeadLastName")}
            .filter(QRegularExpression(QStringLiteral("\\S")))
            .join(QLatin1Char(' '));
    if (!head.isEmpty() && !head.startsWith(QLatin1String("Not applicable")))
        a.headteacher = head;
    const QString pupils = cell("NumberOfPupils");
    if (!pupils.isEmpty()) {
        const auto n = ImportValues::integer(pupils);
        if (!n || *n < 0) {
            row.fate = GiasRow::Fate::Error;
            row.reason = tr("NumberOfPupils “%1” is not a number of pupils.").arg(pupils);
            return false;
        }
        a.pupilsOnRoll = *n;
    }
    const QString fsm = cell("PercentageFSM");
    if (!fsm.isEmpty()) {
        bool ok = false;
        const double value = fsm.toDouble(&ok);
        // GIAS leaves it empty or writes "SUPP" where figures are suppressed.
        if (ok && value >= 0 && value <= 100)
            a.percentDisadvantaged = value;
    }
    return true;
}

} // namespace

int GiasPlan::count(GiasRow::Fate fate) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [fate](const GiasRow& r) { return r.fate == fate; }));
}

Result<GiasPlan> GiasImporter::plan(const CsvTable& table, const QVector<Academy>& existing,
                                    const Trust& trust)
{
    Columns column;
    for (int c = 0; c < table.header.size(); ++c)
        column.insert(table.header.at(c).trimmed(), c);
    if (auto s = checkColumns(column); !s)
        return s.error();
    QHash<QString, const Academy*> byUrn;
    for (const Academy& a : existing)
        byUrn.insert(a.urn, &a);

    GiasPlan plan;
    QHash<QString, int> seen;
    for (const CsvRecord& record : table.records) {
        auto cell = [&](const char* name) {
            return cellOf(column, record, name);
        };
        GiasRow row;
        row.line = record.line;
        const QString urn = cell("URN");
        row.trustName = cell("Trusts (name)");
        Academy& a = row.academy;
        if (const QString problem = Validation::urn(urn); !problem.isEmpty()) {
            row.fate = GiasRow::Fate::Error;
            row.reason = tr("URN “%1”: %2").arg(urn, problem);
            plan.rows.append(row);
            continue;
        }
        if (seen.contains(urn)) {
            row.fate = GiasRow::Fate::Skipped;
            row.reason = tr("URN %1 is repeated from line %2.").arg(urn).arg(seen.value(urn));
            plan.rows.append(row);
            continue;
        }
        seen.insert(urn, row.line);
        if (cell("EstablishmentStatus (name)")
                .startsWith(QLatin1String("Closed"), Qt::CaseInsensitive)) {
            row.fate = GiasRow::Fate::Skipped;
            row.reason = tr("%1 is closed.").arg(cell("EstablishmentName"));
            plan.rows.append(row);
            continue;
        }
        const Academy* current = byUrn.value(urn);
        if (current)
            a = *current;
        a.urn = urn;
        a.name = cell("EstablishmentName");
        if (a.name.isEmpty()) {
            row.fate = GiasRow::Fate::Error;
            row.reason = tr("EstablishmentName is empty.");
            plan.rows.append(row);
            continue;
        }
        if (!readDetails(column, record, row)) {
            plan.rows.append(row);
            continue;
        }
        // Academies of this file's trust join it; others stand alone.
        if (trust.id > 0 && a.trustId == 0 &&
            Validation::normalisedName(row.trustName) == Validation::normalisedName(trust.name))
            a.trustId = trust.id;
        if (trust.id == 0 && !row.trustName.isEmpty() && plan.createTrust.isEmpty())
            plan.createTrust = row.trustName;
        if (!current)
            row.fate = GiasRow::Fate::Create;
        else
            row.fate = (a == *current) ? GiasRow::Fate::Unchanged : GiasRow::Fate::Update;
        plan.rows.append(row);
    }
    return plan;
}

Result<GiasOutcome> GiasImporter::apply(WheelStore& store, const GiasPlan& plan)
{
    GiasOutcome outcome;
    for (const GiasRow& row : plan.rows) {
        if (row.fate == GiasRow::Fate::Error)
            outcome.problems.append(tr("Line %1: %2").arg(row.line).arg(row.reason));
    }
    if (!outcome.problems.isEmpty())
        return Error{tr("%1 of the GIAS file's rows cannot be read, so no academy was imported.")
                         .arg(outcome.problems.size()),
                     outcome.problems.mid(0, 10).join(QLatin1Char('\n'))};
    Status written = store.transaction([&]() -> Status {
        qint64 newTrustId = 0;
        if (!plan.createTrust.isEmpty()) {
            Trust trust;
            trust.name = plan.createTrust;
            auto id = store.add(trust);
            if (!id)
                return id.error();
            newTrustId = *id;
        }
        for (const GiasRow& row : plan.rows) {
            Academy a = row.academy;
            if (newTrustId > 0 && a.trustId == 0 &&
                Validation::normalisedName(row.trustName) ==
                    Validation::normalisedName(plan.createTrust))
                a.trustId = newTrustId;
            switch (row.fate) {
            case GiasRow::Fate::Create:
                if (auto id = store.add(a); !id)
                    return Error{tr("Line %1 could not be written, so no academy was imported.")
                                     .arg(row.line),
                                 id.error().fullText()};
                ++outcome.added;
                break;
            case GiasRow::Fate::Update:
                if (auto s = store.update(a); !s)
                    return Error{tr("Line %1 could not be written, so no academy was imported.")
                                     .arg(row.line),
                                 s.error().fullText()};
                ++outcome.updated;
                break;
            case GiasRow::Fate::Unchanged:
                ++outcome.unchanged;
                break;
            case GiasRow::Fate::Skipped:
                ++outcome.skipped;
                outcome.problems.append(tr("Line %1: %2").arg(row.line).arg(row.reason));
                break;
            case GiasRow::Fate::Error:
                break;
            }
        }
        return {};
    });
    if (!written)
        return written.error();
    return outcome;
}

Result<GiasOutcome> GiasImporter::importFile(WheelStore& store, const QString& path)
{
    auto table = CsvReader::readFile(path);
    if (!table)
        return table.error();
    auto academies = store.academies();
    if (!academies)
        return academies.error();
    auto trust = store.trust();
    if (!trust)
        return trust.error();
    auto plan = GiasImporter::plan(*table, *academies, *trust);
    if (!plan)
        return plan.error();
    return apply(store, *plan);
}

} // namespace civic
