#pragma once

#include "io/RegisterTable.h"
#include "model/Result.h"

namespace civic {

/// Exports an academy's registers as CSV files Excel opens correctly.
class CsvExporter
{
public:
    static QByteArray bytes(const AcademyWheel& wheel, Register which,
                            const ExportOptions& options);
    /// One register into the file `path`, atomically.
    static Status exportRegister(const QString& path, const AcademyWheel& wheel, Register which,
                                 const ExportOptions& options);
    /// Every register into the existing folder `folder` as partners.csv,
    /// needs.csv ...; returns the files written.
    static Result<QStringList> exportAll(const QString& folder, const AcademyWheel& wheel,
                                         const ExportOptions& options);
};

} // namespace civic
