#include "wheel/WheelRenderer.h"

#include "common/Palette.h"
#include "wheel/NodeSprites.h"
#include "wheel/WheelShapes.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

#include <cmath>
#include <unordered_map>

namespace civic::ui {
namespace {

using Layout = WheelLayout::Result;

int pixels(qreal pixelSize)
{
    return std::max(1, qRound(pixelSize));
}

const QFontMetricsF& metrics(qreal pixelSize, bool bold)
{
    // Measuring is hot during layout: keep one metrics object per size.
    thread_local QHash<int, QFontMetricsF*> cache;
    const int key = pixels(pixelSize) * 2 + (bold ? 1 : 0);
    auto it = cache.find(key);
    if (it == cache.end())
        it = cache.insert(key, new QFontMetricsF(WheelRenderer::font(pixelSize, bold)));
    return **it;
}

void drawArcText(QPainter& p, const QPointF& c, const WheelLayout::ArcText& arc, qreal px,
                 bool bold, const QColor& colour)
{
    if (arc.text.isEmpty())
        return;
    const QFontMetricsF& fm = metrics(px, bold);
    p.setFont(WheelRenderer::font(px, bold));
    p.setPen(colour);
    QVector<qreal> advances;
    qreal total = 0;
    for (const QChar ch : arc.text) {
        advances << fm.horizontalAdvance(ch);
        total += advances.last();
    }
    const qreal direction = arc.flipped ? -1 : 1;
    qreal angle = arc.centreAngle - direction * qRadiansToDegrees(total / 2 / arc.radius);
    const qreal baseline = (fm.ascent() - fm.descent()) / 2;
    for (int i = 0; i < arc.text.size(); ++i) {
        const qreal half = qRadiansToDegrees(advances[i] / 2 / arc.radius);
        angle += direction * half;
        p.save();
        p.translate(WheelLayout::pointAt(c, arc.radius, angle));
        p.rotate(arc.flipped ? angle + 180 : angle);
        p.drawText(QPointF(-advances[i] / 2, baseline), QString(arc.text[i]));
        p.restore();
        angle += direction * half;
    }
}

void drawLegendSymbol(QPainter& p, const WheelLayout::LegendItem& item, qreal px)
{
    using Symbol = WheelLayout::LegendItem::Symbol;
    const QRectF r = item.symbolRect;
    const QPointF c = r.center();
    const qreal d = std::min(r.width(), r.height()) * 0.8;
    auto node = [&](qreal radius, const QVector<Approach>& approaches, bool hollow, bool faded,
                    bool plain) {
        WheelLayout::Node n;
        n.centre = c;
        n.radius = radius;
        n.approaches = approaches;
        n.hollow = hollow;
        n.faded = faded;
        n.plain = plain;
        WheelShapes::drawNode(p, n, px);
    };
    switch (item.symbol) {
    case Symbol::Heading:
        break;
    case Symbol::Approach:
        node(d / 2, {item.approach}, false, false, false);
        break;
    case Symbol::PlainNode:
        node(d * 0.35, {}, false, false, true);
        break;
    case Symbol::Filled:
        node(d / 2, {Approach::WiderEducation, Approach::Relational}, false, false, false);
        break;
    case Symbol::Hollow:
        node(d / 2, {Approach::WiderEducation, Approach::Relational}, true, false, false);
        break;
    case Symbol::Faded:
        node(d / 2, {Approach::WiderEducation, Approach::Relational}, false, true, false);
        break;
    case Symbol::Size:
        node(item.value / 100.0, {Approach::ProblemIdentification}, false, false, false);
        break;
    case Symbol::Ring: {
        // Five concentric rings, the one meant drawn strong.
        const qreal outer = std::min(r.width(), r.height()) / 2;
        for (int s = 5; s >= 1; --s) {
            const qreal radius = outer * (0.25 + 0.75 * (5 - s) / 4.0);
            const bool strong = s == item.value;
            p.setPen(
                QPen(strong ? Palette::ink() : Palette::muted(), strong ? px * 0.2 : px * 0.06));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, radius, radius);
        }
        break;
    }
    case Symbol::Met:
    case Symbol::Unmet: {
        const QRectF box(r.left() + 1, c.y() - r.height() * 0.3, r.width() - 2, r.height() * 0.6);
        p.setPen(Qt::NoPen);
        p.setBrush(item.symbol == Symbol::Met ? Palette::met() : Palette::unmet());
        p.drawRoundedRect(box, px * 0.15, px * 0.15);
        break;
    }
    }
}

} // namespace

