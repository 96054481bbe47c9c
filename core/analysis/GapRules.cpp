#include "analysis/GapRules.h"

#include "analysis/CoverageAnalysis.h"

namespace civic {

GapRules::GapRules(const CoverageInput& in, const CoverageCounter& counted, GapWording& wording)
    : m_in(in)
    , m_counted(counted)
    , m_wording(wording)
{}

void GapRules::addGaps(Coverage& coverage)
{
    m_c = &coverage;
    if (coverage.isEmpty()) {
        add(GapKind::NothingRecorded, m_wording.nothingRecorded(m_in.name), EntityKind::Academy,
            m_in.trustWide ? 0 : m_in.academyId);
        return;
    }
    if (!m_in.trustWide)
        unmetNeedGaps();
    missingApproachGaps();
    noNeedsGap();
    missingSectorGaps();
    if (m_in.trustWide)
        return;
    reviewGaps();
    notConsultedGaps();
    quietTieGaps();
}

Gap& GapRules::add(GapKind kind, GapWording::Words words, EntityKind entity, qint64 id)
{
    Gap g;
    g.kind = kind;
    g.text = std::move(words.text);
    g.detail = std::move(words.detail);
    g.entity = entity;
    g.id = id;
    g.academyId = m_c->academyId;
    m_c->gaps.append(g);
    return m_c->gaps.last();
}

// Those bearing on disadvantaged or SEND pupils first, each in the order of `needs`.
void GapRules::unmetNeedGaps()
{
    for (const bool priority : {true, false}) {
        for (const NeedCoverage& n : m_c->needs) {
            if (!n.met && n.bearsOnPriorityPupils() == priority)
                add(priority ? GapKind::UnmetPriorityNeed : GapKind::UnmetNeed,
                    m_wording.unmetNeed(n, m_counted.initiativeById()), EntityKind::Need, n.needId);
        }
    }
}

// The gap points to the approach's first planned or paused initiative, if any.
void GapRules::missingApproachGaps()
{
    for (const ApproachCoverage& ac : m_c->approaches) {
        if (ac.activeInitiatives > 0)
            continue;
        QVector<const Initiative*> waiting;
        for (const Initiative* i : m_in.initiatives) {
            if (i->approach == ac.approach &&
                (i->status == InitiativeStatus::Planned || i->status == InitiativeStatus::Paused))
                waiting.append(i);
        }
        Gap& g = add(GapKind::MissingApproach, m_wording.missingApproach(ac, waiting),
                     EntityKind::Initiative, waiting.isEmpty() ? 0 : waiting.first()->id);
        g.approach = ac.approach;
    }
}

void GapRules::noNeedsGap()
{
    if (m_c->needs.isEmpty() && m_c->needsClosed == 0)
        add(GapKind::NoNeedsRecorded, m_wording.noNeedsRecorded(), EntityKind::Need, 0);
}

const Partner* GapRules::firstCurrentPartnerOf(Sector sector) const
{
    for (const Tie* t : m_in.ties) {
        const Partner* p = m_counted.partnerById().value(t->partnerId);
        if (p && p->sector == sector && t->status != TieStatus::Ended)
            return p;
    }
    return nullptr;
}

// A key sector with no active tie; the gap points to a waiting partner of it, if any.
void GapRules::missingSectorGaps()
{
    for (Sector s : CoverageAnalysis::keySectors()) {
        const SectorPartners& sp = m_c->sector(s);
        if (sp.active > 0)
            continue;
        const Partner* waiting = sp.total() == 0 ? nullptr : firstCurrentPartnerOf(s);
        Gap& g = add(GapKind::MissingSector, m_wording.missingSector(sp, waiting),
                     EntityKind::Partner, waiting ? waiting->id : 0);
        g.sector = s;
    }
}

void GapRules::reviewGaps()
{
    for (const TieFollowUp& f : m_c->overdueReviews) {
        Gap& g = add(GapKind::ReviewOverdue, m_wording.reviewOverdue(f), EntityKind::Partner,
                     f.partnerId);
        g.sector = f.sector;
    }
}

void GapRules::notConsultedGaps()
{
    for (const NeedCoverage& n : m_c->needs) {
        if (n.met && !n.consulted)
            add(GapKind::NotConsulted, m_wording.notConsulted(n), EntityKind::Need, n.needId);
    }
}

void GapRules::quietTieGaps()
{
    for (const TieFollowUp& f : m_c->quietTies) {
        Gap& g = add(GapKind::NoRecentEngagement, m_wording.noRecentEngagement(f),
                     EntityKind::Partner, f.partnerId);
        g.sector = f.sector;
    }
}

} // namespace civic
