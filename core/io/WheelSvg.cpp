#include "io/WheelSvg.h"

#include "io/HtmlEscape.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace civic {
namespace {

using Layout = WheelLayout::Result;

// The plain values of ui/common/Palette, which core cannot include (it is Gui).
const QString ink = QStringLiteral("#24303d");
const QString muted = QStringLiteral("#7a8693");
const QString paper = QStringLiteral("#ffffff");
const QString hubColour = QStringLiteral("#3a4a5c");
const QString plainNode = QStringLiteral("#b8c0c8");
const QString metColour = QStringLiteral("#0072b2");
const QString unmetColour = QStringLiteral("#d55e00");
const QString emptyColour = QStringLiteral("#eef0f2");

// Two decimals at most, without trailing zeros: a large wheel has thousands of numbers.
QString num(qreal v)
{
    QString s = QString::number(v, 'f', 2);
    while (s.endsWith(u'0'))
        s.chop(1);
    if (s.endsWith(u'.'))
        s.chop(1);
    return s == QLatin1String("-0") ? QStringLiteral("0") : s;
}

// Palette::sector's tint: QColor::fromHsl's 0–255 saturation and lightness as
// percentages; `lighter` adds to the lightness (every other ring).
QString sectorHsl(Sector sector, bool strong, qreal lighter = 0)
{
    static const int hues[] = {210, 230, 250, 190, 270, 160, 140, 300, 35, 55, 0, 330, 90};
    const int hue = hues[int(sector) % int(sizeof(hues) / sizeof(hues[0]))];
    const qreal saturation = (strong ? 90 : 70) * 100.0 / 255;
    const qreal lightness = std::min(100.0, (strong ? 110 : 236) * 100.0 / 255 + lighter);
    return QStringLiteral("hsl(%1,%2%,%3%)")
        .arg(QString::number(hue), num(saturation), num(lightness));
}

QString point(const QPointF& p)
{
    return num(p.x()) + u',' + num(p.y());
}

QString circle(const QPointF& c, qreal r, const QString& fill, const QString& extra = {})
{
    return QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"%3\" fill=\"%4\"%5/>")
        .arg(num(c.x()), num(c.y()), num(r), fill, extra);
}

// An arc's end and flags from `start` over `span` degrees (clockwise from twelve).
QString arcTo(const QPointF& c, qreal r, qreal start, qreal span)
{
    const QPointF end = WheelLayout::pointAt(c, r, start + span);
    return QStringLiteral("A%1,%1 0 %2 %3 %4")
        .arg(num(r), QString::number(std::abs(span) > 180 ? 1 : 0),
             QString::number(span > 0 ? 1 : 0), point(end));
}

QString fullRing(const QPointF& c, qreal inner, qreal outer)
{
    auto ring = [&](qreal r) {
        return QStringLiteral("M%1 %2 %3Z")
            .arg(point(WheelLayout::pointAt(c, r, 0)), arcTo(c, r, 0, 180), arcTo(c, r, 180, 180));
    };
    return inner > 0 ? ring(outer) + u' ' + ring(inner) : ring(outer);
}

/// The path of the band between `inner` and `outer` from `start` over `span`.
QString annularSector(const QPointF& c, qreal inner, qreal outer, qreal start, qreal span)
{
    if (span >= 359.999)
        return fullRing(c, inner, outer);
    QString d = QStringLiteral("M%1 %2").arg(point(WheelLayout::pointAt(c, outer, start)),
                                             arcTo(c, outer, start, span));
    if (inner > 0)
        d += QStringLiteral(" L%1 %2").arg(point(WheelLayout::pointAt(c, inner, start + span)),
                                           arcTo(c, inner, start + span, -span));
    else
        d += QStringLiteral(" L%1").arg(point(c));
    return d + u'Z';
}

QString path(const QString& d, const QString& fill, const QString& extra = {})
{
    return QStringLiteral("<path d=\"%1\" fill=\"%2\" fill-rule=\"evenodd\"%3/>")
        .arg(d, fill, extra);
}

QString textAt(const QRectF& rect, const QString& text, qreal px, const QString& fill,
               const QString& anchor = QStringLiteral("middle"), bool bold = false)
{
    const qreal x = anchor == QLatin1String("start") ? rect.left()
                    : anchor == QLatin1String("end") ? rect.right()
                                                     : rect.center().x();
    return QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"%3\" fill=\"%4\" "
                          "text-anchor=\"%5\" dominant-baseline=\"central\"%6>%7</text>")
        .arg(num(x), num(rect.center().y()), num(px), fill, anchor,
             bold ? QStringLiteral(" font-weight=\"bold\"") : QString(), HtmlEscape::text(text));
}

