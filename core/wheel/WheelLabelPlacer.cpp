#include "wheel/WheelLabelPlacer.h"

#include "wheel/WheelGeometry.h"
#include "wheel/WheelText.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace civic {
namespace {

using G = WheelGeometry;

} // namespace

WheelLabelPlacer::WheelLabelPlacer(WheelLayout::Result& result, const QRectF& wheelArea,
                                   qreal wheelRadius, const WheelLayout::TextMeasure& measure)
    : m_result(result)
    , m_measure(measure)
    , m_bounds(wheelArea)
    , m_R(wheelRadius)
    , m_px(result.fontSize)
    , m_h(WheelLayout::lineHeight(result.fontSize))
    , m_centre(result.hub.centre)
    , m_ringInner(result.sectorBandInner - m_px * 0.1)
    , m_ringOuter(wheelRadius + m_px * 0.3)
    , m_obstacles(wheelArea.adjusted(-1, -1, 1, 1), m_h * 3)
    , m_nodeGrid(wheelArea, m_h * 3)
    , m_taken(size_t(result.nodes.size()))
{
    for (const Node& n : m_result.nodes)
        m_obstacles.addCircle({n.centre, n.radius + m_px * 0.25});
    m_obstacles.addCircle({m_centre, m_result.hub.radius + m_px * 0.2});
    // Nodes by position: a leader can only touch those within the largest
    // node's radius of its line.
    for (int i = 0; i < m_result.nodes.size(); ++i) {
        m_nodeGrid.add(m_result.nodes[i].centre, i);
        m_nodeReach = std::max(m_nodeReach, m_result.nodes[i].radius + m_px * 0.15);
    }
    for (int k = 0; k < kDirections; ++k) {
        const int offset = (k + 1) / 2 * (k % 2 ? 1 : -1);
        const qreal a = qDegreesToRadians(offset * 360.0 / kDirections);
        m_turns[k] = QPointF(std::cos(a), std::sin(a));
    }
}

void WheelLabelPlacer::placeRingNumbers()
{
    for (WheelLayout::Ring& ring : m_result.rings) {
        const qreal h = WheelLayout::lineHeight(m_px * 0.8);
        const qreal w = m_measure(QString::number(ring.strength), m_px * 0.8, true) + m_px * 0.6;
        const QPointF p = WheelLayout::pointAt(m_centre, ring.radius, 0);
        ring.labelRect = QRectF(p.x() - w / 2, p.y() - h / 2, w, h);
        m_obstacles.addRect(ring.labelRect);
    }
}

void WheelLabelPlacer::placeGapLabels()
{
    const qreal px = m_px;
    for (WheelLayout::Wedge& w : m_result.wedges) {
        if (!w.empty)
            continue;
        const qreal mid = G::normalised(w.startAngle + w.spanAngle / 2);
        const QString text = displayName(w.sector) + WheelText::tr(": none");
        const qreal width = m_measure(text, px * 0.9, false) + 2;
        const qreal h = WheelLayout::lineHeight(px * 0.9);
        const bool right = std::sin(qDegreesToRadians(mid)) >= 0;
        for (int step = 0; step < 12; ++step) {
            const QPointF p =
                WheelLayout::pointAt(m_centre, m_ringOuter + px * 0.5 + step * h * 0.5, mid);
            QRectF rect(right ? p.x() : p.x() - width, p.y() - h / 2, width, h);
            if (std::abs(std::cos(qDegreesToRadians(mid))) > 0.9) // near twelve or six: centre it
                rect.moveLeft(p.x() - width / 2);
            if (std::cos(qDegreesToRadians(mid)) > 0.3)
                rect.moveBottom(std::min(rect.bottom(), p.y() + h / 2));
            if (!m_bounds.contains(rect) || m_obstacles.hits(rect) ||
                G::rectHitsAnnulus(rect, m_centre, m_ringInner, m_ringOuter))
                continue;
            w.gapLabel = text;
            w.gapLabelRect = rect;
            m_obstacles.addRect(rect.adjusted(-2, -2, 2, 2));
            break;
        }
    }
}

bool WheelLabelPlacer::fits(const QRectF& rect) const
{
    return G::inside(rect, m_bounds) &&
           !G::rectHitsAnnulus(rect, m_centre, m_ringInner, m_ringOuter) && !m_obstacles.hits(rect);
}

