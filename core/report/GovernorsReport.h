#pragma once

#include "analysis/Coverage.h"
#include "model/AcademyWheel.h"
#include "report/ReportDocument.h"

#include <QDate>

namespace civic {

/// What the governors' summary says: built from an academy's wheel and its
/// coverage, independent of how it is drawn (see ui/ReportRenderer).
class GovernorsReport
{
public:
    struct Options
    {
        QDate today = QDate::currentDate();
        QString
            period; ///< e.g. "September 2026 – August 2027"; empty: the academic year of `today`
        QString preparedBy; ///< empty: the academy's headteacher
        /// Personal contact details (names, emails, phones) appear only when asked for.
        bool includeContacts = false;
    };

    static ReportDocument academy(const AcademyWheel& wheel, const Coverage& coverage,
                                  const Options& options);
    /// One section per academy after a trust-level comparison.
    static ReportDocument trust(const TrustWheels& trust, const TrustCoverage& coverage,
                                const Options& options);

    /// The academic year containing `day`: "September 2026 – August 2027".
    static QString academicYear(const QDate& day);
    /// The numbered section headings of one academy's summary, in order.
    static QStringList sectionHeadings();
    /// Ties due for review within this many days are listed with the overdue ones.
    static constexpr int ReviewWindowDays = 30;
};

} // namespace civic
