#include "wheel/WheelCanvas.h"

#include "common/Palette.h"
#include "wheel/WheelRenderer.h"

#include <QFontInfo>
#include <QGestureEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QPinchGesture>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace civic::ui {
namespace {

/// Text on screen stays at a readable size; zooming lays the wheel out on a
/// larger canvas instead of enlarging the text, so more names find room.
qreal screenFontSize(const QWidget* widget)
{
    return std::clamp<qreal>(QFontInfo(widget->font()).pixelSize() * 0.85, 10, 14);
}

} // namespace

WheelCanvas::WheelCanvas(QWidget* parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_AcceptTouchEvents);
    grabGesture(Qt::PinchGesture);
    setMinimumSize(240, 240);
    setAccessibleName(tr("Community wheel"));
    setWhatsThis(tr(
        "The academy at the hub, partners by sector and tie strength. Click a partner to select "
        "it, "
        "double-click to edit it. Zoom with the mouse wheel, a pinch or + and -, fit with 0, move "
        "with the arrow keys while holding Ctrl, choose partners with the arrow keys."));
    relayout();
}

void WheelCanvas::setWheel(const AcademyWheel& wheel)
{
    m_wheel = wheel;
    m_hasWheel = true;
    // Drop what no longer exists after an edit or undo.
    if (m_options.highlightInitiative && !m_wheel.initiative(m_options.highlightInitiative))
        m_options.highlightInitiative = 0;
    if (m_options.highlightNeed && !m_wheel.need(m_options.highlightNeed))
        m_options.highlightNeed = 0;
    if (m_selected && !m_wheel.partner(m_selected))
        m_selected = 0;
    if (m_hovered && !m_wheel.partner(m_hovered))
        m_hovered = 0;
    relayout();
}

void WheelCanvas::clearWheel(const QString& guidance)
{
    m_emptyText = guidance;
    m_wheel = AcademyWheel();
    m_hasWheel = false;
    m_selected = 0;
    m_hovered = 0;
    relayout();
}

void WheelCanvas::setOptions(const WheelLayout::Options& options)
{
    m_options = options;
    relayout();
}

void WheelCanvas::selectPartner(qint64 partnerId)
{
    if (partnerId != 0 && !m_wheel.partner(partnerId))
        partnerId = 0;
    if (m_selected == partnerId)
        return;
    m_selected = partnerId;
    updateAccessibleDescription();
    update();
}

void WheelCanvas::relayout()
{
    WheelLayout::Options options = m_options;
    const QSizeF size = this->size().isEmpty() ? QSizeF(400, 400) : QSizeF(this->size());
    options.canvas = size * m_zoom;
    options.fontSize = screenFontSize(this);
    m_layout = WheelRenderer::layout(m_wheel, options);
    updateAccessibleDescription();
    update();
}

QTransform WheelCanvas::canvasToWidget() const
{
    // The canvas's centre sits at the widget's centre, moved by the pan.
    const QPointF offset =
        QRectF(rect()).center() - QRectF(QPointF(0, 0), m_layout.canvas).center() + m_pan;
    return QTransform::fromTranslate(offset.x(), offset.y());
}

qint64 WheelCanvas::partnerAtWidget(const QPointF& point) const
{
    bool invertible = false;
    const QTransform inverse = canvasToWidget().inverted(&invertible);
    if (!invertible)
        return 0;
    return m_layout.partnerAt(inverse.map(point));
}

void WheelCanvas::setZoom(qreal zoom, const QPointF& around)
{
    zoom = std::clamp(zoom, MinZoom, MaxZoom);
    if (qFuzzyCompare(zoom, m_zoom))
        return;
    // Keep the point under `around` where it is: the canvas grows by
    // `factor`, and the wheel's geometry with it.
    const qreal factor = zoom / m_zoom;
    const QPointF c = QRectF(rect()).center();
    const QPointF before = around - c - m_pan; // from the canvas's centre
    m_pan = around - c - before * factor;
    m_zoom = zoom;
    relayout();
    Q_EMIT zoomChanged(m_zoom);
}

