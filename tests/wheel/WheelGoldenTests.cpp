// Whole layouts compared line by line with golden files under
// tests/data/layouts, so that no change to the layout code can move a node,
// a label or a segment without a test saying which. The files were written
// from the layout code before it was split into stages; the small one is
// checked by hand below. Set CIVIC_WRITE_GOLDEN=1 to write them afresh (then
// read the difference before committing it).
#include "CrowdedWheel.h"
#include "LayoutDump.h"
#include "TestSupport.h"
#include "demo/DemoWheel.h"
#include "demo/SyntheticTrust.h"
#include "store/WheelStore.h"
#include "wheel/WheelLayout.h"

#include <QFile>
#include <QtMath>

#include <catch2/catch.hpp>
#include <cmath>

using namespace civic;
using namespace civic::test;

namespace {

QString goldenPath(const QString& name)
{
    return dataPath(QStringLiteral("layouts/%1.txt").arg(name));
}

QStringList goldenLines(const QString& name)
{
    QFile file(goldenPath(name));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
}

/// The layout, as text, equals the golden file `name` line for line.
void checkGolden(const QString& name, const WheelLayout::Result& layout)
{
    const QString actual = LayoutDump::of(layout);
    if (qEnvironmentVariableIsSet("CIVIC_WRITE_GOLDEN")) {
        writeBytes(goldenPath(name), actual.toUtf8());
        WARN("wrote " << goldenPath(name).toStdString());
        return;
    }
    const QStringList expected = goldenLines(name);
    const QStringList lines = actual.split(QLatin1Char('\n'));
    INFO("golden file " << goldenPath(name).toStdString());
    for (int i = 0; i < std::min(expected.size(), lines.size()); ++i) {
        INFO("line " << i + 1);
        REQUIRE(lines[i] == expected[i]); // stop at the first difference
    }
    CHECK(lines.size() == expected.size());
}

AcademyWheel loadFirstAcademy(const std::function<Status(WheelStore&)>& populate)
{
    TempFolder folder;
    auto store = WheelStore::createWith(folder.path(QStringLiteral("golden.wheel")), populate);
    REQUIRE(store.ok());
    auto academies = (*store)->academies();
    REQUIRE(academies.ok());
    REQUIRE_FALSE(academies->isEmpty());
    auto wheel = (*store)->loadAcademy(academies->first().id);
    REQUIRE(wheel.ok());
    return std::move(wheel).value();
}

AcademyWheel demo()
{
    return loadFirstAcademy([](WheelStore& s) { return DemoWheel::seed(s, QDate(2026, 3, 1)); });
}

qint64 initiativeTitled(const AcademyWheel& wheel, const QString& title)
{
    for (const Initiative& i : wheel.initiatives) {
        if (i.title == title)
            return i.id;
    }
    FAIL("no such initiative");
    return 0;
}

Partner partner(qint64 id, const QString& name, Sector sector)
{
    Partner p;
    p.id = id;
    p.name = name;
    p.sector = sector;
    return p;
}

Tie tie(qint64 partnerId, int strength, TieStatus status)
{
    Tie t;
    t.id = partnerId + 100;
    t.academyId = 1;
    t.partnerId = partnerId;
    t.strength = strength;
    t.status = status;
    return t;
}

/// Four partners in two sectors, small enough to work out by hand.
AcademyWheel fourPartners()
{
    AcademyWheel wheel;
    wheel.academy.id = 1;
    wheel.academy.name = QStringLiteral("Hand Academy");
    wheel.partners << partner(1, QStringLiteral("Bank"), Sector::Business)
                   << partner(2, QStringLiteral("Hall"), Sector::CharityVoluntary)
                   << partner(3, QStringLiteral("Farm"), Sector::CharityVoluntary)
                   << partner(4, QStringLiteral("Mill"), Sector::CharityVoluntary);
    wheel.ties << tie(1, 1, TieStatus::Active) << tie(2, 5, TieStatus::Active)
               << tie(3, 3, TieStatus::Active) << tie(4, 3, TieStatus::Prospective);
    Initiative fair;
    fair.id = 9;
    fair.academyId = 1;
    fair.title = QStringLiteral("Fair");
    fair.approach = Approach::WiderEducation;
    fair.partnerIds = {2};
    wheel.initiatives << fair;
    return wheel;
}

WheelLayout::Options fourPartnerOptions()
{
    WheelLayout::Options options;
    options.canvas = QSizeF(1400, 1000); // wider than 1.3 x high: the legend goes right
    options.fontSize = 10;
    options.showTitle = false;
    options.showNeeds = false;
    return options;
}

} // namespace

TEST_CASE("Golden layout: the demo academy")
{
    checkGolden(QStringLiteral("demo"), WheelLayout::compute(demo()));
}

TEST_CASE("Golden layout: the demo academy, wide, with an initiative highlighted")
{
    const AcademyWheel wheel = demo();
    WheelLayout::Options options;
    options.canvas = QSizeF(1600, 900);
    options.highlightInitiative =
        initiativeTitled(wheel, QStringLiteral("Mental Health Support in School"));
    checkGolden(QStringLiteral("demo-wide-highlight"), WheelLayout::compute(wheel, options));
}

