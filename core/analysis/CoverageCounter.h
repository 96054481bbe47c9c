#pragma once

#include "analysis/Coverage.h"
#include "analysis/CoverageInput.h"

#include <QHash>

#include <array>
#include <vector>

namespace civic {

/// Counts what an academy's (or a whole trust's) records amount to: every
/// figure of a Coverage but its gaps, which GapRules adds afterwards. See
/// Coverage.h for what counts as active, met and current.
class CoverageCounter
{
public:
    CoverageCounter(const CoverageInput& in, const QDate& today);

    /// The figures, needs and follow-ups; `gaps` left empty.
    Coverage count();

    /// The input's partners by id.
    const QHash<qint64, const Partner*>& partnerById() const { return m_partnerById; }
    /// The input's initiatives by id; empty for a trust total (only an
    /// academy's need gaps name initiatives).
    const QHash<qint64, const Initiative*>& initiativeById() const { return m_initiativeById; }

private:
    void indexRecords();
    void collectNeeds();
    void addressing(qint64 needId, qint64 initiativeId, bool active);
    void countInitiatives();
    void countInitiative(const Initiative& initiative);
    void sumApproaches();
    void tallyNeeds();
    void countTies();
    void followUp(const Tie& tie, const LastEngagements& lastEngagement);
    void sortFollowUps();
    void countSectors();

    const CoverageInput& m_in;
    QDate m_today;
    QDate m_quietSince; ///< engagements before this day are not recent
    Coverage m_c;
    QHash<qint64, const Partner*> m_partnerById;
    QHash<qint64, const Initiative*> m_initiativeById;
    QHash<qint64, int> m_needIndex; ///< need id -> its first entry in m_c.needs
    QVector<int> m_sameNeed;        ///< entry -> next entry with the same need id, or -1
    // Ids collected by approach, then sorted and counted distinct.
    std::array<std::vector<qint64>, 4> m_partnersOf;
    std::array<std::vector<qint64>, 4> m_needsOf;
    QHash<qint64, TieStatus> m_liveliest; ///< partner id -> its liveliest current tie
};

} // namespace civic
