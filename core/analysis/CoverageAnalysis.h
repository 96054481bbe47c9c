#pragma once

#include "analysis/Coverage.h"
#include "model/AcademyWheel.h"

#include <QDate>

namespace civic {

/// Answers "where are we strong, where are the gaps?" for an academy or a
/// trust: the figures and gaps behind the Coverage view, `civicwheel coverage`
/// and the governors' summary. Pure computation over what the store loaded;
/// see Coverage.h for the definitions of active, met and counted.
class CoverageAnalysis
{
public:
    /// Coverage of one academy as it stands on `today` (which decides overdue
    /// reviews and the six-month engagement window).
    static Coverage analyse(const AcademyWheel& wheel, const QDate& today);

    /// Coverage of every academy of the file and of the trust as a whole.
    /// Linear in the size of the file: 40 academies with 6,000 partners and
    /// 6,000 initiatives take a few milliseconds.
    static TrustCoverage analyse(const TrustWheels& trust, const QDate& today);

    /// How far back an engagement still counts as recent.
    static constexpr int QuietMonths = 6;
    /// Sectors every anchor institution is expected to have an active tie with;
    /// a missing one is a MissingSector gap.
    static QVector<Sector> keySectors();
};

} // namespace civic