QFont WheelRenderer::font(qreal pixelSize, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels(pixelSize));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting); // widths scale with the picture
    f.setKerning(false);
    return f;
}

WheelLayout::TextMeasure WheelRenderer::fontMeasure()
{
    return [](const QString& text, qreal pixelSize, bool bold) {
        // Label placement measures the same names again and again (every
        // pass, every elision step, every re-layout on a filter or a resize),
        // and shaping a string costs tens of microseconds: remember widths.
        // The answers are exactly the metrics' own, so the layout is unchanged.
        struct Key
        {
            QString text;
            int font;
            bool operator==(const Key& other) const
            {
                return font == other.font && text == other.text;
            }
        };
        struct KeyHash
        {
            size_t operator()(const Key& key) const noexcept
            {
                return qHash(key.text, size_t(key.font));
            }
        };
        thread_local std::unordered_map<Key, qreal, KeyHash> widths;
        if (widths.size() > 50000) // bounded: names of every academy a session shows
            widths.clear();
        Key key{text, pixels(pixelSize) * 2 + (bold ? 1 : 0)};
        auto it = widths.find(key);
        if (it == widths.end())
            it = widths.emplace(std::move(key), metrics(pixelSize, bold).horizontalAdvance(text))
                     .first;
        return it->second;
    };
}

WheelLayout::Result WheelRenderer::layout(const AcademyWheel& wheel, WheelLayout::Options options)
{
    if (!options.measure)
        options.measure = fontMeasure();
    return WheelLayout::compute(wheel, options);
}

QTransform WheelRenderer::transform(const WheelLayout::Result& layout, const QRectF& target)
{
    const QSizeF canvas = layout.canvas;
    if (canvas.isEmpty() || target.isEmpty())
        return {};
    const qreal scale =
        std::min(target.width() / canvas.width(), target.height() / canvas.height());
    const qreal dx = target.left() + (target.width() - canvas.width() * scale) / 2;
    const qreal dy = target.top() + (target.height() - canvas.height() * scale) / 2;
    return QTransform(scale, 0, 0, scale, dx, dy);
}

void WheelRenderer::paint(QPainter& p, const AcademyWheel& wheel, const QRectF& target,
                          WheelLayout::Options options, const RenderOptions& render)
{
    options.canvas = target.size();
    paint(p, layout(wheel, options), target, render);
}

