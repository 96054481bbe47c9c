#include "analysis/ChartData.h"

#include <algorithm>

namespace civic {

double ChartData::largestValue() const
{
    double largest = 0;
    for (const Series& s : series) {
        for (double v : s.values)
            largest = std::max(largest, v);
    }
    return largest;
}

double ChartData::largestTotal() const
{
    double largest = 0;
    for (int i = 0; i < categories.size(); ++i) {
        double total = 0;
        for (const Series& s : series)
            total += s.values.value(i);
        largest = std::max(largest, total);
    }
    return largest;
}

} // namespace civic
