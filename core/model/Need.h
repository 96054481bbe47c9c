#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QString>

namespace civic {

/// Something the community or the academy's pupils need.
struct Need
{
    qint64 id = 0;
    qint64 academyId = 0;
    QString title;
    NeedCategory category = NeedCategory::Other;
    int severity = 3; ///< 1 = low … 5 = critical
    QString evidence; ///< where the academy learnt of it
    bool affectsDisadvantaged = false;
    bool affectsSend = false;
    bool consulted = false; ///< were the people affected asked?
    NeedStatus status = NeedStatus::Open;
    QDate identified;
    QString notes;

    bool operator==(const Need& o) const
    {
        return id == o.id && academyId == o.academyId && title == o.title &&
               category == o.category && severity == o.severity && evidence == o.evidence &&
               affectsDisadvantaged == o.affectsDisadvantaged && affectsSend == o.affectsSend &&
               consulted == o.consulted && status == o.status && identified == o.identified &&
               notes == o.notes;
    }
};

} // namespace civic
