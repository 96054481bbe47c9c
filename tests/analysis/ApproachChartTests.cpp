// The approach charts described once for the Coverage view and the PDF:
// categories, series, values and colours worked out by hand from a small wheel.
#include "WheelBuilder.h"
#include "analysis/ApproachChart.h"
#include "analysis/CoverageAnalysis.h"

#include <catch2/catch.hpp>

using namespace civic;
using namespace civic::test;

namespace {

const QDate kToday(2026, 6, 15);

WheelBuilder academyA()
{
    WheelBuilder b(1, QStringLiteral("Academy A"));
    b.partner(1, Sector::Health);
    b.partner(2, Sector::Cultural);
    b.partner(3, Sector::Families);
    b.need(11, NeedCategory::Housing, 4, true);
    b.need(12, NeedCategory::MentalHealth, 5);
    b.initiative(21, Approach::WiderEducation, InitiativeStatus::Active, {2}, {}, 120, 40, 10);
    b.initiative(22, Approach::ProblemIdentification, InitiativeStatus::Active, {1}, {12}, 30, 12,
                 6);
    b.initiative(23, Approach::Relational, InitiativeStatus::Active, {1, 3}, {11}, 25, 20, 3);
    // Planned: counts nowhere in the charts.
    b.initiative(24, Approach::CommunityConvening, InitiativeStatus::Planned, {3}, {11}, 50, 9, 9);
    b.initiative(25, Approach::WiderEducation, InitiativeStatus::Active, {2, 3}, {11, 12}, 10, 5,
                 1);
    return b;
}

using Values = QVector<double>;

} // namespace

TEST_CASE("The approach work chart: three measures, one series an approach in its colour")
{
    const ChartData chart =
        ApproachChart::work(CoverageAnalysis::analyse(academyA().wheel(), kToday));
    CHECK(chart.title == QStringLiteral("Initiatives, partners and needs"));
    CHECK(chart.categories == QStringList{QStringLiteral("Initiatives"), QStringLiteral("Partners"),
                                          QStringLiteral("Needs met")});
    CHECK(chart.categoryColours.isEmpty());
    REQUIRE(chart.series.size() == 4);
    // Wider education: initiatives 21 and 25 active; partners {2, 3}; needs {11, 12}.
    CHECK(chart.series[0].name == QStringLiteral("Wider education"));
    CHECK(chart.series[0].values == Values{2, 2, 2});
    CHECK(chart.series[1].name == QStringLiteral("Problem identification"));
    CHECK(chart.series[1].values == Values{1, 1, 1});
    CHECK(chart.series[2].name == QStringLiteral("Relational"));
    CHECK(chart.series[2].values == Values{1, 2, 1});
    // Community convening has only a planned initiative.
    CHECK(chart.series[3].name == QStringLiteral("Community convening"));
    CHECK(chart.series[3].values == Values{0, 0, 0});
    const QVector<Approach> approaches = allValues<Approach>();
    for (int i = 0; i < 4; ++i)
        CHECK(chart.series[i].colour == ChartData::Colour::of(approaches[i]));
    CHECK(chart.largestValue() == 2);
    CHECK(chart.largestTotal() == 5); // partners: 2 + 1 + 2 + 0
}

TEST_CASE("The approach reach chart sums the pupils of active initiatives only")
{
    const ChartData chart =
        ApproachChart::reach(CoverageAnalysis::analyse(academyA().wheel(), kToday));
    CHECK(chart.title == QStringLiteral("Pupils reached"));
    CHECK(chart.categories == QStringList{QStringLiteral("All pupils"),
                                          QStringLiteral("Disadvantaged"), QStringLiteral("SEND")});
    REQUIRE(chart.series.size() == 4);
    CHECK(chart.series[0].values == Values{120 + 10, 40 + 5, 10 + 1});
    CHECK(chart.series[1].values == Values{30, 12, 6});
    CHECK(chart.series[2].values == Values{25, 20, 3});
    CHECK(chart.series[3].values == Values{0, 0, 0}); // the planned 50 pupils do not count
    CHECK(chart.largestValue() == 130);
    CHECK(chart.largestTotal() == 130 + 30 + 25);
}

TEST_CASE("The trust comparison: one category an academy, one series an approach")
{
    WheelBuilder b(2, QStringLiteral("Academy B"));
    b.partner(5, Sector::Health);
    b.initiative(31, Approach::Relational, InitiativeStatus::Active, {5}, {}, 7, 2, 1);
    TrustWheels trust;
    trust.academies = {academyA().wheel(), b.wheel()};
    const TrustCoverage coverage = CoverageAnalysis::analyse(trust, kToday);

    const ChartData active =
        ApproachChart::trustComparison(coverage, ApproachMeasure::ActiveInitiatives);
    CHECK(active.title.isEmpty());
    CHECK(active.categories ==
          QStringList{QStringLiteral("Academy A"), QStringLiteral("Academy B")});
    REQUIRE(active.series.size() == 4);
    CHECK(active.series[0].name == QStringLiteral("Wider education"));
    CHECK(active.series[0].values == Values{2, 0});
    CHECK(active.series[1].values == Values{1, 0});
    CHECK(active.series[2].values == Values{1, 1});
    CHECK(active.series[3].values == Values{0, 0});
    CHECK(active.series[2].colour == ChartData::Colour::of(Approach::Relational));
    CHECK(active.largestTotal() == 4); // Academy A: 2 + 1 + 1

    const ChartData pupils =
        ApproachChart::trustComparison(coverage, ApproachMeasure::PupilsReached);
    CHECK(pupils.series[0].values == Values{130, 0});
    CHECK(pupils.series[2].values == Values{25, 7});
    CHECK(pupils.largestTotal() == 185);
    const ChartData needs =
        ApproachChart::trustComparison(coverage, ApproachMeasure::NeedsAddressed);
    CHECK(needs.series[0].values == Values{2, 0});
    CHECK(needs.series[2].values == Values{1, 0});
}

TEST_CASE("Measures are named as the trust comparison's chooser lists them")
{
    CHECK(ApproachChart::measureName(ApproachMeasure::ActiveInitiatives) ==
          QStringLiteral("Active initiatives"));
    CHECK(ApproachChart::measureName(ApproachMeasure::SendReached) ==
          QStringLiteral("SEND pupils reached"));
    ApproachCoverage a;
    a.partners = 4;
    a.disadvantagedReached = 9;
    CHECK(ApproachChart::valueOf(a, ApproachMeasure::PartnersInvolved) == 4);
    CHECK(ApproachChart::valueOf(a, ApproachMeasure::DisadvantagedReached) == 9);
    CHECK(ChartData().largestValue() == 0);
    CHECK(ChartData().largestTotal() == 0);
}
