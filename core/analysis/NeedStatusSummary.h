#pragma once

#include "model/AcademyWheel.h"

#include <QSet>

namespace civic {

/// Which of an academy's needs are met: addressed by at least one active
/// initiative. Deliberately small; the full coverage analysis lives elsewhere.
class NeedStatusSummary
{
public:
    explicit NeedStatusSummary(const AcademyWheel& wheel);

    bool isMet(qint64 needId) const { return m_met.contains(needId); }
    /// How many active initiatives address the need.
    int activeInitiatives(qint64 needId) const;
    int metCount() const { return int(m_met.size()); }
    int needCount() const { return m_needCount; }

private:
    QSet<qint64> m_met;
    QHash<qint64, int> m_activeCount;
    int m_needCount = 0;
};

} // namespace civic
