#pragma once

#include "ImportPlan.h"
#include "RecordRef.h"
#include "Result.h"

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

/// Writes an import plan into the store as one transaction.
class ImportApplier
{
public:
    static Result<ImportOutcome> apply(WheelStore& store, const ImportPlan& plan,
                                       ImportMode mode = ImportMode::AllOrNothing);
};

} // namespace civic
