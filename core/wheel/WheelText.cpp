#include "wheel/WheelText.h"

#include "wheel/WheelGeometry.h"

#include <QCoreApplication>
#include <QtMath>

namespace civic {

QString WheelText::tr(const char* text)
{
    return QCoreApplication::translate("civic::WheelLayout", text);
}

QString WheelText::count(int n, const char* one, const char* many)
{
    return (n == 1 ? tr(one) : tr(many)).arg(n);
}

QString WheelText::elide(const QString& text, qreal width, qreal px, bool bold,
                         const WheelLayout::TextMeasure& measure)
{
    if (measure(text, px, bold) <= width)
        return text;
    const QString ellipsis(QChar(0x2026));
    int lo = 0;
    int hi = int(text.size());
    while (lo < hi) { // the longest prefix that fits with the ellipsis
        const int mid = (lo + hi + 1) / 2;
        if (measure(text.left(mid).trimmed() + ellipsis, px, bold) <= width)
            lo = mid;
        else
            hi = mid - 1;
    }
    if (lo == 0)
        return {};
    return text.left(lo).trimmed() + ellipsis;
}

QStringList WheelText::wrap(const QString& text, qreal width, int maxLines, qreal px, bool bold,
                            const WheelLayout::TextMeasure& measure)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    for (int i = 0; i < words.size(); ++i) {
        const QString candidate = line.isEmpty() ? words[i] : line + QLatin1Char(' ') + words[i];
        if (line.isEmpty() || measure(candidate, px, bold) <= width) {
            line = candidate;
            continue;
        }
        if (lines.size() == maxLines - 1) { // last line: the rest, elided
            line =
                candidate + QLatin1Char(' ') + QStringList(words.mid(i + 1)).join(QLatin1Char(' '));
            break;
        }
        lines.append(line);
        line = words[i];
    }
    if (!line.isEmpty())
        lines.append(elide(line.trimmed(), width, px, bold, measure));
    return lines;
}

WheelLayout::ArcText WheelText::arcText(const QString& text, qreal radius, qreal start, qreal span,
                                        qreal px, bool bold,
                                        const WheelLayout::TextMeasure& measure)
{
    WheelLayout::ArcText arc;
    arc.radius = radius;
    arc.centreAngle = WheelGeometry::normalised(start + span / 2);
    const qreal room = qDegreesToRadians(span) * radius - px; // a little air at both ends
    if (room > px * 2)
        arc.text = elide(text, room, px, bold, measure);
    arc.flipped = arc.centreAngle > 90 && arc.centreAngle < 270;
    return arc;
}

} // namespace civic
