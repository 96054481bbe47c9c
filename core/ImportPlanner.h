#pragma once

#include "CsvTable.h"
#include "ImportPlan.h"
#include "Result.h"
#include "StringHash.h"

#include <QHash>
#include <QSet>

#include <unordered_map>

namespace civic {

class WheelStore;

/// Works out each row's fate — new, duplicate (partners matched on normalised
/// name and postcode) or error naming the line, the column and the reason —
/// without touching the store.
class ImportPlanner
{
public:
    /// Reads what the planner needs to compare with from the academy's wheel.
    static Result<ImportContext> context(const WheelStore& store, qint64 academyId);

    /// Fails only when the file cannot be imported at all: a required column
    /// is not mapped. Row problems become rows with RowFate::Error.
    static Status checkColumns(ImportKind kind, const ColumnMapping& mapping);

    /// Every row's fate, in file order; fails as checkColumns() does.
    static Result<ImportPlan> plan(const CsvTable& table, ImportKind kind,
                                   const ColumnMapping& mapping, const ImportContext& context);

    /// "A", "B", … "Z", "AA": how a spreadsheet names a column.
    static QString columnLetter(int column);
};

/// Plans one row at a time, in file order, each against the wheel and the rows
/// planned before it (a row repeating an earlier one is a duplicate): what
/// ImportPlanner::plan() does for the whole file, for a caller that writes
/// rows while later ones are still being planned. Everything it is given must
/// outlive it; it reads them and changes nothing but itself.
class RowPlanner
{
public:
    RowPlanner(const CsvTable& table, ImportKind kind, const ColumnMapping& mapping,
               const ImportContext& context);
    PlannedRow plan(const CsvRecord& record);

private:
    static QString engagementKey(const Engagement& e);

    const CsvTable& m_table;
    ImportKind m_kind;
    const ColumnMapping& m_mapping;
    const ImportContext& m_context;
    // Partners of the whole file, by normalised name, with their postcodes.
    QHash<QString, QVector<const Partner*>> m_byName;
    QSet<qint64> m_tied;
    // The academy's partners by name, for rows that refer to them.
    QHash<QString, qint64> m_academyPartner;
    QHash<QString, qint64> m_needByTitle;
    QSet<QString> m_initiativeTitles;
    QSet<QString> m_engagementKeys;
    // Earlier rows of the same file, for duplicate rows.
    std::unordered_map<QString, int, StringHash> m_seenLines;
};

} // namespace civic
