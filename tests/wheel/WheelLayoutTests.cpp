// The wheel's geometry, checked against expectations worked out by hand.
#include "CrowdedWheel.h"
#include "wheel/WheelLayout.h"

#include <algorithm>
#include <catch2/catch.hpp>
#include <cmath>

using namespace civic;

namespace {

Partner partner(qint64 id, const QString& name, Sector sector)
{
    Partner p;
    p.id = id;
    p.name = name;
    p.sector = sector;
    return p;
}

Tie tie(qint64 partnerId, int strength, TieStatus status = TieStatus::Active)
{
    Tie t;
    t.id = partnerId + 100;
    t.academyId = 1;
    t.partnerId = partnerId;
    t.strength = strength;
    t.status = status;
    return t;
}

/// An academy with `counts[i]` partners in sector i (strength 3, active).
AcademyWheel withSectors(const QVector<QPair<Sector, int>>& counts)
{
    AcademyWheel wheel;
    wheel.academy.id = 1;
    wheel.academy.name = QStringLiteral("Test Academy");
    qint64 id = 1;
    for (const auto& [sector, n] : counts) {
        for (int i = 0; i < n; ++i, ++id) {
            wheel.partners << partner(id, QStringLiteral("Partner %1").arg(id), sector);
            wheel.ties << tie(id, 3);
        }
    }
    return wheel;
}

const WheelLayout::Wedge& wedgeOf(const WheelLayout::Result& layout, Sector sector)
{
    for (const WheelLayout::Wedge& w : layout.wedges) {
        if (w.sector == sector)
            return w;
    }
    FAIL("no wedge for the sector");
    return layout.wedges.first();
}

const WheelLayout::Ring& ringOf(const WheelLayout::Result& layout, int strength)
{
    for (const WheelLayout::Ring& r : layout.rings) {
        if (r.strength == strength)
            return r;
    }
    FAIL("no ring for the strength");
    return layout.rings.first();
}

qreal distance(const QPointF& a, const QPointF& b)
{
    return std::hypot(a.x() - b.x(), a.y() - b.y());
}

bool rectTouchesCircle(const QRectF& r, const QPointF& c, qreal radius)
{
    const qreal x = std::max(r.left(), std::min(c.x(), r.right()));
    const qreal y = std::max(r.top(), std::min(c.y(), r.bottom()));
    return std::hypot(c.x() - x, c.y() - y) < radius;
}

void requireEveryNodeInItsWedgeAndRing(const WheelLayout::Result& layout)
{
    for (const WheelLayout::Node& n : layout.nodes) {
        INFO(n.name.toStdString());
        const WheelLayout::Wedge& w = wedgeOf(layout, n.sector);
        const qreal seen = WheelLayout::angleOf(layout.hub.centre, n.centre);
        CHECK(WheelLayout::angleWithin(seen, w.startAngle, w.spanAngle));
        CHECK(WheelLayout::angleWithin(n.angle, w.startAngle, w.spanAngle));
        const WheelLayout::Ring& ring = ringOf(layout, n.strength);
        const qreal d = distance(layout.hub.centre, n.centre);
        CHECK(d >= ring.inner);
        CHECK(d <= ring.outer);
    }
}

} // namespace

TEST_CASE("Wedges are proportional to partner counts with gaps for empty sectors")
{
    // 6 + 2 + 2 partners in three sectors; the ten empty sectors take 4 degrees
    // each, leaving 320 degrees shared 6:2:2 = 192, 64 and 64.
    const AcademyWheel wheel =
        withSectors({{Sector::Business, 6}, {Sector::Health, 2}, {Sector::CharityVoluntary, 2}});
    const WheelLayout::Result layout = WheelLayout::compute(wheel);
    REQUIRE(layout.wedges.size() == 13);
    CHECK(wedgeOf(layout, Sector::Business).spanAngle == Approx(192));
    CHECK(wedgeOf(layout, Sector::Health).spanAngle == Approx(64));
    CHECK(wedgeOf(layout, Sector::CharityVoluntary).spanAngle == Approx(64));
    CHECK(wedgeOf(layout, Sector::Faith).empty);
    CHECK(wedgeOf(layout, Sector::Faith).spanAngle == Approx(4));
    CHECK_FALSE(wedgeOf(layout, Sector::Faith).gapLabel.isEmpty());
    qreal total = 0;
    for (const WheelLayout::Wedge& w : layout.wedges)
        total += w.spanAngle;
    CHECK(total == Approx(360));
    // Wedges follow each other without overlap, from twelve o'clock.
    CHECK(layout.wedges.first().startAngle == Approx(0));
    for (int i = 1; i < layout.wedges.size(); ++i)
        CHECK(layout.wedges[i].startAngle ==
              Approx(layout.wedges[i - 1].startAngle + layout.wedges[i - 1].spanAngle));
}

