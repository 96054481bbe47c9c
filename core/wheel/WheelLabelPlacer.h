#pragma once

#include "wheel/LabelObstacles.h"
#include "wheel/PointGrid.h"
#include "wheel/WheelLayout.h"

#include <QPair>
#include <QVector>

#include <array>
#include <utility>
#include <vector>

namespace civic {

/// Finds every name a place on the laid-out wheel where it covers no node,
/// no other name and no ring of text: the ring numbers and empty sectors'
/// names first, then each partner's name beside its node if it can, else
/// nearby with a leader line to it, else shortened, else only in the tooltip.
class WheelLabelPlacer
{
public:
    /// `result` has its hub, rings, wedges and nodes; `wheelArea` is the
    /// room the labels may use and `wheelRadius` the wheel's outer radius.
    WheelLabelPlacer(WheelLayout::Result& result, const QRectF& wheelArea, qreal wheelRadius,
                     const WheelLayout::TextMeasure& measure);

    /// The strength numbers on the first spoke.
    void placeRingNumbers();
    /// Each empty sector's name outside the wheel, at its gap.
    void placeGapLabels();
    /// The partners' names, in four passes of growing leniency.
    void placeNames();

private:
    using Node = WheelLayout::Node;
    /// Directions around a node: 0, +1, -1, +2, -2 ... sixteenths of a turn
    /// away from the outward direction; the first nine face outward.
    static constexpr int kDirections = 16;
    /// Spots already found taken, per label and step (a bit per direction).
    struct Taken
    {
        qreal width = -1;
        std::vector<quint16> steps;
    };

    void placeName(int pass, int index, qreal maxLabelW);
    bool fits(const QRectF& rect) const;
    bool clearOfLeaders(const QRectF& rect) const;
    std::pair<QPointF, QPointF> leaderEnds(const Node& n, const QRectF& rect) const;
    bool leaderClear(const Node& n, const QRectF& rect, bool strict) const;
    bool placeBeside(const Node& n, qreal width, QRectF& chosen, bool& alignRight) const;
    bool placeNearby(int index, qreal width, int firstDirection, int lastDirection, bool strict,
                     QRectF& chosen, bool& alignRight);
    void settle(int index, const QRectF& chosen, bool alignRight);

    WheelLayout::Result& m_result;
    WheelLayout::TextMeasure m_measure;
    QRectF m_bounds;
    qreal m_R;
    qreal m_px;
    qreal m_h; ///< a label's height: one line
    QPointF m_centre;
    qreal m_ringInner; ///< no label on the band of sector names and the needs ring
    qreal m_ringOuter;
    LabelObstacles m_obstacles;
    QVector<QRectF> m_placedRects;
    QVector<QPair<QPointF, QPointF>> m_leaders;
    PointGrid m_nodeGrid;
    qreal m_nodeReach = 0;                    ///< the largest node's radius, and a little
    std::array<QPointF, kDirections> m_turns; ///< (cos, sin) of each direction's offset
    std::vector<Taken> m_taken;
};

} // namespace civic
