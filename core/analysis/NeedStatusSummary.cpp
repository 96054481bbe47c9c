#include "analysis/NeedStatusSummary.h"

namespace civic {

NeedStatusSummary::NeedStatusSummary(const AcademyWheel& wheel)
    : m_needCount(int(wheel.needs.size()))
{
    QSet<qint64> known;
    for (const Need& need : wheel.needs)
        known.insert(need.id);
    for (const Initiative& initiative : wheel.initiatives) {
        if (initiative.status != InitiativeStatus::Active)
            continue;
        for (qint64 needId : initiative.needIds) {
            if (!known.contains(needId))
                continue;
            m_met.insert(needId);
            ++m_activeCount[needId];
        }
    }
}

int NeedStatusSummary::activeInitiatives(qint64 needId) const
{
    return m_activeCount.value(needId);
}

} // namespace civic
