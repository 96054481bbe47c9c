#pragma once

#include "analysis/CoverageGap.h"
#include "model/Enums.h"
#include "model/Trust.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <array>

namespace civic {

// The figures CoverageAnalysis derives from a wheel. Definitions, where the
// issue left them open:
// - An initiative is *active* only in status Active. Planned, paused and ended
//   initiatives are counted by status but contribute no partners, needs or reach:
//   coverage is what the academy is doing now.
// - A need is *met* when at least one active initiative addresses it. Closed
//   needs are neither met nor unmet: they are counted in `needsClosed` only.
// - A partner *counts* when its tie is prospective, active or paused; an ended
//   tie is history and counts only in `tiesByStatus`. In a trust total a partner
//   tied to several academies counts once, under its liveliest tie
//   (active, then paused, then prospective).
// - Tie figures by strength, role and narrative cover current (not ended) ties.

/// What one CST approach amounts to.
struct ApproachCoverage
{
    Approach approach = Approach::WiderEducation;
    int initiatives = 0; ///< recorded, any status
    int activeInitiatives = 0;
    int plannedInitiatives = 0;
    int pausedInitiatives = 0;
    int endedInitiatives = 0;
    int partners = 0;       ///< distinct partners involved in its active initiatives
    int needsAddressed = 0; ///< distinct needs its active initiatives address
    int pupilsReached = 0;  ///< summed over its active initiatives
    int disadvantagedReached = 0;
    int sendReached = 0;
};

/// One need and whether it is met.
struct NeedCoverage
{
    qint64 needId = 0;
    qint64 academyId = 0;
    QString title;
    NeedCategory category = NeedCategory::Other;
    int severity = 3;
    bool affectsDisadvantaged = false;
    bool affectsSend = false;
    bool consulted = false;
    NeedStatus status = NeedStatus::Open;
    bool met = false;
    QVector<qint64> activeInitiativeIds;   ///< the active initiatives addressing it
    QVector<qint64> inactiveInitiativeIds; ///< planned or paused ones (ended ones are left out)

    bool bearsOnPriorityPupils() const { return affectsDisadvantaged || affectsSend; }
};

/// Met and unmet needs of one category.
struct CategoryNeeds
{
    NeedCategory category = NeedCategory::Other;
    int met = 0;
    int unmet = 0;
};

/// Partners of one sector, by the status of their tie.
struct SectorPartners
{
    Sector sector = Sector::Other;
    int active = 0;
    int paused = 0;
    int prospective = 0;

    int total() const { return active + paused + prospective; }
};

/// A tie that needs attention: overdue for review, or quiet for six months.
struct TieFollowUp
{
    qint64 tieId = 0;
    qint64 academyId = 0;
    qint64 partnerId = 0;
    QString partnerName;
    Sector sector = Sector::Other;
    TieStatus status = TieStatus::Active;
    int strength = 3;
    QDate nextReview;     ///< invalid when none is set
    QDate lastEngagement; ///< the latest on or before `today`; invalid when none
    int daysOverdue = 0;  ///< for overdue reviews; 0 otherwise
};

/// Coverage of one academy (or, as TrustCoverage::totals, of a whole trust).
struct Coverage
{
    QDate today;          ///< the date the analysis was made for
    qint64 academyId = 0; ///< 0 for a trust total
    QString academyName;  ///< the trust's name for a trust total
    QString urn;          ///< empty for a trust total

    // Initiatives by CST approach -------------------------------------------
    QVector<ApproachCoverage> approaches; ///< all four, in CST's pathway order
    int initiatives = 0;                  ///< recorded, any status
    int activeInitiatives = 0;
    int partnersInvolved =
        0; ///< distinct partners in any active initiative (a partner in two approaches counts once)
    int pupilsReached = 0; ///< sums over active initiatives
    int disadvantagedReached = 0;
    int sendReached = 0;

    // Needs ---------------------------------------------------------------
    /// Open and monitored needs: unmet before met; within each, those bearing on
    /// disadvantaged or SEND pupils first, then by severity (highest first), then title.
    QVector<NeedCoverage> needs;
    int needsMet = 0;
    int needsUnmet = 0;
    int needsClosed = 0;
    int needsNotConsulted = 0; ///< open or monitored needs whose people were never asked
    QVector<CategoryNeeds>
        needsByCategory; ///< categories with at least one open or monitored need, display order

    // Partners and ties ---------------------------------------------------------
    int partners = 0;                         ///< distinct partners with a current tie
    QVector<SectorPartners> partnersBySector; ///< all thirteen sectors, display order
    std::array<int, 5> tiesByStrength{};  ///< [0] = strength 1 … [4] = strength 5; current ties
    std::array<int, 4> tiesByStatus{};    ///< indexed by TieStatus; all ties
    int tiesLed = 0;                      ///< current ties the academy leads
    int tiesSupported = 0;                ///< current ties where it supports a partner's lead
    std::array<int, 3> tiesByNarrative{}; ///< indexed by Narrative; current ties
    /// Active ties with no engagement in the six months up to `today`:
    /// strongest first, then longest quiet (never engaged first), then name.
    QVector<TieFollowUp> quietTies;
    /// Ties (not ended) whose review date is before `today`: most overdue first.
    QVector<TieFollowUp> overdueReviews;

    // Gaps -------------------------------------------------------------------
    /// Plain-language gaps, most important first (see GapKind). For a trust
    /// total only the trust-wide kinds: NothingRecorded, MissingApproach,
    /// NoNeedsRecorded and MissingSector.
    QVector<Gap> gaps;

    /// True when the academy has no tie, need or initiative recorded.
    bool isEmpty() const
    {
        return initiatives == 0 && tiesTotal() == 0 && needs.isEmpty() && needsClosed == 0;
    }
    int tiesTotal() const
    {
        return tiesByStatus[0] + tiesByStatus[1] + tiesByStatus[2] + tiesByStatus[3];
    }
    const ApproachCoverage& approach(Approach a) const { return approaches.at(int(a)); }
    /// The unmet needs, in the order of `needs`.
    QVector<NeedCoverage> unmetNeeds() const;
    const SectorPartners& sector(Sector s) const { return partnersBySector.at(int(s)); }
};

/// Coverage of every academy of a file, and of the trust as a whole.
struct TrustCoverage
{
    Trust trust;
    QDate today;
    QVector<Coverage> academies; ///< in the order of TrustWheels::academies (by name)
    /// The trust as one: figures summed over the academies, each partner
    /// counted once however many academies it is tied to; trust-wide gaps only.
    Coverage totals;

    /// Every academy's gaps and the trust-wide ones, most important kind first,
    /// then in academy order. Each carries its academyId (0: trust-wide).
    QVector<Gap> allGaps() const;
};

} // namespace civic
