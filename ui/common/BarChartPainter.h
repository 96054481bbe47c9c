#pragma once

#include "analysis/ChartData.h"

#include <QColor>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>

class QFontMetricsF;
class QPainter;

namespace civic::ui {

/// A grouped bar chart painted straight onto any QPainter, for pages and
/// pictures made without a window (Qt Charts needs widgets; PDFs made from the
/// command line have none).
class BarChartPainter
{
public:
    struct Series
    {
        QString name;
        QColor colour;
        QVector<double> values; ///< one per category
    };

    QString title;
    QStringList categories; ///< along the bottom
    /// Optional: a colour swatch drawn before each category's label (for
    /// example each approach's colour, so the chart matches the wheel).
    QVector<QColor> categoryColours;
    QVector<Series> series;
    bool showValues = true;

    /// A painter for a chart described in core, its colours resolved by colour().
    static BarChartPainter of(const ChartData& chart);
    /// The colour a chart's role stands for, the same on screen and on the page.
    static QColor colour(const ChartData::Colour& colour);

    /// Paints the chart, its axis and legend into `target` (device units);
    /// `unit` is the size of one point in device units.
    void paint(QPainter& painter, const QRectF& target, double unit) const;

private:
    /// paintTitle and paintLegend return the top of the room left below them.
    double paintTitle(QPainter& painter, const QRectF& area, double unit) const;
    double paintLegend(QPainter& painter, const QRectF& area, double unit) const;
    void paintPlot(QPainter& painter, const QRectF& area, double unit) const;
    void paintGroup(QPainter& painter, int category, const QRectF& slot, double top,
                    double unit) const;
    void paintCategoryLabel(QPainter& painter, int category, const QRectF& labelBox,
                            const QFontMetricsF& labelMetrics, double unit) const;
};

} // namespace civic::ui