/// Text along an arc, centred on its angle; the lower half reads left to right.
QString arcText(const QPointF& c, const WheelLayout::ArcText& arc, qreal px, bool bold,
                const QString& fill, const QString& id)
{
    if (arc.text.isEmpty())
        return {};
    const qreal a = arc.centreAngle;
    const QString d =
        arc.flipped
            ? QStringLiteral("M%1 %2").arg(point(WheelLayout::pointAt(c, arc.radius, a + 179)),
                                           arcTo(c, arc.radius, a + 179, -358))
            : QStringLiteral("M%1 %2").arg(point(WheelLayout::pointAt(c, arc.radius, a - 179)),
                                           arcTo(c, arc.radius, a - 179, 358));
    return QStringLiteral("<path id=\"%1\" d=\"%2\" fill=\"none\"/>"
                          "<text font-size=\"%3\" fill=\"%4\"%5 dominant-baseline=\"central\">"
                          "<textPath href=\"#%1\" startOffset=\"50%\" text-anchor=\"middle\">%6"
                          "</textPath></text>")
        .arg(id, d, num(px), fill, bold ? QStringLiteral(" font-weight=\"bold\"") : QString(),
             HtmlEscape::text(arc.text));
}

QString wedges(const Layout& L)
{
    QString s;
    const QPointF c = L.hub.centre;
    for (const WheelLayout::Wedge& w : L.wedges) {
        if (w.empty) {
            s += path(annularSector(c, L.hub.radius, L.sectorBandOuter, w.startAngle, w.spanAngle),
                      emptyColour);
            continue;
        }
        for (const WheelLayout::Ring& ring : L.rings) {
            // Every other ring a shade lighter, as in the program.
            const QString tint = sectorHsl(w.sector, false, ring.strength % 2 == 0 ? 3.5 : 0);
            const qreal inner = ring.strength == 5 ? L.hub.radius : ring.inner;
            const qreal outer = ring.strength == 1 ? L.sectorBandInner : ring.outer;
            s += path(annularSector(c, inner, outer, w.startAngle, w.spanAngle), tint);
        }
        s += path(annularSector(c, L.sectorBandInner, L.sectorBandOuter, w.startAngle, w.spanAngle),
                  WheelSvg::sectorColour(w.sector, true));
    }
    return s;
}

QString ringsAndSpokes(const Layout& L)
{
    const qreal px = L.fontSize;
    const QPointF c = L.hub.centre;
    QString s;
    for (const WheelLayout::Ring& ring : L.rings)
        s +=
            circle(c, ring.radius, QStringLiteral("none"),
                   QStringLiteral(" stroke=\"#c6cbd0\" stroke-width=\"%1\" stroke-dasharray=\"%2\"")
                       .arg(num(std::max(0.6, px * 0.07)), num(px * 0.3)));
    if (L.wedges.size() > 1) {
        for (const WheelLayout::Wedge& w : L.wedges)
            s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" "
                                "stroke-width=\"%6\"/>")
                     .arg(num(WheelLayout::pointAt(c, L.hub.radius, w.startAngle).x()),
                          num(WheelLayout::pointAt(c, L.hub.radius, w.startAngle).y()),
                          num(WheelLayout::pointAt(c, L.sectorBandOuter, w.startAngle).x()),
                          num(WheelLayout::pointAt(c, L.sectorBandOuter, w.startAngle).y()), paper,
                          num(std::max(1.0, px * 0.16)));
    }
    int index = 0;
    for (const WheelLayout::Wedge& w : L.wedges)
        s += arcText(c, w.label, px * 0.92, true, w.empty ? muted : paper,
                     QStringLiteral("sector-arc-%1").arg(index++));
    for (const WheelLayout::Ring& ring : L.rings) {
        s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"%5\" "
                            "fill=\"#ffffff\" fill-opacity=\"0.86\"/>")
                 .arg(num(ring.labelRect.x()), num(ring.labelRect.y()), num(ring.labelRect.width()),
                      num(ring.labelRect.height()), num(px * 0.3));
        s += textAt(ring.labelRect, QString::number(ring.strength), px * 0.8, muted,
                    QStringLiteral("middle"), true);
    }
    return s;
}