namespace {
// The picture in layers, back to front; each sets the pen, brush and font it
// draws with.

void paintTitle(QPainter& p, const Layout& L)
{
    if (L.title.isEmpty())
        return;
    const qreal px = L.fontSize;
    p.setPen(Palette::ink());
    p.setFont(WheelRenderer::font(px * 1.6, true));
    p.drawText(L.titleRect, Qt::AlignLeft | Qt::AlignVCenter, L.title);
    p.setPen(Palette::muted());
    p.setFont(WheelRenderer::font(px));
    p.drawText(L.subtitleRect, Qt::AlignLeft | Qt::AlignVCenter, L.subtitle);
}

/// A tint per sector, every other ring a shade lighter so the rings read
/// clearly. `devicePixel` is one pixel of the target in the layout's units.
void paintWedges(QPainter& p, const Layout& L, qreal devicePixel)
{
    const QPointF c = L.hub.centre;
    for (const WheelLayout::Wedge& w : L.wedges) {
        if (w.empty) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xee, 0xf0, 0xf2));
            p.drawPath(WheelShapes::annularSector(c, L.hub.radius, L.sectorBandOuter, w.startAngle,
                                                  w.spanAngle));
            continue;
        }
        const QColor tint = Palette::sector(w.sector);
        p.setPen(Qt::NoPen);
        // The ring bands without antialiasing: every edge of theirs is hidden
        // (under the hub, the sector band, a spoke) or lies between two tints
        // a shade apart, where no step shows; smoothing them cost a tenth of
        // the picture. The innermost and outermost reach one pixel under the
        // hub and the band, so those smooth edges always lie over a tint.
        // (Vector output, PDF and SVG, ignores the hint.)
        p.setRenderHint(QPainter::Antialiasing, false);
        for (const WheelLayout::Ring& ring : L.rings) {
            QColor band = tint;
            if (ring.strength % 2 == 0)
                band = QColor::fromHslF(tint.hslHueF(), tint.hslSaturationF(),
                                        std::min(1.0, tint.lightnessF() + 0.035));
            p.setBrush(band);
            const qreal inner = ring.strength == 5 ? L.hub.radius - devicePixel : ring.inner;
            const qreal outer = ring.strength == 1 ? L.sectorBandInner + devicePixel : ring.outer;
            p.drawPath(WheelShapes::annularSector(c, inner, outer, w.startAngle, w.spanAngle));
        }
        p.setRenderHint(QPainter::Antialiasing, true);
        p.setBrush(Palette::sector(w.sector, true));
        p.drawPath(WheelShapes::annularSector(c, L.sectorBandInner, L.sectorBandOuter, w.startAngle,
                                              w.spanAngle));
    }
}

/// Faint circles at each ring's line, spokes between the wedges, the
/// sectors' names and the strength numbers on the first spoke.
void paintRingsAndSpokes(QPainter& p, const Layout& L)
{
    const qreal px = L.fontSize;
    const QPointF c = L.hub.centre;
    // The muted ink at 43% on paper, mixed in advance: a see-through dashed pen
    // becomes thousands of small filled shapes in a PDF.
    QPen ringPen(QColor(0xc6, 0xcb, 0xd0), std::max(0.6, px * 0.07), Qt::DashLine);
    p.setPen(ringPen);
    p.setBrush(Qt::NoBrush);
    for (const WheelLayout::Ring& ring : L.rings)
        p.drawEllipse(c, ring.radius, ring.radius);
    p.setPen(QPen(Palette::paper(), std::max(1.0, px * 0.16)));
    for (const WheelLayout::Wedge& w : L.wedges) {
        if (L.wedges.size() > 1)
            p.drawLine(WheelLayout::pointAt(c, L.hub.radius, w.startAngle),
                       WheelLayout::pointAt(c, L.sectorBandOuter, w.startAngle));
    }
    for (const WheelLayout::Wedge& w : L.wedges)
        drawArcText(p, c, w.label, px * 0.92, true, w.empty ? Palette::muted() : Palette::paper());
    for (const WheelLayout::Ring& ring : L.rings) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 220));
        p.drawRoundedRect(ring.labelRect, px * 0.3, px * 0.3);
        p.setPen(Palette::muted());
        p.setFont(WheelRenderer::font(px * 0.8, true));
        p.drawText(ring.labelRect, Qt::AlignCenter, QString::number(ring.strength));
    }
}

