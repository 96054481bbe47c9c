#pragma once

#include "io/ExportOptions.h"
#include "model/AcademyWheel.h"
#include "model/Result.h"

#include <QByteArray>
#include <QDate>

namespace civic {

/// A wheel as one self-contained web page for governors, partners and other
/// schools: the wheel drawn from the program's layout, filters, partner
/// details, coverage and gaps, with its style and script inline and a
/// Content-Security-Policy that forbids loading anything. Anonymised as the
/// open share file is unless the options tick personal data in.
class HtmlExporter
{
public:
    /// One academy's page; `today` decides the coverage (reviews due, quiet ties).
    static QByteArray write(const AcademyWheel& wheel, const ExportOptions& options = {},
                            const QDate& today = QDate::currentDate());
    /// The trust's page: its academies with their figures, each opening its wheel.
    static QByteArray writeTrust(const TrustWheels& trust, const ExportOptions& options = {},
                                 const QDate& today = QDate::currentDate());

    /// Written atomically; owner-only (0600) from the start when it holds personal data.
    static Status exportTo(const QString& path, const AcademyWheel& wheel,
                           const ExportOptions& options = {});
    static Status exportTrustTo(const QString& path, const TrustWheels& trust,
                                const ExportOptions& options = {});

    /// Whether `options` put personal data in the page.
    static bool holdsPersonalData(const ExportOptions& options);
};

} // namespace civic
