#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace civic {

/// Work the academy does with partners on needs, classified by one CST approach.
struct Initiative
{
    qint64 id = 0;
    qint64 academyId = 0;
    QString title;
    Approach approach = Approach::WiderEducation;
    InitiativeStatus status = InitiativeStatus::Planned;
    QString staffLead;
    QDate started;
    QDate ends;
    QString description;
    QString outcomes;
    int pupilsReached = 0;
    int disadvantagedReached = 0; ///< the trust's litmus test
    int sendReached = 0;
    QVector<qint64> partnerIds; ///< partners involved, ascending
    QVector<qint64> needIds;    ///< needs addressed, ascending

    bool operator==(const Initiative& o) const
    {
        return id == o.id && academyId == o.academyId && title == o.title &&
               approach == o.approach && status == o.status && staffLead == o.staffLead &&
               started == o.started && ends == o.ends && description == o.description &&
               outcomes == o.outcomes && pupilsReached == o.pupilsReached &&
               disadvantagedReached == o.disadvantagedReached && sendReached == o.sendReached &&
               partnerIds == o.partnerIds && needIds == o.needIds;
    }
};

} // namespace civic
