#pragma once

#include "model/Enums.h"

#include <QString>

namespace civic {

/// An organisation in the community. Partners belong to the file, so one NHS
/// trust can be tied to several academies of the trust.
struct Partner
{
    qint64 id = 0;
    QString name;
    Sector sector = Sector::Other;
    QString postcode;
    QString website;
    QString notes;

    bool operator==(const Partner& o) const
    {
        return id == o.id && name == o.name && sector == o.sector && postcode == o.postcode &&
               website == o.website && notes == o.notes;
    }
};

} // namespace civic