void WheelCanvas::zoomBy(qreal factor, const QPointF& around)
{
    setZoom(m_zoom * factor, around);
}
void WheelCanvas::zoomIn()
{
    zoomBy(1.25, QRectF(rect()).center());
}
void WheelCanvas::zoomOut()
{
    zoomBy(1 / 1.25, QRectF(rect()).center());
}

void WheelCanvas::fitToWindow()
{
    m_pan = QPointF();
    const bool changed = !qFuzzyCompare(m_zoom, 1.0);
    m_zoom = 1.0;
    relayout();
    if (changed)
        Q_EMIT zoomChanged(m_zoom);
}

void WheelCanvas::panBy(const QPointF& delta)
{
    m_pan += delta;
    update();
}

QString WheelCanvas::tooltipFor(qint64 partnerId) const
{
    const WheelLayout::Node* node = m_layout.node(partnerId);
    if (!node)
        return {};
    QStringList approaches;
    for (Approach a : node->approaches)
        approaches << displayName(a);
    QString html = QStringLiteral("<b>%1</b><br>").arg(node->name.toHtmlEscaped());
    html +=
        tr("Sector: %1").arg(displayName(node->sector).toHtmlEscaped()) + QStringLiteral("<br>");
    html +=
        tr("Tie: %1, %2").arg(strengthName(node->strength), displayName(node->status).toLower()) +
        QStringLiteral("<br>");
    html +=
        tr("Approaches: %1")
            .arg(approaches.isEmpty() ? tr("none yet") : approaches.join(QStringLiteral(", "))) +
        QStringLiteral("<br>");
    if (node->initiatives.isEmpty())
        html += tr("Initiatives: none yet");
    else
        html +=
            tr("Initiatives: %1").arg(node->initiatives.join(QStringLiteral(", ")).toHtmlEscaped());
    html += QStringLiteral("<br>");
    html += tr("Next review: %1")
                .arg(node->nextReview.isValid()
                         ? QLocale().toString(node->nextReview, QLocale::LongFormat)
                         : tr("not set"));
    return html;
}

void WheelCanvas::updateAccessibleDescription()
{
    QString text;
    if (!m_hasWheel)
        text = m_emptyText.isEmpty() ? tr("No academy is open.") : m_emptyText;
    else if (!m_layout.message.isEmpty())
        text = m_layout.message;
    else
        text = tr("%1: %2 partners shown.").arg(m_wheel.academy.name).arg(m_layout.nodes.size());
    if (const WheelLayout::Node* node = m_layout.node(m_selected))
        text += QLatin1Char(' ') +
                tr("Selected: %1, %2, tie %3.")
                    .arg(node->name, displayName(node->sector), strengthName(node->strength));
    setAccessibleDescription(text);
}

void WheelCanvas::stepSelection(int step)
{
    if (m_layout.nodes.isEmpty())
        return;
    int index = -1;
    for (int i = 0; i < m_layout.nodes.size(); ++i) {
        if (m_layout.nodes[i].partnerId == m_selected)
            index = i;
    }
    const int count = int(m_layout.nodes.size());
    index = index < 0 ? (step > 0 ? 0 : count - 1) : ((index + step) % count + count) % count;
    m_selected = m_layout.nodes[index].partnerId;
    updateAccessibleDescription();
    update();
    Q_EMIT partnerSelected(m_selected);
}

