#pragma once

#include "model/AcademyWheel.h"

#include <QStringList>

namespace civic::test {

/// An academy with `partners` partners spread unevenly over the sectors, with
/// initiatives and needs, generated from a fixed seed: the same every time.
inline AcademyWheel crowdedWheel(int partners = 150, quint32 seed = 7)
{
    quint32 state = seed;
    auto next = [&state](int bound) {
        state = state * 1664525u + 1013904223u; // a plain LCG: portable and repeatable
        return int((state >> 8) % quint32(bound));
    };
    static const char* const places[] = {"Millbrook", "Dale Valley", "Northvale", "Westfield",
                                         "Riverside", "Ashcombe",    "Kingsmead", "St Anne's"};
    static const char* const kinds[] = {"Community Trust",
                                        "Food Partnership",
                                        "Youth Club",
                                        "Engineering Ltd",
                                        "Primary School",
                                        "Health Centre",
                                        "Library",
                                        "Arts Collective",
                                        "Neighbourhood Police Team",
                                        "Housing Association",
                                        "Methodist Church",
                                        "Parents' Association",
                                        "College",
                                        "Football Club",
                                        "Mosque",
                                        "Credit Union",
                                        "Careers Hub",
                                        "Allotment Society",
                                        "Safeguarding Partnership for Children and Families"};
    // Many charities and businesses, few unions: walls of partners in some wedges.
    static const Sector weighted[] = {Sector::CharityVoluntary,
                                      Sector::CharityVoluntary,
                                      Sector::CharityVoluntary,
                                      Sector::Business,
                                      Sector::Business,
                                      Sector::SchoolsNetworks,
                                      Sector::Health,
                                      Sector::LocalAuthority,
                                      Sector::Cultural,
                                      Sector::Families,
                                      Sector::Faith,
                                      Sector::PoliceSafety,
                                      Sector::FurtherHigherEducation,
                                      Sector::OtherTrusts,
                                      Sector::TradeUnion};
    AcademyWheel wheel;
    wheel.academy.id = 1;
    wheel.academy.urn = QStringLiteral("990099");
    wheel.academy.name = QStringLiteral("Kingsmead Church of England Academy");
    for (int i = 0; i < partners; ++i) {
        Partner partner;
        partner.id = 1000 + i;
        partner.name = QStringLiteral("%1 %2").arg(QString::fromUtf8(places[next(8)]),
                                                   QString::fromUtf8(kinds[next(19)]));
        if (i % 9 == 0)
            partner.name += QStringLiteral(" (%1)").arg(i);
        partner.sector = weighted[next(15)];
        wheel.partners.append(partner);
        Tie tie;
        tie.id = 5000 + i;
        tie.academyId = 1;
        tie.partnerId = partner.id;
        static const int strengths[] = {1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5};
        tie.strength = strengths[next(11)];
        static const TieStatus statuses[] = {
            TieStatus::Active,      TieStatus::Active, TieStatus::Active, TieStatus::Active,
            TieStatus::Prospective, TieStatus::Paused, TieStatus::Ended};
        tie.status = statuses[next(7)];
        tie.nextReview = QDate(2026, 1, 1).addDays(next(365));
        wheel.ties.append(tie);
    }
    for (int n = 0; n < 12; ++n) {
        Need need;
        need.id = 300 + n;
        need.academyId = 1;
        need.title = QStringLiteral("Need %1").arg(n + 1);
        need.category = NeedCategory(next(14));
        wheel.needs.append(need);
    }
    for (int k = 0; k < 30; ++k) {
        Initiative initiative;
        initiative.id = 700 + k;
        initiative.academyId = 1;
        initiative.title = QStringLiteral("Initiative %1").arg(k + 1);
        initiative.approach = Approach(next(4));
        initiative.status = k % 4 == 0 ? InitiativeStatus::Planned : InitiativeStatus::Active;
        const int count = 1 + next(8);
        for (int j = 0; j < count && partners > 0; ++j) {
            const qint64 id =
                1000 + next(std::max(1, partners * 2 / 3)); // a third stay in no initiative
            if (!initiative.partnerIds.contains(id))
                initiative.partnerIds.append(id);
        }
        std::sort(initiative.partnerIds.begin(), initiative.partnerIds.end());
        if (k < 9)
            initiative.needIds.append(300 + k);
        wheel.initiatives.append(initiative);
    }
    return wheel;
}

} // namespace civic::test