TEST_CASE("A sector with one partner keeps a legible minimum wedge")
{
    // 30 + 1 partners: 11 gaps of 4 degrees leave 316; one 31st would be 10.2
    // degrees, so the single partner's sector is raised to 16 and the other
    // takes the remaining 300.
    const AcademyWheel wheel = withSectors({{Sector::Business, 30}, {Sector::TradeUnion, 1}});
    const WheelLayout::Result layout = WheelLayout::compute(wheel);
    CHECK(wedgeOf(layout, Sector::TradeUnion).spanAngle == Approx(16));
    CHECK(wedgeOf(layout, Sector::Business).spanAngle == Approx(300));
    requireEveryNodeInItsWedgeAndRing(layout);
}

TEST_CASE("Rings run from strength 5 at the hub to strength 1 outside")
{
    AcademyWheel wheel = withSectors({{Sector::Health, 5}});
    for (int i = 0; i < 5; ++i)
        wheel.ties[i].strength = i + 1;
    const WheelLayout::Result layout = WheelLayout::compute(wheel);
    REQUIRE(layout.rings.size() == 5);
    CHECK(ringOf(layout, 5).radius < ringOf(layout, 4).radius);
    CHECK(ringOf(layout, 4).radius < ringOf(layout, 3).radius);
    CHECK(ringOf(layout, 3).radius < ringOf(layout, 2).radius);
    CHECK(ringOf(layout, 2).radius < ringOf(layout, 1).radius);
    CHECK(ringOf(layout, 5).inner > layout.hub.radius);
    CHECK(ringOf(layout, 1).outer <= layout.partnerOuter);
    // One partner per ring: each exactly on its ring's line.
    for (const WheelLayout::Node& n : layout.nodes)
        CHECK(distance(layout.hub.centre, n.centre) == Approx(ringOf(layout, n.strength).radius));
    requireEveryNodeInItsWedgeAndRing(layout);
}

TEST_CASE("A one-partner academy puts the partner mid-wedge on its ring")
{
    AcademyWheel wheel = withSectors({{Sector::Health, 1}});
    wheel.ties[0].strength = 4;
    const WheelLayout::Result layout = WheelLayout::compute(wheel);
    REQUIRE(layout.nodes.size() == 1);
    // Health is the fourth sector: three 4-degree gaps before it, then
    // 360 - 12 x 4 = 312 degrees, so its middle is at 12 + 156 = 168.
    const WheelLayout::Wedge& health = wedgeOf(layout, Sector::Health);
    CHECK(health.startAngle == Approx(12));
    CHECK(health.spanAngle == Approx(312));
    const WheelLayout::Node& n = layout.nodes.first();
    CHECK(n.angle == Approx(168));
    CHECK(distance(layout.hub.centre, n.centre) == Approx(ringOf(layout, 4).radius));
    CHECK(n.plain);
    REQUIRE(layout.labels.size() == 1);
    CHECK(layout.labels.first().placed);
    CHECK(layout.labels.first().text == QStringLiteral("Partner 1"));
    CHECK(layout.message.isEmpty());
    CHECK(layout.hub.lines.join(QLatin1Char(' ')) == QStringLiteral("Test Academy"));
}

