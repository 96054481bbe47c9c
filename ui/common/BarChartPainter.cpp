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

    if (!title.isEmpty()) {
        painter.setFont(chartFont(10, unit, true));
        painter.setPen(Palette::ink());
        const double h = QFontMetricsF(painter.font()).height();
        painter.drawText(QRectF(area.left(), area.top(), area.width(), h),
                         Qt::AlignLeft | Qt::AlignVCenter, title);
        area.setTop(area.top() + h + 6 * unit);
    }

    // Legend across the top, wrapping onto more lines as needed.
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
    area.setTop(y + legendMetrics.height() + 8 * unit);

    // Category labels along the bottom wrap onto two lines if they must.
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
    if (plot.height() <= 0 || plot.width() <= 0) {
        painter.restore();
        return;
    }

    // Gridlines and the value axis.
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
    if (groups == 0 || bars == 0) {
        painter.restore();
        return;
    }
    const double groupWidth = plot.width() / groups;
    const double barWidth = std::min(groupWidth * 0.8 / bars, 36 * unit);
    const QFont valueFont = chartFont(6.5, unit);
    for (int g = 0; g < groups; ++g) {
        const double groupLeft = plot.left() + g * groupWidth + (groupWidth - barWidth * bars) / 2;
        for (int b = 0; b < bars; ++b) {
            const double v = series[b].values.value(g);
            const double h = plot.height() * v / top;
            const QRectF bar(groupLeft + b * barWidth, plot.bottom() - h, barWidth * 0.9, h);
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
        painter.setFont(chartFont(8, unit));
        painter.setPen(Palette::ink());
        const QRectF labelBox(plot.left() + g * groupWidth + 2 * unit, plot.bottom() + 3 * unit,
                              groupWidth - 4 * unit, labelHeight - 3 * unit);
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
    painter.restore();
}

} // namespace civic::ui
