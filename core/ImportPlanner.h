#pragma once

#include "CsvTable.h"
#include "ImportPlan.h"
#include "Result.h"

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
    static Result<ImportPlan> plan(const CsvTable& table, ImportKind kind,
                                   const ColumnMapping& mapping, const ImportContext& context);

    /// "A", "B", … "Z", "AA": how a spreadsheet names a column.
    static QString columnLetter(int column);
};

} // namespace civic
