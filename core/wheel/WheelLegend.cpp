#include "wheel/WheelLegend.h"

#include "wheel/WheelGeometry.h"
#include "wheel/WheelText.h"

#include <algorithm>
#include <cmath>

namespace civic {
namespace {

WheelLayout::LegendItem item(WheelLayout::LegendItem::Symbol symbol, const QString& text,
                             int value = 0, Approach approach = Approach::WiderEducation)
{
    WheelLayout::LegendItem i;
    i.symbol = symbol;
    i.text = text;
    i.value = value;
    i.approach = approach;
    return i;
}

QString tr(const char* text)
{
    return WheelText::tr(text);
}

} // namespace

WheelLegend::WheelLegend(qreal px, bool showNeeds, const WheelLayout::TextMeasure& measure)
    : m_px(px)
    , m_lpx(px * 0.95)
    , m_lLine(WheelLayout::lineHeight(m_lpx))
    , m_symbolW(std::max(WheelGeometry::nodeRadius(4, px) * 2, m_lLine * 1.4))
    , m_gutter(px * 2)
    , m_measure(measure)
{
    addColumns(showNeeds);
    measureColumns();
}

void WheelLegend::addColumns(bool showNeeds)
{
    using Symbol = LegendItem::Symbol;
    Column colour;
    colour.heading = tr("Colour: approach of its initiatives");
    for (Approach a : allValues<Approach>())
        colour.items << item(Symbol::Approach, displayName(a), 0, a);
    colour.items << item(Symbol::PlainNode, tr("In no initiative yet"));
    m_columns << colour;

    Column ring;
    ring.heading = tr("Ring: strength of the tie");
    for (int s = 5; s >= 1; --s) {
        QString text = strengthName(s);
        if (s == 5)
            text += tr(" (nearest the hub)");
        else if (s == 1)
            text += tr(" (outer ring)");
        ring.items << item(Symbol::Ring, text, s);
    }
    m_columns << ring;

    Column size;
    size.heading = tr("Size: initiatives it is in");
    const int counts[] = {1, 2, 3, 4};
    for (int n : counts) {
        const QString text =
            n == 4 ? tr("4 or more") : WheelText::count(n, "%1 initiative", "%1 initiatives");
        size.items << item(Symbol::Size, text,
                           int(std::round(WheelGeometry::nodeRadius(n, m_px) * 100)));
    }
    m_columns << size;

    Column status;
    status.heading = tr("Status of the tie");
    status.items << item(Symbol::Filled, tr("Active"));
    status.items << item(Symbol::Hollow, tr("Prospective (hollow)"));
    status.items << item(Symbol::Faded, tr("Paused or ended (faded)"));
    m_columns << status;

    if (showNeeds) {
        Column needs;
        needs.heading = tr("Outer ring: the academy’s needs");
        needs.items << item(Symbol::Met, tr("Met: an active initiative addresses it"));
        needs.items << item(Symbol::Unmet, tr("Not met yet"));
        m_columns << needs;
    }
}

qreal WheelLegend::rowHeight(const LegendItem& i) const
{
    return i.symbol == LegendItem::Symbol::Size ? std::max(m_lLine, i.value / 100.0 * 2 + 3)
                                                : m_lLine;
}

void WheelLegend::measureColumns()
{
    for (Column& c : m_columns) {
        c.width = m_measure(c.heading, m_lpx, true);
        c.height = m_lLine * 1.35;
        for (LegendItem& i : c.items) {
            c.width = std::max(c.width, m_symbolW + m_lpx * 0.6 + m_measure(i.text, m_lpx, false));
            c.height += rowHeight(i);
        }
        c.width = std::ceil(c.width + 2);
    }
}

QVector<WheelLegend::Placed> WheelLegend::stack()
{
    QVector<Placed> placed;
    qreal y = 0;
    for (int i = 0; i < m_columns.size(); ++i) {
        placed << Placed{i, {0, y}};
        y += m_columns[i].height + m_lLine * 0.8;
        m_width = std::max(m_width, m_columns[i].width);
    }
    m_height = y - m_lLine * 0.8;
    return placed;
}

QVector<WheelLegend::Placed> WheelLegend::flow(qreal available)
{
    QVector<Placed> placed;
    qreal x = 0;
    qreal y = 0;
    qreal rowH = 0;
    for (int i = 0; i < m_columns.size(); ++i) {
        if (x > 0 && x + m_columns[i].width > available) {
            m_width = std::max(m_width, x - m_gutter);
            x = 0;
            y += rowH + m_lLine * 0.8;
            rowH = 0;
        }
        placed << Placed{i, {x, y}};
        x += m_columns[i].width + m_gutter;
        rowH = std::max(rowH, m_columns[i].height);
    }
    m_width = std::max(m_width, x - m_gutter);
    m_height = y + rowH;
    return placed;
}

QRectF WheelLegend::place(WheelLayout::Result& result, qreal top, qreal margin)
{
    const qreal W = result.canvas.width();
    const qreal H = result.canvas.height();
    const bool right = W > H * 1.3;
    const QVector<Placed> placed = right ? stack() : flow(W - 2 * margin);
    QPointF origin;
    QRectF wheelArea;
    if (right) {
        origin = QPointF(W - margin - m_width, std::max(top, (H - m_height) / 2));
        wheelArea = QRectF(margin, top, origin.x() - m_gutter - margin, H - top - margin);
    } else {
        origin = QPointF((W - m_width) / 2, H - margin - m_height);
        wheelArea = QRectF(margin, top, W - 2 * margin, origin.y() - m_lLine - top);
    }
    result.legendRect = QRectF(origin, QSizeF(m_width, m_height))
                            .adjusted(-m_lpx * 0.6, -m_lpx * 0.6, m_lpx * 0.6, m_lpx * 0.6);
    result.legendFontSize = m_lpx;
    writeItems(result, placed, origin);
    return wheelArea;
}

void WheelLegend::writeItems(WheelLayout::Result& result, const QVector<Placed>& placed,
                             const QPointF& origin) const
{
    for (const Placed& p : placed) {
        const Column& c = m_columns[p.column];
        QPointF at = origin + p.at;
        LegendItem heading;
        heading.text = c.heading;
        heading.textRect = QRectF(at, QSizeF(c.width, m_lLine));
        result.legend << heading;
        qreal y = at.y() + m_lLine * 1.35;
        for (LegendItem i : c.items) {
            const qreal rowH = rowHeight(i);
            i.symbolRect = QRectF(at.x(), y + (rowH - std::min(rowH, m_symbolW)) / 2, m_symbolW,
                                  std::min(rowH, m_symbolW));
            if (i.symbol != LegendItem::Symbol::Size)
                i.symbolRect = QRectF(at.x(), y + 1, m_symbolW, rowH - 2);
            i.textRect = QRectF(at.x() + m_symbolW + m_lpx * 0.6, y,
                                c.width - m_symbolW - m_lpx * 0.6, rowH);
            result.legend << i;
            y += rowH;
        }
    }
}

} // namespace civic