void paintNeeds(QPainter& p, const Layout& L)
{
    if (!L.needsShown)
        return;
    const qreal px = L.fontSize;
    const QPointF c = L.hub.centre;
    const qreal mid = (L.needsInner + L.needsOuter) / 2;
    if (L.needs.isEmpty()) {
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0xee, 0xf0, 0xf2));
        p.drawPath(WheelShapes::annularSector(c, L.needsInner, L.needsOuter, 0, 360));
        WheelLayout::ArcText none;
        none.text =
            QCoreApplication::translate("civic::ui::WheelRenderer", "No open needs recorded");
        none.radius = mid;
        none.centreAngle = 0;
        drawArcText(p, c, none, px * 0.85, false, Palette::muted());
    }
    // Segments filled, then parted by paper-coloured spokes: the same
    // picture as stroking each segment's outline in paper, at a fraction
    // of the cost (a stroked arc becomes a polygon to fill).
    const qreal gap = std::max(1.0, px * 0.12);
    p.setPen(Qt::NoPen);
    for (const WheelLayout::NeedSegment& s : L.needs) {
        p.setBrush(s.met ? Palette::met() : Palette::unmet());
        p.drawPath(WheelShapes::annularSector(c, L.needsInner + gap / 2, L.needsOuter - gap / 2,
                                              s.startAngle, s.spanAngle));
    }
    if (L.needs.size() > 1 || (L.needs.size() == 1 && L.needs.first().spanAngle < 359.999)) {
        p.setPen(QPen(Palette::paper(), gap, Qt::SolidLine, Qt::FlatCap));
        for (const WheelLayout::NeedSegment& s : L.needs) {
            for (qreal angle : {s.startAngle, s.startAngle + s.spanAngle})
                p.drawLine(WheelLayout::pointAt(c, L.needsInner, angle),
                           WheelLayout::pointAt(c, L.needsOuter, angle));
        }
    }
    for (const WheelLayout::NeedSegment& s : L.needs) {
        if (!s.highlighted)
            continue;
        p.setPen(QPen(Palette::ink(), px * 0.25));
        p.setBrush(Qt::NoBrush);
        p.drawPath(
            WheelShapes::annularSector(c, L.needsInner, L.needsOuter, s.startAngle, s.spanAngle));
    }
    for (const WheelLayout::NeedGroup& g : L.needGroups)
        drawArcText(p, c, g.label, px * 0.85, false, Palette::paper());
}

/// The hub with the academy's name, and the empty sectors' names.
void paintHubAndGaps(QPainter& p, const Layout& L)
{
    const QPointF c = L.hub.centre;
    p.setPen(Qt::NoPen);
    p.setBrush(Palette::hub());
    p.drawEllipse(c, L.hub.radius, L.hub.radius);
    p.setPen(Palette::paper());
    p.setFont(WheelRenderer::font(L.hub.fontSize, true));
    const qreal h = WheelLayout::lineHeight(L.hub.fontSize);
    qreal y = c.y() - h * L.hub.lines.size() / 2;
    for (const QString& line : L.hub.lines) {
        p.drawText(QRectF(c.x() - L.hub.radius, y, 2 * L.hub.radius, h), Qt::AlignCenter, line);
        y += h;
    }

    p.setFont(WheelRenderer::font(L.fontSize * 0.9));
    for (const WheelLayout::Wedge& w : L.wedges) {
        if (w.gapLabel.isEmpty())
            continue;
        p.setPen(Palette::muted());
        p.drawText(w.gapLabelRect, Qt::AlignCenter, w.gapLabel);
    }
}

void paintLeaders(QPainter& p, const Layout& L)
{
    p.setPen(QPen(Palette::muted(), std::max(0.6, L.fontSize * 0.07)));
    for (const WheelLayout::Label& l : L.labels) {
        if (!l.placed || !l.leader)
            continue;
        p.drawLine(l.anchor, l.leaderEnd);
    }
}

/// The nodes, copied from sprites where the target allows; `combined` is
/// the painter's transform from layout units to the target.
void paintNodes(QPainter& p, const Layout& L, const QTransform& combined)
{
    const qreal px = L.fontSize;
    const NodeSprites sprites(p, L.nodes, px);
    if (!sprites.active()) {
        for (const WheelLayout::Node& n : L.nodes)
            WheelShapes::drawNode(p, n, px);
        return;
    }
    // Copied in device pixels: no transform while they go down.
    p.save();
    p.setWorldTransform(QTransform());
    for (int i = 0; i < L.nodes.size(); ++i) {
        const WheelLayout::Node& n = L.nodes[i];
        if (!sprites.draw(p, i, n)) {
            p.setWorldTransform(combined);
            WheelShapes::drawNode(p, n, px);
            p.setWorldTransform(QTransform());
        }
    }
    p.restore();
}

