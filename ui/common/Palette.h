#pragma once

#include "model/Enums.h"

#include <QColor>

namespace civic::ui {

/// The colours every view shares, so the wheel, the charts and the governors'
/// summary tell the same story. Approaches use the Okabe–Ito palette, which
/// stays distinguishable with the common forms of colour blindness.
class Palette
{
public:
    static QColor approach(Approach approach);
    /// A soft tint for a sector's wedge; `strong` gives the deeper tone for bars.
    static QColor sector(Sector sector, bool strong = false);
    static QColor met();       ///< a need with an active initiative
    static QColor unmet();     ///< a need without one
    static QColor ink();       ///< text and outlines
    static QColor muted();     ///< secondary text, rings, gridlines
    static QColor paper();     ///< background of pictures and pages
    static QColor hub();       ///< the academy at the centre
    static QColor plainNode(); ///< a partner in no initiative
};

} // namespace civic::ui
