// Coverage on small hand-built wheels: every expected figure is worked out
// from the records listed in the test.
#include "TestSupport.h"
#include "WheelBuilder.h"
#include "analysis/CoverageAnalysis.h"

#include <catch2/catch.hpp>

using namespace civic;
using namespace civic::test;

namespace {

const QDate kToday(2026, 6, 15);

QVector<GapKind> kindsOf(const QVector<Gap>& gaps)
{
    QVector<GapKind> kinds;
    for (const Gap& g : gaps)
        kinds.append(g.kind);
    return kinds;
}

const Gap* findGap(const QVector<Gap>& gaps, GapKind kind, qint64 id = -1)
{
    for (const Gap& g : gaps) {
        if (g.kind == kind && (id < 0 || g.id == id))
            return &g;
    }
    return nullptr;
}

// Three partners, four needs (one closed) and four initiatives:
//  I1 wider education, active:  partners P2 P3, need N3, reach 100/40/10
//  I2 wider education, ENDED:   partner P1, need N2, reach 50/20/5 (counts for nothing but its
//  status) I3 problem identification, active: partners P1 P2 (P2 also in I1), need N2, reach
//  30/12/9 I4 relational, PAUSED:       partner P3, need N1 (N1's only initiative)
WheelBuilder mixedWheel()
{
    WheelBuilder b;
    b.partner(1, Sector::Health);
    b.partner(2, Sector::Cultural);
    b.partner(3, Sector::Business);
    b.need(11, NeedCategory::Housing, 4, /*disadvantaged*/ true, false, /*consulted*/ false);
    b.need(12, NeedCategory::MentalHealth, 5, false, /*send*/ true, true);
    b.need(13, NeedCategory::Attendance, 2, false, false, true);
    b.need(14, NeedCategory::FoodPoverty, 3, true, false, true, NeedStatus::Closed);
    b.initiative(21, Approach::WiderEducation, InitiativeStatus::Active, {2, 3}, {13}, 100, 40, 10);
    b.initiative(22, Approach::WiderEducation, InitiativeStatus::Ended, {1}, {12}, 50, 20, 5);
    b.initiative(23, Approach::ProblemIdentification, InitiativeStatus::Active, {1, 2}, {12}, 30,
                 12, 9);
    b.initiative(24, Approach::Relational, InitiativeStatus::Paused, {3}, {11}, 20, 10, 2);
    return b;
}

} // namespace

TEST_CASE("Approaches count active initiatives only and in pathway order")
{
    const Coverage c = CoverageAnalysis::analyse(mixedWheel().wheel(), kToday);
    REQUIRE(c.approaches.size() == 4);
    CHECK(c.approaches[0].approach == Approach::WiderEducation);
    CHECK(c.approaches[1].approach == Approach::ProblemIdentification);
    CHECK(c.approaches[2].approach == Approach::Relational);
    CHECK(c.approaches[3].approach == Approach::CommunityConvening);

    const ApproachCoverage& wider = c.approach(Approach::WiderEducation);
    CHECK(wider.initiatives == 2);
    CHECK(wider.activeInitiatives == 1);
    CHECK(wider.endedInitiatives == 1);
    CHECK(wider.partners == 2);       // P2 P3 from I1; P1 only through the ended I2
    CHECK(wider.needsAddressed == 1); // N3
    CHECK(wider.pupilsReached == 100);
    CHECK(wider.disadvantagedReached == 40);
    CHECK(wider.sendReached == 10);

    const ApproachCoverage& problem = c.approach(Approach::ProblemIdentification);
    CHECK(problem.activeInitiatives == 1);
    CHECK(problem.partners == 2);
    CHECK(problem.needsAddressed == 1);
    CHECK(problem.pupilsReached == 30);

    const ApproachCoverage& relational = c.approach(Approach::Relational);
    CHECK(relational.initiatives == 1);
    CHECK(relational.activeInitiatives == 0);
    CHECK(relational.pausedInitiatives == 1);
    CHECK(relational.partners == 0);
    CHECK(relational.pupilsReached == 0);

    CHECK(c.approach(Approach::CommunityConvening).initiatives == 0);

    CHECK(c.initiatives == 4);
    CHECK(c.activeInitiatives == 2);
    CHECK(c.pupilsReached == 130);
    CHECK(c.disadvantagedReached == 52);
    CHECK(c.sendReached == 19);
}

