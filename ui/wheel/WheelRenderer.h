#pragma once

#include "wheel/WheelLayout.h"

#include <QFont>
#include <QRectF>
#include <QTransform>

class QPainter;

namespace civic::ui {

/// Paints a laid-out community wheel, legend included, onto any QPainter: the
/// on-screen view, PNG and SVG export and the governors' PDF all draw with it.
/// It holds no state; everything it draws comes from the layout.
class WheelRenderer
{
public:
    struct RenderOptions
    {
        // A constructor rather than member initialisers, so that `= {}` works
        // as a default argument inside this class.
        RenderOptions()
            : background(true)
            , selectedPartner(0)
            , hoveredPartner(0)
        {}
        bool background;        ///< fill the target with paper first
        qint64 selectedPartner; ///< drawn with a ring
        qint64 hoveredPartner;
    };

    /// Text widths from the real fonts the renderer draws with (DejaVu Sans).
    static WheelLayout::TextMeasure fontMeasure();

    /// The font the renderer uses for `pixelSize` (also for measuring).
    static QFont font(qreal pixelSize, bool bold = false);

    /// WheelLayout::compute with the renderer's font metrics.
    static WheelLayout::Result layout(const AcademyWheel& wheel, WheelLayout::Options options = {});

    /// Maps the layout's canvas onto `target`, keeping its proportions, centred.
    static QTransform transform(const WheelLayout::Result& layout, const QRectF& target);

    /// Paints `layout` scaled into `target`.
    static void paint(QPainter& painter, const WheelLayout::Result& layout, const QRectF& target,
                      const RenderOptions& render = RenderOptions());

    /// Lays out `wheel` for a canvas the size of `target` and paints it there.
    static void paint(QPainter& painter, const AcademyWheel& wheel, const QRectF& target,
                      WheelLayout::Options options = {},
                      const RenderOptions& render = RenderOptions());
};

} // namespace civic::ui