TEST_CASE("Golden layout: the demo academy, filtered, a need highlighted")
{
    const AcademyWheel wheel = demo();
    WheelLayout::Options options;
    options.canvas = QSizeF(900, 1000);
    options.sectors = {Sector::CharityVoluntary, Sector::Health, Sector::Business};
    options.statuses = {TieStatus::Active, TieStatus::Prospective};
    REQUIRE_FALSE(wheel.needs.isEmpty());
    options.highlightNeed = wheel.needs.first().id;
    checkGolden(QStringLiteral("demo-filtered"), WheelLayout::compute(wheel, options));
}

TEST_CASE("Golden layout: the crowded wheel")
{
    checkGolden(QStringLiteral("crowded"), WheelLayout::compute(crowdedWheel(150)));
}

TEST_CASE("Golden layout: the crowded wheel, small, without needs or title")
{
    WheelLayout::Options options;
    options.canvas = QSizeF(900, 700);
    options.showNeeds = false;
    options.showTitle = false;
    options.approaches = {Approach::WiderEducation, Approach::Relational};
    checkGolden(QStringLiteral("crowded-small"), WheelLayout::compute(crowdedWheel(150), options));
}

TEST_CASE("Golden layout: an academy of the large synthetic trust")
{
    const AcademyWheel wheel = loadFirstAcademy([](WheelStore& s) {
        return SyntheticTrust::generate(s, SyntheticTrust::Spec::large(), 11);
    });
    REQUIRE(wheel.partners.size() > 60); // a crowded wheel: the smaller font and labels
    checkGolden(QStringLiteral("synthetic-large"), WheelLayout::compute(wheel));
}

TEST_CASE("Golden layout: an empty academy")
{
    AcademyWheel wheel;
    wheel.academy.name = QStringLiteral("Empty Academy");
    checkGolden(QStringLiteral("empty"), WheelLayout::compute(wheel));
}

TEST_CASE("Golden layout: four partners, checked by hand")
{
    const WheelLayout::Result layout = WheelLayout::compute(fourPartners(), fourPartnerOptions());
    checkGolden(QStringLiteral("four-partners"), layout);
}

