#pragma once

#include <QPointF>
#include <QRectF>

#include <algorithm>
#include <cmath>

namespace civic {

/// A circle in canvas units: a node, or the hub, as an obstacle to labels.
struct Circle
{
    QPointF c;
    qreal r;
};

/// The small geometric tests the wheel's layout is made of: angles, node
/// sizes and whether rectangles, circles, rings and lines touch. Inline,
/// because label placement calls them hundreds of thousands of times.
class WheelGeometry
{
public:
    /// `angle` in [0, 360).
    static qreal normalised(qreal angle)
    {
        angle = std::fmod(angle, 360.0);
        return angle < 0 ? angle + 360.0 : angle;
    }

    /// The radius of a node in `initiatives` initiatives, for label size `px`.
    static qreal nodeRadius(int initiatives, qreal px)
    {
        const qreal base = px * 0.55;
        return base * (1.0 + 0.3 * std::min(initiatives, 4));
    }

    // Inline forms of QRectF::intersects and QRectF::contains (out of line in
    // Qt and hot here), exact for the rectangles of positive size used here.
    static bool overlaps(const QRectF& a, const QRectF& b)
    {
        if (!(a.width() > 0 && a.height() > 0 && b.width() > 0 && b.height() > 0))
            return a.intersects(b);
        return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() &&
               b.top() < a.bottom();
    }

    static bool inside(const QRectF& inner, const QRectF& outer)
    {
        if (!(inner.width() > 0 && inner.height() > 0 && outer.width() > 0 && outer.height() > 0))
            return outer.contains(inner); // Qt's rules for empty and flipped rectangles
        return inner.left() >= outer.left() && inner.right() <= outer.right() &&
               inner.top() >= outer.top() && inner.bottom() <= outer.bottom();
    }

    static bool rectHitsCircle(const QRectF& rect, const Circle& circle)
    {
        const qreal x = std::clamp(circle.c.x(), rect.left(), rect.right());
        const qreal y = std::clamp(circle.c.y(), rect.top(), rect.bottom());
        const qreal dx = circle.c.x() - x;
        const qreal dy = circle.c.y() - y;
        return dx * dx + dy * dy < circle.r * circle.r;
    }

    /// Distance from `p` to the segment from `a` to `b`.
    static qreal segmentDistance(const QPointF& p, const QPointF& a, const QPointF& b)
    {
        const QPointF ab = b - a;
        const qreal len2 = QPointF::dotProduct(ab, ab);
        const qreal t =
            len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
        const QPointF d = p - (a + ab * t);
        return std::sqrt(QPointF::dotProduct(d, d));
    }

    /// Whether the segment from `a` to `b` crosses `rect` (Liang–Barsky clipping).
    static bool segmentHitsRect(const QPointF& a, const QPointF& b, const QRectF& rect)
    {
        qreal t0 = 0;
        qreal t1 = 1;
        const qreal dx = b.x() - a.x();
        const qreal dy = b.y() - a.y();
        const qreal p[] = {-dx, dx, -dy, dy};
        const qreal q[] = {a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(),
                           rect.bottom() - a.y()};
        for (int i = 0; i < 4; ++i) {
            if (p[i] == 0) {
                if (q[i] < 0)
                    return false;
                continue;
            }
            const qreal t = q[i] / p[i];
            if (p[i] < 0)
                t0 = std::max(t0, t);
            else
                t1 = std::min(t1, t);
            if (t0 > t1)
                return false;
        }
        return true;
    }

    /// Whether `rect` touches the annulus between `inner` and `outer` around `c`.
    static bool rectHitsAnnulus(const QRectF& rect, const QPointF& c, qreal inner, qreal outer)
    {
        const qreal nx = std::clamp(c.x(), rect.left(), rect.right()) - c.x();
        const qreal ny = std::clamp(c.y(), rect.top(), rect.bottom()) - c.y();
        const qreal nearest = std::sqrt(nx * nx + ny * ny);
        const qreal fx = std::max(std::abs(rect.left() - c.x()), std::abs(rect.right() - c.x()));
        const qreal fy = std::max(std::abs(rect.top() - c.y()), std::abs(rect.bottom() - c.y()));
        const qreal farthest = std::sqrt(fx * fx + fy * fy);
        return nearest < outer && farthest > inner;
    }
};

} // namespace civic
