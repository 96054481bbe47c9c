#include "analysis/Coverage.h"

#include <algorithm>

namespace civic {

QVector<NeedCoverage> Coverage::unmetNeeds() const
{
    QVector<NeedCoverage> unmet;
    for (const NeedCoverage& need : needs) {
        if (!need.met)
            unmet.append(need);
    }
    return unmet;
}

QVector<Gap> TrustCoverage::allGaps() const
{
    QVector<Gap> gaps = totals.gaps;
    for (const Coverage& academy : academies)
        gaps += academy.gaps;
    // Stable: trust-wide gaps first within a kind, then academies in their order.
    std::stable_sort(gaps.begin(), gaps.end(),
                     [](const Gap& a, const Gap& b) { return a.kind < b.kind; });
    return gaps;
}

} // namespace civic