TEST_CASE("A partner in two approaches counts in each but once overall")
{
    const Coverage c = CoverageAnalysis::analyse(mixedWheel().wheel(), kToday);
    // P2 is in I1 (wider education) and I3 (problem identification).
    CHECK(c.approach(Approach::WiderEducation).partners == 2);
    CHECK(c.approach(Approach::ProblemIdentification).partners == 2);
    // Active initiatives involve P2 P3 (I1) and P1 P2 (I3): three distinct partners, not four.
    CHECK(c.partnersInvolved == 3);
}

TEST_CASE("A need addressed only by a paused initiative is unmet")
{
    const Coverage c = CoverageAnalysis::analyse(mixedWheel().wheel(), kToday);
    CHECK(c.needsMet == 2);   // N2 (I3) and N3 (I1)
    CHECK(c.needsUnmet == 1); // N1: only the paused I4
    CHECK(c.needsClosed == 1);
    CHECK(c.needsNotConsulted == 1);
    REQUIRE(c.needs.size() == 3); // the closed need is left out
    CHECK(c.needs[0].needId == 11);
    CHECK_FALSE(c.needs[0].met);
    CHECK(c.needs[0].activeInitiativeIds.isEmpty());
    CHECK(c.needs[0].inactiveInitiativeIds == QVector<qint64>{24});
    // Met ones follow: N2 bears on SEND pupils so comes before N3.
    CHECK(c.needs[1].needId == 12);
    CHECK(c.needs[1].met);
    CHECK(c.needs[1].activeInitiativeIds == QVector<qint64>{23}); // the ended I2 does not count
    CHECK(c.needs[2].needId == 13);

    // Categories in display order: housing, mental health, attendance.
    REQUIRE(c.needsByCategory.size() == 3);
    CHECK(c.needsByCategory[0].category == NeedCategory::Housing);
    CHECK(c.needsByCategory[0].met == 0);
    CHECK(c.needsByCategory[0].unmet == 1);
    CHECK(c.needsByCategory[1].category == NeedCategory::MentalHealth);
    CHECK(c.needsByCategory[1].met == 1);
    CHECK(c.needsByCategory[2].category == NeedCategory::Attendance);

    const Gap* housing = findGap(c.gaps, GapKind::UnmetPriorityNeed, 11);
    REQUIRE(housing);
    CHECK(housing->entity == EntityKind::Need);
    CHECK(housing->text == QStringLiteral("Housing need (severity 4) has no active initiative"));
    CHECK(housing->detail.contains(QStringLiteral("Initiative 24")));
    CHECK(housing->detail.contains(QStringLiteral("not been consulted")));
    CHECK(c.gaps.first().id == 11); // the most important gap
}

TEST_CASE("Unmet needs bearing on disadvantaged or SEND pupils come first then by severity")
{
    WheelBuilder b;
    b.partner(1, Sector::Health);
    b.need(1, NeedCategory::Safety, 5);
    b.need(2, NeedCategory::Housing, 3, true);
    b.need(3, NeedCategory::DigitalAccess, 2);
    b.need(4, NeedCategory::SendSupport, 4, false, true);
    b.initiative(1, Approach::WiderEducation, InitiativeStatus::Active, {1}, {});
    const Coverage c = CoverageAnalysis::analyse(b.wheel(), kToday);
    QVector<qint64> order;
    for (const NeedCoverage& n : c.needs)
        order.append(n.needId);
    CHECK(order == QVector<qint64>{4, 2, 1, 3});

    QVector<qint64> needGaps;
    for (const Gap& g : c.gaps) {
        if (g.entity == EntityKind::Need && g.hasRecord())
            needGaps.append(g.id);
    }
    CHECK(needGaps == QVector<qint64>{4, 2, 1, 3});
    // With no initiative at all, the plain wording of the issue.
    const Gap* housing = findGap(c.gaps, GapKind::UnmetPriorityNeed, 2);
    REQUIRE(housing);
    CHECK(housing->text == QStringLiteral("Housing need (severity 3) has no initiative"));
    const Gap* safety = findGap(c.gaps, GapKind::UnmetNeed, 1);
    REQUIRE(safety);
}

