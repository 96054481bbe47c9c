// The Coverage view driven as the main window drives it: setWheel after an
// edit must move the right bar, and every chart must export a real picture.
#include "../analysis/WheelBuilder.h"
#include "TestSupport.h"
#include "analysis/ApproachChart.h"
#include "common/BarChartPainter.h"
#include "common/Palette.h"
#include "coverage/CoverageView.h"
#include "demo/DemoWheel.h"
#include "store/WheelStore.h"

#include <QAbstractAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QHorizontalStackedBarSeries>

#include <catch2/catch.hpp>

using namespace civic;
using namespace civic::test;
using civic::ui::CoverageView;

namespace {

const QDate kToday(2026, 6, 15);

// The bar sets of a chart's first series, by label.
QHash<QString, QBarSet*> barSets(QChart* chart)
{
    QHash<QString, QBarSet*> sets;
    REQUIRE(chart->series().size() == 1);
    auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().first());
    REQUIRE(series);
    for (QBarSet* set : series->barSets())
        sets.insert(set->label(), set);
    return sets;
}

WheelBuilder smallWheel()
{
    WheelBuilder b;
    b.partner(1, Sector::Health);
    b.partner(2, Sector::Cultural);
    b.partner(3, Sector::Families);
    b.need(11, NeedCategory::Housing, 4, true);
    b.need(12, NeedCategory::MentalHealth, 5);
    b.initiative(21, Approach::WiderEducation, InitiativeStatus::Active, {2}, {}, 120, 40, 10);
    b.initiative(22, Approach::ProblemIdentification, InitiativeStatus::Active, {1}, {12}, 30, 12,
                 6);
    return b;
}

int inkPixels(const QImage& image)
{
    int count = 0;
    const QRgb white = qRgb(255, 255, 255);
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            if (image.pixel(x, y) != white)
                ++count;
        }
    }
    return count;
}

} // namespace

TEST_CASE("Adding an initiative to the wheel moves the bar of its approach")
{
    CoverageView view;
    view.resize(1366, 700);
    view.setToday(kToday);
    WheelBuilder b = smallWheel();
    view.setWheel(b.wheel());
    REQUIRE(view.isChartShown(CoverageView::Chart::ApproachWork));

    const QString relational = approachShortName(Approach::Relational);
    const QString wider = approachShortName(Approach::WiderEducation);
    {
        auto sets = barSets(view.chart(CoverageView::Chart::ApproachWork));
        REQUIRE(sets.size() == 4);
        CHECK(sets.value(relational)->at(0) == 0); // active initiatives
        CHECK(sets.value(relational)->at(1) == 0); // partners involved
        CHECK(sets.value(wider)->at(0) == 1);
        CHECK(sets.value(relational)->color() ==
              civic::ui::Palette::approach(Approach::Relational));
    }

    // A relational initiative with the family group and the health partner, on the housing need.
    b.initiative(23, Approach::Relational, InitiativeStatus::Active, {1, 3}, {11}, 25, 20, 3);
    view.setWheel(b.wheel());
    {
        auto sets = barSets(view.chart(CoverageView::Chart::ApproachWork));
        CHECK(sets.value(relational)->at(0) == 1);
        CHECK(sets.value(relational)->at(1) == 2);
        CHECK(sets.value(relational)->at(2) == 1);
        CHECK(sets.value(wider)->at(0) == 1); // the others stay where they were
        CHECK(sets.value(approachShortName(Approach::ProblemIdentification))->at(0) == 1);
        CHECK(sets.value(approachShortName(Approach::CommunityConvening))->at(0) == 0);
        auto reach = barSets(view.chart(CoverageView::Chart::ApproachReach));
        CHECK(reach.value(relational)->at(0) == 25);
        CHECK(reach.value(relational)->at(1) == 20);
        CHECK(reach.value(relational)->at(2) == 3);
    }
    // Housing is now met: the needs chart moves it from one set to the other.
    {
        auto sets = barSets(view.chart(CoverageView::Chart::NeedsByCategory));
        REQUIRE(sets.size() == 2);
        QBarSet* met = nullptr;
        QBarSet* unmet = nullptr;
        for (QBarSet* set : sets) {
            if (set->color() == civic::ui::Palette::met())
                met = set;
            else
                unmet = set;
        }
        REQUIRE(met);
        REQUIRE(unmet);
        // Categories run bottom-up: [0] mental health, [1] housing.
        CHECK(met->at(1) == 1);
        CHECK(unmet->at(1) == 0);
        CHECK(met->at(0) == 1);
    }
    // A paused initiative does not count: pausing it moves the bar back.
    auto wheel = b.wheel();
    wheel.initiatives.last().status = InitiativeStatus::Paused;
    view.setWheel(wheel);
    CHECK(barSets(view.chart(CoverageView::Chart::ApproachWork)).value(relational)->at(0) == 0);
}