QString needs(const Layout& L)
{
    if (!L.needsShown)
        return {};
    const qreal px = L.fontSize;
    const QPointF c = L.hub.centre;
    QString s;
    if (L.needs.isEmpty()) {
        s += path(fullRing(c, L.needsInner, L.needsOuter), emptyColour);
        WheelLayout::ArcText none;
        none.text =
            QCoreApplication::translate("civic::ui::WheelRenderer", "No open needs recorded");
        none.radius = (L.needsInner + L.needsOuter) / 2;
        s += arcText(c, none, px * 0.85, false, muted, QStringLiteral("needs-none"));
    }
    const qreal gap = std::max(1.0, px * 0.12);
    for (const WheelLayout::NeedSegment& n : L.needs) {
        // Parted by a paper-coloured outline; the title is the need's tooltip.
        s += QStringLiteral("<path d=\"%1\" fill=\"%2\" stroke=\"%3\" stroke-width=\"%4\">"
                            "<title>%5</title></path>")
                 .arg(annularSector(c, L.needsInner + gap / 2, L.needsOuter - gap / 2, n.startAngle,
                                    n.spanAngle),
                      n.met ? metColour : unmetColour, paper, num(gap), HtmlEscape::text(n.title));
    }
    int index = 0;
    for (const WheelLayout::NeedGroup& g : L.needGroups)
        s += arcText(c, g.label, px * 0.85, false, paper,
                     QStringLiteral("need-arc-%1").arg(index++));
    return s;
}

QString hubAndGaps(const Layout& L)
{
    const QPointF c = L.hub.centre;
    QString s = circle(c, L.hub.radius, hubColour);
    const qreal h = WheelLayout::lineHeight(L.hub.fontSize);
    qreal y = c.y() - h * L.hub.lines.size() / 2;
    for (const QString& line : L.hub.lines) {
        s += textAt(QRectF(c.x() - L.hub.radius, y, 2 * L.hub.radius, h), line, L.hub.fontSize,
                    paper, QStringLiteral("middle"), true);
        y += h;
    }
    for (const WheelLayout::Wedge& w : L.wedges) {
        if (!w.gapLabel.isEmpty())
            s += textAt(w.gapLabelRect, w.gapLabel, L.fontSize * 0.9, muted);
    }
    return s;
}

/// A node: coloured slices, one per approach, hollow for a prospective tie.
QString node(const WheelLayout::Node& n, qreal px)
{
    QStringList colours;
    for (Approach a : n.approaches)
        colours << WheelSvg::approachColour(a);
    if (colours.isEmpty())
        colours << plainNode;
    QString s =
        QStringLiteral("<g%1>").arg(n.faded ? QStringLiteral(" opacity=\"0.38\"") : QString());
    const qreal slice = 360.0 / colours.size();
    if (n.hollow) {
        const qreal w = std::max(px * 0.22, n.radius * 0.36);
        const qreal r = n.radius - w / 2;
        s += circle(n.centre, n.radius, paper);
        for (int i = 0; i < colours.size(); ++i) {
            const QString stroke =
                QStringLiteral(" stroke=\"%1\" stroke-width=\"%2\"").arg(colours[i], num(w));
            if (colours.size() == 1)
                s += circle(n.centre, r, QStringLiteral("none"), stroke);
            else
                s += QStringLiteral("<path d=\"M%1 %2\" fill=\"none\"%3/>")
                         .arg(point(WheelLayout::pointAt(n.centre, r, i * slice)),
                              arcTo(n.centre, r, i * slice, slice), stroke);
        }
    } else {
        const qreal rim = std::max(1.0, px * 0.1) / 2;
        s += circle(n.centre, n.radius + rim, paper);
        for (int i = 0; i < colours.size(); ++i) {
            if (colours.size() == 1)
                s += circle(n.centre, n.radius - rim, colours[i]);
            else
                s += path(annularSector(n.centre, 0, n.radius - rim, i * slice, slice), colours[i]);
        }
    }
    return s + QStringLiteral("</g>");
}

QString label(const WheelLayout::Label& l, const WheelLayout::Node& n, qreal px)
{
    if (!l.placed)
        return {};
    QString s;
    if (l.leader)
        s += QStringLiteral("<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" "
                            "stroke-width=\"%6\"/>")
                 .arg(num(l.anchor.x()), num(l.anchor.y()), num(l.leaderEnd.x()),
                      num(l.leaderEnd.y()), muted, num(std::max(0.6, px * 0.07)));
    s += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"%5\" "
                        "fill=\"#ffffff\" fill-opacity=\"0.6\"/>")
             .arg(num(l.rect.x()), num(l.rect.y()), num(l.rect.width()), num(l.rect.height()),
                  num(px * 0.2));
    s += textAt(l.rect, l.text, px, n.faded ? muted : ink,
                l.alignRight ? QStringLiteral("end") : QStringLiteral("start"));
    return s;
}

QString partners(const Layout& L, const WheelSvg::NodeAttributes& attributes)
{
    QString s;
    for (int i = 0; i < L.nodes.size(); ++i) {
        const WheelLayout::Node& n = L.nodes[i];
        s += QStringLiteral("<g class=\"partner\"%1>").arg(attributes ? attributes(n) : QString());
        s += node(n, L.fontSize);
        if (i < L.labels.size())
            s += label(L.labels[i], n, L.fontSize);
        s += QStringLiteral("</g>");
    }
    return s;
}

