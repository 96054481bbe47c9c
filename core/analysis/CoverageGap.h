#pragma once

#include "model/EntityKind.h"
#include "model/Enums.h"

#include <QString>

#include <optional>

namespace civic {

/// The kinds of gap, most important first: a list of gaps sorts by kind, and
/// within a kind by the order CoverageAnalysis gives (severity, days overdue...).
enum class GapKind
{
    NothingRecorded,   ///< the academy has no ties, needs or initiatives yet
    UnmetPriorityNeed, ///< a need bearing on disadvantaged or SEND pupils with no active initiative
    UnmetNeed,         ///< any other open need with no active initiative
    MissingApproach,   ///< no active initiative of one CST approach
    NoNeedsRecorded,   ///< ties or initiatives, but no need recorded to measure them against
    MissingSector,     ///< no active tie with a key sector (health, local authority...)
    ReviewOverdue,     ///< a tie's review date has passed
    NotConsulted,      ///< a met need whose affected people were never consulted
    NoRecentEngagement, ///< an active tie with no engagement logged in the last six months
};

/// One plain-language gap in an academy's civic work, with what it concerns
/// so a view can jump to the register row and a report can print it.
struct Gap
{
    GapKind kind = GapKind::NothingRecorded;
    QString text;   ///< one short sentence: "Housing need (severity 4) has no initiative"
    QString detail; ///< why it matters and what is known, one or two sentences

    /// The record the gap concerns, when there is one: a Need, a Partner (for
    /// tie gaps: the partners register shows the tie), an Initiative (a
    /// planned or paused one of a missing approach) or the Academy. id is 0
    /// when the gap concerns no single record.
    EntityKind entity = EntityKind::Academy;
    qint64 id = 0;
    std::optional<Approach> approach; ///< set for MissingApproach
    std::optional<Sector> sector;     ///< set for MissingSector and tie gaps
    qint64 academyId = 0;             ///< the academy whose gap it is (0: the trust as a whole)

    bool hasRecord() const { return id > 0; }
};

/// The stable code of a gap kind, as `civicwheel coverage --json` writes it
/// ("unmet-priority-need").
QString gapKindCode(GapKind kind);

} // namespace civic
