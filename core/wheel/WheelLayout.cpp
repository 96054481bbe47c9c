#include "wheel/WheelLayout.h"

#include <QCoreApplication>
#include <QtMath>

#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace civic {
namespace {

constexpr qreal kGapSpan = 4.0;        // degrees of an empty sector
constexpr qreal kMinSectorSpan = 16.0; // so one partner's wedge is still legible

QString tr(const char* text)
{
    return QCoreApplication::translate("civic::WheelLayout", text);
}

/// English singular or plural until a translation supplies its own forms.
QString count(int n, const char* one, const char* many)
{
    return (n == 1 ? tr(one) : tr(many)).arg(n);
}

qreal normalised(qreal angle)
{
    angle = std::fmod(angle, 360.0);
    return angle < 0 ? angle + 360.0 : angle;
}

/// Shortens `text` with "…" until it fits `width`.
QString elide(const QString& text, qreal width, qreal px, bool bold,
              const WheelLayout::TextMeasure& measure)
{
    if (measure(text, px, bold) <= width)
        return text;
    const QString ellipsis(QChar(0x2026));
    int lo = 0;
    int hi = int(text.size());
    while (lo < hi) { // the longest prefix that fits with the ellipsis
        const int mid = (lo + hi + 1) / 2;
        if (measure(text.left(mid).trimmed() + ellipsis, px, bold) <= width)
            lo = mid;
        else
            hi = mid - 1;
    }
    if (lo == 0)
        return {};
    return text.left(lo).trimmed() + ellipsis;
}

QStringList wrap(const QString& text, qreal width, int maxLines, qreal px, bool bold,
                 const WheelLayout::TextMeasure& measure)
{
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QStringList lines;
    QString line;
    for (int i = 0; i < words.size(); ++i) {
        const QString candidate = line.isEmpty() ? words[i] : line + QLatin1Char(' ') + words[i];
        if (line.isEmpty() || measure(candidate, px, bold) <= width) {
            line = candidate;
            continue;
        }
        if (lines.size() == maxLines - 1) { // last line: the rest, elided
            line =
                candidate + QLatin1Char(' ') + QStringList(words.mid(i + 1)).join(QLatin1Char(' '));
            break;
        }
        lines.append(line);
        line = words[i];
    }
    if (!line.isEmpty())
        lines.append(elide(line.trimmed(), width, px, bold, measure));
    return lines;
}

WheelLayout::ArcText arcText(const QString& text, qreal radius, qreal start, qreal span, qreal px,
                             bool bold, const WheelLayout::TextMeasure& measure)
{
    WheelLayout::ArcText arc;
    arc.radius = radius;
    arc.centreAngle = normalised(start + span / 2);
    const qreal room = qDegreesToRadians(span) * radius - px; // a little air at both ends
    if (room > px * 2)
        arc.text = elide(text, room, px, bold, measure);
    arc.flipped = arc.centreAngle > 90 && arc.centreAngle < 270;
    return arc;
}

// ---- Collision tests for label placement --------------------------------

// Inline forms of QRectF::intersects and QRectF::contains (out of line in
// Qt and hot here), exact for the rectangles of positive size used below.
bool overlaps(const QRectF& a, const QRectF& b)
{
    if (!(a.width() > 0 && a.height() > 0 && b.width() > 0 && b.height() > 0))
        return a.intersects(b);
    return a.left() < b.right() && b.left() < a.right() && a.top() < b.bottom() &&
           b.top() < a.bottom();
}

bool inside(const QRectF& inner, const QRectF& outer)
{
    if (!(inner.width() > 0 && inner.height() > 0 && outer.width() > 0 && outer.height() > 0))
        return outer.contains(inner); // Qt's rules for empty and flipped rectangles
    return inner.left() >= outer.left() && inner.right() <= outer.right() &&
           inner.top() >= outer.top() && inner.bottom() <= outer.bottom();
}

struct Circle
{
    QPointF c;
    qreal r;
};

bool rectHitsCircle(const QRectF& rect, const Circle& circle)
{
    const qreal x = std::clamp(circle.c.x(), rect.left(), rect.right());
    const qreal y = std::clamp(circle.c.y(), rect.top(), rect.bottom());
    const qreal dx = circle.c.x() - x;
    const qreal dy = circle.c.y() - y;
    return dx * dx + dy * dy < circle.r * circle.r;
}

/// Distance from `p` to the segment from `a` to `b`.
qreal segmentDistance(const QPointF& p, const QPointF& a, const QPointF& b)
{
    const QPointF ab = b - a;
    const qreal len2 = QPointF::dotProduct(ab, ab);
    const qreal t = len2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / len2, 0.0, 1.0) : 0.0;
    const QPointF d = p - (a + ab * t);
    return std::sqrt(QPointF::dotProduct(d, d));
}

/// Whether the segment from `a` to `b` crosses `rect` (Liang–Barsky clipping).
bool segmentHitsRect(const QPointF& a, const QPointF& b, const QRectF& rect)
{
    qreal t0 = 0;
    qreal t1 = 1;
    const qreal dx = b.x() - a.x();
    const qreal dy = b.y() - a.y();
    const qreal p[] = {-dx, dx, -dy, dy};
    const qreal q[] = {a.x() - rect.left(), rect.right() - a.x(), a.y() - rect.top(),
                       rect.bottom() - a.y()};
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const qreal t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return true;
}

