#pragma once

#include "model/AcademyWheel.h"

#include <QDate>
#include <QHash>
#include <QPair>
#include <QString>
#include <QVector>

namespace civic {

/// (academy id, partner id) -> the latest engagement on or before the day of the analysis.
using LastEngagements = QHash<QPair<qint64, qint64>, QDate>;

/// What one coverage analysis runs over: an academy's records, or every
/// academy's at once for a trust total. Pointers into the caller's wheels:
/// nothing is copied.
struct CoverageInput
{
    qint64 academyId = 0;
    QString name;
    QString urn;
    bool trustWide = false;
    QVector<const Partner*> partners; ///< distinct
    QVector<const Tie*> ties;
    QVector<const Need*> needs;
    QVector<const Initiative*> initiatives;
    QVector<const Engagement*> engagements;
    /// The latest engagements of `engagements`, when the caller worked them
    /// out already; null: the analysis works them out.
    const LastEngagements* lastEngagements = nullptr;

    /// One academy's records.
    static CoverageInput of(const AcademyWheel& wheel);
    /// Every academy's records as one, each partner once: the trust total.
    /// `lastEngagements` is left null.
    static CoverageInput ofTrust(const TrustWheels& trust);

    /// The latest engagement with each partner on or before `today`.
    static LastEngagements latestEngagements(const QVector<const Engagement*>& engagements,
                                             const QDate& today);
    /// True when every tie and engagement of each academy carries that
    /// academy's id and no academy comes twice (as the store loads them): then
    /// the trust-wide latest engagements answer each academy's lookups exactly
    /// as its own would.
    static bool recordsCarryTheirAcademy(const TrustWheels& trust);
};

} // namespace civic