TEST_CASE("The four-partner layout and its golden file match geometry worked out by hand")
{
    const WheelLayout::Result layout = WheelLayout::compute(fourPartners(), fourPartnerOptions());

    // Font 10 px: line height 13, margin 12. No title: the wheel's area runs
    // from y = 12 to 1000 - 12, 976 high; the legend on the right leaves it
    // wider than that, so the wheel's radius is 976 / 2 less 2.2 lines of
    // room outside: 488 - 28.6 = 459.4, centred at y = 12 + 488 = 500.
    const qreal R = 459.4;
    const QPointF c = layout.hub.centre;
    CHECK(c.y() == Approx(500));
    // Centred between the margin and the legend (its box is 0.6 x 9.5 px wider
    // than its columns, and 2 x 10 px of gutter apart from the wheel).
    const qreal legendLeft = layout.legendRect.left() + 5.7;
    CHECK(c.x() == Approx(12 + (legendLeft - 20 - 12) / 2));
    CHECK(layout.needsOuter == Approx(R));
    CHECK(layout.needsInner == Approx(R)); // no needs ring
    CHECK(layout.sectorBandOuter == Approx(R));
    CHECK(layout.sectorBandInner == Approx(R - 13 * 1.35)); // 441.85
    CHECK(layout.partnerOuter == Approx(438.85));           // 0.3 px x 10 inside the band
    CHECK(layout.hub.radius == Approx(R * 0.13));           // 59.722, more than 4.2 x 10
    CHECK(layout.partnerInner == Approx(64.722));

    // Five equal bands of (438.85 - 64.722) / 5 = 74.8256, strength 5 inside.
    const qreal band = 74.8256;
    REQUIRE(layout.rings.size() == 5);
    for (int i = 0; i < 5; ++i) {
        const WheelLayout::Ring& ring = layout.rings[i];
        CHECK(ring.strength == 5 - i);
        CHECK(ring.inner == Approx(64.722 + i * band));
        CHECK(ring.outer == Approx(64.722 + (i + 1) * band));
        CHECK(ring.radius == Approx(64.722 + (i + 0.5) * band));
    }
    // Ring 5's number at twelve o'clock: "5" bold at 8 px is 0.636 em x 1.1,
    // plus 0.6 px x 10 of padding; a line of 8 px is 10.4 high.
    const qreal five = 0.636 * 8 * 1.1 + 6;
    CHECK(layout.rings[0].labelRect.width() == Approx(five));
    CHECK(layout.rings[0].labelRect.height() == Approx(10.4));
    CHECK(layout.rings[0].labelRect.center().x() == Approx(c.x()));
    CHECK(layout.rings[0].labelRect.center().y() == Approx(c.y() - (64.722 + 0.5 * band)));

    // Eleven empty sectors of 4 degrees; the 316 left split 3 : 1 between
    // the charities (the seventh sector) and business (the ninth).
    const qreal starts[13] = {0, 4, 8, 12, 16, 20, 24, 261, 265, 344, 348, 352, 356};
    const qreal spans[13] = {4, 4, 4, 4, 4, 4, 237, 4, 79, 4, 4, 4, 4};
    REQUIRE(layout.wedges.size() == 13);
    for (int i = 0; i < 13; ++i) {
        INFO("sector " << i);
        CHECK(layout.wedges[i].startAngle == Approx(starts[i]));
        CHECK(layout.wedges[i].spanAngle == Approx(spans[i]));
        CHECK(layout.wedges[i].empty == (i != 6 && i != 8));
    }

    // Nodes in sector, strength (strong first), name order. One alone sits
    // mid-wedge; two share the wedge less a pad each side of
    // (4.5 + 3) / 251.786 rad = 1.70668 degrees, at 1/4 and 3/4 of the rest.
    const qreal r3 = 64.722 + 2.5 * band; // 251.786
    const qreal pad = qRadiansToDegrees(7.5 / r3);
    const qreal usable = 237 - 2 * pad;
    struct Expected
    {
        qint64 id;
        qreal angle;
        qreal distance;
        qreal radius;
    };
    const Expected expected[] = {
        {2, 24 + 237 / 2.0, 64.722 + 0.5 * band, 5.5 * 1.3}, // Hall: ring 5, one initiative
        {3, 24 + pad + usable / 4, r3, 4.5},                 // Farm: ring 3, in none
        {4, 24 + pad + usable * 3 / 4, r3, 4.5},             // Mill: ring 3, prospective
        {1, 265 + 79 / 2.0, 64.722 + 4.5 * band, 4.5},       // Bank: ring 1
    };
    const QStringList golden = goldenLines(QStringLiteral("four-partners"));
    REQUIRE(layout.nodes.size() == 4);
    for (int i = 0; i < 4; ++i) {
        const WheelLayout::Node& n = layout.nodes[i];
        INFO("node " << n.name.toStdString());
        CHECK(n.partnerId == expected[i].id);
        CHECK(n.angle == Approx(expected[i].angle));
        CHECK(n.distance == Approx(expected[i].distance));
        CHECK(n.radius == Approx(expected[i].radius));
        const qreal a = qDegreesToRadians(expected[i].angle);
        const QPointF centre(c.x() + expected[i].distance * std::sin(a),
                             c.y() - expected[i].distance * std::cos(a));
        CHECK(n.centre.x() == Approx(centre.x()));
        CHECK(n.centre.y() == Approx(centre.y()));
        // The golden file has the same node, to four decimals.
        WheelLayout::Node byHand = n;
        byHand.centre = centre;
        byHand.angle = expected[i].angle;
        byHand.distance = expected[i].distance;
        byHand.radius = expected[i].radius;
        CHECK(golden.contains(LayoutDump::node(byHand)));
    }
    CHECK(layout.nodes[0].approaches == QVector<Approach>{Approach::WiderEducation});
    CHECK(layout.nodes[2].hollow);
    CHECK(layout.nodes[1].plain);

    // Each name beside its node, outward (right of the node in the right
    // half, left in the left half), 0.3 x 10 px from its edge, one line high,
    // as wide as the estimated DejaVu Sans advances plus 3 px:
    // Hall 0.78 + 0.62 + 0.29 + 0.29, Farm 0.70 + 0.62 + 0.41 + 0.974,
    // Mill 1 + 0.29 + 0.29 + 0.29, Bank 0.70 + 0.62 + 0.62 + 0.62 (ems).
    const qreal widths[] = {19.8 + 3, 27.04 + 3, 18.7 + 3, 25.6 + 3};
    const bool right[] = {true, true, false, false};
    REQUIRE(layout.labels.size() == 4);
    for (int i = 0; i < 4; ++i) {
        const WheelLayout::Node& n = layout.nodes[i];
        const WheelLayout::Label& l = layout.labels[i];
        INFO("label " << n.name.toStdString());
        CHECK(l.partnerId == n.partnerId);
        CHECK(l.text == n.name);
        CHECK(l.placed);
        CHECK_FALSE(l.leader);
        CHECK(l.alignRight == !right[i]);
        const qreal left =
            right[i] ? n.centre.x() + n.radius + 3 : n.centre.x() - n.radius - 3 - widths[i];
        const QRectF rect(left, n.centre.y() - 6.5, widths[i], 13);
        CHECK(l.rect.left() == Approx(rect.left()));
        CHECK(l.rect.top() == Approx(rect.top()));
        CHECK(l.rect.width() == Approx(rect.width()));
        CHECK(l.rect.height() == Approx(rect.height()));
        WheelLayout::Label byHand = l;
        byHand.rect = rect;
        CHECK(golden.contains(LayoutDump::label(byHand)));
    }
    CHECK(layout.message.isEmpty());
    CHECK(layout.needs.isEmpty());
}