bool WheelLabelPlacer::clearOfLeaders(const QRectF& rect) const
{
    return std::none_of(m_leaders.cbegin(), m_leaders.cend(),
                        [&](const QPair<QPointF, QPointF>& l) {
                            return G::segmentHitsRect(l.first, l.second, rect);
                        });
}

std::pair<QPointF, QPointF> WheelLabelPlacer::leaderEnds(const Node& n, const QRectF& rect) const
{
    const QPointF target(
        std::clamp(n.centre.x(), rect.left(), rect.right()),
        std::clamp(n.centre.y(), rect.top() + m_h * 0.25, rect.bottom() - m_h * 0.25));
    const QPointF d = target - n.centre;
    const qreal len = std::sqrt(QPointF::dotProduct(d, d));
    const QPointF anchor = len > 0 ? n.centre + d * (n.radius / len) : n.centre;
    return std::make_pair(anchor, target);
}

// A leader must not pass through another node or another name, or it would
// point at the wrong partner; `strict` false lets it cross a name.
bool WheelLabelPlacer::leaderClear(const Node& n, const QRectF& rect, bool strict) const
{
    // Named copies, not a structured binding: C++17 does not let the
    // lambda below capture bindings (clang refuses; g++ lets it pass).
    const auto ends = leaderEnds(n, rect);
    const QPointF from = ends.first;
    const QPointF to = ends.second;
    // Never through the hub: it would cross the academy's name and join a
    // label to a node on the far side of the wheel.
    if (G::segmentDistance(m_result.hub.centre, from, to) < m_result.hub.radius + m_px * 0.3)
        return false;
    const qreal reach = m_nodeReach;
    const QRectF area = QRectF(from, to).normalized().adjusted(-reach, -reach, reach, reach);
    if (m_nodeGrid.any(area, [&](int i) {
            const Node& other = m_result.nodes[i];
            return other.partnerId != n.partnerId &&
                   G::segmentDistance(other.centre, from, to) < other.radius + m_px * 0.15;
        }))
        return false;
    if (!strict)
        return true;
    for (const QRectF& placed : m_placedRects) {
        if (G::segmentHitsRect(from, to, placed))
            return false;
    }
    return true;
}

// Beside the node, on the outward side then the other, nudged up or down;
// then above or below it.
bool WheelLabelPlacer::placeBeside(const Node& n, qreal width, QRectF& chosen,
                                   bool& alignRight) const
{
    const qreal h = m_h;
    const bool right = std::sin(qDegreesToRadians(n.angle)) >= 0;
    const qreal nudges[] = {0, -0.45, 0.45, -0.9, 0.9};
    for (int side = 0; side < 2; ++side) {
        const bool toRight = side == 0 ? right : !right;
        const qreal x = n.centre.x() + (toRight ? 1 : -1) * (n.radius + m_px * 0.3);
        for (qreal nudge : nudges) {
            const QRectF rect(toRight ? x : x - width, n.centre.y() - h / 2 + nudge * h, width, h);
            if (fits(rect) && clearOfLeaders(rect)) {
                chosen = rect;
                alignRight = !toRight;
                return true;
            }
        }
    }
    for (int dir : {-1, 1}) {
        const qreal y = dir < 0 ? n.centre.y() - n.radius - h : n.centre.y() + n.radius;
        const qreal lefts[] = {n.centre.x() - width / 2,
                               right ? n.centre.x() - n.radius : n.centre.x() + n.radius - width};
        for (qreal left : lefts) {
            const QRectF rect(left, y, width, h);
            if (fits(rect) && clearOfLeaders(rect)) {
                chosen = rect;
                alignRight = !right;
                return true;
            }
        }
    }
    return false;
}