QString legendSymbol(const WheelLayout::LegendItem& item, qreal px)
{
    using Symbol = WheelLayout::LegendItem::Symbol;
    const QRectF r = item.symbolRect;
    const QPointF c = r.center();
    const qreal d = std::min(r.width(), r.height()) * 0.8;
    auto sample = [&](qreal radius, const QVector<Approach>& approaches, bool hollow, bool faded) {
        WheelLayout::Node n;
        n.centre = c;
        n.radius = radius;
        n.approaches = approaches;
        n.hollow = hollow;
        n.faded = faded;
        return node(n, px);
    };
    const QVector<Approach> two{Approach::WiderEducation, Approach::Relational};
    switch (item.symbol) {
    case Symbol::Heading:
        return {};
    case Symbol::Approach:
        return sample(d / 2, {item.approach}, false, false);
    case Symbol::PlainNode:
        return sample(d * 0.35, {}, false, false);
    case Symbol::Filled:
        return sample(d / 2, two, false, false);
    case Symbol::Hollow:
        return sample(d / 2, two, true, false);
    case Symbol::Faded:
        return sample(d / 2, two, false, true);
    case Symbol::Size:
        return sample(item.value / 100.0, {Approach::ProblemIdentification}, false, false);
    case Symbol::Ring: {
        QString s;
        const qreal outer = std::min(r.width(), r.height()) / 2;
        for (int k = 5; k >= 1; --k) {
            const bool strong = k == item.value;
            s += circle(c, outer * (0.25 + 0.75 * (5 - k) / 4.0), QStringLiteral("none"),
                        QStringLiteral(" stroke=\"%1\" stroke-width=\"%2\"")
                            .arg(strong ? ink : muted, num(strong ? px * 0.2 : px * 0.06)));
        }
        return s;
    }
    case Symbol::Met:
    case Symbol::Unmet:
        return QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" rx=\"%5\" "
                              "fill=\"%6\"/>")
            .arg(num(r.left() + 1), num(c.y() - r.height() * 0.3), num(r.width() - 2),
                 num(r.height() * 0.6), num(px * 0.15),
                 item.symbol == Symbol::Met ? metColour : unmetColour);
    }
    return {};
}

QString messageAndLegend(const Layout& L)
{
    const qreal px = L.fontSize;
    QString s;
    if (!L.message.isEmpty())
        s += textAt(L.messageRect, L.message, px * 1.1, ink);
    s += QStringLiteral("<g class=\"legend\"><rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" "
                        "rx=\"%5\" fill=\"#fafbfc\" stroke=\"#d0d6dc\" stroke-width=\"%6\"/>")
             .arg(num(L.legendRect.x()), num(L.legendRect.y()), num(L.legendRect.width()),
                  num(L.legendRect.height()), num(px * 0.5), num(std::max(0.6, px * 0.08)));
    for (const WheelLayout::LegendItem& item : L.legend) {
        const bool heading = item.symbol == WheelLayout::LegendItem::Symbol::Heading;
        s += legendSymbol(item, px);
        s += textAt(item.textRect, item.text, L.legendFontSize, ink, QStringLiteral("start"),
                    heading);
    }
    return s + QStringLiteral("</g>");
}

} // namespace

QString WheelSvg::approachColour(Approach approach)
{
    switch (approach) {
    case Approach::WiderEducation:
        return QStringLiteral("#0072b2");
    case Approach::ProblemIdentification:
        return QStringLiteral("#e69f00");
    case Approach::Relational:
        return QStringLiteral("#009e73");
    case Approach::CommunityConvening:
        return QStringLiteral("#cc79a7");
    }
    return ink;
}

QString WheelSvg::sectorColour(Sector sector, bool strong)
{
    return sectorHsl(sector, strong);
}

QString WheelSvg::write(const WheelLayout::Result& layout, const QString& title,
                        const NodeAttributes& attributes)
{
    const QSizeF size = layout.canvas;
    QString s = QStringLiteral("<svg class=\"wheel\" "
                               "viewBox=\"0 0 %1 %2\" role=\"group\" aria-label=\"%3\" "
                               "font-family=\"DejaVu Sans, Verdana, Arial, sans-serif\">")
                    .arg(num(size.width()), num(size.height()), HtmlEscape::attribute(title));
    s += QStringLiteral("<rect width=\"%1\" height=\"%2\" fill=\"%3\"/>")
             .arg(num(size.width()), num(size.height()), paper);
    s += QStringLiteral("<g aria-hidden=\"true\">") + wedges(layout) + ringsAndSpokes(layout) +
         needs(layout) + hubAndGaps(layout) + QStringLiteral("</g>");
    s += partners(layout, attributes);
    s += QStringLiteral("<g aria-hidden=\"true\">") + messageAndLegend(layout) +
         QStringLiteral("</g>");
    return s + QStringLiteral("</svg>");
}

} // namespace civic
