// The wheel on screen: selection, activation, filters, highlight, zoom and guidance.
#include "../wheel/CrowdedWheel.h"
#include "TestSupport.h"
#include "common/Palette.h"
#include "demo/DemoWheel.h"
#include "store/WheelStore.h"
#include "wheel/WheelCanvas.h"
#include "wheel/WheelView.h"

#include <QComboBox>
#include <QDir>
#include <QLocale>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>
#include <cmath>

using namespace civic;
using namespace civic::test;

namespace {

AcademyWheel demo()
{
    TempFolder folder;
    auto store =
        WheelStore::createWith(folder.path(QStringLiteral("demo.wheel")),
                               [](WheelStore& s) { return DemoWheel::seed(s, QDate(2026, 3, 1)); });
    REQUIRE(store.ok());
    auto academies = (*store)->academies();
    REQUIRE(academies.ok());
    auto wheel = (*store)->loadAcademy(academies->first().id);
    REQUIRE(wheel.ok());
    return std::move(wheel).value();
}

qint64 partnerNamed(const AcademyWheel& wheel, const QString& name)
{
    for (const Partner& p : wheel.partners) {
        if (p.name == name)
            return p.id;
    }
    FAIL("no such partner");
    return 0;
}

QPoint onScreen(const ui::WheelView& view, qint64 partnerId)
{
    const WheelLayout::Node* node = view.layout().node(partnerId);
    REQUIRE(node);
    return view.canvas()->canvasToWidget().map(node->centre).toPoint();
}

/// The C locale for dates while it lives, whatever the machine's.
struct CLocale
{
    QLocale before;
    CLocale() { QLocale::setDefault(QLocale::c()); }
    ~CLocale() { QLocale::setDefault(before); }
};

struct ShownView
{
    ui::WheelView view;
    ShownView()
    {
        view.resize(1000, 800);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
    }
};

} // namespace

TEST_CASE("Clicking a partner selects it and double-clicking activates it")
{
    ShownView shown;
    ui::WheelView& view = shown.view;
    const AcademyWheel wheel = demo();
    view.setWheel(wheel);
    REQUIRE(view.layout().nodes.size() == 25);
    QSignalSpy selected(&view, &ui::WheelView::partnerSelected);
    QSignalSpy activated(&view, &ui::WheelView::partnerActivated);

    const qint64 foodBank = partnerNamed(wheel, QStringLiteral("Millbrook Food Bank"));
    QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, onScreen(view, foodBank));
    REQUIRE(selected.count() == 1);
    CHECK(selected.first().first().toLongLong() == foodBank);
    CHECK(view.selectedPartner() == foodBank);
    CHECK(view.canvas()->accessibleDescription().contains(QStringLiteral("Millbrook Food Bank")));
    // The demo's food bank: a charity with a core tie (strength 5).
    CHECK(view.canvas()->accessibleDescription() ==
          QStringLiteral("Millbrook Primary Academy: 25 partners shown. Selected: Millbrook Food "
                         "Bank, Charity & voluntary, tie 5 – core."));

    const qint64 college = partnerNamed(wheel, QStringLiteral("Dale Valley College"));
    QTest::mouseDClick(view.canvas(), Qt::LeftButton, {}, onScreen(view, college));
    REQUIRE(activated.count() == 1);
    CHECK(activated.first().first().toLongLong() == college);

    // Clicking empty paper clears the selection.
    selected.clear();
    QTest::mouseClick(view.canvas(), Qt::LeftButton, {}, QPoint(3, view.canvas()->height() / 2));
    REQUIRE(selected.count() == 1);
    CHECK(selected.first().first().toLongLong() == 0);
}

TEST_CASE("Selecting from the register selects on the wheel without echo")
{
    ShownView shown;
    ui::WheelView& view = shown.view;
    const AcademyWheel wheel = demo();
    view.setWheel(wheel);
    QSignalSpy selected(&view, &ui::WheelView::partnerSelected);
    const qint64 museum = partnerNamed(wheel, QStringLiteral("Northvale Museum & Art Gallery"));
    view.selectPartner(museum);
    CHECK(view.selectedPartner() == museum);
    CHECK(selected.isEmpty());
    view.selectPartner(987654); // not on this wheel
    CHECK(view.selectedPartner() == 0);
}