// The nearest free spot around the node, joined to it by a leader line:
// rings of candidates at growing distance, outward first. Beyond the reach a
// line would cross half the wheel: the name is better left to the tooltip
// (zooming in finds it room). Obstacles and leaders only grow, so a spot
// taken stays taken: the last pass skips them when the label kept its
// width, instead of testing the same few thousand rectangles again.
bool WheelLabelPlacer::placeNearby(int index, qreal width, int firstDirection, int lastDirection,
                                   bool strict, QRectF& chosen, bool& alignRight)
{
    static_assert(kDirections <= 16, "a quint16 holds one bit per direction");
    const Node& n = m_result.nodes[index];
    Taken& known = m_taken[size_t(index)];
    if (known.width != width) {
        known.width = width;
        known.steps.clear();
    }
    const qreal h = m_h;
    const qreal stepLen = h * 0.6;
    const qreal reach = std::max(h * 6, m_R * 0.6);
    const qreal sinA = std::sin(qDegreesToRadians(n.angle));
    const qreal cosA = std::cos(qDegreesToRadians(n.angle));
    for (int step = 1;; ++step) {
        const qreal d = n.radius + m_px * 0.3 + step * stepLen;
        if (d > reach)
            return false;
        if (known.steps.size() < size_t(step))
            known.steps.resize(size_t(step), 0);
        quint16& takenHere = known.steps[size_t(step - 1)];
        for (int k = firstDirection; k < lastDirection; ++k) {
            if (takenHere & (1u << k))
                continue;
            // sin and cos of (angle + offset), as pointAt would compute them.
            const qreal s = sinA * m_turns[k].x() + cosA * m_turns[k].y();
            const qreal c = cosA * m_turns[k].x() - sinA * m_turns[k].y();
            const QPointF p(n.centre.x() + d * s, n.centre.y() - d * c);
            const bool toRight = p.x() >= n.centre.x();
            const QRectF rect(toRight ? p.x() : p.x() - width, p.y() - h / 2, width, h);
            if (!fits(rect) || !clearOfLeaders(rect)) {
                takenHere |= quint16(1u << k);
                continue;
            }
            if (leaderClear(n, rect, strict)) {
                chosen = rect;
                alignRight = !toRight;
                return true;
            }
        }
    }
}

void WheelLabelPlacer::settle(int index, const QRectF& chosen, bool alignRight)
{
    const Node& n = m_result.nodes[index];
    WheelLayout::Label& label = m_result.labels[index];
    label.placed = true;
    label.rect = chosen;
    label.alignRight = alignRight;
    // A label away from its node gets a line to it, so nobody has to guess.
    const auto [from, to] = leaderEnds(n, chosen);
    const QPointF d = to - n.centre;
    label.leader = std::sqrt(QPointF::dotProduct(d, d)) > n.radius + m_px * 0.8;
    if (label.leader) {
        label.anchor = from;
        label.leaderEnd = to;
        m_leaders.append({from, to});
    }
    m_obstacles.addRect(chosen);
    m_placedRects.append(chosen);
}

// First every label that fits next to its node, so that as many as possible
// sit there; then the rest nearby with a leader, looking outward first, then
// all round; then, shortened, whatever still finds room with a leader that
// may cross a name (never a node).
void WheelLabelPlacer::placeNames()
{
    const qreal px = m_px;
    // Names are elided to a share of the wheel's size: on a small wheel a long
    // name would have to sit far from its node (the tooltip has it whole).
    const qreal maxLabelW =
        std::max(px * 6, std::min(px * (m_result.nodes.size() > 60 ? 17 : 22), m_R * 0.42));
    m_result.labels.resize(m_result.nodes.size());
    QVector<int> order(m_result.nodes.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    // Strong ties first: they sit in the tightest rings.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return m_result.nodes[a].strength > m_result.nodes[b].strength;
    });
    for (int index : order) {
        const Node& n = m_result.nodes[index];
        WheelLayout::Label& label = m_result.labels[index];
        label.partnerId = n.partnerId;
        label.fullName = n.name;
        label.text = WheelText::elide(n.name, maxLabelW, px, false, m_measure);
    }
    for (int pass = 0; pass < 4; ++pass) {
        for (int index : order)
            placeName(pass, index, maxLabelW);
    }
    for (WheelLayout::Label& label : m_result.labels) {
        if (!label.placed)
            label.text.clear();
    }
}

void WheelLabelPlacer::placeName(int pass, int index, qreal maxLabelW)
{
    const Node& n = m_result.nodes[index];
    WheelLayout::Label& label = m_result.labels[index];
    if (label.placed)
        return;
    if (pass == 3)
        label.text =
            WheelText::elide(n.name, std::min(maxLabelW, m_px * 9), m_px, false, m_measure);
    const qreal width = m_measure(label.text, m_px, false) + m_px * 0.3;
    QRectF chosen;
    bool alignRight = false;
    // Obstacles only grow, so the second pass need not look outward again.
    const int first = pass == 2 ? kDirections / 2 + 1 : 0;
    const int last = pass == 1 ? kDirections / 2 + 1 : kDirections;
    const bool found =
        placeBeside(n, width, chosen, alignRight) ||
        (pass > 0 && placeNearby(index, width, first, last, pass < 3, chosen, alignRight));
    if (found)
        settle(index, chosen, alignRight);
}

} // namespace civic
