#include "wheel/NodeSprites.h"

#include "wheel/WheelShapes.h"

#include <QHash>
#include <QPaintEngine>
#include <QPainter>

#include <cmath>

namespace civic::ui {

NodeSprites::NodeSprites(const QPainter& p, const QVector<WheelLayout::Node>& nodes, qreal px)
{
    const QPaintEngine* engine = p.paintEngine();
    const QTransform t = p.combinedTransform();
    const qreal scale = t.m11();
    if (!engine || engine->type() != QPaintEngine::Raster || p.viewTransformEnabled() ||
        t.type() > QTransform::TxScale || scale <= 0 || !qFuzzyCompare(scale, t.m22()))
        return;
    // Each look once, with the room it needs: the node, its rim and its
    // antialiased edge around a centre on a whole-pixel corner.
    m_place.reserve(size_t(nodes.size()));
    QVector<int> firstOfLook;
    int x = 0, rowHeight = 0, y = 0;
    constexpr int atlasWidth = 1024;
    for (int i = 0; i < nodes.size(); ++i) {
        const WheelLayout::Node& n = nodes[i];
        const int half = int(std::ceil((n.radius + px) * scale)) + 2;
        if (half > 48) { // a zoomed-in view: big copies gain nothing
            m_place.push_back({});
            continue;
        }
        Key key{n.approaches, n.radius, n.hollow, n.faded, n.dimmed};
        auto it = m_looks.find(key);
        if (it == m_looks.end()) {
            if (x + 2 * half > atlasWidth) {
                x = 0;
                y += rowHeight;
                rowHeight = 0;
            }
            it = m_looks.emplace(std::move(key), QRect(x, y, 2 * half, 2 * half)).first;
            firstOfLook.append(i);
            x += 2 * half;
            rowHeight = std::max(rowHeight, 2 * half);
        }
        m_place.push_back(it->second);
    }
    if (firstOfLook.isEmpty())
        return;
    m_atlas = QImage(atlasWidth, y + rowHeight, QImage::Format_ARGB32_Premultiplied);
    m_atlas.fill(Qt::transparent);
    QPainter ap(&m_atlas);
    ap.setRenderHint(QPainter::Antialiasing, true);
    for (int i : firstOfLook) {
        const QRect cell = m_place[size_t(i)];
        const int half = cell.width() / 2;
        ap.setTransform(QTransform::fromTranslate(cell.x() + half, cell.y() + half));
        ap.scale(scale, scale);
        WheelLayout::Node at = nodes[i];
        at.centre = QPointF(0, 0);
        WheelShapes::drawNode(ap, at, px);
    }
    m_transform = t;
    m_active = true;
}

bool NodeSprites::draw(QPainter& p, int index, const WheelLayout::Node& n) const
{
    const QRect& cell = m_place[size_t(index)];
    if (cell.isEmpty())
        return false;
    const QPointF at = m_transform.map(n.centre);
    const int half = cell.width() / 2;
    p.drawImage(QPoint(qRound(at.x()) - half, qRound(at.y()) - half), m_atlas, cell);
    return true;
}

} // namespace civic::ui
