#pragma once

#include "model/AcademyWheel.h"
#include "wheel/WheelLayout.h"

#include <QTransform>
#include <QWidget>

class QGestureEvent;

namespace civic::ui {

/// The drawing surface of the wheel view: paints the laid-out wheel with the
/// shared renderer and turns mouse, touch and keys into selection, zoom and pan.
class WheelCanvas : public QWidget
{
    Q_OBJECT

public:
    explicit WheelCanvas(QWidget* parent = nullptr);

    void setWheel(const AcademyWheel& wheel);
    /// Shows no wheel, with `guidance` (or "No academy is open.") in its place.
    void clearWheel(const QString& guidance = QString());
    void setOptions(const WheelLayout::Options& options);
    const WheelLayout::Options& options() const { return m_options; }
    const WheelLayout::Result& layout() const { return m_layout; }
    const AcademyWheel& wheel() const { return m_wheel; }
    bool hasWheel() const { return m_hasWheel; }

    qint64 selectedPartner() const { return m_selected; }
    /// Selects without emitting partnerSelected (the caller already knows).
    void selectPartner(qint64 partnerId);

    qreal zoom() const { return m_zoom; }
    void zoomBy(qreal factor, const QPointF& around);
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    void panBy(const QPointF& delta);

    /// Layout canvas → widget coordinates. Zooming lays the wheel out on a
    /// larger canvas (text keeps its size); panning moves it.
    QTransform canvasToWidget() const;
    /// What the tooltip says about a partner: name, sector, strength, approaches, initiatives,
    /// review.
    QString tooltipFor(qint64 partnerId) const;

    static constexpr qreal MinZoom = 0.6;
    static constexpr qreal MaxZoom = 8.0;

Q_SIGNALS:
    void partnerSelected(qint64 partnerId); ///< 0 when the selection is cleared
    void partnerActivated(qint64 partnerId);
    void zoomChanged(qreal zoom);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;

private:
    void relayout();
    void setZoom(qreal zoom, const QPointF& around);
    qint64 partnerAtWidget(const QPointF& point) const;
    void stepSelection(int step);
    void updateAccessibleDescription();
    bool gesture(QGestureEvent* event);

    AcademyWheel m_wheel;
    bool m_hasWheel = false;
    QString m_emptyText;
    WheelLayout::Options m_options;
    WheelLayout::Result m_layout;
    qint64 m_selected = 0;
    qint64 m_hovered = 0;
    qreal m_zoom = 1.0;
    QPointF m_pan;
    QPointF m_pressAt;
    QPointF m_lastDrag;
    bool m_dragging = false;
};

} // namespace civic::ui