/// Whether `rect` touches the annulus between `inner` and `outer` around `c`.
bool rectHitsAnnulus(const QRectF& rect, const QPointF& c, qreal inner, qreal outer)
{
    const qreal nx = std::clamp(c.x(), rect.left(), rect.right()) - c.x();
    const qreal ny = std::clamp(c.y(), rect.top(), rect.bottom()) - c.y();
    const qreal nearest = std::sqrt(nx * nx + ny * ny);
    const qreal fx = std::max(std::abs(rect.left() - c.x()), std::abs(rect.right() - c.x()));
    const qreal fy = std::max(std::abs(rect.top() - c.y()), std::abs(rect.bottom() - c.y()));
    const qreal farthest = std::sqrt(fx * fx + fy * fy);
    return nearest < outer && farthest > inner;
}

/// A coarse grid of placed rectangles and node circles, so that each
/// candidate is tested against its neighbours only.
class Obstacles
{
public:
    Obstacles(const QRectF& bounds, qreal cell)
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
                    if (index >= 0 ? overlaps(m_rects[index], rect)
                                   : rectHitsCircle(rect, m_circles[-index - 1]))
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

// ---- The partners as the wheel shows them --------------------------------

struct Shown
{
    const Partner* partner = nullptr;
    int strength = 3;
    TieStatus status = TieStatus::Active;
    QDate nextReview;
    QVector<Approach> approaches;
    QStringList initiatives;
    bool highlighted = false;
};

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

qreal nodeRadius(int initiatives, qreal px)
{
    const qreal base = px * 0.55;
    return base * (1.0 + 0.3 * std::min(initiatives, 4));
}

} // namespace

qreal WheelLayout::estimateWidth(const QString& text, qreal pixelSize, bool bold)
{
    // Advance widths of DejaVu Sans in ems, by character; close enough to
    // size labels when no font is loaded (the renderer passes real metrics).
    qreal ems = 0;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        qreal w = 0.62;
        if (c == ' ')
            w = 0.318;
        else if (c >= '0' && c <= '9')
            w = 0.636;
        else if (c == 'i' || c == 'j' || c == 'l' || c == 'I' || c == 'J' || c == '\'' ||
                 c == 0x2019)
            w = 0.29;
        else if (c == '.' || c == ',' || c == ':' || c == ';' || c == '!' || c == '|')
            w = 0.33;
        else if (c == 'f' || c == 't' || c == 'r' || c == '(' || c == ')' || c == '-' || c == '/')
            w = 0.41;
        else if (c == 'm')
            w = 0.974;
        else if (c == 'w')
            w = 0.818;
        else if (c == 'M' || c == 'W' || c == 0x2026)
            w = 1.0;
        else if (c == '&' || c == 'O' || c == 'Q' || c == 'G' || c == 'D' || c == 'H' || c == 'N' ||
                 c == 'U')
            w = 0.78;
        else if (c >= 'A' && c <= 'Z')
            w = 0.70;
        else if (c == 's' || c == 'z' || c == 'c' || c == 0x2013)
            w = 0.55;
        ems += w;
    }
    return ems * pixelSize * (bold ? 1.1 : 1.0);
}

QPointF WheelLayout::pointAt(const QPointF& centre, qreal radius, qreal angle)
{
    const qreal a = qDegreesToRadians(angle);
    return {centre.x() + radius * std::sin(a), centre.y() - radius * std::cos(a)};
}

qreal WheelLayout::angleOf(const QPointF& centre, const QPointF& point)
{
    const qreal a = qRadiansToDegrees(std::atan2(point.x() - centre.x(), centre.y() - point.y()));
    return normalised(a);
}

bool WheelLayout::angleWithin(qreal angle, qreal start, qreal span)
{
    const qreal offset = normalised(angle - start);
    return offset <= span + 1e-9 || span >= 360.0;
}

const WheelLayout::Node* WheelLayout::Result::node(qint64 partnerId) const
{
    for (const Node& n : nodes) {
        if (n.partnerId == partnerId)
            return &n;
    }
    return nullptr;
}

const WheelLayout::Label* WheelLayout::Result::label(qint64 partnerId) const
{
    for (const Label& l : labels) {
        if (l.partnerId == partnerId)
            return &l;
    }
    return nullptr;
}

qint64 WheelLayout::Result::partnerAt(const QPointF& point) const
{
    // Nodes first (nearest wins), then labels.
    qint64 best = 0;
    qreal bestDistance = 0;
    for (const Node& n : nodes) {
        const QPointF d = point - n.centre;
        const qreal distance = std::sqrt(QPointF::dotProduct(d, d));
        if (distance <= n.radius + 3 && (best == 0 || distance < bestDistance)) {
            best = n.partnerId;
            bestDistance = distance;
        }
    }
    if (best != 0)
        return best;
    for (const Label& l : labels) {
        if (l.placed && l.rect.contains(point))
            return l.partnerId;
    }
    return 0;
}

WheelLayout::Result WheelLayout::compute(const AcademyWheel& wheel)
{
    return compute(wheel, Options());
}

