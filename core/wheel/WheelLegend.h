#pragma once

#include "wheel/WheelLayout.h"

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QVector>

namespace civic {

/// The wheel's key, what colour, ring, size and status mean, laid out in
/// columns: flowed into rows below the wheel, or stacked on its right when
/// the canvas is wide. Placing it decides the room left for the wheel.
class WheelLegend
{
public:
    WheelLegend(qreal px, bool showNeeds, const WheelLayout::TextMeasure& measure);

    /// Writes the legend into `result` (whose canvas is set) below `top`
    /// and returns the area left for the wheel.
    QRectF place(WheelLayout::Result& result, qreal top, qreal margin);

private:
    using LegendItem = WheelLayout::LegendItem;
    struct Column
    {
        QString heading;
        QVector<LegendItem> items;
        qreal width = 0;
        qreal height = 0;
    };
    struct Placed
    {
        int column;
        QPointF at; ///< from the legend's top left corner
    };

    void addColumns(bool showNeeds);
    void measureColumns();
    QVector<Placed> stack();
    QVector<Placed> flow(qreal available);
    void writeItems(WheelLayout::Result& result, const QVector<Placed>& placed,
                    const QPointF& origin) const;
    qreal rowHeight(const LegendItem& item) const;

    qreal m_px;
    qreal m_lpx;   ///< the legend's text size
    qreal m_lLine; ///< its line height
    qreal m_symbolW;
    qreal m_gutter;
    WheelLayout::TextMeasure m_measure;
    QVector<Column> m_columns;
    qreal m_width = 0;
    qreal m_height = 0;
};

} // namespace civic