TEST_CASE("Missing approaches are gaps that point to a waiting initiative when there is one")
{
    const Coverage c = CoverageAnalysis::analyse(mixedWheel().wheel(), kToday);
    const Gap* relational = nullptr;
    const Gap* convening = nullptr;
    for (const Gap& g : c.gaps) {
        if (g.kind == GapKind::MissingApproach && g.approach == Approach::Relational)
            relational = &g;
        if (g.kind == GapKind::MissingApproach && g.approach == Approach::CommunityConvening)
            convening = &g;
    }
    REQUIRE(relational);
    CHECK(relational->text == QStringLiteral("No active relational initiative yet"));
    CHECK(relational->entity == EntityKind::Initiative);
    CHECK(relational->id == 24);
    REQUIRE(convening);
    CHECK(convening->text == QStringLiteral("No community convening initiative yet"));
    CHECK_FALSE(convening->hasRecord());
    CHECK(findGap(c.gaps, GapKind::MissingApproach) != nullptr);
    // Wider education and problem identification have active work: no gap.
    int missing = 0;
    for (const Gap& g : c.gaps)
        missing += g.kind == GapKind::MissingApproach ? 1 : 0;
    CHECK(missing == 2);
}

TEST_CASE("Ties by sector strength status role and narrative with follow-ups")
{
    // Today is 15 June 2026, so an engagement on or after 15 December 2025 is recent.
    WheelBuilder b;
    b.partner(1, Sector::Health, TieStatus::Active, 5, TieRole::Leads, Narrative::Civic,
              QDate(2026, 6, 1));
    b.partner(2, Sector::Cultural, TieStatus::Active, 2, TieRole::Supports, Narrative::Trust);
    b.partner(3, Sector::Business, TieStatus::Prospective, 1, TieRole::Supports, Narrative::System,
              QDate(2026, 7, 1));
    b.partner(4, Sector::Health, TieStatus::Ended, 3, TieRole::Supports, Narrative::Civic,
              QDate(2026, 1, 1));
    b.partner(5, Sector::CharityVoluntary, TieStatus::Paused, 4, TieRole::Supports,
              Narrative::Civic, QDate(2026, 5, 15));
    b.partner(6, Sector::LocalAuthority, TieStatus::Active, 3, TieRole::Leads, Narrative::Civic);
    b.partner(7, Sector::Families, TieStatus::Active, 4, TieRole::Supports, Narrative::Trust);
    b.engagement(1, 1, QDate(2026, 3, 1));
    b.engagement(2, 5, QDate(2025, 12, 14));
    b.engagement(3, 6, QDate(2025, 12, 15)); // exactly six months ago: still recent
    b.engagement(4, 7, QDate(2025, 12, 14)); // one day too old
    b.engagement(5, 7, QDate(2026, 7, 1));   // in the future: planned, not logged
    b.engagement(6, 2, QDate(2026, 9, 1));   // in the future too
    const Coverage c = CoverageAnalysis::analyse(b.wheel(), kToday);

    CHECK(c.tiesTotal() == 7);
    CHECK(c.tiesByStatus[std::size_t(TieStatus::Prospective)] == 1);
    CHECK(c.tiesByStatus[std::size_t(TieStatus::Active)] == 4);
    CHECK(c.tiesByStatus[std::size_t(TieStatus::Paused)] == 1);
    CHECK(c.tiesByStatus[std::size_t(TieStatus::Ended)] == 1);
    // Current ties (ended P4 left out): strengths 5 2 1 4 3 4.
    CHECK(c.tiesByStrength == std::array<int, 5>{1, 1, 1, 2, 1});
    CHECK(c.tiesLed == 2);
    CHECK(c.tiesSupported == 4);
    CHECK(c.tiesByNarrative[std::size_t(Narrative::Trust)] == 2);
    CHECK(c.tiesByNarrative[std::size_t(Narrative::Civic)] == 3);
    CHECK(c.tiesByNarrative[std::size_t(Narrative::System)] == 1);

    CHECK(c.partners == 6);
    CHECK(c.sector(Sector::Health).active == 1); // P4's ended tie does not count
    CHECK(c.sector(Sector::Health).total() == 1);
    CHECK(c.sector(Sector::CharityVoluntary).paused == 1);
    CHECK(c.sector(Sector::Business).prospective == 1);
    CHECK(c.sector(Sector::Faith).total() == 0);
    CHECK(c.partnersBySector.size() == 13);

    // Overdue: P5 due 15 May (31 days), P1 due 1 June (14 days); P3 not yet due; P4 ended.
    REQUIRE(c.overdueReviews.size() == 2);
    CHECK(c.overdueReviews[0].partnerId == 5);
    CHECK(c.overdueReviews[0].daysOverdue == 31);
    CHECK(c.overdueReviews[1].partnerId == 1);
    CHECK(c.overdueReviews[1].daysOverdue == 14);

    // Quiet active ties: P7 (strength 4, last 14 Dec 2025) then P2 (strength 2, never).
    REQUIRE(c.quietTies.size() == 2);
    CHECK(c.quietTies[0].partnerId == 7);
    CHECK(c.quietTies[0].lastEngagement == QDate(2025, 12, 14));
    CHECK(c.quietTies[1].partnerId == 2);
    CHECK_FALSE(c.quietTies[1].lastEngagement.isValid());

    // Key sectors: police and schools have no tie at all; charity only a paused one.
    const Gap* police = nullptr;
    const Gap* charity = nullptr;
    int missingSectors = 0;
    for (const Gap& g : c.gaps) {
        if (g.kind != GapKind::MissingSector)
            continue;
        ++missingSectors;
        if (g.sector == Sector::PoliceSafety)
            police = &g;
        if (g.sector == Sector::CharityVoluntary)
            charity = &g;
    }
    CHECK(missingSectors == 3);
    REQUIRE(police);
    CHECK(police->text == QStringLiteral("No tie with police or community safety partners"));
    REQUIRE(charity);
    CHECK(charity->text == QStringLiteral("No active tie with charities or voluntary groups"));
    CHECK(charity->entity == EntityKind::Partner);
    CHECK(charity->id == 5);

    const Gap* overdue = findGap(c.gaps, GapKind::ReviewOverdue);
    REQUIRE(overdue);
    CHECK(overdue->id == 5);
    CHECK(overdue->text == QStringLiteral("Review of the tie with Partner 5 is 31 days overdue"));
    const Gap* quiet = findGap(c.gaps, GapKind::NoRecentEngagement);
    REQUIRE(quiet);
    CHECK(quiet->id == 7);

    // No needs recorded at all is a gap of its own.
    CHECK(findGap(c.gaps, GapKind::NoNeedsRecorded) != nullptr);
}