WheelLayout::Result WheelLayout::compute(const AcademyWheel& wheel, const Options& options)
{
    const TextMeasure measure =
        options.measure ? options.measure : TextMeasure(&WheelLayout::estimateWidth);
    Result result;
    result.canvas = options.canvas.isEmpty() ? QSizeF(1600, 1600) : options.canvas;
    const qreal W = result.canvas.width();
    const qreal H = result.canvas.height();
    qreal px =
        options.fontSize > 0 ? options.fontSize : std::clamp(std::min(W, H) / 110.0, 8.0, 15.0);
    if (options.fontSize <= 0 && wheel.partners.size() > 60)
        px = std::max(8.0, px * 0.88); // a crowded wheel needs the room more than the size
    result.fontSize = px;
    const qreal lineH = lineHeight(px);
    const qreal margin = px * 1.2;

    // ---- Which partners, with what -----------------------------------------
    const Initiative* highlightInitiative =
        options.highlightInitiative ? wheel.initiative(options.highlightInitiative) : nullptr;
    const Need* highlightNeed = options.highlightNeed ? wheel.need(options.highlightNeed) : nullptr;
    const bool highlighting = highlightInitiative || highlightNeed;

    QVector<Shown> shown;
    for (const Partner& partner : wheel.partners) {
        Shown s;
        s.partner = &partner;
        if (const Tie* tie = wheel.tieFor(partner.id)) {
            s.strength = std::clamp(tie->strength, 1, 5);
            s.status = tie->status;
            s.nextReview = tie->nextReview;
        }
        for (const Initiative& initiative : wheel.initiatives) {
            if (!initiative.partnerIds.contains(partner.id))
                continue;
            s.initiatives.append(initiative.title);
            if (!s.approaches.contains(initiative.approach))
                s.approaches.append(initiative.approach);
            if (highlightInitiative && initiative.id == highlightInitiative->id)
                s.highlighted = true;
            if (highlightNeed && initiative.needIds.contains(highlightNeed->id))
                s.highlighted = true;
        }
        std::sort(s.approaches.begin(), s.approaches.end());
        if (!options.sectors.isEmpty() && !options.sectors.contains(partner.sector))
            continue;
        if (!options.statuses.isEmpty() && !options.statuses.contains(s.status))
            continue;
        if (!options.approaches.isEmpty() &&
            std::none_of(s.approaches.cbegin(), s.approaches.cend(),
                         [&](Approach a) { return options.approaches.contains(a); }))
            continue;
        shown.append(s);
    }
    std::sort(shown.begin(), shown.end(), [](const Shown& a, const Shown& b) {
        if (a.partner->sector != b.partner->sector)
            return a.partner->sector < b.partner->sector;
        if (a.strength != b.strength)
            return a.strength > b.strength;
        const int byName = QString::compare(a.partner->name, b.partner->name, Qt::CaseInsensitive);
        if (byName != 0)
            return byName < 0;
        return a.partner->id < b.partner->id;
    });

    // ---- Title -------------------------------------------------------------
    qreal top = margin;
    if (options.showTitle) {
        result.title = wheel.academy.name.isEmpty() ? tr("Community wheel") : wheel.academy.name;
        result.title = elide(result.title, W - 2 * margin, px * 1.6, true, measure);
        result.titleRect = QRectF(margin, top, W - 2 * margin, lineHeight(px * 1.6));
        top = result.titleRect.bottom();
        int met = 0;
        int needCount = 0;
        for (const Need& need : wheel.needs) {
            if (need.status == NeedStatus::Closed)
                continue;
            ++needCount;
            met += std::any_of(
                wheel.initiatives.cbegin(), wheel.initiatives.cend(), [&](const Initiative& i) {
                    return i.status == InitiativeStatus::Active && i.needIds.contains(need.id);
                });
        }
        QStringList parts;
        parts << tr("Community wheel");
        if (shown.size() == wheel.partners.size())
            parts << count(int(shown.size()), "%1 partner", "%1 partners");
        else
            parts << tr("%1 of %2 partners shown").arg(shown.size()).arg(wheel.partners.size());
        parts << (needCount == 1 ? tr("%1 of 1 open need met").arg(met)
                                 : tr("%1 of %2 open needs met").arg(met).arg(needCount));
        if (highlightInitiative)
            parts << tr("highlighted: partners of “%1”").arg(highlightInitiative->title);
        else if (highlightNeed)
            parts << tr("highlighted: partners working on “%1”").arg(highlightNeed->title);
        result.subtitle =
            elide(parts.join(QStringLiteral("  ·  ")), W - 2 * margin, px, false, measure);
        result.subtitleRect = QRectF(margin, top, W - 2 * margin, lineH);
        top = result.subtitleRect.bottom() + px * 0.5;
    }

    // ---- Legend (bottom, or right when the canvas is wide) ------------------
    const qreal lpx = px * 0.95;
    const qreal lLine = lineHeight(lpx);
    const bool legendRight = W > H * 1.3;
    struct Column
    {
        QString heading;
        QVector<LegendItem> items;
        qreal width = 0;
        qreal height = 0;
    };
    QVector<Column> columns;
    const qreal sizeMax = nodeRadius(4, px);
    auto item = [&](LegendItem::Symbol symbol, const QString& text, int value = 0,
                    Approach approach = Approach::WiderEducation) {
        LegendItem i;
        i.symbol = symbol;
        i.text = text;
        i.value = value;
        i.approach = approach;
        return i;
    };
    {
        Column c;
        c.heading = tr("Colour: approach of its initiatives");
        for (Approach a : allValues<Approach>())
            c.items << item(LegendItem::Symbol::Approach, displayName(a), 0, a);
        c.items << item(LegendItem::Symbol::PlainNode, tr("In no initiative yet"));
        columns << c;
    }
    {
        Column c;
        c.heading = tr("Ring: strength of the tie");
        for (int s = 5; s >= 1; --s) {
            QString text = strengthName(s);
            if (s == 5)
                text += tr(" (nearest the hub)");
            else if (s == 1)
                text += tr(" (outer ring)");
            c.items << item(LegendItem::Symbol::Ring, text, s);
        }
        columns << c;
    }
    {
        Column c;
        c.heading = tr("Size: initiatives it is in");
        const int counts[] = {1, 2, 3, 4};
        for (int n : counts) {
            const QString text =
                n == 4 ? tr("4 or more") : count(n, "%1 initiative", "%1 initiatives");
            c.items << item(LegendItem::Symbol::Size, text,
                            int(std::round(nodeRadius(n, px) * 100)));
        }
        columns << c;
    }
    {
        Column c;
        c.heading = tr("Status of the tie");
        c.items << item(LegendItem::Symbol::Filled, tr("Active"));
        c.items << item(LegendItem::Symbol::Hollow, tr("Prospective (hollow)"));
        c.items << item(LegendItem::Symbol::Faded, tr("Paused or ended (faded)"));
        columns << c;
    }
    if (options.showNeeds) {
        Column c;
        c.heading = tr("Outer ring: the academy’s needs");
        c.items << item(LegendItem::Symbol::Met, tr("Met: an active initiative addresses it"));
        c.items << item(LegendItem::Symbol::Unmet, tr("Not met yet"));
        columns << c;
    }
    const qreal symbolW = std::max(sizeMax * 2, lLine * 1.4);
    for (Column& c : columns) {
        c.width = measure(c.heading, lpx, true);
        c.height = lLine * 1.35;
        for (LegendItem& i : c.items) {
            c.width = std::max(c.width, symbolW + lpx * 0.6 + measure(i.text, lpx, false));
            const qreal rowH = i.symbol == LegendItem::Symbol::Size
                                   ? std::max(lLine, i.value / 100.0 * 2 + 3)
                                   : lLine;
            c.height += rowH;
        }
        c.width = std::ceil(c.width + 2);
    }
    // Flow the columns into rows (bottom) or stack them (right).
    const qreal gutter = px * 2;
    QRectF wheelArea;
    {
        struct Placed
        {
            int column;
            QPointF at;
        };
        QVector<Placed> placed;
        qreal legendW = 0;
        qreal legendH = 0;
        if (legendRight) {
            qreal y = 0;
            for (int i = 0; i < columns.size(); ++i) {
                placed << Placed{i, {0, y}};
                y += columns[i].height + lLine * 0.8;
                legendW = std::max(legendW, columns[i].width);
            }
            legendH = y - lLine * 0.8;
        } else {
            const qreal avail = W - 2 * margin;
            qreal x = 0;
            qreal y = 0;
            qreal rowH = 0;
            for (int i = 0; i < columns.size(); ++i) {
                if (x > 0 && x + columns[i].width > avail) {
                    legendW = std::max(legendW, x - gutter);
                    x = 0;
                    y += rowH + lLine * 0.8;
                    rowH = 0;
                }
                placed << Placed{i, {x, y}};
                x += columns[i].width + gutter;
                rowH = std::max(rowH, columns[i].height);
            }
            legendW = std::max(legendW, x - gutter);
            legendH = y + rowH;
        }
        QPointF origin;
        if (legendRight) {
            origin = QPointF(W - margin - legendW, std::max(top, (H - legendH) / 2));
            wheelArea = QRectF(margin, top, origin.x() - gutter - margin, H - top - margin);
        } else {
            origin = QPointF((W - legendW) / 2, H - margin - legendH);
            wheelArea = QRectF(margin, top, W - 2 * margin, origin.y() - lLine - top);
        }
        result.legendRect = QRectF(origin, QSizeF(legendW, legendH))
                                .adjusted(-lpx * 0.6, -lpx * 0.6, lpx * 0.6, lpx * 0.6);
        result.legendFontSize = lpx;
        for (const Placed& p : placed) {
            const Column& c = columns[p.column];
            QPointF at = origin + p.at;
            LegendItem heading;
            heading.text = c.heading;
            heading.textRect = QRectF(at, QSizeF(c.width, lLine));
            result.legend << heading;
            qreal y = at.y() + lLine * 1.35;
            for (LegendItem i : c.items) {
                const qreal rowH = i.symbol == LegendItem::Symbol::Size
                                       ? std::max(lLine, i.value / 100.0 * 2 + 3)
                                       : lLine;
                i.symbolRect = QRectF(at.x(), y + (rowH - std::min(rowH, symbolW)) / 2, symbolW,
                                      std::min(rowH, symbolW));
                if (i.symbol != LegendItem::Symbol::Size)
                    i.symbolRect = QRectF(at.x(), y + 1, symbolW, rowH - 2);
                i.textRect =
                    QRectF(at.x() + symbolW + lpx * 0.6, y, c.width - symbolW - lpx * 0.6, rowH);
                result.legend << i;
                y += rowH;
            }
        }
    }

    // ---- Radii -------------------------------------------------------------
    // Room outside the wheel for gap names and displaced labels.
    const qreal outsideRoom = lineH * 2.2;
    const QPointF centre = wheelArea.center();
    const qreal R =
        std::max<qreal>(px * 8, std::min(wheelArea.width(), wheelArea.height()) / 2 - outsideRoom);
    result.hub.centre = centre;
    result.needsShown = options.showNeeds;
    result.needsOuter = R;
    result.needsInner = options.showNeeds ? R - lineH * 1.5 : R;
    result.sectorBandOuter = result.needsInner - (options.showNeeds ? px * 0.35 : 0);
    result.sectorBandInner = result.sectorBandOuter - lineH * 1.35;
    result.partnerOuter = result.sectorBandInner - px * 0.3;
    const qreal hubR = std::max(R * 0.13, px * 4.2);
    result.hub.radius = hubR;
    result.partnerInner = hubR + px * 0.5;
    const qreal bandW = (result.partnerOuter - result.partnerInner) / 5;
    for (int s = 5; s >= 1; --s) {
        Ring ring;
        ring.strength = s;
        ring.inner = result.partnerInner + (5 - s) * bandW;
        ring.outer = ring.inner + bandW;
        ring.radius = (ring.inner + ring.outer) / 2;
        result.rings << ring;
    }
    result.hub.fontSize = px * 1.05;
    result.hub.lines = wrap(wheel.academy.name.isEmpty() ? tr("The academy") : wheel.academy.name,
                            hubR * 1.55, 3, result.hub.fontSize, true, measure);

    // ---- Wedges ------------------------------------------------------------
    QVector<Sector> sectors;
    for (Sector s : allValues<Sector>()) {
        if (options.sectors.isEmpty() || options.sectors.contains(s))
            sectors << s;
    }
    QVector<int> counts(sectors.size(), 0);
    for (const Shown& s : shown)
        ++counts[sectors.indexOf(s.partner->sector)];
    const int total = int(shown.size());
    QVector<qreal> spans(sectors.size(), 0);
    if (total == 0) {
        for (qreal& span : spans)
            span = 360.0 / std::max<qsizetype>(1, sectors.size());
    } else {
        const int nonEmpty =
            int(std::count_if(counts.cbegin(), counts.cend(), [](int c) { return c > 0; }));
        const int empties = int(sectors.size()) - nonEmpty;
        const qreal gap = std::min(kGapSpan, 90.0 / std::max(1, empties));
        const qreal available = 360.0 - gap * empties;
        const qreal minSpan = std::min(kMinSectorSpan, available / nonEmpty);
        // Proportional shares; sectors below the minimum are raised to it and
        // the others share what is left, until nothing changes.
        QVector<bool> fixed(sectors.size(), false);
        for (int round = 0; round < 20; ++round) {
            qreal rest = available;
            int restCount = 0;
            for (int i = 0; i < sectors.size(); ++i) {
                if (counts[i] > 0 && fixed[i])
                    rest -= minSpan;
                else if (counts[i] > 0)
                    restCount += counts[i];
            }
            bool changed = false;
            for (int i = 0; i < sectors.size(); ++i) {
                if (counts[i] == 0)
                    spans[i] = gap;
                else if (fixed[i])
                    spans[i] = minSpan;
                else {
                    spans[i] = restCount > 0 ? rest * counts[i] / restCount : minSpan;
                    if (spans[i] < minSpan) {
                        fixed[i] = true;
                        changed = true;
                    }
                }
            }
            if (!changed)
                break;
        }
    }
    qreal angle = 0;
    for (int i = 0; i < sectors.size(); ++i) {
        Wedge w;
        w.sector = sectors[i];
        w.startAngle = angle;
        w.spanAngle = spans[i];
        w.partnerCount = counts[i];
        w.empty = counts[i] == 0;
        angle += spans[i];
        const qreal bandMid = (result.sectorBandInner + result.sectorBandOuter) / 2;
        if (!w.empty || total == 0)
            w.label = arcText(displayName(w.sector), bandMid, w.startAngle, w.spanAngle, px * 0.92,
                              true, measure);
        result.wedges << w;
    }

    // ---- Nodes -------------------------------------------------------------
    const qreal maxNodeR = nodeRadius(4, px);
    for (int wi = 0; wi < result.wedges.size(); ++wi) {
        const Wedge& w = result.wedges[wi];
        for (int strength = 5; strength >= 1; --strength) {
            QVector<const Shown*> group;
            for (const Shown& s : shown) {
                if (s.partner->sector == w.sector && s.strength == strength)
                    group << &s;
            }
            if (group.isEmpty())
                continue;
            const Ring& ring = result.rings[5 - strength];
            const int k = int(group.size());
            // Stagger crowded groups into rows within the ring's band.
            const qreal spacing = maxNodeR * 2 + px * 0.4;
            const qreal arc = qDegreesToRadians(w.spanAngle) * ring.radius;
            const int maxRows = std::max(1, int((ring.outer - ring.inner) / spacing));
            const int rows = std::clamp(int(std::ceil(k * spacing / std::max<qreal>(arc, 1))), 1,
                                        std::min(maxRows, k));
            const qreal rowStep =
                rows > 1 ? std::min(spacing, (ring.outer - ring.inner - 2 * maxNodeR) / (rows - 1))
                         : 0;
            for (int i = 0; i < k; ++i) {
                const Shown& s = *group[i];
                Node n;
                n.partnerId = s.partner->id;
                n.name = s.partner->name;
                n.sector = s.partner->sector;
                n.strength = s.strength;
                n.status = s.status;
                n.nextReview = s.nextReview;
                n.approaches = s.approaches;
                n.initiatives = s.initiatives;
                n.radius =
                    s.initiatives.isEmpty() ? px * 0.45 : nodeRadius(int(s.initiatives.size()), px);
                n.plain = s.initiatives.isEmpty();
                n.hollow = s.status == TieStatus::Prospective;
                n.faded = s.status == TieStatus::Paused || s.status == TieStatus::Ended;
                n.highlighted = highlighting && s.highlighted;
                n.dimmed = highlighting && !s.highlighted;
                const int row = i % rows;
                n.distance = ring.radius + (row - (rows - 1) / 2.0) * rowStep;
                // Keep the whole node inside the wedge where there is room.
                const qreal pad = std::min(w.spanAngle * 0.45,
                                           qRadiansToDegrees((n.radius + px * 0.3) / n.distance));
                const qreal usable = w.spanAngle - 2 * pad;
                n.angle = normalised(w.startAngle + pad + usable * (i + 0.5) / k);
                n.centre = pointAt(centre, n.distance, n.angle);
                result.nodes << n;
            }
        }
    }

    // ---- Needs ring --------------------------------------------------------
    if (options.showNeeds) {
        QVector<const Need*> needs;
        for (const Need& need : wheel.needs) {
            if (need.status != NeedStatus::Closed)
                needs << &need;
        }
        std::stable_sort(needs.begin(), needs.end(), [](const Need* a, const Need* b) {
            if (a->category != b->category)
                return a->category < b->category;
            return a->id < b->id;
        });
        const qreal each = needs.isEmpty() ? 0 : 360.0 / needs.size();
        for (int i = 0; i < needs.size(); ++i) {
            const Need& need = *needs[i];
            NeedSegment seg;
            seg.needId = need.id;
            seg.title = need.title;
            seg.category = need.category;
            seg.startAngle = i * each;
            seg.spanAngle = each;
            seg.met = std::any_of(
                wheel.initiatives.cbegin(), wheel.initiatives.cend(), [&](const Initiative& in) {
                    return in.status == InitiativeStatus::Active && in.needIds.contains(need.id);
                });
            seg.highlighted =
                (highlightNeed && highlightNeed->id == need.id) ||
                (highlightInitiative && highlightInitiative->needIds.contains(need.id));
            result.needs << seg;
            if (result.needGroups.isEmpty() || result.needGroups.last().category != need.category) {
                NeedGroup g;
                g.category = need.category;
                g.startAngle = seg.startAngle;
                result.needGroups << g;
            }
            NeedGroup& g = result.needGroups.last();
            g.spanAngle += each;
            (seg.met ? g.met : g.unmet) += 1;
        }
        const qreal mid = (result.needsInner + result.needsOuter) / 2;
        for (NeedGroup& g : result.needGroups)
            g.label = arcText(displayName(g.category), mid, g.startAngle, g.spanAngle, px * 0.85,
                              false, measure);
    }

    // ---- Labels ------------------------------------------------------------
    const QRectF bounds = wheelArea;
    Obstacles obstacles(bounds.adjusted(-1, -1, 1, 1), lineH * 3);
    for (const Node& n : result.nodes)
        obstacles.addCircle({n.centre, n.radius + px * 0.25});
    obstacles.addCircle({centre, hubR + px * 0.2});
    for (Ring& ring : result.rings) {
        const qreal h = lineHeight(px * 0.8);
        const qreal w = measure(QString::number(ring.strength), px * 0.8, true) + px * 0.6;
        const QPointF p = pointAt(centre, ring.radius, 0);
        ring.labelRect = QRectF(p.x() - w / 2, p.y() - h / 2, w, h);
        obstacles.addRect(ring.labelRect);
    }
    const qreal ringInner = result.sectorBandInner - px * 0.1;
    const qreal ringOuter = R + px * 0.3;

    // Empty sectors: their name outside the wheel, at the gap.
    for (Wedge& w : result.wedges) {
        if (!w.empty || total == 0)
            continue;
        const qreal mid = normalised(w.startAngle + w.spanAngle / 2);
        const QString text = displayName(w.sector) + tr(": none");
        const qreal width = measure(text, px * 0.9, false) + 2;
        const qreal h = lineHeight(px * 0.9);
        const bool right = std::sin(qDegreesToRadians(mid)) >= 0;
        for (int step = 0; step < 12; ++step) {
            const QPointF p = pointAt(centre, ringOuter + px * 0.5 + step * h * 0.5, mid);
            QRectF rect(right ? p.x() : p.x() - width, p.y() - h / 2, width, h);
            if (std::abs(std::cos(qDegreesToRadians(mid))) > 0.9) // near twelve or six: centre it
                rect.moveLeft(p.x() - width / 2);
            if (std::cos(qDegreesToRadians(mid)) > 0.3)
                rect.moveBottom(std::min(rect.bottom(), p.y() + h / 2));
            if (!bounds.contains(rect) || obstacles.hits(rect) ||
                rectHitsAnnulus(rect, centre, ringInner, ringOuter))
                continue;
            w.gapLabel = text;
            w.gapLabelRect = rect;
            obstacles.addRect(rect.adjusted(-2, -2, 2, 2));
            break;
        }
    }

    // Names are elided to a share of the wheel's size: on a small wheel a long
    // name would have to sit far from its node (the tooltip has it whole).
    const qreal maxLabelW =
        std::max(px * 6, std::min(px * (result.nodes.size() > 60 ? 17 : 22), R * 0.42));
    result.labels.resize(result.nodes.size());
    QVector<int> order(result.nodes.size());
    for (int i = 0; i < order.size(); ++i)
        order[i] = i;
    // Strong ties first: they sit in the tightest rings.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return result.nodes[a].strength > result.nodes[b].strength;
    });
    const qreal gapX = px * 0.3;
    const qreal h = lineH;
    auto fits = [&](const QRectF& rect) {
        return inside(rect, bounds) && !rectHitsAnnulus(rect, centre, ringInner, ringOuter) &&
               !obstacles.hits(rect);
    };

    QVector<QRectF> placedRects;
    // Where a leader from node `n` to `rect` would start and end.
    auto leaderEnds = [&](const Node& n, const QRectF& rect) {
        const QPointF target(
            std::clamp(n.centre.x(), rect.left(), rect.right()),
            std::clamp(n.centre.y(), rect.top() + h * 0.25, rect.bottom() - h * 0.25));
        const QPointF d = target - n.centre;
        const qreal len = std::sqrt(QPointF::dotProduct(d, d));
        const QPointF anchor = len > 0 ? n.centre + d * (n.radius / len) : n.centre;
        return std::make_pair(anchor, target);
    };
    // A leader must not pass through another node or another name, or it
    // would point at the wrong partner.
    QVector<QPair<QPointF, QPointF>> leaders;
    auto clearOfLeaders = [&](const QRectF& rect) {
        return std::none_of(leaders.cbegin(), leaders.cend(),
                            [&](const QPair<QPointF, QPointF>& l) {
                                return segmentHitsRect(l.first, l.second, rect);
                            });
    };
    // Nodes by position: a leader can only touch those within the largest
    // node's radius of its line.
    PointGrid nodeGrid(bounds, lineH * 3);
    qreal nodeReach = 0;
    for (int i = 0; i < result.nodes.size(); ++i) {
        nodeGrid.add(result.nodes[i].centre, i);
        nodeReach = std::max(nodeReach, result.nodes[i].radius + px * 0.15);
    }
    auto leaderClear = [&](const Node& n, const QRectF& rect, bool strict) {
        // Named copies, not a structured binding: C++17 does not let the
        // lambda below capture bindings (clang refuses; g++ lets it pass).
        const auto ends = leaderEnds(n, rect);
        const QPointF from = ends.first;
        const QPointF to = ends.second;
        // Never through the hub: it would cross the academy's name and join a
        // label to a node on the far side of the wheel.
        if (segmentDistance(result.hub.centre, from, to) < result.hub.radius + px * 0.3)
            return false;
        const QRectF area =
            QRectF(from, to).normalized().adjusted(-nodeReach, -nodeReach, nodeReach, nodeReach);
        if (nodeGrid.any(area, [&](int i) {
                const Node& other = result.nodes[i];
                return other.partnerId != n.partnerId &&
                       segmentDistance(other.centre, from, to) < other.radius + px * 0.15;
            }))
            return false;
        if (!strict)
            return true;
        for (const QRectF& placed : placedRects) {
            if (segmentHitsRect(from, to, placed))
                return false;
        }
        return true;
    };
    // Beside the node, on the outward side then the other, nudged up or
    // down; then above or below it.
    auto placeBeside = [&](const Node& n, qreal width, QRectF& chosen, bool& alignRight) {
        const bool right = std::sin(qDegreesToRadians(n.angle)) >= 0;
        const qreal nudges[] = {0, -0.45, 0.45, -0.9, 0.9};
        for (int side = 0; side < 2; ++side) {
            const bool toRight = side == 0 ? right : !right;
            const qreal x = n.centre.x() + (toRight ? 1 : -1) * (n.radius + gapX);
            for (qreal nudge : nudges) {
                const QRectF rect(toRight ? x : x - width, n.centre.y() - h / 2 + nudge * h, width,
                                  h);
                if (fits(rect) && clearOfLeaders(rect)) {
                    chosen = rect;
                    alignRight = !toRight;
                    return true;
                }
            }
        }
        for (int dir : {-1, 1}) {
            const qreal y = dir < 0 ? n.centre.y() - n.radius - h : n.centre.y() + n.radius;
            const qreal lefts[] = {n.centre.x() - width / 2, right
                                                                 ? n.centre.x() - n.radius
                                                                 : n.centre.x() + n.radius - width};
            for (qreal left : lefts) {
                const QRectF rect(left, y, width, h);
                if (fits(rect) && clearOfLeaders(rect)) {
                    chosen = rect;
                    alignRight = !right;
                    return true;
                }
            }
        }
        return false;
    };
    // The nearest free spot around the node, joined to it by a leader line:
    // rings of candidates at growing distance, outward first. Beyond the
    // reach a line would cross half the wheel: the name is better left to the
    // tooltip (zooming in finds it room).
    // Directions around a node: 0, +1, -1, +2, -2 ... sixteenths of a turn
    // away from the outward direction; the first nine face outward.
    constexpr int directions = 16;
    std::array<QPointF, directions> turns; // (cos, sin) of each offset
    for (int k = 0; k < directions; ++k) {
        const int offset = (k + 1) / 2 * (k % 2 ? 1 : -1);
        const qreal a = qDegreesToRadians(offset * 360.0 / directions);
        turns[k] = QPointF(std::cos(a), std::sin(a));
    }
    // Spots already found taken, per label and step (a bit per direction).
    // Obstacles and leaders only grow, so a spot taken stays taken: the last
    // pass skips them when the label kept its width, instead of testing the
    // same few thousand rectangles again.
    struct Taken
    {
        qreal width = -1;
        std::vector<quint16> steps;
    };
    std::vector<Taken> taken(size_t(result.nodes.size()));
    static_assert(directions <= 16, "a quint16 holds one bit per direction");
    auto placeNearby = [&](int index, qreal width, int firstDirection, int lastDirection,
                           bool strict, QRectF& chosen, bool& alignRight) {
        const Node& n = result.nodes[index];
        Taken& known = taken[size_t(index)];
        if (known.width != width) {
            known.width = width;
            known.steps.clear();
        }
        const qreal stepLen = h * 0.6;
        const qreal reach = std::max(h * 6, R * 0.6);
        const qreal sinA = std::sin(qDegreesToRadians(n.angle));
        const qreal cosA = std::cos(qDegreesToRadians(n.angle));
        for (int step = 1;; ++step) {
            const qreal d = n.radius + gapX + step * stepLen;
            if (d > reach)
                return false;
            if (known.steps.size() < size_t(step))
                known.steps.resize(size_t(step), 0);
            quint16& takenHere = known.steps[size_t(step - 1)];
            for (int k = firstDirection; k < lastDirection; ++k) {
                if (takenHere & (1u << k))
                    continue;
                // sin and cos of (angle + offset), as pointAt would compute them.
                const qreal s = sinA * turns[k].x() + cosA * turns[k].y();
                const qreal c = cosA * turns[k].x() - sinA * turns[k].y();
                const QPointF p(n.centre.x() + d * s, n.centre.y() - d * c);
                const bool toRight = p.x() >= n.centre.x();
                const QRectF rect(toRight ? p.x() : p.x() - width, p.y() - h / 2, width, h);
                if (!fits(rect) || !clearOfLeaders(rect)) {
                    takenHere |= quint16(1u << k);
                    continue;
                }
                if (leaderClear(n, rect, strict)) {
                    chosen = rect;
                    alignRight = !toRight;
                    return true;
                }
            }
        }
    };
    auto settle = [&](int index, const QRectF& chosen, bool alignRight) {
        const Node& n = result.nodes[index];
        Label& label = result.labels[index];
        label.placed = true;
        label.rect = chosen;
        label.alignRight = alignRight;
        // A label away from its node gets a line to it, so nobody has to guess.
        const auto [from, to] = leaderEnds(n, chosen);
        const QPointF d = to - n.centre;
        label.leader = std::sqrt(QPointF::dotProduct(d, d)) > n.radius + px * 0.8;
        if (label.leader) {
            label.anchor = from;
            label.leaderEnd = to;
            leaders.append({from, to});
        }
        obstacles.addRect(chosen);
        placedRects.append(chosen);
    };
    // First every label that fits next to its node, so that as many as
    // possible sit there; then the rest nearby with a leader, looking outward
    // first, then all round; then, shortened, whatever still finds room with
    // a leader that may cross a name (never a node).
    for (int index : order) {
        const Node& n = result.nodes[index];
        Label& label = result.labels[index];
        label.partnerId = n.partnerId;
        label.fullName = n.name;
        label.text = elide(n.name, maxLabelW, px, false, measure);
    }
    for (int pass = 0; pass < 4; ++pass) {
        for (int index : order) {
            const Node& n = result.nodes[index];
            Label& label = result.labels[index];
            if (label.placed)
                continue;
            if (pass == 3)
                label.text = elide(n.name, std::min(maxLabelW, px * 9), px, false, measure);
            const qreal width = measure(label.text, px, false) + px * 0.3;
            QRectF chosen;
            bool alignRight = false;
            // Obstacles only grow, so the second pass need not look outward again.
            const int first = pass == 2 ? directions / 2 + 1 : 0;
            const int last = pass == 1 ? directions / 2 + 1 : directions;
            const bool found =
                placeBeside(n, width, chosen, alignRight) ||
                (pass > 0 && placeNearby(index, width, first, last, pass < 3, chosen, alignRight));
            if (found)
                settle(index, chosen, alignRight);
        }
    }
    for (Label& label : result.labels) {
        if (!label.placed)
            label.text.clear();
    }

    // ---- Guidance ----------------------------------------------------------
    if (result.nodes.isEmpty()) {
        result.message = wheel.partners.isEmpty()
                             ? tr("No partners yet — add the first in Partners")
                             : tr("No partner matches these filters");
        const qreal width = measure(result.message, px * 1.1, false) + px;
        result.messageRect = QRectF(centre.x() - width / 2, centre.y() + hubR + px * 1.5, width,
                                    lineHeight(px * 1.1));
    }
    return result;
}

} // namespace civic