TEST_CASE("The tooltip tells partner sector strength approaches initiatives and review")
{
    const CLocale locale;
    ui::WheelView view;
    const AcademyWheel wheel = demo();
    view.setWheel(wheel);
    const qint64 harland = partnerNamed(wheel, QStringLiteral("Harland Engineering Ltd"));
    const QString tip = view.canvas()->tooltipFor(harland);
    CHECK(tip.contains(QStringLiteral("Harland Engineering Ltd")));
    CHECK(tip.contains(QStringLiteral("Business")));
    CHECK(tip.contains(QStringLiteral("3 – regular")));
    CHECK(tip.contains(QStringLiteral("Wider education purposes")));
    CHECK(tip.contains(QStringLiteral("Problem identification")));
    CHECK(tip.contains(QStringLiteral("Engineers of Tomorrow")));
    CHECK(tip.contains(QStringLiteral("Laptops for Learning")));
    CHECK(tip.contains(QStringLiteral("Next review")));
    // 55 days after Sunday 1 March 2026: 30 to the end of March, 25 into
    // April; 1 January 2026 was a Thursday and 25 April is 114 days later
    // (16 weeks and 2 days): a Saturday. The C locale writes the long date.
    CHECK(tip.contains(QStringLiteral("Saturday, 25 April 2026")));
    // The whole tooltip: approaches in pathway order, initiatives in the order
    // the demo made them.
    CHECK(tip == QStringLiteral("<b>Harland Engineering Ltd</b><br>"
                                "Sector: Business<br>"
                                "Tie: 3 – regular, active<br>"
                                "Approaches: Wider education purposes, Problem identification<br>"
                                "Initiatives: Engineers of Tomorrow, Laptops for Learning<br>"
                                "Next review: Saturday, 25 April 2026"));
}

TEST_CASE("Filters and highlight change what the wheel shows")
{
    ui::WheelView view;
    const AcademyWheel wheel = demo();
    view.setWheel(wheel);
    // Community convening: only "Millbrook Together", with five partners.
    view.setApproachFilter(Approach::CommunityConvening);
    CHECK(view.layout().nodes.size() == 5);
    view.setApproachFilter(std::nullopt);
    CHECK(view.layout().nodes.size() == 25);
    // Health (NHS): CAMHS, school nursing and the MHST.
    view.setSectorFilter(Sector::Health);
    CHECK(view.layout().nodes.size() == 3);
    view.setSectorFilter(std::nullopt);
    // Prospective ties: Northgate, the safety partnership and housing advice.
    view.setStatusFilter(TieStatus::Prospective);
    CHECK(view.layout().nodes.size() == 3);
    for (const WheelLayout::Node& n : view.layout().nodes)
        CHECK(n.hollow);
    view.setStatusFilter(std::nullopt);

    qint64 mentalHealth = 0;
    for (const Initiative& i : wheel.initiatives) {
        if (i.title == QStringLiteral("Mental Health Support in School"))
            mentalHealth = i.id;
    }
    view.highlightInitiative(mentalHealth);
    int highlighted = 0;
    for (const WheelLayout::Node& n : view.layout().nodes)
        highlighted += n.highlighted;
    CHECK(highlighted == 3); // MHST, CAMHS and school nursing
    view.highlightInitiative(0);
    CHECK(view.options().highlightInitiative == 0);

    view.setNeedsRingShown(false);
    CHECK(view.layout().needs.isEmpty());
    view.setNeedsRingShown(true);
    CHECK(view.layout().needs.size() == 8);
}

TEST_CASE("Edits show at once and a vanished highlight is dropped")
{
    ui::WheelView view;
    AcademyWheel wheel = demo();
    view.setWheel(wheel);
    const qint64 initiative = wheel.initiatives.first().id;
    view.highlightInitiative(initiative);
    CHECK(view.options().highlightInitiative == initiative);
    wheel.partners.first().name = QStringLiteral("Renamed Partner");
    wheel.initiatives.removeFirst();
    view.setWheel(wheel);
    CHECK(view.layout().node(wheel.partners.first().id)->name == QStringLiteral("Renamed Partner"));
    CHECK(view.options().highlightInitiative == 0);
}

TEST_CASE("An empty academy shows guidance")
{
    ui::WheelView view;
    AcademyWheel wheel;
    wheel.academy.name = QStringLiteral("New Academy");
    view.setWheel(wheel);
    CHECK(view.layout().message == QStringLiteral("No partners yet — add the first in Partners"));
    CHECK(view.canvas()->accessibleDescription().contains(QStringLiteral("No partners yet")));
    CHECK(view.canvas()->accessibleDescription() ==
          QStringLiteral("No partners yet — add the first in Partners"));
}

