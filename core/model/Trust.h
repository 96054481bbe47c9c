#pragma once

#include <QString>

namespace civic {

/// The multi-academy trust a wheel file belongs to.
struct Trust
{
    qint64 id = 0;
    QString name;
    QString companiesHouseNumber;
    QString notes;

    bool operator==(const Trust& o) const
    {
        return id == o.id && name == o.name && companiesHouseNumber == o.companiesHouseNumber &&
               notes == o.notes;
    }
};

} // namespace civic
