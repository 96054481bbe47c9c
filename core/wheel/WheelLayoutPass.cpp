#include "wheel/WheelLayoutPass.h"

#include "wheel/WheelGeometry.h"
#include "wheel/WheelLabelPlacer.h"
#include "wheel/WheelLegend.h"
#include "wheel/WheelText.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace civic {
namespace {

constexpr qreal kGapSpan = 4.0;        // degrees of an empty sector
constexpr qreal kMinSectorSpan = 16.0; // so one partner's wedge is still legible

QString tr(const char* text)
{
    return WheelText::tr(text);
}

/// Whether an active initiative addresses `need`.
bool isMet(const AcademyWheel& wheel, const Need& need)
{
    return std::any_of(
        wheel.initiatives.cbegin(), wheel.initiatives.cend(), [&](const Initiative& in) {
            return in.status == InitiativeStatus::Active && in.needIds.contains(need.id);
        });
}

} // namespace

WheelLayoutPass::WheelLayoutPass(const AcademyWheel& wheel, const WheelLayout::Options& options)
    : m_wheel(wheel)
    , m_options(options)
    , m_measure(options.measure ? options.measure
                                : WheelLayout::TextMeasure(&WheelLayout::estimateWidth))
    , m_highlightInitiative(
          options.highlightInitiative ? wheel.initiative(options.highlightInitiative) : nullptr)
    , m_highlightNeed(options.highlightNeed ? wheel.need(options.highlightNeed) : nullptr)
{}

WheelLayout::Result WheelLayoutPass::run()
{
    chooseFontSize();
    choosePartners();
    placeTitle();
    m_wheelArea =
        WheelLegend(m_px, m_options.showNeeds, m_measure).place(m_result, m_top, m_margin);
    placeRadii();
    placeWedges();
    placeNodes();
    if (m_options.showNeeds)
        placeNeeds();
    placeLabels();
    placeGuidance();
    return std::move(m_result);
}

void WheelLayoutPass::chooseFontSize()
{
    m_result.canvas = m_options.canvas.isEmpty() ? QSizeF(1600, 1600) : m_options.canvas;
    const qreal W = m_result.canvas.width();
    const qreal H = m_result.canvas.height();
    qreal px =
        m_options.fontSize > 0 ? m_options.fontSize : std::clamp(std::min(W, H) / 110.0, 8.0, 15.0);
    if (m_options.fontSize <= 0 && m_wheel.partners.size() > 60)
        px = std::max(8.0, px * 0.88); // a crowded wheel needs the room more than the size
    m_result.fontSize = px;
    m_px = px;
    m_lineH = WheelLayout::lineHeight(px);
    m_margin = px * 1.2;
}

WheelLayoutPass::Shown WheelLayoutPass::shownAs(const Partner& partner) const
{
    Shown s;
    s.partner = &partner;
    if (const Tie* tie = m_wheel.tieFor(partner.id)) {
        s.strength = std::clamp(tie->strength, 1, 5);
        s.status = tie->status;
        s.nextReview = tie->nextReview;
    }
    for (const Initiative& initiative : m_wheel.initiatives) {
        if (!initiative.partnerIds.contains(partner.id))
            continue;
        s.initiatives.append(initiative.title);
        if (!s.approaches.contains(initiative.approach))
            s.approaches.append(initiative.approach);
        if (m_highlightInitiative && initiative.id == m_highlightInitiative->id)
            s.highlighted = true;
        if (m_highlightNeed && initiative.needIds.contains(m_highlightNeed->id))
            s.highlighted = true;
    }
    std::sort(s.approaches.begin(), s.approaches.end());
    return s;
}

bool WheelLayoutPass::passesFilters(const Shown& s) const
{
    const WheelLayout::Options& o = m_options;
    if (!o.sectors.isEmpty() && !o.sectors.contains(s.partner->sector))
        return false;
    if (!o.statuses.isEmpty() && !o.statuses.contains(s.status))
        return false;
    return o.approaches.isEmpty() ||
           std::any_of(s.approaches.cbegin(), s.approaches.cend(),
                       [&](Approach a) { return o.approaches.contains(a); });
}

