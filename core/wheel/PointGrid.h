#pragma once

#include <QPointF>
#include <QRectF>

#include <algorithm>
#include <cmath>
#include <vector>

namespace civic {

/// Points (node centres) filed in a coarse grid, so that a leader line is
/// tested against the nodes near it rather than against every node.
class PointGrid
{
public:
    PointGrid(const QRectF& bounds, qreal cell)
        : m_bounds(bounds)
        , m_cell(std::max<qreal>(cell, 8))
        , m_cols(std::max(1, int(std::ceil(bounds.width() / m_cell))))
        , m_rows(std::max(1, int(std::ceil(bounds.height() / m_cell))))
        , m_cells(size_t(m_cols) * size_t(m_rows))
    {}

    void add(const QPointF& point, int index)
    {
        m_cells[size_t(row(point.y()) * m_cols + column(point.x()))].push_back(index);
    }

    /// Whether `f(index)` holds for a point filed in `area` (or near it).
    template <typename F>
    bool any(const QRectF& area, F f) const
    {
        const int c0 = column(area.left());
        const int c1 = column(area.right());
        const int r0 = row(area.top());
        const int r1 = row(area.bottom());
        for (int r = r0; r <= r1; ++r) {
            for (int c = c0; c <= c1; ++c) {
                for (int index : m_cells[size_t(r * m_cols + c)]) {
                    if (f(index))
                        return true;
                }
            }
        }
        return false;
    }

private:
    int column(qreal x) const
    {
        return std::clamp(int((x - m_bounds.left()) / m_cell), 0, m_cols - 1);
    }
    int row(qreal y) const { return std::clamp(int((y - m_bounds.top()) / m_cell), 0, m_rows - 1); }

    QRectF m_bounds;
    qreal m_cell;
    int m_cols;
    int m_rows;
    std::vector<std::vector<int>> m_cells;
};

} // namespace civic
