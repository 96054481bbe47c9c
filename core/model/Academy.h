#pragma once

#include <QString>

#include <optional>

namespace civic {

/// One school of the trust, identified by its URN from the national register (GIAS).
struct Academy
{
    qint64 id = 0;
    qint64 trustId = 0; ///< 0 when the academy stands alone
    QString urn;        ///< six digits
    QString name;
    QString phase; ///< as GIAS writes it: Primary, Secondary, All-through, ...
    QString localAuthority;
    QString postcode;
    QString headteacher;
    std::optional<int> pupilsOnRoll;
    std::optional<double> percentDisadvantaged; ///< pupil premium / FSM, 0–100
    std::optional<double> percentSend;          ///< 0–100
    QString notes;

    bool operator==(const Academy& o) const
    {
        return id == o.id && trustId == o.trustId && urn == o.urn && name == o.name &&
               phase == o.phase && localAuthority == o.localAuthority && postcode == o.postcode &&
               headteacher == o.headteacher && pupilsOnRoll == o.pupilsOnRoll &&
               percentDisadvantaged == o.percentDisadvantaged && percentSend == o.percentSend &&
               notes == o.notes;
    }
};

} // namespace civic
