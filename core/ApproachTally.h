#pragma once

#include "AcademyWheel.h"
#include "Enums.h"

#include <QVector>

namespace civic {

/// Plain per-approach counts for the exports' coverage sections (Excel sheet,
/// open share JSON). Interim: when core/CoverageAnalysis lands, the exports
/// should take their figures from it and this class can go.
struct ApproachTally
{
    Approach approach = Approach::WiderEducation;
    int initiatives = 0;
    int partners = 0; ///< distinct partners involved in its initiatives
    int needs = 0;    ///< distinct needs its initiatives address
    int pupilsReached = 0;
    int disadvantagedReached = 0;
    int sendReached = 0;

    /// One tally per approach, in CST's pathway order.
    static QVector<ApproachTally> count(const AcademyWheel& wheel);
};

} // namespace civic
