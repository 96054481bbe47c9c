#pragma once

#include <QElapsedTimer>
#include <QObject>

class QWidget;

namespace civic::cli {

/// For the benchmark (CIVICWHEEL_EXIT_AFTER_FIRST_PAINT=1): once `window`
/// has painted for the first time, prints how long that took since `started`
/// and quits the application. Works with whatever the main window shows.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QWidget* window, const QElapsedTimer& started);
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_window;
    QElapsedTimer m_started;
    bool m_painted = false;
};

} // namespace civic::cli
