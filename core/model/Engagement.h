#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QString>

namespace civic {

/// A dated log entry of contact with a partner.
struct Engagement
{
    qint64 id = 0;
    qint64 academyId = 0;
    qint64 partnerId = 0;
    qint64 contactId = 0; ///< 0 when no particular person is recorded
    QDate date;
    EngagementKind kind = EngagementKind::Meeting;
    QString summary;
    QString notes;

    bool operator==(const Engagement& o) const
    {
        return id == o.id && academyId == o.academyId && partnerId == o.partnerId &&
               contactId == o.contactId && date == o.date && kind == o.kind &&
               summary == o.summary && notes == o.notes;
    }
};

} // namespace civic
