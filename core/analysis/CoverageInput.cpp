#include "analysis/CoverageInput.h"

#include <QCoreApplication>
#include <QSet>

namespace civic {
namespace {

template <typename T>
void appendAll(QVector<const T*>& to, const QVector<T>& from)
{
    for (const T& item : from)
        to.append(&item);
}

} // namespace

CoverageInput CoverageInput::of(const AcademyWheel& wheel)
{
    CoverageInput in;
    in.academyId = wheel.academy.id;
    in.name = wheel.academy.name;
    in.urn = wheel.academy.urn;
    in.partners.reserve(wheel.partners.size());
    appendAll(in.partners, wheel.partners);
    in.ties.reserve(wheel.ties.size());
    appendAll(in.ties, wheel.ties);
    appendAll(in.needs, wheel.needs);
    appendAll(in.initiatives, wheel.initiatives);
    appendAll(in.engagements, wheel.engagements);
    return in;
}

CoverageInput CoverageInput::ofTrust(const TrustWheels& trust)
{
    CoverageInput all;
    all.trustWide = true;
    all.name = trust.trust.name;
    QSet<qint64> partnerSeen;
    for (const AcademyWheel& wheel : trust.academies) {
        for (const Partner& p : wheel.partners) {
            if (!partnerSeen.contains(p.id)) {
                partnerSeen.insert(p.id);
                all.partners.append(&p);
            }
        }
        appendAll(all.ties, wheel.ties);
        appendAll(all.needs, wheel.needs);
        appendAll(all.initiatives, wheel.initiatives);
        appendAll(all.engagements, wheel.engagements);
    }
    if (all.name.isEmpty())
        all.name = QCoreApplication::translate("civic", "the trust");
    return all;
}

LastEngagements CoverageInput::latestEngagements(const QVector<const Engagement*>& engagements,
                                                 const QDate& today)
{
    LastEngagements lastEngagement;
    lastEngagement.reserve(engagements.size());
    for (const Engagement* e : engagements) {
        if (!e->date.isValid() || e->date > today)
            continue;
        QDate& last = lastEngagement[qMakePair(e->academyId, e->partnerId)];
        if (!last.isValid() || e->date > last)
            last = e->date;
    }
    return lastEngagement;
}

bool CoverageInput::recordsCarryTheirAcademy(const TrustWheels& trust)
{
    QSet<qint64> academyIds;
    bool ownRecords = true;
    for (const AcademyWheel& wheel : trust.academies) {
        const qint64 id = wheel.academy.id;
        if (academyIds.contains(id))
            ownRecords = false;
        academyIds.insert(id);
        for (const Tie& t : wheel.ties)
            ownRecords = ownRecords && t.academyId == id;
        for (const Engagement& e : wheel.engagements)
            ownRecords = ownRecords && e.academyId == id;
    }
    return ownRecords;
}

} // namespace civic
