#pragma once

#include "model/Result.h"

#include <QImage>
#include <QWidget>

class QChart;
class QChartView;
class QLabel;
class QStackedWidget;
class QToolButton;

namespace civic::ui {

/// One titled chart of the Coverage view: the chart, or guidance in its place
/// when there is nothing to draw, and "Save as PNG…" on a button and the
/// chart's context menu.
class ChartPanel : public QWidget
{
    Q_OBJECT

public:
    /// `fileStem` names the suggested PNG ("coverage-approaches").
    ChartPanel(const QString& title, const QString& fileStem, QWidget* parent = nullptr);

    QChart* chart() const { return m_chart; }
    QChartView* chartView() const { return m_view; }
    void setTitle(const QString& title);

    /// Shows `text` in place of the chart (an empty chart teaches nothing).
    void showGuidance(const QString& text);
    void showChart();
    bool isChartShown() const;

    /// The chart as drawn, at twice its on-screen size so it stays sharp on paper.
    QImage image() const;
    /// Writes image() as a PNG at `path`, atomically: the file is replaced only when complete.
    Status exportPng(const QString& path) const;

private:
    void saveAs();

    QString m_fileStem;
    QLabel* m_title = nullptr;
    QToolButton* m_save = nullptr;
    QStackedWidget* m_stack = nullptr;
    QChartView* m_view = nullptr;
    QChart* m_chart = nullptr;
    QLabel* m_guidance = nullptr;
};

} // namespace civic::ui
