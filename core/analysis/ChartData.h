#pragma once

#include "model/Enums.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace civic {

/// A bar chart described once, so that the Coverage view (Qt Charts) and the
/// governors' summary (a painter on the page) draw the same categories,
/// series, values, labels and colours and cannot drift apart. How it is laid
/// out (upright or lying, grouped or stacked) is left to the drawing.
struct ChartData
{
    /// A colour named by what it stands for; each drawing turns it into its
    /// palette's colour (core knows no QColor).
    struct Colour
    {
        /// What the colour stands for; a chart of something else adds its role here.
        enum class Role
        {
            Approach, ///< the approach's colour on the wheel
        };
        Role role = Role::Approach;
        Approach approach = Approach::WiderEducation;

        static Colour of(Approach a) { return {Role::Approach, a}; }
        bool operator==(const Colour& other) const
        {
            return role == other.role && approach == other.approach;
        }
        bool operator!=(const Colour& other) const { return !(*this == other); }
    };

    /// One bar of each category.
    struct Series
    {
        QString name;
        Colour colour;
        QVector<double> values; ///< one per category, in category order
    };

    QString title;          ///< empty when the page or panel around it names the chart
    QStringList categories; ///< the groups of bars, in reading order
    /// A swatch drawn by each category's label, or none.
    QVector<Colour> categoryColours;
    QVector<Series> series;

    /// The largest single value, 0 for an empty chart: the top of a grouped chart.
    double largestValue() const;
    /// The largest sum over a category's series: the top of a stacked chart.
    double largestTotal() const;
};

} // namespace civic