TEST_CASE("Each chart exports a PNG that is not blank")
{
    CoverageView view;
    view.resize(1366, 700);
    view.setToday(kToday);
    view.setWheel(smallWheel().wheel());
    view.show();
    TempFolder folder;
    for (auto which :
         {CoverageView::Chart::ApproachWork, CoverageView::Chart::ApproachReach,
          CoverageView::Chart::NeedsByCategory, CoverageView::Chart::PartnersBySector}) {
        const QString path = folder.path(QStringLiteral("chart-%1.png").arg(int(which)));
        const Status saved = view.exportChart(which, path);
        INFO(saved.message().toStdString());
        REQUIRE(saved.ok());
        QImage image(path);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() >= 400);
        const int total = (image.width() / 2) * (image.height() / 2);
        const int ink = inkPixels(image);
        CHECK(ink > total / 50); // bars, labels and axes
        CHECK(ink < total);      // and a white background
    }
    // The approach chart shows the approach colours.
    const QImage work = view.chartImage(CoverageView::Chart::ApproachWork);
    bool blue = false;
    const QRgb wider = civic::ui::Palette::approach(Approach::WiderEducation).rgb();
    for (int y = 0; y < work.height() && !blue; ++y) {
        for (int x = 0; x < work.width() && !blue; ++x)
            blue = work.pixel(x, y) == wider;
    }
    CHECK(blue);

    const Status refused = view.exportChart(
        CoverageView::Chart::ApproachWork, folder.path(QStringLiteral("no/such/folder/chart.png")));
    CHECK_FALSE(refused.ok());
    CHECK(refused.message().contains(QStringLiteral("could not write")));
}

TEST_CASE("An academy with nothing recorded shows guidance instead of empty axes")
{
    CoverageView view;
    view.setToday(kToday);
    WheelBuilder empty(3, QStringLiteral("Empty Academy"));
    view.setWheel(empty.wheel());
    CHECK_FALSE(view.isChartShown(CoverageView::Chart::ApproachWork));
    CHECK_FALSE(view.isChartShown(CoverageView::Chart::NeedsByCategory));
    CHECK_FALSE(view.isChartShown(CoverageView::Chart::PartnersBySector));
    REQUIRE(view.gaps().size() == 1);
    CHECK(view.gaps().first().kind == GapKind::NothingRecorded);

    // Partners but no needs: the needs chart alone gives guidance.
    WheelBuilder partnersOnly;
    partnersOnly.partner(1, Sector::Business);
    view.setWheel(partnersOnly.wheel());
    CHECK(view.isChartShown(CoverageView::Chart::PartnersBySector));
    CHECK_FALSE(view.isChartShown(CoverageView::Chart::NeedsByCategory));
}

TEST_CASE("Activating a gap names the record it concerns")
{
    CoverageView view;
    view.setToday(kToday);
    view.setWheel(smallWheel().wheel());
    QVector<QPair<EntityKind, qint64>> records;
    QVector<Approach> approaches;
    QObject::connect(&view, &CoverageView::gapActivated,
                     [&](EntityKind kind, qint64 id) { records.append(qMakePair(kind, id)); });
    QObject::connect(&view, &CoverageView::approachGapActivated,
                     [&](Approach a) { approaches.append(a); });
    // The first gap: the housing need (severity 4, disadvantaged pupils) has no initiative.
    REQUIRE_FALSE(view.gaps().isEmpty());
    view.activateGap(0);
    REQUIRE(records.size() == 1);
    CHECK(records.first().first == EntityKind::Need);
    CHECK(records.first().second == 11);
    // Relational and community convening have nothing at all: an approach gap.
    int row = -1;
    for (int i = 0; i < view.gaps().size(); ++i) {
        if (view.gaps().at(i).kind == GapKind::MissingApproach && row < 0)
            row = i;
    }
    REQUIRE(row >= 0);
    view.activateGap(row);
    REQUIRE(approaches.size() == 1);
    CHECK(approaches.first() == Approach::Relational);
}

