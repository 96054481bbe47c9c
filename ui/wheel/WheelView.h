#pragma once

#include "model/AcademyWheel.h"
#include "wheel/WheelLayout.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QToolButton;

namespace civic::ui {

class WheelCanvas;

/// The community wheel on screen: the picture with its filters (approach,
/// sector, status), a highlight (one initiative or one need), zoom, pan,
/// fit and export. Give it an academy with setWheel after every change.
class WheelView : public QWidget
{
    Q_OBJECT

public:
    explicit WheelView(QWidget* parent = nullptr);

    /// Shows `wheel` at once, keeping filters, highlight, selection and zoom where they still
    /// apply.
    void setWheel(const AcademyWheel& wheel);
    /// Shows that no academy is open.
    /// Shows no wheel, with `guidance` (or "No academy is open.") in its place.
    void clearWheel(const QString& guidance = QString());

    qint64 selectedPartner() const;
    const WheelLayout::Result& layout() const;
    WheelLayout::Options options() const;
    WheelCanvas* canvas() const { return m_canvas; }

    void setApproachFilter(std::optional<Approach> approach);
    void setSectorFilter(std::optional<Sector> sector);
    void setStatusFilter(std::optional<TieStatus> status);
    void highlightInitiative(qint64 initiativeId); ///< 0: none
    void highlightNeed(qint64 needId);             ///< 0: none
    void setNeedsRingShown(bool shown);

public Q_SLOTS:
    /// Selects a partner chosen elsewhere (the Partners register); emits nothing.
    void selectPartner(qint64 partnerId);
    void zoomIn();
    void zoomOut();
    void fitToWindow();
    /// Asks for a file and a size and writes the wheel as PNG or SVG.
    void exportPicture();

Q_SIGNALS:
    void partnerSelected(qint64 partnerId);  ///< a click on the wheel; 0 clears
    void partnerActivated(qint64 partnerId); ///< double-click or Enter: open its editor

private:
    void rebuildHighlightChoices();
    void applyControls();

    WheelCanvas* m_canvas = nullptr;
    QComboBox* m_approach = nullptr;
    QComboBox* m_sector = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_highlight = nullptr;
    QCheckBox* m_needs = nullptr;
    QToolButton* m_export = nullptr;
    bool m_applying = false;
};

} // namespace civic::ui
