#include "common/Palette.h"

namespace civic::ui {

QColor Palette::approach(Approach approach)
{
    switch (approach) {
    case Approach::WiderEducation:
        return QColor(0x00, 0x72, 0xB2); // blue
    case Approach::ProblemIdentification:
        return QColor(0xE6, 0x9F, 0x00); // orange
    case Approach::Relational:
        return QColor(0x00, 0x9E, 0x73); // bluish green
    case Approach::CommunityConvening:
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    }
    return ink();
}

QColor Palette::sector(Sector sector, bool strong)
{
    // Thirteen calm hues around the colour circle; wedges use light tints so
    // the approach colours of the nodes stay the loudest thing on the wheel.
    static const int hues[] = {210, 230, 250, 190, 270, 160, 140, 300, 35, 55, 0, 330, 90};
    const int index = int(sector);
    const int hue = hues[index % int(sizeof(hues) / sizeof(hues[0]))];
    return strong ? QColor::fromHsl(hue, 90, 110) : QColor::fromHsl(hue, 70, 236);
}

QColor Palette::met()
{
    return QColor(0x00, 0x72, 0xB2);
}
QColor Palette::unmet()
{
    return QColor(0xD5, 0x5E, 0x00);
} // vermillion
QColor Palette::ink()
{
    return QColor(0x24, 0x30, 0x3d);
}
QColor Palette::muted()
{
    return QColor(0x7a, 0x86, 0x93);
}
QColor Palette::paper()
{
    return QColor(0xff, 0xff, 0xff);
}
QColor Palette::hub()
{
    return QColor(0x3a, 0x4a, 0x5c);
}
QColor Palette::plainNode()
{
    return QColor(0xb8, 0xc0, 0xc8);
}

} // namespace civic::ui
