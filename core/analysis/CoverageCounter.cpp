#include "analysis/CoverageCounter.h"

#include "analysis/CoverageAnalysis.h"

#include <algorithm>
#include <numeric>

namespace civic {
namespace {

// 3 for active, 2 paused, 1 prospective, 0 ended: the liveliest tie wins.
int liveliness(TieStatus status)
{
    switch (status) {
    case TieStatus::Active:
        return 3;
    case TieStatus::Paused:
        return 2;
    case TieStatus::Prospective:
        return 1;
    case TieStatus::Ended:
        return 0;
    }
    return 0;
}

bool needBefore(const NeedCoverage& a, const NeedCoverage& b)
{
    if (a.met != b.met)
        return !a.met;
    if (a.bearsOnPriorityPupils() != b.bearsOnPriorityPupils())
        return a.bearsOnPriorityPupils();
    if (a.severity != b.severity)
        return a.severity > b.severity;
    const int byTitle = QString::localeAwareCompare(a.title, b.title);
    return byTitle != 0 ? byTitle < 0 : a.needId < b.needId;
}

bool overdueBefore(const TieFollowUp& a, const TieFollowUp& b)
{
    if (a.daysOverdue != b.daysOverdue)
        return a.daysOverdue > b.daysOverdue;
    return a.partnerName < b.partnerName;
}

bool quietBefore(const TieFollowUp& a, const TieFollowUp& b)
{
    if (a.strength != b.strength)
        return a.strength > b.strength;
    if (a.lastEngagement != b.lastEngagement)
        return !a.lastEngagement.isValid() ||
               (b.lastEngagement.isValid() && a.lastEngagement < b.lastEngagement);
    return a.partnerName < b.partnerName;
}

// std::stable_sort's order, got by sorting positions rather than the records
// themselves: no strings and lists moved at every merge.
template <typename T, typename Less>
void stableSortByPosition(QVector<T>& records, Less less)
{
    QVector<int> order(records.size());
    std::iota(order.begin(), order.end(), 0);
    const QVector<T>& all = records;
    std::stable_sort(order.begin(), order.end(),
                     [&all, &less](int a, int b) { return less(all[a], all[b]); });
    QVector<T> sorted;
    sorted.reserve(records.size());
    for (int index : order)
        sorted.append(std::move(records[index]));
    records = std::move(sorted);
}

int distinct(std::vector<qint64>& ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return int(ids.size());
}

NeedCoverage needCoverage(const Need& n)
{
    NeedCoverage nc;
    nc.needId = n.id;
    nc.academyId = n.academyId;
    nc.title = n.title;
    nc.category = n.category;
    nc.severity = n.severity;
    nc.affectsDisadvantaged = n.affectsDisadvantaged;
    nc.affectsSend = n.affectsSend;
    nc.consulted = n.consulted;
    nc.status = n.status;
    return nc;
}

} // namespace

CoverageCounter::CoverageCounter(const CoverageInput& in, const QDate& today)
    : m_in(in)
    , m_today(today)
    , m_quietSince(today.addMonths(-CoverageAnalysis::QuietMonths))
{}

Coverage CoverageCounter::count()
{
    m_c.today = m_today;
    m_c.academyId = m_in.trustWide ? 0 : m_in.academyId;
    m_c.academyName = m_in.name;
    m_c.urn = m_in.urn;
    indexRecords();
    collectNeeds();
    countInitiatives();
    sumApproaches();
    tallyNeeds();
    countTies();
    sortFollowUps();
    countSectors();
    return std::move(m_c);
}

void CoverageCounter::indexRecords()
{
    m_partnerById.reserve(m_in.partners.size());
    for (const Partner* p : m_in.partners)
        m_partnerById.insert(p->id, p);
    if (!m_in.trustWide) {
        m_initiativeById.reserve(m_in.initiatives.size());
        for (const Initiative* i : m_in.initiatives)
            m_initiativeById.insert(i->id, i);
    }
}

// Open and monitored needs, in record order until tallyNeeds sorts them; the
// initiatives fill in which of them address each.
void CoverageCounter::collectNeeds()
{
    m_needIndex.reserve(m_in.needs.size());
    m_c.needs.reserve(m_in.needs.size());
    for (const Need* n : m_in.needs) {
        if (n->status == NeedStatus::Closed) {
            ++m_c.needsClosed;
            continue;
        }
        const int index = int(m_c.needs.size());
        m_c.needs.append(needCoverage(*n));
        m_sameNeed.append(-1);
        auto it = m_needIndex.find(n->id);
        if (it == m_needIndex.end()) {
            m_needIndex.insert(n->id, index);
        } else {
            int last = *it;
            while (m_sameNeed[last] >= 0)
                last = m_sameNeed[last];
            m_sameNeed[last] = index;
        }
    }
}

void CoverageCounter::addressing(qint64 needId, qint64 initiativeId, bool active)
{
    const auto it = m_needIndex.constFind(needId);
    if (it == m_needIndex.cend())
        return;
    for (int index = *it; index >= 0; index = m_sameNeed[index]) {
        NeedCoverage& nc = m_c.needs[index];
        (active ? nc.activeInitiativeIds : nc.inactiveInitiativeIds).append(initiativeId);
    }
}

void CoverageCounter::countInitiatives()
{
    for (Approach a : allValues<Approach>()) {
        ApproachCoverage ac;
        ac.approach = a;
        m_c.approaches.append(ac);
    }
    for (const Initiative* i : m_in.initiatives)
        countInitiative(*i);
}

void CoverageCounter::countInitiative(const Initiative& i)
{
    const int ai = int(i.approach);
    ApproachCoverage& ac = m_c.approaches[ai];
    ++ac.initiatives;
    switch (i.status) {
    case InitiativeStatus::Planned:
        ++ac.plannedInitiatives;
        break;
    case InitiativeStatus::Active:
        ++ac.activeInitiatives;
        break;
    case InitiativeStatus::Paused:
        ++ac.pausedInitiatives;
        break;
    case InitiativeStatus::Ended:
        ++ac.endedInitiatives;
        break;
    }
    if (i.status == InitiativeStatus::Active) {
        m_partnersOf[ai].insert(m_partnersOf[ai].end(), i.partnerIds.cbegin(), i.partnerIds.cend());
        for (qint64 n : i.needIds) {
            m_needsOf[ai].push_back(n);
            addressing(n, i.id, true);
        }
        ac.pupilsReached += i.pupilsReached;
        ac.disadvantagedReached += i.disadvantagedReached;
        ac.sendReached += i.sendReached;
    } else if (i.status != InitiativeStatus::Ended) {
        for (qint64 n : i.needIds)
            addressing(n, i.id, false);
    }
}

void CoverageCounter::sumApproaches()
{
    std::vector<qint64> involved;
    for (ApproachCoverage& ac : m_c.approaches) {
        std::vector<qint64>& partnerIds = m_partnersOf[std::size_t(ac.approach)];
        ac.partners = distinct(partnerIds);
        ac.needsAddressed = distinct(m_needsOf[std::size_t(ac.approach)]);
        involved.insert(involved.end(), partnerIds.cbegin(), partnerIds.cend());
        m_c.initiatives += ac.initiatives;
        m_c.activeInitiatives += ac.activeInitiatives;
        m_c.pupilsReached += ac.pupilsReached;
        m_c.disadvantagedReached += ac.disadvantagedReached;
        m_c.sendReached += ac.sendReached;
    }
    m_c.partnersInvolved = distinct(involved);
}

void CoverageCounter::tallyNeeds()
{
    std::array<CategoryNeeds, 14> byCategory{};
    std::array<bool, 14> categorySeen{};
    for (NeedCoverage& nc : m_c.needs) {
        nc.met = !nc.activeInitiativeIds.isEmpty();
        (nc.met ? m_c.needsMet : m_c.needsUnmet)++;
        if (!nc.consulted)
            ++m_c.needsNotConsulted;
        const auto ci = std::size_t(nc.category);
        if (ci < byCategory.size()) {
            categorySeen[ci] = true;
            byCategory[ci].category = nc.category;
            (nc.met ? byCategory[ci].met : byCategory[ci].unmet)++;
        }
    }
    stableSortByPosition(m_c.needs, needBefore);
    for (NeedCategory category : allValues<NeedCategory>()) {
        const auto ci = std::size_t(category);
        if (ci < byCategory.size() && categorySeen[ci])
            m_c.needsByCategory.append(byCategory[ci]);
    }
}

void CoverageCounter::countTies()
{
    LastEngagements own;
    if (!m_in.lastEngagements)
        own = CoverageInput::latestEngagements(m_in.engagements, m_today);
    const LastEngagements& lastEngagement = m_in.lastEngagements ? *m_in.lastEngagements : own;
    m_liveliest.reserve(m_in.ties.size());
    for (const Tie* t : m_in.ties) {
        ++m_c.tiesByStatus[std::size_t(t->status)];
        if (t->status == TieStatus::Ended)
            continue;
        if (t->strength >= 1 && t->strength <= 5)
            ++m_c.tiesByStrength[std::size_t(t->strength - 1)];
        (t->role == TieRole::Leads ? m_c.tiesLed : m_c.tiesSupported)++;
        ++m_c.tiesByNarrative[std::size_t(t->narrative)];
        auto it = m_liveliest.find(t->partnerId);
        if (it == m_liveliest.end())
            m_liveliest.insert(t->partnerId, t->status);
        else if (liveliness(t->status) > liveliness(*it))
            *it = t->status;
        followUp(*t, lastEngagement);
    }
}

// A current tie overdue for review, or active and quiet for six months.
void CoverageCounter::followUp(const Tie& t, const LastEngagements& lastEngagement)
{
    const bool overdue = t.nextReview.isValid() && t.nextReview < m_today;
    const bool active = t.status == TieStatus::Active;
    if (!overdue && !active)
        return;
    const QDate last = lastEngagement.value(qMakePair(t.academyId, t.partnerId));
    const bool quiet = active && (!last.isValid() || last < m_quietSince);
    if (!overdue && !quiet)
        return;
    const Partner* partner = m_partnerById.value(t.partnerId);
    TieFollowUp f;
    f.tieId = t.id;
    f.academyId = t.academyId;
    f.partnerId = t.partnerId;
    f.partnerName = partner ? partner->name : QString();
    f.sector = partner ? partner->sector : Sector::Other;
    f.status = t.status;
    f.strength = t.strength;
    f.nextReview = t.nextReview;
    f.lastEngagement = last;
    if (quiet)
        m_c.quietTies.append(f);
    if (overdue) {
        f.daysOverdue = int(t.nextReview.daysTo(m_today));
        m_c.overdueReviews.append(f);
    }
}

void CoverageCounter::sortFollowUps()
{
    stableSortByPosition(m_c.overdueReviews, overdueBefore);
    stableSortByPosition(m_c.quietTies, quietBefore);
}

void CoverageCounter::countSectors()
{
    for (Sector s : allValues<Sector>()) {
        SectorPartners sp;
        sp.sector = s;
        m_c.partnersBySector.append(sp);
    }
    for (auto it = m_liveliest.cbegin(); it != m_liveliest.cend(); ++it) {
        const Partner* partner = m_partnerById.value(it.key());
        if (!partner)
            continue;
        SectorPartners& sp = m_c.partnersBySector[int(partner->sector)];
        switch (*it) {
        case TieStatus::Active:
            ++sp.active;
            break;
        case TieStatus::Paused:
            ++sp.paused;
            break;
        case TieStatus::Prospective:
            ++sp.prospective;
            break;
        case TieStatus::Ended:
            break;
        }
        ++m_c.partners;
    }
}

} // namespace civic
