#include "FirstPaintProbe.h"

#include "CommandLine.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace civic::cli {

FirstPaintProbe::FirstPaintProbe(QWidget* window, const QElapsedTimer& started)
    : QObject(window)
    , m_window(window)
    , m_started(started)
{
    // Every widget's paint events pass the application's filter, whichever
    // widgets the main window happens to be made of.
    QCoreApplication::instance()->installEventFilter(this);
}

bool FirstPaintProbe::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType()
        && static_cast<QWidget*>(watched)->window() == m_window) {
        m_painted = true;
        // Queued: the rest of this paint pass and its flush finish first.
        QTimer::singleShot(0, this, [this] {
            out() << "civicwheel: first paint after " << m_started.elapsed() << " ms since main()\n";
            out().flush();
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace civic::cli
