#include "common/BarChartPainter.h"

#include "common/Palette.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace civic::ui {
namespace {

/// A round step for the value axis: 1, 2 or 5 times a power of ten.
double niceStep(double maximum, int ticks)
{
    const double raw = std::max(maximum, 1.0) / ticks;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= m * power)
            return std::max(1.0, m * power);
    }
    return 10 * power;
}

QFont chartFont(double points, double unit, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(std::max(1, int(std::lround(points * unit))));
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferNoShaping); // searchable text in PDFs: no "ﬁ" ligatures
    return f;
}

} // namespace

BarChartPainter BarChartPainter::of(const ChartData& chart)
{
    BarChartPainter painter;
    painter.title = chart.title;
    painter.categories = chart.categories;
    for (const ChartData::Colour& c : chart.categoryColours)
        painter.categoryColours.append(colour(c));
    for (const ChartData::Series& s : chart.series)
        painter.series.append({s.name, colour(s.colour), s.values});
    return painter;
}

QColor BarChartPainter::colour(const ChartData::Colour& colour)
{
    switch (colour.role) {
    case ChartData::Colour::Role::Approach:
        return Palette::approach(colour.approach);
    }
    return Palette::muted();
}

void BarChartPainter::paint(QPainter& painter, const QRectF& target, double unit) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    QRectF area = target;
    if (!title.isEmpty())
        area.setTop(paintTitle(painter, area, unit));
    area.setTop(paintLegend(painter, area, unit));
    paintPlot(painter, area, unit);
    painter.restore();
}

double BarChartPainter::paintTitle(QPainter& painter, const QRectF& area, double unit) const
{
    painter.setFont(chartFont(10, unit, true));
    painter.setPen(Palette::ink());
    const double h = QFontMetricsF(painter.font()).height();
    painter.drawText(QRectF(area.left(), area.top(), area.width(), h),
                     Qt::AlignLeft | Qt::AlignVCenter, title);
    return area.top() + h + 6 * unit;
}

// Across the top, wrapping onto more lines as needed.
double BarChartPainter::paintLegend(QPainter& painter, const QRectF& area, double unit) const
{
    painter.setFont(chartFont(8, unit));
    const QFontMetricsF legendMetrics(painter.font());
    double x = area.left();
    double y = area.top();
    const double swatch = 8 * unit;
    for (const Series& s : series) {
        const double w = swatch + 4 * unit + legendMetrics.horizontalAdvance(s.name) + 14 * unit;
        if (x + w > area.right() && x > area.left()) {
            x = area.left();
            y += legendMetrics.height() + 3 * unit;
        }
        painter.fillRect(QRectF(x, y + (legendMetrics.height() - swatch) / 2, swatch, swatch),
                         s.colour);
        painter.setPen(Palette::ink());
        painter.drawText(QPointF(x + swatch + 4 * unit, y + legendMetrics.ascent()), s.name);
        x += w;
    }
    return y + legendMetrics.height() + 8 * unit;
}

// The value axis with its gridlines, the bars, and the category labels along
// the bottom (wrapping onto two lines if they must).
void BarChartPainter::paintPlot(QPainter& painter, const QRectF& area, double unit) const
{
    painter.setFont(chartFont(8, unit));
    const QFontMetricsF labelMetrics(painter.font());
    const double labelHeight =
        2 * labelMetrics.height() + (categoryColours.isEmpty() ? 4 : 12) * unit;
    double maximum = 0;
    for (const Series& s : series) {
        for (double v : s.values)
            maximum = std::max(maximum, v);
    }
    const double step = niceStep(maximum, 4);
    const double top = std::max(step, std::ceil(maximum / step) * step);
    const QString widest = QString::number(top, 'f', 0);
    const double axisWidth = labelMetrics.horizontalAdvance(widest) + 6 * unit;
    const QRectF plot(area.left() + axisWidth, area.top(), area.width() - axisWidth,
                      area.height() - labelHeight);
    if (plot.height() <= 0 || plot.width() <= 0)
        return;

    for (double v = 0; v <= top + step / 2; v += step) {
        const double gy = plot.bottom() - plot.height() * v / top;
        painter.setPen(QPen(QColor(0xe1, 0xe5, 0xea), 0.6 * unit));
        painter.drawLine(QPointF(plot.left(), gy), QPointF(plot.right(), gy));
        painter.setPen(Palette::muted());
        painter.drawText(QRectF(area.left(), gy - labelMetrics.height() / 2, axisWidth - 4 * unit,
                                labelMetrics.height()),
                         Qt::AlignRight | Qt::AlignVCenter, QString::number(v, 'f', 0));
    }
    painter.setPen(QPen(Palette::muted(), 0.8 * unit));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());

    const int groups = int(categories.size());
    const int bars = int(series.size());
    if (groups == 0 || bars == 0)
        return;
    const double groupWidth = plot.width() / groups;
    const double barWidth = std::min(groupWidth * 0.8 / bars, 36 * unit);
    for (int g = 0; g < groups; ++g) {
        const double groupLeft = plot.left() + g * groupWidth + (groupWidth - barWidth * bars) / 2;
        paintGroup(painter, g, QRectF(groupLeft, plot.top(), barWidth, plot.height()), top, unit);
        const QRectF labelBox(plot.left() + g * groupWidth + 2 * unit, plot.bottom() + 3 * unit,
                              groupWidth - 4 * unit, labelHeight - 3 * unit);
        paintCategoryLabel(painter, g, labelBox, labelMetrics, unit);
    }
}

// The bars of category `g`: `slot` is the first bar's place (its width one
// bar's), as tall as the plot, whose top stands for `top`.
void BarChartPainter::paintGroup(QPainter& painter, int g, const QRectF& slot, double top,
                                 double unit) const
{
    const double barWidth = slot.width();
    const QFont valueFont = chartFont(6.5, unit);
    for (int b = 0; b < series.size(); ++b) {
        const double v = series[b].values.value(g);
        const double h = slot.height() * v / top;
        const QRectF bar(slot.left() + b * barWidth, slot.bottom() - h, barWidth * 0.9, h);
        painter.fillRect(bar, series[b].colour);
        if (showValues && barWidth > 9 * unit) {
            painter.setFont(valueFont);
            painter.setPen(Palette::ink());
            const double labelTop = bar.top() - QFontMetricsF(valueFont).height() - unit;
            painter.drawText(QRectF(bar.left() - 4 * unit, labelTop, bar.width() + 8 * unit,
                                    QFontMetricsF(valueFont).height()),
                             Qt::AlignHCenter | Qt::AlignBottom, QString::number(v, 'f', 0));
        }
    }
}

void BarChartPainter::paintCategoryLabel(QPainter& painter, int g, const QRectF& labelBox,
                                         const QFontMetricsF& labelMetrics, double unit) const
{
    painter.setFont(chartFont(8, unit));
    painter.setPen(Palette::ink());
    const QString label =
        labelMetrics.elidedText(categories[g], Qt::ElideRight, labelBox.width() * 2 - 8 * unit);
    if (g < categoryColours.size()) {
        const double size = 6 * unit;
        painter.fillRect(QRectF(labelBox.center().x() - size / 2, labelBox.top(), size, size),
                         categoryColours[g]);
        painter.drawText(labelBox.adjusted(0, size + 2 * unit, 0, 0),
                         Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, label);
    } else {
        painter.drawText(labelBox, Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, label);
    }
}

} // namespace civic::ui
