#include "FirstPaintProbe.h"

#include "CommandLine.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTimer>
#include <QWidget>

namespace civic::cli {
namespace {

// The process's peak resident memory so far, in kB, from Linux's
// /proc/self/status (VmHWM); -1 elsewhere. Unlike getrusage()'s ru_maxrss it
// does not count the parent's memory that a forked child carried before exec.
long peakMemoryKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

} // namespace

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
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget*>(watched)->window() == m_window) {
        m_painted = true;
        // Queued: the rest of this paint pass and its flush finish first.
        QTimer::singleShot(0, this, [this] {
            out() << "civicwheel: first paint after " << m_started.elapsed() << " ms since main()";
            if (const long kb = peakMemoryKb(); kb >= 0)
                out() << "; peak memory " << kb << " kB";
            out() << '\n';
            out().flush();
            QCoreApplication::quit();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace civic::cli
