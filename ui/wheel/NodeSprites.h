#pragma once

#include "wheel/WheelLayout.h"

#include <QHash>
#include <QImage>
#include <QRect>
#include <QTransform>
#include <QVector>

#include <unordered_map>
#include <vector>

class QPainter;

namespace civic::ui {

/// Nodes drawn once per look and copied into place, when painting pixels.
///
/// Two hundred nodes are two hundred sets of small antialiased discs and pies;
/// most look like others (the same approaches, size and status), and filling a
/// tiny path costs far more than copying the few hundred pixels it covers. So
/// each look is drawn once, all of them side by side in one image, and copied.
/// Only for raster targets (screen, PNG) with a plain scale and offset; PDF and
/// SVG keep every node a vector shape. Kept for one paint only, so a picture
/// never depends on what was painted before. A copied node sits on the nearest
/// whole pixel: at most half a pixel from where a vector node would be.
class NodeSprites
{
public:
    NodeSprites(const QPainter& p, const QVector<WheelLayout::Node>& nodes, qreal px);

    bool active() const { return m_active; }

    /// Copies node `index` into place (the painter's transform reset to
    /// device pixels); false when it must be drawn as shapes.
    bool draw(QPainter& p, int index, const WheelLayout::Node& n) const;

private:
    struct Key
    {
        QVector<Approach> approaches;
        qreal radius;
        bool hollow, faded, dimmed;
        bool operator==(const Key& o) const
        {
            return approaches == o.approaches && radius == o.radius && hollow == o.hollow &&
                   faded == o.faded && dimmed == o.dimmed;
        }
    };
    struct KeyHash
    {
        size_t operator()(const Key& k) const noexcept
        {
            size_t h = qHash(k.radius) ^ (size_t(k.hollow) << 1) ^ (size_t(k.faded) << 2) ^
                       (size_t(k.dimmed) << 3);
            for (Approach a : k.approaches)
                h = h * 31 + size_t(a);
            return h;
        }
    };

    bool m_active = false;
    QTransform m_transform;
    QImage m_atlas;
    std::unordered_map<Key, QRect, KeyHash> m_looks;
    std::vector<QRect> m_place; ///< each node's look in the atlas; empty: draw as shapes
};

} // namespace civic::ui
