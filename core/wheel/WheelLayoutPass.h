#pragma once

#include "wheel/WheelLayout.h"

#include <QRectF>
#include <QVector>

namespace civic {

/// One run of WheelLayout::compute, a stage a method: which partners show,
/// the title, the legend, the radii, the sector wedges, the nodes, the needs
/// ring, the labels and the guidance, each writing its part of the result.
class WheelLayoutPass
{
public:
    WheelLayoutPass(const AcademyWheel& wheel, const WheelLayout::Options& options);

    WheelLayout::Result run();

private:
    using Result = WheelLayout::Result;
    /// A partner as the wheel shows it: its tie and initiatives gathered.
    struct Shown
    {
        const Partner* partner = nullptr;
        int strength = 3;
        TieStatus status = TieStatus::Active;
        QDate nextReview;
        QVector<Approach> approaches;
        QStringList initiatives;
        bool highlighted = false;
    };

    void chooseFontSize();
    void choosePartners();
    Shown shownAs(const Partner& partner) const;
    bool passesFilters(const Shown& s) const;
    void placeTitle();
    QString subtitle() const;
    void placeRadii();
    void placeWedges();
    QVector<qreal> sectorSpans(const QVector<int>& counts) const;
    void placeNodes();
    void placeGroup(const WheelLayout::Wedge& w, const WheelLayout::Ring& ring,
                    const QVector<const Shown*>& group);
    WheelLayout::Node nodeFor(const Shown& s) const;
    void placeNeeds();
    void placeLabels();
    void placeGuidance();

    const AcademyWheel& m_wheel;
    const WheelLayout::Options& m_options;
    WheelLayout::TextMeasure m_measure;
    Result m_result;
    qreal m_px = 0;     ///< label text size
    qreal m_lineH = 0;  ///< label line height
    qreal m_margin = 0; ///< around the picture
    const Initiative* m_highlightInitiative = nullptr;
    const Need* m_highlightNeed = nullptr;
    QVector<Shown> m_shown; ///< in sector, then ring, then name order
    qreal m_top = 0;        ///< below the title
    QRectF m_wheelArea;     ///< the room left by the title and legend
    QPointF m_centre;
    qreal m_R = 0; ///< the wheel's outer radius
};

} // namespace civic
