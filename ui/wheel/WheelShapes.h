#pragma once

#include "wheel/WheelLayout.h"

#include <QPainterPath>
#include <QPointF>

class QPainter;

namespace civic::ui {

/// The wheel's shapes that more than one drawing needs: ring sectors, the
/// angle Qt's arcs count in, and a partner's node (on the wheel, in the
/// legend and in the node sprites).
class WheelShapes
{
public:
    /// Qt's arcs count degrees anticlockwise from three o'clock; the layout's
    /// count clockwise from twelve.
    static qreal qtAngle(qreal layoutAngle);

    /// The ring sector between radii `inner` and `outer` from `start` over `span`.
    static QPainterPath annularSector(const QPointF& c, qreal inner, qreal outer, qreal start,
                                      qreal span);

    /// A partner's node: approach segments (filled, or a ring when hollow).
    static void drawNode(QPainter& p, const WheelLayout::Node& n, qreal px);
};

} // namespace civic::ui