/// A ring round the highlighted, the selected and the hovered nodes.
void paintMarks(QPainter& p, const Layout& L, const WheelRenderer::RenderOptions& render)
{
    const qreal px = L.fontSize;
    for (const WheelLayout::Node& n : L.nodes) {
        const bool selected = n.partnerId == render.selectedPartner;
        if (n.highlighted || selected || n.partnerId == render.hoveredPartner) {
            p.setPen(QPen(selected || n.highlighted ? Palette::ink() : Palette::muted(),
                          px * (selected ? 0.28 : 0.18)));
            p.setBrush(Qt::NoBrush);
            const qreal r = n.radius + px * 0.3;
            p.drawEllipse(n.centre, r, r);
        }
    }
}

void paintLabels(QPainter& p, const Layout& L, const WheelRenderer::RenderOptions& render)
{
    const qreal px = L.fontSize;
    p.setFont(WheelRenderer::font(px));
    for (int i = 0; i < L.labels.size(); ++i) {
        const WheelLayout::Label& l = L.labels[i];
        if (!l.placed)
            continue;
        const WheelLayout::Node& n = L.nodes[i];
        // Selected and highlighted names stand out on a tint rather than in
        // bold, which would no longer fit the box the layout measured.
        const bool selected = n.partnerId == render.selectedPartner;
        p.setPen(Qt::NoPen);
        p.setBrush(selected        ? QColor(0xff, 0xe0, 0x8a)
                   : n.highlighted ? QColor(0xff, 0xf0, 0xc4)
                                   : QColor(255, 255, 255, 150));
        p.drawRoundedRect(l.rect, px * 0.2, px * 0.2);
        p.setPen(n.dimmed ? QColor(0x24, 0x30, 0x3d, 90)
                          : (n.faded ? Palette::muted() : Palette::ink()));
        p.drawText(l.rect, (l.alignRight ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                   l.text);
    }
}

/// The guidance shown when no partner is, then the legend.
void paintMessageAndLegend(QPainter& p, const Layout& L)
{
    const qreal px = L.fontSize;
    if (!L.message.isEmpty()) {
        p.setPen(Palette::ink());
        p.setFont(WheelRenderer::font(px * 1.1));
        p.drawText(L.messageRect, Qt::AlignCenter, L.message);
    }
    const qreal lpx = L.legendFontSize;
    p.setPen(QPen(QColor(0xd0, 0xd6, 0xdc), std::max(0.6, px * 0.08)));
    p.setBrush(QColor(0xfa, 0xfb, 0xfc));
    p.drawRoundedRect(L.legendRect, px * 0.5, px * 0.5);
    for (const WheelLayout::LegendItem& item : L.legend) {
        if (item.symbol == WheelLayout::LegendItem::Symbol::Heading) {
            p.setPen(Palette::ink());
            p.setFont(WheelRenderer::font(lpx, true));
            p.drawText(item.textRect, Qt::AlignLeft | Qt::AlignVCenter, item.text);
            continue;
        }
        drawLegendSymbol(p, item, px);
        p.setPen(Palette::ink());
        p.setFont(WheelRenderer::font(lpx));
        p.drawText(item.textRect, Qt::AlignLeft | Qt::AlignVCenter, item.text);
    }
}

} // namespace

void WheelRenderer::paint(QPainter& p, const WheelLayout::Result& L, const QRectF& target,
                          const RenderOptions& render)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    if (render.background)
        p.fillRect(target, Palette::paper());
    p.setTransform(transform(L, target), true);
    const QTransform combined = p.worldTransform();
    paintTitle(p, L);
    paintWedges(p, L, 1.0 / std::max(1e-6, std::abs(combined.m11())));
    paintRingsAndSpokes(p, L);
    paintNeeds(p, L);
    paintHubAndGaps(p, L);
    // Leader lines, then nodes, then labels on top.
    paintLeaders(p, L);
    paintNodes(p, L, combined);
    paintMarks(p, L, render);
    paintLabels(p, L, render);
    paintMessageAndLegend(p, L);
    p.restore();
}

} // namespace civic::ui