void WheelLayoutPass::choosePartners()
{
    for (const Partner& partner : m_wheel.partners) {
        Shown s = shownAs(partner);
        if (passesFilters(s))
            m_shown.append(s);
    }
    std::sort(m_shown.begin(), m_shown.end(), [](const Shown& a, const Shown& b) {
        if (a.partner->sector != b.partner->sector)
            return a.partner->sector < b.partner->sector;
        if (a.strength != b.strength)
            return a.strength > b.strength;
        const int byName = QString::compare(a.partner->name, b.partner->name, Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        return a.partner->id < b.partner->id;
    });
}

void WheelLayoutPass::placeTitle()
{
    m_top = m_margin;
    if (!m_options.showTitle)
        return;
    const qreal W = m_result.canvas.width();
    const qreal px = m_px;
    m_result.title = m_wheel.academy.name.isEmpty() ? tr("Community wheel") : m_wheel.academy.name;
    m_result.title = WheelText::elide(m_result.title, W - 2 * m_margin, px * 1.6, true, m_measure);
    m_result.titleRect =
        QRectF(m_margin, m_top, W - 2 * m_margin, WheelLayout::lineHeight(px * 1.6));
    m_top = m_result.titleRect.bottom();
    m_result.subtitle = WheelText::elide(subtitle(), W - 2 * m_margin, px, false, m_measure);
    m_result.subtitleRect = QRectF(m_margin, m_top, W - 2 * m_margin, m_lineH);
    m_top = m_result.subtitleRect.bottom() + px * 0.5;
}

/// Counts, filters and highlight in words.
QString WheelLayoutPass::subtitle() const
{
    int met = 0;
    int needCount = 0;
    for (const Need& need : m_wheel.needs) {
        if (need.status == NeedStatus::Closed)
            continue;
        ++needCount;
        met += isMet(m_wheel, need);
    }
    const int shown = int(m_shown.size());
    QStringList parts;
    parts << tr("Community wheel");
    if (shown == m_wheel.partners.size())
        parts << WheelText::count(shown, "%1 partner", "%1 partners");
    else
        parts << tr("%1 of %2 partners shown").arg(shown).arg(m_wheel.partners.size());
    parts << (needCount == 1 ? tr("%1 of 1 open need met").arg(met)
                             : tr("%1 of %2 open needs met").arg(met).arg(needCount));
    if (m_highlightInitiative)
        parts << tr("highlighted: partners of “%1”").arg(m_highlightInitiative->title);
    else if (m_highlightNeed)
        parts << tr("highlighted: partners working on “%1”").arg(m_highlightNeed->title);
    return parts.join(QStringLiteral("  ·  "));
}

void WheelLayoutPass::placeRadii()
{
    const qreal px = m_px;
    Result& r = m_result;
    // Room outside the wheel for gap names and displaced labels.
    const qreal outsideRoom = m_lineH * 2.2;
    m_centre = m_wheelArea.center();
    m_R = std::max<qreal>(px * 8,
                          std::min(m_wheelArea.width(), m_wheelArea.height()) / 2 - outsideRoom);
    r.hub.centre = m_centre;
    r.needsShown = m_options.showNeeds;
    r.needsOuter = m_R;
    r.needsInner = m_options.showNeeds ? m_R - m_lineH * 1.5 : m_R;
    r.sectorBandOuter = r.needsInner - (m_options.showNeeds ? px * 0.35 : 0);
    r.sectorBandInner = r.sectorBandOuter - m_lineH * 1.35;
    r.partnerOuter = r.sectorBandInner - px * 0.3;
    const qreal hubR = std::max(m_R * 0.13, px * 4.2);
    r.hub.radius = hubR;
    r.partnerInner = hubR + px * 0.5;
    const qreal bandW = (r.partnerOuter - r.partnerInner) / 5;
    for (int s = 5; s >= 1; --s) {
        WheelLayout::Ring ring;
        ring.strength = s;
        ring.inner = r.partnerInner + (5 - s) * bandW;
        ring.outer = ring.inner + bandW;
        ring.radius = (ring.inner + ring.outer) / 2;
        r.rings << ring;
    }
    r.hub.fontSize = px * 1.05;
    r.hub.lines =
        WheelText::wrap(m_wheel.academy.name.isEmpty() ? tr("The academy") : m_wheel.academy.name,
                        hubR * 1.55, 3, r.hub.fontSize, true, m_measure);
}

// Proportional shares; sectors below the minimum are raised to it and the
// others share what is left, until nothing changes. Empty sectors get a gap.
QVector<qreal> WheelLayoutPass::sectorSpans(const QVector<int>& counts) const
{
    const int sectors = int(counts.size());
    QVector<qreal> spans(sectors, 0);
    if (m_shown.isEmpty()) {
        for (qreal& span : spans)
            span = 360.0 / std::max(1, sectors);
        return spans;
    }
    const int nonEmpty =
        int(std::count_if(counts.cbegin(), counts.cend(), [](int c) { return c > 0; }));
    const int empties = sectors - nonEmpty;
    const qreal gap = std::min(kGapSpan, 90.0 / std::max(1, empties));
    const qreal available = 360.0 - gap * empties;
    const qreal minSpan = std::min(kMinSectorSpan, available / nonEmpty);
    QVector<bool> fixed(sectors, false);
    for (int round = 0; round < 20; ++round) {
        qreal rest = available;
        int restCount = 0;
        for (int i = 0; i < sectors; ++i) {
            if (counts[i] > 0 && fixed[i])
                rest -= minSpan;
            else if (counts[i] > 0)
                restCount += counts[i];
        }
        bool changed = false;
        for (int i = 0; i < sectors; ++i) {
            if (counts[i] == 0)
                spans[i] = gap;
            else if (fixed[i])
                spans[i] = minSpan;
            else {
                spans[i] = restCount > 0 ? rest * counts[i] / restCount : minSpan;
                if (spans[i] < minSpan) {
                    fixed[i] = true;
                    changed = true;
                }
            }
        }
        if (!changed)
            break;
    }
    return spans;
}

void WheelLayoutPass::placeWedges()
{
    QVector<Sector> sectors;
    for (Sector s : allValues<Sector>()) {
        if (m_options.sectors.isEmpty() || m_options.sectors.contains(s))
            sectors << s;
    }
    QVector<int> counts(sectors.size(), 0);
    for (const Shown& s : m_shown)
        ++counts[sectors.indexOf(s.partner->sector)];
    const QVector<qreal> spans = sectorSpans(counts);
    const qreal bandMid = (m_result.sectorBandInner + m_result.sectorBandOuter) / 2;
    qreal angle = 0;
    for (int i = 0; i < sectors.size(); ++i) {
        WheelLayout::Wedge w;
        w.sector = sectors[i];
        w.startAngle = angle;
        w.spanAngle = spans[i];
        w.partnerCount = counts[i];
        w.empty = counts[i] == 0;
        angle += spans[i];
        if (!w.empty || m_shown.isEmpty())
            w.label = WheelText::arcText(displayName(w.sector), bandMid, w.startAngle, w.spanAngle,
                                         m_px * 0.92, true, m_measure);
        m_result.wedges << w;
    }
}

void WheelLayoutPass::placeNodes()
{
    for (const WheelLayout::Wedge& w : m_result.wedges) {
        for (int strength = 5; strength >= 1; --strength) {
            QVector<const Shown*> group;
            for (const Shown& s : m_shown) {
                if (s.partner->sector == w.sector && s.strength == strength)
                    group << &s;
            }
            if (!group.isEmpty())
                placeGroup(w, m_result.rings[5 - strength], group);
        }
    }
}

WheelLayout::Node WheelLayoutPass::nodeFor(const Shown& s) const
{
    const bool highlighting = m_highlightInitiative || m_highlightNeed;
    WheelLayout::Node n;
    n.partnerId = s.partner->id;
    n.name = s.partner->name;
    n.sector = s.partner->sector;
    n.strength = s.strength;
    n.status = s.status;
    n.nextReview = s.nextReview;
    n.approaches = s.approaches;
    n.initiatives = s.initiatives;
    n.radius = s.initiatives.isEmpty() ? m_px * 0.45
                                       : WheelGeometry::nodeRadius(int(s.initiatives.size()), m_px);
    n.plain = s.initiatives.isEmpty();
    n.hollow = s.status == TieStatus::Prospective;
    n.faded = s.status == TieStatus::Paused || s.status == TieStatus::Ended;
    n.highlighted = highlighting && s.highlighted;
    n.dimmed = highlighting && !s.highlighted;
    return n;
}

// The partners of one sector on one ring, spread evenly over the wedge;
// crowded groups staggered into rows within the ring's band.
void WheelLayoutPass::placeGroup(const WheelLayout::Wedge& w, const WheelLayout::Ring& ring,
                                 const QVector<const Shown*>& group)
{
    const qreal px = m_px;
    const qreal maxNodeR = WheelGeometry::nodeRadius(4, px);
    const int k = int(group.size());
    const qreal spacing = maxNodeR * 2 + px * 0.4;
    const qreal arc = qDegreesToRadians(w.spanAngle) * ring.radius;
    const int maxRows = std::max(1, int((ring.outer - ring.inner) / spacing));
    const int rows =
        std::clamp(int(std::ceil(k * spacing / std::max<qreal>(arc, 1))), 1, std::min(maxRows, k));
    const qreal rowStep =
        rows > 1 ? std::min(spacing, (ring.outer - ring.inner - 2 * maxNodeR) / (rows - 1)) : 0;
    for (int i = 0; i < k; ++i) {
        WheelLayout::Node n = nodeFor(*group[i]);
        const int row = i % rows;
        n.distance = ring.radius + (row - (rows - 1) / 2.0) * rowStep;
        // Keep the whole node inside the wedge where there is room.
        const qreal pad =
            std::min(w.spanAngle * 0.45, qRadiansToDegrees((n.radius + px * 0.3) / n.distance));
        const qreal usable = w.spanAngle - 2 * pad;
        n.angle = WheelGeometry::normalised(w.startAngle + pad + usable * (i + 0.5) / k);
        n.centre = WheelLayout::pointAt(m_centre, n.distance, n.angle);
        m_result.nodes << n;
    }
}

// Open needs in equal segments, grouped by category, met or not.
void WheelLayoutPass::placeNeeds()
{
    QVector<const Need*> needs;
    for (const Need& need : m_wheel.needs) {
        if (need.status != NeedStatus::Closed)
            needs << &need;
    }
    std::stable_sort(needs.begin(), needs.end(), [](const Need* a, const Need* b) {
        if (a->category != b->category)
            return a->category < b->category;
        return a->id < b->id;
    });
    const qreal each = needs.isEmpty() ? 0 : 360.0 / needs.size();
    for (int i = 0; i < needs.size(); ++i) {
        const Need& need = *needs[i];
        WheelLayout::NeedSegment seg;
        seg.needId = need.id;
        seg.title = need.title;
        seg.category = need.category;
        seg.startAngle = i * each;
        seg.spanAngle = each;
        seg.met = isMet(m_wheel, need);
        seg.highlighted =
            (m_highlightNeed && m_highlightNeed->id == need.id) ||
            (m_highlightInitiative && m_highlightInitiative->needIds.contains(need.id));
        m_result.needs << seg;
        QVector<WheelLayout::NeedGroup>& groups = m_result.needGroups;
        if (groups.isEmpty() || groups.last().category != need.category) {
            WheelLayout::NeedGroup g;
            g.category = need.category;
            g.startAngle = seg.startAngle;
            groups << g;
        }
        WheelLayout::NeedGroup& g = groups.last();
        g.spanAngle += each;
        (seg.met ? g.met : g.unmet) += 1;
    }
    const qreal mid = (m_result.needsInner + m_result.needsOuter) / 2;
    for (WheelLayout::NeedGroup& g : m_result.needGroups)
        g.label = WheelText::arcText(displayName(g.category), mid, g.startAngle, g.spanAngle,
                                     m_px * 0.85, false, m_measure);
}

void WheelLayoutPass::placeLabels()
{
    WheelLabelPlacer placer(m_result, m_wheelArea, m_R, m_measure);
    placer.placeRingNumbers();
    if (!m_shown.isEmpty())
        placer.placeGapLabels();
    placer.placeNames();
}

void WheelLayoutPass::placeGuidance()
{
    if (!m_result.nodes.isEmpty())
        return;
    const qreal px = m_px;
    m_result.message = m_wheel.partners.isEmpty()
                           ? tr("No partners yet — add the first in Partners")
                           : tr("No partner matches these filters");
    const qreal width = m_measure(m_result.message, px * 1.1, false) + px;
    m_result.messageRect =
        QRectF(m_centre.x() - width / 2, m_centre.y() + m_result.hub.radius + px * 1.5, width,
               WheelLayout::lineHeight(px * 1.1));
}

} // namespace civic
