#include "analysis/CoverageGap.h"

namespace civic {

QString gapKindCode(GapKind kind)
{
    switch (kind) {
    case GapKind::NothingRecorded:
        return QStringLiteral("nothing-recorded");
    case GapKind::UnmetPriorityNeed:
        return QStringLiteral("unmet-priority-need");
    case GapKind::UnmetNeed:
        return QStringLiteral("unmet-need");
    case GapKind::MissingApproach:
        return QStringLiteral("missing-approach");
    case GapKind::NoNeedsRecorded:
        return QStringLiteral("no-needs-recorded");
    case GapKind::MissingSector:
        return QStringLiteral("missing-sector");
    case GapKind::ReviewOverdue:
        return QStringLiteral("review-overdue");
    case GapKind::NotConsulted:
        return QStringLiteral("not-consulted");
    case GapKind::NoRecentEngagement:
        return QStringLiteral("no-recent-engagement");
    }
    return {};
}

} // namespace civic
