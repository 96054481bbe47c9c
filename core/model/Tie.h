#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QString>

namespace civic {

/// An academy's relationship with one partner.
struct Tie
{
    qint64 id = 0;
    qint64 academyId = 0;
    qint64 partnerId = 0;
    int strength = 3; ///< 1 = occasional … 5 = core
    TieRole role = TieRole::Supports;
    Narrative narrative = Narrative::Civic;
    QString staffOwner;
    QString executiveSponsor;
    QDate started;
    QDate nextReview;
    TieStatus status = TieStatus::Active;
    QString notes;

    bool operator==(const Tie& o) const
    {
        return id == o.id && academyId == o.academyId && partnerId == o.partnerId &&
               strength == o.strength && role == o.role && narrative == o.narrative &&
               staffOwner == o.staffOwner && executiveSponsor == o.executiveSponsor &&
               started == o.started && nextReview == o.nextReview && status == o.status &&
               notes == o.notes;
    }
};

} // namespace civic
