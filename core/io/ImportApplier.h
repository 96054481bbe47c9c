#pragma once

#include "io/CsvReader.h"
#include "io/ImportPlan.h"
#include "model/RecordRef.h"
#include "model/Result.h"

#include <QVector>

namespace civic {

class WheelStore;

/// Whether rows with errors stop the whole import.
enum class ImportMode
{
    AllOrNothing,  ///< any error row: nothing is written
    ValidRowsOnly, ///< error rows are left out, the rest is written
};

/// What an applied import did.
struct ImportOutcome
{
    QVector<RecordRef> added; ///< every record written, in order: what undo removes
    int rowsAdded =
        0; ///< rows that added something (a partner, a tie to a partner already in the file ...)
    int duplicates = 0;
    int errors = 0; ///< error rows left out (ValidRowsOnly)
    QStringList errorMessages;
};

/// What importCsv() read and planned, for its report.
struct CsvImportReport
{
    CsvTable table;       ///< the header, encoding and delimiter; no records (they were planned)
    ImportPlan plan;      ///< every record's fate, one row each
    bool planned = false; ///< the whole file was read and planned (the columns were all there)
};

/// Writes an import into the store as one transaction.
class ImportApplier
{
public:
    /// Writes a plan made beforehand (the wizard shows it first).
    static Result<ImportOutcome> apply(WheelStore& store, const ImportPlan& plan,
                                       ImportMode mode = ImportMode::AllOrNothing);

    /// Reads a CSV file's `bytes`, plans its rows with the columns guessed
    /// from its header, and writes them: what CsvReader::read(),
    /// ImportPlanner::plan() and apply() do one after the other, with the
    /// same result and messages, but a second thread reads and plans while
    /// this one writes the rows already planned, all in one transaction. A
    /// file that cannot be read to its end, a missing required column or
    /// (all or nothing) an error row rolls back what was written.
    static Result<ImportOutcome> importCsv(WheelStore& store, const QByteArray& bytes,
                                           const CsvReadOptions& options, ImportKind kind,
                                           const ImportContext& context, ImportMode mode,
                                           CsvImportReport& report);
};

} // namespace civic