TEST_CASE("An empty academy lays out the hub and sectors with guidance")
{
    AcademyWheel wheel;
    wheel.academy.name = QStringLiteral("Empty Academy");
    const WheelLayout::Result layout = WheelLayout::compute(wheel);
    CHECK(layout.nodes.isEmpty());
    CHECK(layout.labels.isEmpty());
    CHECK(layout.message.contains(QStringLiteral("No partners yet")));
    CHECK(layout.message.contains(QStringLiteral("Partners")));
    CHECK(layout.message == QStringLiteral("No partners yet — add the first in Partners"));
    REQUIRE(layout.wedges.size() == 13);
    for (const WheelLayout::Wedge& w : layout.wedges) {
        CHECK(w.empty);
        CHECK(w.spanAngle == Approx(360.0 / 13));
    }
    const QRectF canvas(QPointF(0, 0), layout.canvas);
    CHECK(canvas.contains(layout.messageRect));
    CHECK(layout.hub.radius > 0);
    CHECK(canvas.contains(QRectF(layout.hub.centre.x() - layout.needsOuter,
                                 layout.hub.centre.y() - layout.needsOuter, 2 * layout.needsOuter,
                                 2 * layout.needsOuter)));
    CHECK_FALSE(layout.legend.isEmpty());
    CHECK(layout.needs.isEmpty());
}

TEST_CASE("Nodes show status approaches and size")
{
    AcademyWheel wheel = withSectors({{Sector::Cultural, 4}});
    wheel.ties[0].status = TieStatus::Prospective;
    wheel.ties[1].status = TieStatus::Paused;
    wheel.ties[2].status = TieStatus::Ended;
    Initiative a;
    a.id = 50;
    a.title = QStringLiteral("Arts week");
    a.approach = Approach::Relational;
    a.partnerIds = {1, 2};
    Initiative b;
    b.id = 51;
    b.title = QStringLiteral("Forum");
    b.approach = Approach::WiderEducation;
    b.partnerIds = {2};
    wheel.initiatives = {a, b};
    const WheelLayout::Result layout = WheelLayout::compute(wheel);
    const WheelLayout::Node* one = layout.node(1);
    const WheelLayout::Node* two = layout.node(2);
    const WheelLayout::Node* three = layout.node(3);
    const WheelLayout::Node* four = layout.node(4);
    REQUIRE((one && two && three && four));
    CHECK(one->hollow);
    CHECK_FALSE(one->faded);
    CHECK(two->faded);
    CHECK(three->faded);
    CHECK_FALSE(four->hollow);
    CHECK_FALSE(four->faded);
    CHECK(one->approaches == QVector<Approach>{Approach::Relational});
    // Pathway order, whatever the order of the initiatives.
    CHECK(two->approaches == (QVector<Approach>{Approach::WiderEducation, Approach::Relational}));
    CHECK(two->initiatives == (QStringList{QStringLiteral("Arts week"), QStringLiteral("Forum")}));
    CHECK(three->plain);
    CHECK(three->approaches.isEmpty());
    CHECK_FALSE(one->plain);
    CHECK(two->radius > one->radius);
    CHECK(one->radius > three->radius);
    // Sizes worked out: labels at 1600 / 110 px; a node in no initiative is
    // 0.45 of that, otherwise 0.55 of it grown by 30% an initiative.
    const qreal px = 1600 / 110.0;
    CHECK(layout.fontSize == Approx(px));
    CHECK(three->radius == Approx(px * 0.45));
    CHECK(one->radius == Approx(px * 0.55 * 1.3));
    CHECK(two->radius == Approx(px * 0.55 * 1.6));
}

