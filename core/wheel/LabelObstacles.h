#pragma once

#include "wheel/WheelGeometry.h"

#include <QRectF>
#include <QVector>

#include <algorithm>
#include <cmath>

namespace civic {

/// What a label must not cover, placed rectangles and node circles, filed in
/// a coarse grid so that each candidate is tested against its neighbours only.
class LabelObstacles
{
public:
    LabelObstacles(const QRectF& bounds, qreal cell)
        : m_bounds(bounds)
        , m_cell(std::max<qreal>(cell, 8))
        , m_cols(std::max(1, int(std::ceil(bounds.width() / m_cell))))
        , m_rows(std::max(1, int(std::ceil(bounds.height() / m_cell))))
        , m_cells(m_cols * m_rows)
    {}

    void addRect(const QRectF& rect)
    {
        m_rects.append(rect);
        forCells(rect, [&](QVector<int>& cell) { cell.append(int(m_rects.size() - 1)); });
    }
    void addCircle(const Circle& circle)
    {
        m_circles.append(circle);
        const QRectF box(circle.c.x() - circle.r, circle.c.y() - circle.r, 2 * circle.r,
                         2 * circle.r);
        forCells(box, [&](QVector<int>& cell) { cell.append(-int(m_circles.size())); });
    }

    bool hits(const QRectF& rect) const
    {
        const int c0 = column(rect.left());
        const int c1 = column(rect.right());
        const int r0 = row(rect.top());
        const int r1 = row(rect.bottom());
        for (int r = r0; r <= r1; ++r) {
            for (int c = c0; c <= c1; ++c) {
                for (int index : m_cells[r * m_cols + c]) {
                    if (index >= 0 ? WheelGeometry::overlaps(m_rects[index], rect)
                                   : WheelGeometry::rectHitsCircle(rect, m_circles[-index - 1]))
                        return true;
                }
            }
        }
        return false;
    }

private:
    template <typename F>
    void forCells(const QRectF& rect, F f)
    {
        const int c0 = column(rect.left());
        const int c1 = column(rect.right());
        const int r0 = row(rect.top());
        const int r1 = row(rect.bottom());
        for (int r = r0; r <= r1; ++r) {
            for (int c = c0; c <= c1; ++c)
                f(m_cells[r * m_cols + c]);
        }
    }

    int column(qreal x) const
    {
        return std::clamp(int((x - m_bounds.left()) / m_cell), 0, m_cols - 1);
    }
    int row(qreal y) const { return std::clamp(int((y - m_bounds.top()) / m_cell), 0, m_rows - 1); }

    QRectF m_bounds;
    qreal m_cell;
    int m_cols;
    int m_rows;
    QVector<QVector<int>> m_cells; // >= 0: rect index; < 0: -(circle index + 1)
    QVector<QRectF> m_rects;
    QVector<Circle> m_circles;
};

} // namespace civic
