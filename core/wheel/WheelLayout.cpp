#include "wheel/WheelLayout.h"

#include "wheel/WheelGeometry.h"
#include "wheel/WheelLayoutPass.h"

#include <QtMath>

#include <cmath>

namespace civic {

qreal WheelLayout::estimateWidth(const QString& text, qreal pixelSize, bool bold)
{
    // Advance widths of DejaVu Sans in ems, by character; close enough to
    // size labels when no font is loaded (the renderer passes real metrics).
    qreal ems = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        qreal w = 0.62;
        if (c == ' ')
            w = 0.318;
        else if (c >= '0' && c <= '9')
            w = 0.636;
        else if (c == 'i' || c == 'j' || c == 'l' || c == 'I' || c == 'J' || c == '\'' ||
                 c == 0x2019)
            w = 0.29;
        else if (c == '.' || c == ',' || c == ':' || c == ';' || c == '!' || c == '|')
            w = 0.33;
        else if (c == 'f' || c == 't' || c == 'r' || c == '(' || c == ')' || c == '-' || c == '/')
            w = 0.41;
        else if (c == 'm')
            w = 0.974;
        else if (c == 'w')
            w = 0.818;
        else if (c == 'M' || c == 'W' || c == 0x2026)
            w = 1.0;
        else if (c == '&' || c == 'O' || c == 'Q' || c == 'G' || c == 'D' || c == 'H' || c == 'N' ||
                 c == 'U')
            w = 0.78;
        else if (c >= 'A' && c <= 'Z')
            w = 0.70;
        else if (c == 's' || c == 'z' || c == 'c' || c == 0x2013)
            w = 0.55;
        ems += w;
    }
    return ems * pixelSize * (bold ? 1.1 : 1.0);
}

QPointF WheelLayout::pointAt(const QPointF& centre, qreal radius, qreal angle)
{
    const qreal a = qDegreesToRadians(angle);
    return {centre.x() + radius * std::sin(a), centre.y() - radius * std::cos(a)};
}

qreal WheelLayout::angleOf(const QPointF& centre, const QPointF& point)
{
    const qreal a = qRadiansToDegrees(std::atan2(point.x() - centre.x(), centre.y() - point.y()));
    return WheelGeometry::normalised(a);
}

bool WheelLayout::angleWithin(qreal angle, qreal start, qreal span)
{
    const qreal offset = WheelGeometry::normalised(angle - start);
    return offset <= span + 1e-9 || span >= 360.0;
}

const WheelLayout::Node* WheelLayout::Result::node(qint64 partnerId) const
{
    for (const Node& n : nodes) {
        if (n.partnerId == partnerId)
            return &n;
    }
    return nullptr;
}

const WheelLayout::Label* WheelLayout::Result::label(qint64 partnerId) const
{
    for (const Label& l : labels) {
        if (l.partnerId == partnerId)
            return &l;
    }
    return nullptr;
}

qint64 WheelLayout::Result::partnerAt(const QPointF& point) const
{
    // Nodes first (nearest wins), then labels.
    qint64 best = 0;
    qreal bestDistance = 0;
    for (const Node& n : nodes) {
        const QPointF d = point - n.centre;
        const qreal distance = std::sqrt(QPointF::dotProduct(d, d));
        if (distance <= n.radius + 3 && (best == 0 || distance < bestDistance)) {
            best = n.partnerId;
            bestDistance = distance;
        }
    }
    if (best != 0)
        return best;
    for (const Label& l : labels) {
        if (l.placed && l.rect.contains(point))
            return l.partnerId;
    }
    return 0;
}

WheelLayout::Result WheelLayout::compute(const AcademyWheel& wheel)
{
    return compute(wheel, Options());
}

WheelLayout::Result WheelLayout::compute(const AcademyWheel& wheel, const Options& options)
{
    return WheelLayoutPass(wheel, options).run();
}

} // namespace civic
