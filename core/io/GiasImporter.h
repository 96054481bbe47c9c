#pragma once

#include "io/CsvTable.h"
#include "model/Academy.h"
#include "model/Result.h"
#include "model/Trust.h"

#include <QStringList>
#include <QVector>

namespace civic {

class WheelStore;

/// One establishment row of a GIAS download and what importing it does.
struct GiasRow
{
    enum class Fate
    {
        Create,
        Update,
        Unchanged,
        Skipped,
        Error
    };
    int line = 0;
    Fate fate = Fate::Create;
    Academy academy; ///< as it will be stored (for updates: the existing record with GIAS's values)
    QString trustName;
    QString reason; ///< why skipped or an error
};

struct GiasPlan
{
    QVector<GiasRow> rows;
    QString createTrust; ///< the trust to create first, when the file has none yet
    int count(GiasRow::Fate fate) const;
};

struct GiasOutcome
{
    int added = 0;
    int updated = 0;
    int unchanged = 0;
    int skipped = 0;
    QStringList problems; ///< "Line 7: …" for error rows (nothing written when there are any)
};

/// Creates or updates academies from a "Get Information about Schools"
/// establishment download (Windows-1252 CSV with dozens of columns, of which
/// URN, EstablishmentName, PhaseOfEducation (name), LA (name), Postcode,
/// NumberOfPupils, PercentageFSM, Trusts (name) and the head's name are read).
class GiasImporter
{
public:
    static Result<GiasPlan> plan(const CsvTable& table, const QVector<Academy>& existing,
                                 const Trust& trust);
    /// All rows or none, in one transaction; fails when any row is an error.
    static Result<GiasOutcome> apply(WheelStore& store, const GiasPlan& plan);
    /// Reads, plans and applies a GIAS file.
    static Result<GiasOutcome> importFile(WheelStore& store, const QString& path);
};

} // namespace civic