TEST_CASE("The needs ring marks needs met only by active initiatives")
{
    AcademyWheel wheel = withSectors({{Sector::Health, 2}});
    Need hunger;
    hunger.id = 10;
    hunger.title = QStringLiteral("Holiday hunger");
    hunger.category = NeedCategory::FoodPoverty;
    Need waits = hunger;
    waits.id = 11;
    waits.title = QStringLiteral("CAMHS waits");
    waits.category = NeedCategory::MentalHealth;
    Need closed = hunger;
    closed.id = 12;
    closed.status = NeedStatus::Closed;
    Need housing = hunger;
    housing.id = 13;
    housing.category = NeedCategory::Housing;
    wheel.needs = {waits, hunger, closed, housing};
    Initiative food;
    food.id = 60;
    food.status = InitiativeStatus::Active;
    food.needIds = {10};
    food.partnerIds = {1};
    Initiative planned;
    planned.id = 61;
    planned.status = InitiativeStatus::Planned;
    planned.needIds = {11};
    planned.partnerIds = {2};
    wheel.initiatives = {food, planned};

    WheelLayout::Options options;
    options.highlightNeed = 10;
    const WheelLayout::Result layout = WheelLayout::compute(wheel, options);
    // Closed needs leave the ring; three remain, 120 degrees each, by category:
    // food poverty, housing, mental health.
    REQUIRE(layout.needs.size() == 3);
    CHECK(layout.needs[0].needId == 10);
    CHECK(layout.needs[0].met);
    CHECK(layout.needs[0].highlighted);
    CHECK(layout.needs[1].needId == 13);
    CHECK_FALSE(layout.needs[1].met);
    CHECK(layout.needs[2].needId == 11);
    CHECK_FALSE(layout.needs[2].met); // only planned work on it
    CHECK(layout.needs[1].startAngle == Approx(120));
    CHECK(layout.needs[2].spanAngle == Approx(120));
    REQUIRE(layout.needGroups.size() == 3);
    CHECK(layout.needGroups[0].met == 1);
    CHECK(layout.needGroups[2].unmet == 1);
    // One need a category here: each group is its need's segment.
    const NeedCategory categories[] = {NeedCategory::FoodPoverty, NeedCategory::Housing,
                                       NeedCategory::MentalHealth};
    for (int i = 0; i < 3; ++i) {
        CHECK(layout.needGroups[i].category == categories[i]);
        CHECK(layout.needGroups[i].startAngle == Approx(120 * i));
        CHECK(layout.needGroups[i].spanAngle == Approx(120));
        CHECK(layout.needGroups[i].met + layout.needGroups[i].unmet == 1);
        CHECK(layout.needs[i].highlighted == (i == 0)); // only the highlighted need
    }
    // Highlighting the need emphasises the partner working on it.
    CHECK(layout.node(1)->highlighted);
    CHECK(layout.node(2)->dimmed);

    options.showNeeds = false;
    const WheelLayout::Result without = WheelLayout::compute(wheel, options);
    CHECK(without.needs.isEmpty());
    CHECK_FALSE(without.needsShown);
}

TEST_CASE("Filters by approach sector and status hide partners")
{
    AcademyWheel wheel = withSectors({{Sector::Health, 2}, {Sector::Business, 2}});
    wheel.ties[1].status = TieStatus::Prospective;
    Initiative convening;
    convening.id = 70;
    convening.approach = Approach::CommunityConvening;
    convening.partnerIds = {1, 3};
    wheel.initiatives = {convening};

    WheelLayout::Options byApproach;
    byApproach.approaches = {Approach::CommunityConvening};
    const WheelLayout::Result a = WheelLayout::compute(wheel, byApproach);
    REQUIRE(a.nodes.size() == 2);
    CHECK(a.node(1));
    CHECK(a.node(3));

    WheelLayout::Options bySector;
    bySector.sectors = {Sector::Business};
    const WheelLayout::Result s = WheelLayout::compute(wheel, bySector);
    CHECK(s.nodes.size() == 2);
    REQUIRE(s.wedges.size() == 1);
    CHECK(s.wedges.first().spanAngle == Approx(360));

    WheelLayout::Options byStatus;
    byStatus.statuses = {TieStatus::Prospective};
    const WheelLayout::Result st = WheelLayout::compute(wheel, byStatus);
    REQUIRE(st.nodes.size() == 1);
    CHECK(st.nodes.first().partnerId == 2);

    byStatus.statuses = {TieStatus::Ended};
    const WheelLayout::Result none = WheelLayout::compute(wheel, byStatus);
    CHECK(none.nodes.isEmpty());
    CHECK(none.message.contains(QStringLiteral("filters")));
    CHECK(none.message == QStringLiteral("No partner matches these filters"));
}