TEST_CASE("Gaps are ordered by importance")
{
    WheelBuilder b = mixedWheel();
    b.partner(9, Sector::Families, TieStatus::Active, 3, TieRole::Leads, Narrative::Trust,
              kToday.addDays(-3));
    b.need(15, NeedCategory::DigitalAccess, 5); // not disadvantaged or SEND: after N1
    const Coverage c = CoverageAnalysis::analyse(b.wheel(), kToday);
    const QVector<GapKind> kinds = kindsOf(c.gaps);
    CHECK(std::is_sorted(kinds.begin(), kinds.end()));
    REQUIRE(kinds.size() >= 3);
    CHECK(kinds[0] == GapKind::UnmetPriorityNeed);
    CHECK(kinds[1] == GapKind::UnmetNeed);
    CHECK(c.gaps[1].id == 15);
    CHECK(kinds[2] == GapKind::MissingApproach);
    for (const Gap& g : c.gaps)
        CHECK(g.academyId == 1);
}

TEST_CASE("An academy with nothing recorded has zeros and one gap saying where to start")
{
    WheelBuilder b(7, QStringLiteral("Empty Academy"));
    const Coverage c = CoverageAnalysis::analyse(b.wheel(), kToday);
    CHECK(c.isEmpty());
    CHECK(c.academyName == QStringLiteral("Empty Academy"));
    REQUIRE(c.approaches.size() == 4);
    for (const ApproachCoverage& a : c.approaches) {
        CHECK(a.initiatives == 0);
        CHECK(a.partners == 0);
        CHECK(a.pupilsReached == 0);
    }
    CHECK(c.needs.isEmpty());
    CHECK(c.needsByCategory.isEmpty());
    CHECK(c.partners == 0);
    CHECK(c.partnersBySector.size() == 13);
    CHECK(c.quietTies.isEmpty());
    CHECK(c.overdueReviews.isEmpty());
    REQUIRE(c.gaps.size() == 1);
    CHECK(c.gaps[0].kind == GapKind::NothingRecorded);
    CHECK(c.gaps[0].entity == EntityKind::Academy);
    CHECK(c.gaps[0].id == 7);
    CHECK(c.gaps[0].text.contains(QStringLiteral("Empty Academy")));
}

