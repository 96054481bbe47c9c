#pragma once

#include "analysis/ChartData.h"
#include "analysis/Coverage.h"

namespace civic {

/// What a chart of the approaches counts.
enum class ApproachMeasure
{
    ActiveInitiatives,
    PartnersInvolved,
    NeedsAddressed,
    PupilsReached,
    DisadvantagedReached,
    SendReached
};

/// The charts of the four CST approaches, for the Coverage view and the
/// governors' summary alike: the approaches side by side, and the academies
/// of a trust compared. Each approach is a series in its wheel colour.
class ApproachChart
{
public:
    /// Active initiatives, partners involved and needs addressed (the
    /// categories), one series an approach.
    static ChartData work(const Coverage& coverage);
    /// Pupils, disadvantaged pupils and SEND pupils reached (the categories),
    /// one series an approach.
    static ChartData reach(const Coverage& coverage);
    /// One category an academy (in the trust's order), one series an approach.
    static ChartData trustComparison(const TrustCoverage& trust, ApproachMeasure measure);

    static double valueOf(const ApproachCoverage& approach, ApproachMeasure measure);
    /// "Active initiatives", "Partners involved" ... as a chooser lists them.
    static QString measureName(ApproachMeasure measure);
};

} // namespace civic