TEST_CASE("Keys zoom fit and move the selection")
{
    ShownView shown;
    ui::WheelView& view = shown.view;
    const AcademyWheel wheel = demo();
    view.setWheel(wheel);
    view.canvas()->setFocus();
    QSignalSpy selected(&view, &ui::WheelView::partnerSelected);
    QSignalSpy activated(&view, &ui::WheelView::partnerActivated);
    const qreal before = view.canvas()->zoom();
    QTest::keyClick(view.canvas(), Qt::Key_Plus);
    CHECK(view.canvas()->zoom() > before);
    CHECK(view.canvas()->zoom() == Approx(before * 1.25)); // a step is a quarter larger
    QTest::keyClick(view.canvas(), Qt::Key_Minus);
    QTest::keyClick(view.canvas(), Qt::Key_Minus);
    CHECK(view.canvas()->zoom() < before);
    CHECK(view.canvas()->zoom() == Approx(before / 1.25));
    QTest::keyClick(view.canvas(), Qt::Key_0);
    CHECK(view.canvas()->zoom() == Approx(1.0));

    QTest::keyClick(view.canvas(), Qt::Key_Right);
    REQUIRE(selected.count() == 1);
    CHECK(selected.first().first().toLongLong() == view.layout().nodes.first().partnerId);
    QTest::keyClick(view.canvas(), Qt::Key_Return);
    REQUIRE(activated.count() == 1);
    CHECK(activated.first().first().toLongLong() == view.layout().nodes.first().partnerId);

    // Zooming lays the wheel out larger, with text at the same size.
    const QSizeF canvas = view.layout().canvas;
    const qreal font = view.layout().fontSize;
    const qreal radius = view.layout().needsOuter;
    QTest::keyClick(view.canvas(), Qt::Key_Plus);
    CHECK(view.layout().canvas.width() == Approx(canvas.width() * 1.25));
    CHECK(view.layout().fontSize == font);
    CHECK(view.layout().needsOuter > radius * 1.2);
    // Dragging pans: the hub follows the mouse.
    const QPointF hub = view.canvas()->canvasToWidget().map(view.layout().hub.centre);
    const QPoint from = QRectF(view.canvas()->rect()).center().toPoint() + QPoint(0, 5);
    QTest::mousePress(view.canvas(), Qt::LeftButton, {}, from);
    QMouseEvent move(QEvent::MouseMove, QPointF(from + QPoint(40, 30)),
                     view.canvas()->mapToGlobal(QPointF(from + QPoint(40, 30))), Qt::NoButton,
                     Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.canvas(), &move);
    QTest::mouseRelease(view.canvas(), Qt::LeftButton, {}, from + QPoint(40, 30));
    const QPointF moved = view.canvas()->canvasToWidget().map(view.layout().hub.centre);
    CHECK(moved.x() == Approx(hub.x() + 40));
    CHECK(moved.y() == Approx(hub.y() + 30));
}

TEST_CASE("The view draws the crowded wheel")
{
    ShownView shown;
    ui::WheelView& view = shown.view;
    view.setWheel(crowdedWheel(150));
    const QImage image = view.grab().toImage();
    CHECK(image.size() == view.size() * image.devicePixelRatio());
    const QString folder = qEnvironmentVariable("CIVIC_WHEEL_SNAPSHOTS");
    if (!folder.isEmpty())
        image.save(QDir(folder).filePath(QStringLiteral("wheel-view-crowded.png")));
    // A partner's approach colour shows somewhere in the picture.
    bool coloured = false;
    for (int y = 0; y < image.height() && !coloured; y += 2) {
        for (int x = 0; x < image.width() && !coloured; x += 2)
            coloured = QColor(image.pixel(x, y)).saturation() > 150;
    }
    CHECK(coloured);
    // More than somewhere: each active, undimmed node of one approach shows
    // that approach's colour at its centre (unless another node or a name
    // lies over it there).
    const WheelLayout::Result& layout = view.layout();
    auto covered = [&](const WheelLayout::Node& n) {
        for (const WheelLayout::Node& other : layout.nodes) {
            const QPointF d = other.centre - n.centre;
            if (other.partnerId != n.partnerId &&
                std::hypot(d.x(), d.y()) < other.radius + layout.fontSize * 0.2)
                return true;
        }
        for (const WheelLayout::Label& l : layout.labels) {
            if (l.placed && l.rect.adjusted(-2, -2, 2, 2).contains(n.centre))
                return true;
        }
        return false;
    };
    int checked = 0;
    for (const WheelLayout::Node& n : layout.nodes) {
        if (n.approaches.size() != 1 || n.hollow || n.faded || n.dimmed || covered(n))
            continue;
        const QPoint at =
            view.canvas()->mapTo(&view, view.canvas()->canvasToWidget().map(n.centre).toPoint());
        const QColor seen(image.pixel(at * image.devicePixelRatio()));
        const QColor wanted = ui::Palette::approach(n.approaches.first());
        INFO(n.name.toStdString());
        CHECK(std::abs(seen.red() - wanted.red()) <= 2);
        CHECK(std::abs(seen.green() - wanted.green()) <= 2);
        CHECK(std::abs(seen.blue() - wanted.blue()) <= 2);
        ++checked;
    }
    CHECK(checked >= 20);
}
