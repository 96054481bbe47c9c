#pragma once

#include "model/AcademyWheel.h"
#include "model/Enums.h"

#include <QDate>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace civic {

/// The geometry of the community wheel, computed from an academy's data with
/// no widgets and no fonts loaded: hub, sector wedges, tie-strength rings,
/// partner nodes, collision-free labels, the needs ring and the legend. The
/// same input always gives the same layout; the renderer only paints it.
///
/// Angles are in degrees, clockwise from twelve o'clock; positions are in
/// canvas units (pixels of the picture the layout was made for).
class WheelLayout
{
public:
    /// Width of `text` set at `pixelSize` (bold or not). The renderer passes
    /// real font metrics; without one the layout estimates DejaVu Sans.
    using TextMeasure = std::function<qreal(const QString& text, qreal pixelSize, bool bold)>;

    struct Options
    {
        QSizeF canvas{1600, 1600};
        QVector<Approach> approaches;   ///< show partners serving one of these; empty: all
        QVector<Sector> sectors;        ///< show these sectors only; empty: all
        QVector<TieStatus> statuses;    ///< show ties with these statuses; empty: all
        qint64 highlightInitiative = 0; ///< emphasise this initiative's partners (0: none)
        qint64 highlightNeed = 0;       ///< emphasise partners of initiatives on this need
        bool showNeeds = true;          ///< the outer needs ring
        bool showTitle = true;          ///< academy name and counts above the wheel
        qreal fontSize = 0;             ///< label pixel size; 0 picks one from the canvas
        TextMeasure measure;            ///< empty: estimateWidth
    };

    /// Text along an arc (sector names, need categories); empty when nothing fits.
    struct ArcText
    {
        QString text;
        qreal radius = 0;
        qreal centreAngle = 0;
        bool flipped = false; ///< lower half: read left to right along the bottom
    };

    struct Hub
    {
        QPointF centre;
        qreal radius = 0;
        QStringList lines; ///< the academy's name, wrapped to fit
        qreal fontSize = 0;
    };

    struct Wedge
    {
        Sector sector = Sector::Other;
        qreal startAngle = 0;
        qreal spanAngle = 0;
        int partnerCount = 0;
        bool empty = false;  ///< no partner shown in this sector: drawn as a thin gap
        ArcText label;       ///< the sector's name in the sector band (non-empty wedges)
        QRectF gapLabelRect; ///< where an empty sector's name is written, outside the wheel
        QString gapLabel;
    };

    struct Ring
    {
        int strength = 3;
        qreal radius = 0; ///< the ring's centre line
        qreal inner = 0;  ///< nodes of this strength lie between inner and outer
        qreal outer = 0;
        QRectF labelRect; ///< where the strength number is written, on the wheel's first spoke
    };

    struct Node
    {
        qint64 partnerId = 0;
        QString name;
        Sector sector = Sector::Other;
        int strength = 3;
        TieStatus status = TieStatus::Active;
        QDate nextReview;
        QPointF centre;
        qreal angle = 0;
        qreal distance = 0; ///< from the hub's centre
        qreal radius = 0;
        QVector<Approach> approaches; ///< one colour segment each, in pathway order
        QStringList initiatives;      ///< titles of the initiatives it is in
        bool hollow = false;          ///< prospective tie
        bool faded = false;           ///< paused or ended tie
        bool plain = false;           ///< in no initiative
        bool highlighted = false;     ///< in the highlighted initiative or need
        bool dimmed = false;          ///< something else is highlighted
    };

    struct Label
    {
        qint64 partnerId = 0;
        QString text;     ///< possibly elided with "…"
        QString fullName; ///< for the tooltip
        QRectF rect;
        bool placed = false; ///< false: no room; the name is in the tooltip only
        bool leader = false; ///< set away from its node: draw a line to it
        QPointF anchor;      ///< the leader line's end on the node's edge
        QPointF leaderEnd;   ///< the leader line's end on the label's box
        bool alignRight = false;
    };

    struct NeedSegment
    {
        qint64 needId = 0;
        QString title;
        NeedCategory category = NeedCategory::Other;
        qreal startAngle = 0;
        qreal spanAngle = 0;
        bool met = false;
        bool highlighted = false;
    };

    struct NeedGroup
    {
        NeedCategory category = NeedCategory::Other;
        qreal startAngle = 0;
        qreal spanAngle = 0;
        int met = 0;
        int unmet = 0;
        ArcText label;
    };

    struct LegendItem
    {
        enum class Symbol
        {
            Heading,
            Approach,
            PlainNode,
            Ring,
            Size,
            Filled,
            Hollow,
            Faded,
            Met,
            Unmet
        };
        Symbol symbol = Symbol::Heading;
        Approach approach = Approach::WiderEducation; ///< for Symbol::Approach
        int value = 0;                                ///< strength for Ring, node radius for Size
        QRectF symbolRect;                            ///< empty for headings
        QRectF textRect;
        QString text;
    };

    struct Result
    {
        QSizeF canvas;
        qreal fontSize = 0;
        QString title;    ///< academy name
        QString subtitle; ///< counts, filters and highlight in words
        QRectF titleRect;
        QRectF subtitleRect;
        Hub hub;
        QVector<Wedge> wedges;
        QVector<Ring> rings;    ///< strength 5 first (nearest the hub)
        qreal partnerInner = 0; ///< partners lie between these radii
        qreal partnerOuter = 0;
        qreal sectorBandInner = 0;
        qreal sectorBandOuter = 0;
        bool needsShown = false;
        qreal needsInner = 0;
        qreal needsOuter = 0;
        QVector<NeedSegment> needs;
        QVector<NeedGroup> needGroups;
        QVector<Node> nodes;   ///< in sector, then ring, then name order
        QVector<Label> labels; ///< one per node, same order
        QString message;       ///< guidance when no partner is shown
        QRectF messageRect;
        QRectF legendRect;
        QVector<LegendItem> legend;
        qreal legendFontSize = 0;

        const Node* node(qint64 partnerId) const;
        const Label* label(qint64 partnerId) const;
        /// The partner whose node (or placed label) is at `point`, or 0.
        qint64 partnerAt(const QPointF& point) const;
    };

    static Result compute(const AcademyWheel& wheel, const Options& options);
    static Result compute(const AcademyWheel& wheel); ///< with default options

    /// An estimate of DejaVu Sans's advance widths, used when no font is at hand.
    static qreal estimateWidth(const QString& text, qreal pixelSize, bool bold = false);

    /// The point at `radius` from `centre` in direction `angle` (degrees clockwise from twelve).
    static QPointF pointAt(const QPointF& centre, qreal radius, qreal angle);

    /// The angle of `point` seen from `centre`, in [0, 360).
    static qreal angleOf(const QPointF& centre, const QPointF& point);

    /// Whether `angle` lies in the wedge that starts at `start` and spans `span` (wrapping at 360).
    static bool angleWithin(qreal angle, qreal start, qreal span);

    /// Label text height for a font pixel size.
    static qreal lineHeight(qreal pixelSize) { return pixelSize * 1.3; }
};

} // namespace civic