TEST_CASE("The trust comparison shows only for a file of several academies")
{
    CoverageView view;
    view.setToday(kToday);
    WheelBuilder a(1, QStringLiteral("Academy A"));
    a.partner(1, Sector::Health);
    a.initiative(1, Approach::Relational, InitiativeStatus::Active, {1}, {}, 10);
    WheelBuilder b(2, QStringLiteral("Academy B"));
    b.partner(2, Sector::Health);
    b.initiative(2, Approach::Relational, InitiativeStatus::Active, {2}, {}, 5);
    b.initiative(3, Approach::WiderEducation, InitiativeStatus::Active, {2}, {}, 5);

    TrustWheels one;
    one.academies = {a.wheel()};
    view.setWheel(a.wheel());
    view.setTrust(one);
    CHECK_FALSE(view.isChartShown(CoverageView::Chart::TrustComparison));

    TrustWheels two;
    two.trust.name = QStringLiteral("Test Trust");
    two.academies = {a.wheel(), b.wheel()};
    view.setTrust(two);
    CHECK(view.isChartShown(CoverageView::Chart::TrustComparison));
    auto sets = barSets(view.chart(CoverageView::Chart::TrustComparison));
    // Academies run bottom-up: [0] B, [1] A.
    CHECK(sets.value(approachShortName(Approach::Relational))->at(0) == 1);
    CHECK(sets.value(approachShortName(Approach::Relational))->at(1) == 1);
    CHECK(sets.value(approachShortName(Approach::WiderEducation))->at(0) == 1);
    CHECK(sets.value(approachShortName(Approach::WiderEducation))->at(1) == 0);

    view.setTrustMeasure(CoverageView::TrustMeasure::PupilsReached);
    sets = barSets(view.chart(CoverageView::Chart::TrustComparison));
    CHECK(sets.value(approachShortName(Approach::Relational))->at(1) == 10);
}

TEST_CASE("At laptop size no axis label of the demo academy is cut short")
{
    TempFolder folder;
    auto store = WheelStore::createWith(folder.path(QStringLiteral("demo.wheel")),
                                        [](WheelStore& s) { return DemoWheel::seed(s, kToday); });
    REQUIRE(store.ok());
    const Academy academy = (*store)->academyByUrn(DemoWheel::academyUrn()).value();
    TrustWheels trust = (*store)->loadTrust().value();
    WheelBuilder second(academy.id + 1,
                        QStringLiteral("St Aidan's Church of England Junior Academy"));
    second.partner(999, Sector::Health);
    second.initiative(999, Approach::CommunityConvening, InitiativeStatus::Active, {999}, {}, 40);
    trust.academies.append(second.wheel());

    CoverageView view;
    view.setToday(kToday);
    view.resize(1366, 700); // a 1366×768 screen less the window's title and menu bars
    view.setWheel((*store)->loadAcademy(academy.id).value());
    view.setTrust(trust);
    view.show();
    QCoreApplication::processEvents();
    for (auto which : {CoverageView::Chart::ApproachWork, CoverageView::Chart::ApproachReach,
                       CoverageView::Chart::NeedsByCategory, CoverageView::Chart::PartnersBySector,
                       CoverageView::Chart::TrustComparison}) {
        INFO("chart " << int(which));
        REQUIRE(view.isChartShown(which));
        (void)view.chartImage(which); // lays the chart out at its real size
        for (QAbstractAxis* axis : view.chart(which)->axes())
            CHECK_FALSE(axis->labelsTruncated());
    }
}

TEST_CASE("The screen's approach and trust charts draw the description the PDF draws")
{
    CoverageView view;
    view.setToday(kToday);
    WheelBuilder a(1, QStringLiteral("Academy A"));
    a.partner(1, Sector::Health);
    a.initiative(1, Approach::Relational, InitiativeStatus::Active, {1}, {}, 10, 4, 2);
    WheelBuilder b = smallWheel();
    TrustWheels trust;
    trust.academies = {a.wheel(), b.wheel()};
    view.setWheel(b.wheel());
    view.setTrust(trust);
    view.setTrustMeasure(CoverageView::TrustMeasure::DisadvantagedReached);

    // Each set of a chart is one series of the description, in its colour,
    // with its values in category order (the trust chart lies down, so its
    // academies run bottom-up).
    auto check = [](QChart* chart, const ChartData& data, bool reversed) {
        auto* series = qobject_cast<QAbstractBarSeries*>(chart->series().value(0));
        REQUIRE(series);
        REQUIRE(series->barSets().size() == data.series.size());
        for (int s = 0; s < data.series.size(); ++s) {
            QBarSet* set = series->barSets().at(s);
            CHECK(set->label() == data.series[s].name);
            CHECK(set->color() == civic::ui::BarChartPainter::colour(data.series[s].colour));
            REQUIRE(set->count() == data.series[s].values.size());
            for (int i = 0; i < set->count(); ++i) {
                const int at = reversed ? set->count() - 1 - i : i;
                CHECK(set->at(at) == data.series[s].values[i]);
            }
        }
    };
    check(view.chart(CoverageView::Chart::ApproachWork), ApproachChart::work(view.coverage()),
          false);
    check(view.chart(CoverageView::Chart::ApproachReach), ApproachChart::reach(view.coverage()),
          false);
    check(
        view.chart(CoverageView::Chart::TrustComparison),
        ApproachChart::trustComparison(view.trustCoverage(), ApproachMeasure::DisadvantagedReached),
        true);
    // By hand: Academy A's relational initiative reaches 4 disadvantaged pupils.
    CHECK(
        ApproachChart::trustComparison(view.trustCoverage(), ApproachMeasure::DisadvantagedReached)
            .series[2]
            .values[0] == 4);
}
