#pragma once

#include "wheel/WheelLayout.h"

#include <QString>

#include <functional>

namespace civic {

/// Writes a wheel layout as SVG markup for a web page, drawn in the same
/// layers and colours as the program's picture but without Qt Gui: the
/// partners are groups a page's script and a screen reader can reach.
class WheelSvg
{
public:
    /// Extra attributes for a partner's group (already escaped, with a leading space).
    using NodeAttributes = std::function<QString(const WheelLayout::Node& node)>;

    /// `title` names the picture for assistive technology.
    static QString write(const WheelLayout::Result& layout, const QString& title,
                         const NodeAttributes& attributes = {});

    /// The colours of the program's palette (ui/common/Palette) as CSS values.
    static QString approachColour(Approach approach);
    static QString sectorColour(Sector sector, bool strong = false);
};

} // namespace civic
