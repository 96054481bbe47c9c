#include "TestSupport.h"
#include "analysis/NeedStatusSummary.h"
#include "analysis/ReviewsDue.h"

#include <catch2/catch.hpp>

using namespace civic;

namespace {

AcademyWheel smallWheel()
{
    AcademyWheel wheel;
    for (qint64 id : {1, 2, 3}) {
        Need need;
        need.id = id;
        wheel.needs.append(need);
    }
    Initiative active;
    active.id = 10;
    active.status = InitiativeStatus::Active;
    active.needIds = {1, 99}; // 99 belongs to no need of this academy
    Initiative planned;
    planned.id = 11;
    planned.status = InitiativeStatus::Planned;
    planned.needIds = {2};
    Initiative alsoActive;
    alsoActive.id = 12;
    alsoActive.status = InitiativeStatus::Active;
    alsoActive.needIds = {1};
    wheel.initiatives = {active, planned, alsoActive};
    return wheel;
}

} // namespace

TEST_CASE("A need is met only by an active initiative")
{
    const NeedStatusSummary summary(smallWheel());
    CHECK(summary.isMet(1));
    CHECK_FALSE(summary.isMet(2)); // only a planned initiative
    CHECK_FALSE(summary.isMet(3)); // nothing at all
    CHECK_FALSE(summary.isMet(99));
    CHECK(summary.activeInitiatives(1) == 2);
    CHECK(summary.activeInitiatives(2) == 0);
    CHECK(summary.metCount() == 1);
    CHECK(summary.needCount() == 3);
}

TEST_CASE("Reviews due are overdue or within thirty days and soonest first")
{
    const QDate today(2025, 3, 10);
    AcademyWheel wheel;
    auto add = [&](qint64 id, const char* name, QDate review,
                   TieStatus status = TieStatus::Active) {
        Partner partner;
        partner.id = id;
        partner.name = QString::fromLatin1(name);
        wheel.partners.append(partner);
        Tie tie;
        tie.id = 100 + id;
        tie.partnerId = id;
        tie.nextReview = review;
        tie.status = status;
        wheel.ties.append(tie);
    };
    add(1, "Later", QDate(2025, 4, 10));  // 31 days: not yet
    add(2, "Edge", QDate(2025, 4, 9));    // 30 days: due
    add(3, "Overdue", QDate(2025, 3, 1)); // 9 days late
    add(4, "Today", QDate(2025, 3, 10));  // due today
    add(5, "Ended", QDate(2025, 3, 1), TieStatus::Ended);
    add(6, "No date", QDate());

    const QVector<ReviewDue> due = ReviewsDue::list(wheel, today);
    REQUIRE(due.size() == 3);
    CHECK(due.at(0).partnerName == QStringLiteral("Overdue"));
    CHECK(due.at(0).daysLeft == -9);
    CHECK(due.at(0).overdue());
    CHECK(due.at(1).partnerName == QStringLiteral("Today"));
    CHECK(due.at(1).daysLeft == 0);
    CHECK_FALSE(due.at(1).overdue());
    CHECK(due.at(2).partnerName == QStringLiteral("Edge"));
    CHECK(due.at(2).daysLeft == 30);
    CHECK(due.at(2).tieId == 102);
}
