#pragma once

#include "model/Academy.h"
#include "model/Contact.h"
#include "model/Engagement.h"
#include "model/Initiative.h"
#include "model/Need.h"
#include "model/Partner.h"
#include "model/Tie.h"
#include "model/Trust.h"

#include <QHash>
#include <QVector>

namespace civic {

/// Everything recorded for one academy, read in one go: what the registers,
/// the wheel, the coverage analysis and the governors' summary work from.
struct AcademyWheel
{
    Academy academy;
    Trust trust;               ///< id 0 when the academy has no trust
    QVector<Partner> partners; ///< partners tied to this academy, by name
    QVector<Tie> ties;         ///< one per partner above
    QVector<Contact> contacts; ///< contacts of those partners
    QVector<Need> needs;
    QVector<Initiative> initiatives;
    QVector<Engagement> engagements; ///< newest first

    const Partner* partner(qint64 id) const;
    const Tie* tieFor(qint64 partnerId) const;
    const Need* need(qint64 id) const;
    const Initiative* initiative(qint64 id) const;
    const Contact* contact(qint64 id) const;
    QVector<const Contact*> contactsOf(qint64 partnerId) const;
};

/// Every academy of the file, for the trust overview and comparisons.
struct TrustWheels
{
    Trust trust;
    QVector<AcademyWheel> academies; ///< by name
};

} // namespace civic
