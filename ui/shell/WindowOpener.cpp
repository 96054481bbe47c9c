#include "shell/WindowOpener.h"

#include "demo/DefaultWheel.h"
#include "document/WheelDocument.h"
#include "shell/MainWindow.h"

#include <QFileInfo>
#include <QPoint>

namespace civic::ui {
namespace {

// The same file reached by another name (a symbolic link, "..") is the same
// file; one not yet created has only its absolute name.
QString canonical(const QString& path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

} // namespace

WindowOpener::WindowOpener(QObject* parent)
    : QObject(parent)
{}

WindowOpener::~WindowOpener()
{
    for (const QPointer<MainWindow>& window : qAsConst(m_windows))
        delete window.data();
}

QVector<MainWindow*> WindowOpener::windows() const
{
    QVector<MainWindow*> open;
    for (const QPointer<MainWindow>& window : m_windows) {
        if (window)
            open.append(window.data());
    }
    return open;
}

MainWindow* WindowOpener::windowFor(const QString& path) const
{
    const QString wanted = canonical(path.isEmpty() ? DefaultWheel::path() : path);
    for (MainWindow* window : windows()) {
        if (window->document() && canonical(window->document()->path()) == wanted)
            return window;
    }
    return nullptr;
}

MainWindow* WindowOpener::open(const QString& path, bool* raised)
{
    m_windows.removeAll(nullptr);
    MainWindow* window = windowFor(path);
    if (raised)
        *raised = window != nullptr;
    if (window) {
        window->setWindowState(window->windowState() & ~Qt::WindowMinimized);
        window->show();
        window->raise();
        window->activateWindow();
        return window;
    }
    const QVector<MainWindow*> others = windows();
    window = new MainWindow;
    window->setAttribute(Qt::WA_DeleteOnClose);
    // Each window restores the same saved place: step a new one off the last
    // so that it does not hide the one under it.
    if (!others.isEmpty())
        window->move(others.last()->pos() + QPoint(32, 32));
    m_windows.append(window);
    window->show();
    if (path.isEmpty())
        window->openDefaultWheel();
    else
        window->openWheel(path);
    return window;
}

} // namespace civic::ui
