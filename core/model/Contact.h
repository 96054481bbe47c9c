#pragma once

#include <QDate>
#include <QString>

namespace civic {

/// A person at a partner. Personal data under UK GDPR: kept apart from the
/// organisation so it can be exported, erased, or left out of anything shared.
struct Contact
{
    qint64 id = 0;
    qint64 partnerId = 0;
    QString name;
    QString role;
    QString email;
    QString phone;
    QString notes;
    QDate retainUntil; ///< when to review whether to keep these details; invalid = not set

    bool operator==(const Contact& o) const
    {
        return id == o.id && partnerId == o.partnerId && name == o.name && role == o.role &&
               email == o.email && phone == o.phone && notes == o.notes &&
               retainUntil == o.retainUntil;
    }
};

} // namespace civic
