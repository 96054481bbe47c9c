#include "wheel/WheelShapes.h"

#include "common/Palette.h"

#include <QPainter>

#include <algorithm>

namespace civic::ui {

qreal WheelShapes::qtAngle(qreal layoutAngle)
{
    return 90.0 - layoutAngle;
}

QPainterPath WheelShapes::annularSector(const QPointF& c, qreal inner, qreal outer, qreal start,
                                        qreal span)
{
    QPainterPath path;
    const QRectF outerRect(c.x() - outer, c.y() - outer, 2 * outer, 2 * outer);
    const QRectF innerRect(c.x() - inner, c.y() - inner, 2 * inner, 2 * inner);
    if (span >= 359.999) {
        path.addEllipse(outerRect);
        if (inner > 0)
            path.addEllipse(innerRect);
        path.setFillRule(Qt::OddEvenFill);
        return path;
    }
    path.arcMoveTo(outerRect, qtAngle(start));
    path.arcTo(outerRect, qtAngle(start), -span);
    if (inner > 0)
        path.arcTo(innerRect, qtAngle(start + span), span);
    else
        path.lineTo(c);
    path.closeSubpath();
    return path;
}

void WheelShapes::drawNode(QPainter& p, const WheelLayout::Node& n, qreal px)
{
    const QRectF box(n.centre.x() - n.radius, n.centre.y() - n.radius, 2 * n.radius, 2 * n.radius);
    QVector<QColor> colours;
    for (Approach a : n.approaches)
        colours << Palette::approach(a);
    if (colours.isEmpty())
        colours << Palette::plainNode();
    const qreal opacity = n.dimmed ? 0.22 : (n.faded ? 0.38 : 1.0);
    p.save();
    p.setOpacity(p.opacity() * opacity);
    const qreal slice = 360.0 / colours.size();
    if (n.hollow) {
        const qreal w = std::max(px * 0.22, n.radius * 0.36);
        const QRectF ring = box.adjusted(w / 2, w / 2, -w / 2, -w / 2);
        p.setPen(Qt::NoPen);
        p.setBrush(Palette::paper());
        p.drawEllipse(box);
        for (int i = 0; i < colours.size(); ++i) {
            QPen pen(colours[i], w, Qt::SolidLine, Qt::FlatCap);
            p.setPen(pen);
            p.setBrush(Qt::NoBrush);
            if (colours.size() == 1)
                p.drawEllipse(ring);
            else
                p.drawArc(ring, qRound(qtAngle(i * slice) * 16), qRound(-slice * 16));
        }
    } else {
        // A white rim around the colours: a white disc under a smaller coloured
        // one looks the same as stroking the edge and costs a fill, not a stroke.
        const qreal rim = std::max(1.0, px * 0.1) / 2;
        p.setPen(Qt::NoPen);
        p.setBrush(Palette::paper());
        p.drawEllipse(box.adjusted(-rim, -rim, rim, rim));
        const QRectF inner = box.adjusted(rim, rim, -rim, -rim);
        for (int i = 0; i < colours.size(); ++i) {
            p.setBrush(colours[i]);
            if (colours.size() == 1)
                p.drawEllipse(inner);
            else
                p.drawPie(inner, qRound(qtAngle(i * slice) * 16), qRound(-slice * 16));
        }
    }
    p.restore();
}

} // namespace civic::ui