TEST_CASE("Highlighting an initiative emphasises its partners only")
{
    AcademyWheel wheel = withSectors({{Sector::Health, 3}});
    Initiative i;
    i.id = 80;
    i.title = QStringLiteral("Mental health support");
    i.partnerIds = {2};
    wheel.initiatives = {i};
    WheelLayout::Options options;
    options.highlightInitiative = 80;
    const WheelLayout::Result layout = WheelLayout::compute(wheel, options);
    CHECK(layout.node(2)->highlighted);
    CHECK_FALSE(layout.node(2)->dimmed);
    CHECK(layout.node(1)->dimmed);
    CHECK(layout.node(3)->dimmed);
    CHECK(layout.subtitle.contains(QStringLiteral("Mental health support")));
    // Three partners, no needs, and the highlight, in words; short enough at
    // 1600 pixels not to be elided.
    CHECK(layout.subtitle ==
          QStringLiteral("Community wheel  ·  3 partners  ·  0 of 0 open needs met  ·  "
                         "highlighted: partners of “Mental health support”"));
    const WheelLayout::Result plain = WheelLayout::compute(wheel);
    CHECK_FALSE(plain.node(1)->dimmed);
}

TEST_CASE("Long names are elided and keep the full name")
{
    AcademyWheel wheel = withSectors({{Sector::Health, 1}});
    const QString longName = QStringLiteral(
        "Dale Valley NHS Foundation Trust – Child and Adolescent Mental Health Services");
    wheel.partners[0].name = longName;
    const WheelLayout::Result layout = WheelLayout::compute(wheel);
    const WheelLayout::Label& label = layout.labels.first();
    CHECK(label.fullName == longName);
    CHECK(label.text.endsWith(QChar(0x2026)));
    CHECK(longName.startsWith(label.text.chopped(1)));
    CHECK(WheelLayout::estimateWidth(label.text, layout.fontSize) <= label.rect.width());
    CHECK(layout.nodes.first().name == longName);
}

TEST_CASE("150 partners: every node in place and no label overlaps a label or a node")
{
    const AcademyWheel wheel = test::crowdedWheel(150);
    const WheelLayout::Result layout = WheelLayout::compute(wheel);
    REQUIRE(layout.nodes.size() == 150);
    REQUIRE(layout.labels.size() == 150);
    requireEveryNodeInItsWedgeAndRing(layout);
    const QRectF canvas(QPointF(0, 0), layout.canvas);
    int placed = 0;
    for (int i = 0; i < layout.labels.size(); ++i) {
        const WheelLayout::Label& a = layout.labels[i];
        if (!a.placed)
            continue;
        ++placed;
        CHECK(canvas.contains(a.rect));
        CHECK_FALSE(a.rect.intersects(layout.legendRect));
        for (int j = i + 1; j < layout.labels.size(); ++j) {
            const WheelLayout::Label& b = layout.labels[j];
            if (b.placed && a.rect.intersects(b.rect)) {
                INFO(a.fullName.toStdString() << " / " << b.fullName.toStdString());
                CHECK(false);
            }
        }
        for (const WheelLayout::Node& n : layout.nodes) {
            if (rectTouchesCircle(a.rect, n.centre, n.radius)) {
                INFO(a.fullName.toStdString() << " over node of " << n.name.toStdString());
                CHECK(false);
            }
        }
    }
    // At 1600 pixels nearly every name finds room; a name that could only be
    // reached by a leader through another node is left to the tooltip.
    CHECK(placed >= 140);
}

TEST_CASE("No leader line crosses the hub")
{
    // A leader through the hub would cross the academy's own name, and would
    // join a label to a node on the far side of the wheel.
    for (int partners : {60, 150, 220}) {
        const WheelLayout::Result layout = WheelLayout::compute(test::crowdedWheel(partners));
        const QPointF c = layout.hub.centre;
        int leaders = 0;
        for (const WheelLayout::Label& l : layout.labels) {
            if (!l.placed || !l.leader)
                continue;
            ++leaders;
            // Distance from the hub's centre to the segment anchor–leaderEnd.
            const QPointF d = l.leaderEnd - l.anchor;
            const qreal len2 = QPointF::dotProduct(d, d);
            const qreal t =
                len2 > 0 ? std::clamp(QPointF::dotProduct(c - l.anchor, d) / len2, 0.0, 1.0) : 0;
            const qreal gap = distance(c, l.anchor + d * t);
            INFO(partners << " partners: " << l.fullName.toStdString());
            CHECK(gap > layout.hub.radius);
        }
        CHECK(leaders > 0); // the check above was exercised
    }
}

