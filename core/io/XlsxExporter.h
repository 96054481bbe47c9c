#pragma once

#include "io/ExportOptions.h"
#include "model/AcademyWheel.h"
#include "model/Result.h"

namespace civic {

/// Writes an academy's registers as an Excel workbook through Debian's
/// libxlsxwriter: one sheet per register and a coverage sheet.
class XlsxExporter
{
public:
    static Status write(const QString& path, const AcademyWheel& wheel,
                        const ExportOptions& options);
};

} // namespace civic