bool WheelCanvas::event(QEvent* event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = tooltipFor(partnerAtWidget(help->pos()));
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this);
        }
        return true;
    }
    case QEvent::Gesture:
        return gesture(static_cast<QGestureEvent*>(event));
    case QEvent::NativeGesture: {
        auto* native = static_cast<QNativeGestureEvent*>(event);
        if (native->gestureType() == Qt::ZoomNativeGesture) {
            zoomBy(1.0 + native->value(), native->position());
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::event(event);
}

bool WheelCanvas::gesture(QGestureEvent* event)
{
    if (auto* pinch = static_cast<QPinchGesture*>(event->gesture(Qt::PinchGesture))) {
        if (pinch->changeFlags() & QPinchGesture::ScaleFactorChanged)
            zoomBy(pinch->scaleFactor(), mapFromGlobal(pinch->centerPoint().toPoint()));
        event->accept(pinch);
        return true;
    }
    return false;
}

void WheelCanvas::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), Palette::paper());
    if (!m_hasWheel) {
        p.setPen(Palette::muted());
        p.setFont(WheelRenderer::font(15));
        p.drawText(rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                   m_emptyText.isEmpty() ? tr("No academy is open.") : m_emptyText);
        return;
    }
    p.setTransform(canvasToWidget());
    WheelRenderer::RenderOptions render;
    render.background = false;
    render.selectedPartner = m_selected;
    render.hoveredPartner = m_hovered;
    WheelRenderer::paint(p, m_layout, QRectF(QPointF(0, 0), m_layout.canvas), render);
    if (hasFocus()) {
        p.resetTransform();
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
    }
}

void WheelCanvas::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void WheelCanvas::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    m_pressAt = event->position();
    m_lastDrag = m_pressAt;
    m_dragging = false;
}

void WheelCanvas::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() & Qt::LeftButton) {
        if (!m_dragging && (event->position() - m_pressAt).manhattanLength() > 4) {
            m_dragging = true;
            setCursor(Qt::ClosedHandCursor);
        }
        if (m_dragging) {
            panBy(event->position() - m_lastDrag);
            m_lastDrag = event->position();
        }
        return;
    }
    const qint64 hovered = partnerAtWidget(event->position());
    if (hovered != m_hovered) {
        m_hovered = hovered;
        setCursor(hovered ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
}

void WheelCanvas::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
        return;
    }
    const qint64 partner = partnerAtWidget(event->position());
    if (partner != m_selected) {
        m_selected = partner;
        updateAccessibleDescription();
        update();
        Q_EMIT partnerSelected(partner);
    }
}

void WheelCanvas::mouseDoubleClickEvent(QMouseEvent* event)
{
    const qint64 partner = partnerAtWidget(event->position());
    if (event->button() == Qt::LeftButton && partner != 0) {
        if (partner != m_selected) {
            m_selected = partner;
            update();
            Q_EMIT partnerSelected(partner);
        }
        Q_EMIT partnerActivated(partner);
        return;
    }
    QWidget::mouseDoubleClickEvent(event);
}

void WheelCanvas::wheelEvent(QWheelEvent* event)
{
    const qreal steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        event->ignore();
        return;
    }
    zoomBy(std::pow(1.15, steps), event->position());
    event->accept();
}

void WheelCanvas::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    const qreal panStep = std::min(width(), height()) / 8.0;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitToWindow();
        return;
    case Qt::Key_Left:
        ctrl ? panBy({panStep, 0}) : stepSelection(-1);
        return;
    case Qt::Key_Right:
        ctrl ? panBy({-panStep, 0}) : stepSelection(1);
        return;
    case Qt::Key_Up:
        ctrl ? panBy({0, panStep}) : stepSelection(-1);
        return;
    case Qt::Key_Down:
        ctrl ? panBy({0, -panStep}) : stepSelection(1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_selected != 0)
            Q_EMIT partnerActivated(m_selected);
        return;
    case Qt::Key_Escape:
        if (m_selected != 0) {
            m_selected = 0;
            updateAccessibleDescription();
            update();
            Q_EMIT partnerSelected(0);
        }
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void WheelCanvas::leaveEvent(QEvent* event)
{
    if (m_hovered != 0) {
        m_hovered = 0;
        update();
    }
    QWidget::leaveEvent(event);
}

} // namespace civic::ui