TEST_CASE("The same academy always gives the same layout")
{
    const AcademyWheel wheel = test::crowdedWheel(120);
    const WheelLayout::Result first = WheelLayout::compute(wheel);
    // The partners' order in the input does not matter either.
    AcademyWheel shuffled = wheel;
    std::reverse(shuffled.partners.begin(), shuffled.partners.end());
    std::reverse(shuffled.ties.begin(), shuffled.ties.end());
    const WheelLayout::Result second = WheelLayout::compute(shuffled);
    REQUIRE(first.nodes.size() == second.nodes.size());
    for (int i = 0; i < first.nodes.size(); ++i) {
        CHECK(first.nodes[i].partnerId == second.nodes[i].partnerId);
        CHECK(first.nodes[i].centre == second.nodes[i].centre);
        CHECK(first.nodes[i].radius == second.nodes[i].radius);
        CHECK(first.labels[i].rect == second.labels[i].rect);
        CHECK(first.labels[i].text == second.labels[i].text);
    }
    for (int i = 0; i < first.wedges.size(); ++i)
        CHECK(first.wedges[i].spanAngle == second.wedges[i].spanAngle);
    CHECK(first.legendRect == second.legendRect);
}

TEST_CASE("The legend lists approaches rings sizes and statuses clear of the wheel")
{
    const AcademyWheel wheel = test::crowdedWheel(40);
    for (const QSizeF size : {QSizeF(1600, 1600), QSizeF(800, 800), QSizeF(1600, 900)}) {
        WheelLayout::Options options;
        options.canvas = size;
        const WheelLayout::Result layout = WheelLayout::compute(wheel, options);
        QStringList texts;
        for (const WheelLayout::LegendItem& item : layout.legend)
            texts << item.text;
        const QString all = texts.join(QLatin1Char('|'));
        for (Approach a : allValues<Approach>())
            CHECK(all.contains(displayName(a)));
        CHECK(all.contains(QStringLiteral("Prospective")));
        CHECK(all.contains(QStringLiteral("Paused")));
        CHECK(all.contains(QStringLiteral("core")));
        CHECK(all.contains(QStringLiteral("occasional")));
        CHECK(all.contains(QStringLiteral("Met")));
        const QRectF canvas(QPointF(0, 0), size);
        CHECK(canvas.contains(layout.legendRect));
        // The legend is clear of the wheel's disc.
        const QPointF c = layout.hub.centre;
        const qreal R = layout.needsOuter;
        const qreal nx =
            std::max(layout.legendRect.left(), std::min(c.x(), layout.legendRect.right()));
        const qreal ny =
            std::max(layout.legendRect.top(), std::min(c.y(), layout.legendRect.bottom()));
        CHECK(std::hypot(nx - c.x(), ny - c.y()) > R);
        for (const WheelLayout::LegendItem& item : layout.legend)
            CHECK(layout.legendRect.contains(item.textRect));
        // Every entry, in the order the key reads: five columns, each a heading
        // and its items.
        const QStringList expected = {
            QStringLiteral("Colour: approach of its initiatives"),
            QStringLiteral("Wider education purposes"),
            QStringLiteral("Problem identification"),
            QStringLiteral("Relational"),
            QStringLiteral("Community convening"),
            QStringLiteral("In no initiative yet"),
            QStringLiteral("Ring: strength of the tie"),
            QStringLiteral("5 – core (nearest the hub)"),
            QStringLiteral("4 – strong"),
            QStringLiteral("3 – regular"),
            QStringLiteral("2 – developing"),
            QStringLiteral("1 – occasional (outer ring)"),
            QStringLiteral("Size: initiatives it is in"),
            QStringLiteral("1 initiative"),
            QStringLiteral("2 initiatives"),
            QStringLiteral("3 initiatives"),
            QStringLiteral("4 or more"),
            QStringLiteral("Status of the tie"),
            QStringLiteral("Active"),
            QStringLiteral("Prospective (hollow)"),
            QStringLiteral("Paused or ended (faded)"),
            QStringLiteral("Outer ring: the academy’s needs"),
            QStringLiteral("Met: an active initiative addresses it"),
            QStringLiteral("Not met yet"),
        };
        CHECK(texts == expected);
    }
}