TEST_CASE("Trust coverage sums two academies and counts a shared partner once")
{
    // Partners 1 and 3 are tied to both academies; partner 2 only to B.
    WheelBuilder a(1, QStringLiteral("Academy A"));
    a.partner(1, Sector::Health, TieStatus::Active, 4);
    a.partner(3, Sector::Cultural, TieStatus::Active, 3);
    a.need(101, NeedCategory::Housing, 4, true);
    a.initiative(201, Approach::WiderEducation, InitiativeStatus::Active, {1}, {101}, 10, 4, 1);
    a.engagement(301, 1, kToday.addDays(-10));
    a.engagement(302, 3, kToday.addDays(-20));

    WheelBuilder b(2, QStringLiteral("Academy B"));
    b.partner(1, Sector::Health, TieStatus::Prospective, 2);
    b.partner(2, Sector::Families, TieStatus::Active, 3);
    b.partner(3, Sector::Cultural, TieStatus::Active, 2);
    b.need(102, NeedCategory::Attendance, 3);
    b.initiative(202, Approach::WiderEducation, InitiativeStatus::Active, {1}, {}, 20, 8, 2);
    b.initiative(203, Approach::CommunityConvening, InitiativeStatus::Active, {2}, {}, 5, 1, 0);

    TrustWheels trust;
    trust.trust.id = 1;
    trust.trust.name = QStringLiteral("Test Trust");
    trust.academies = {a.wheel(), b.wheel()};
    const TrustCoverage tc = CoverageAnalysis::analyse(trust, kToday);

    REQUIRE(tc.academies.size() == 2);
    CHECK(tc.academies[0].academyName == QStringLiteral("Academy A"));
    CHECK(tc.academies[0].activeInitiatives == 1);
    CHECK(tc.academies[1].activeInitiatives == 2);
    // Each academy on its own gives what analysing its wheel alone gives.
    CHECK(tc.academies[1].pupilsReached ==
          CoverageAnalysis::analyse(b.wheel(), kToday).pupilsReached);

    const Coverage& t = tc.totals;
    CHECK(t.academyId == 0);
    CHECK(t.academyName == QStringLiteral("Test Trust"));
    CHECK(t.activeInitiatives == 3);
    CHECK(t.approach(Approach::WiderEducation).activeInitiatives == 2);
    CHECK(t.approach(Approach::WiderEducation).partners == 1); // P1 in both academies' initiatives
    CHECK(t.approach(Approach::WiderEducation).pupilsReached == 30);
    CHECK(t.approach(Approach::CommunityConvening).activeInitiatives == 1);
    CHECK(t.partnersInvolved == 2);
    CHECK(t.pupilsReached == 35);
    CHECK(t.disadvantagedReached == 13);
    CHECK(t.sendReached == 3);
    CHECK(t.partners == 3); // P1 and P3 once each, P2
    CHECK(t.sector(Sector::Health).active ==
          1); // P1's liveliest tie is active (A), not prospective (B)
    CHECK(t.sector(Sector::Health).prospective == 0);
    CHECK(t.sector(Sector::Cultural).active == 1);
    CHECK(t.tiesTotal() == 5);
    CHECK(t.needsMet == 1);
    CHECK(t.needsUnmet == 1);

    // Engagements count per academy: A's meeting with P3 does not make B's tie with P3
    // recent. B's tie with P1 is prospective, so it is not expected to be busy.
    CHECK(tc.academies[0].quietTies.isEmpty());
    REQUIRE(tc.academies[1].quietTies.size() == 2);
    CHECK(tc.academies[1].quietTies[0].partnerId == 2); // strength 3
    CHECK(tc.academies[1].quietTies[1].partnerId == 3); // strength 2
    REQUIRE(t.quietTies.size() == 2);
    CHECK(t.quietTies[1].academyId == 2);

    // Community convening: B has it, so it is a gap for A but not for the trust.
    auto hasConveningGap = [](const Coverage& c) {
        for (const Gap& g : c.gaps) {
            if (g.kind == GapKind::MissingApproach && g.approach == Approach::CommunityConvening)
                return true;
        }
        return false;
    };
    CHECK(hasConveningGap(tc.academies[0]));
    CHECK_FALSE(hasConveningGap(tc.academies[1]));
    CHECK_FALSE(hasConveningGap(t));
    // Trust totals carry trust-wide gaps only; per-need and per-tie gaps stay with the academies.
    for (const Gap& g : t.gaps) {
        CHECK((g.kind == GapKind::MissingApproach || g.kind == GapKind::MissingSector ||
               g.kind == GapKind::NoNeedsRecorded || g.kind == GapKind::NothingRecorded));
        CHECK(g.academyId == 0);
    }
    CHECK(findGap(tc.academies[0].gaps, GapKind::UnmetNeed) == nullptr);
    const Gap* attendance = findGap(tc.academies[1].gaps, GapKind::UnmetNeed, 102);
    REQUIRE(attendance);
    CHECK(attendance->academyId == 2);

    const QVector<Gap> all = tc.allGaps();
    const QVector<GapKind> kinds = kindsOf(all);
    CHECK(std::is_sorted(kinds.begin(), kinds.end()));
    CHECK(all.size() == t.gaps.size() + tc.academies[0].gaps.size() + tc.academies[1].gaps.size());
}

TEST_CASE("A trust with an empty academy keeps it in the comparison")
{
    WheelBuilder a(1, QStringLiteral("Academy A"));
    a.partner(1, Sector::Health);
    a.initiative(1, Approach::Relational, InitiativeStatus::Active, {1}, {});
    WheelBuilder empty(2, QStringLiteral("Academy B"));
    TrustWheels trust;
    trust.academies = {a.wheel(), empty.wheel()};
    const TrustCoverage tc = CoverageAnalysis::analyse(trust, kToday);
    REQUIRE(tc.academies.size() == 2);
    CHECK_FALSE(tc.academies[0].isEmpty());
    CHECK(tc.academies[1].isEmpty());
    CHECK_FALSE(tc.totals.isEmpty());
    CHECK(tc.totals.approach(Approach::Relational).activeInitiatives == 1);
}
