#pragma once

#include <QObject>
#include <QPointer>
#include <QVector>

namespace civic::ui {

class MainWindow;

/// Opens wheel files in windows of this program, one window per file: a file
/// already open brings its window to the front instead of opening twice.
class WindowOpener : public QObject
{
    Q_OBJECT

public:
    explicit WindowOpener(QObject* parent = nullptr);
    ~WindowOpener() override;

    /// Shows `path` (empty: the default wheel). Returns its window, and tells
    /// through `raised` whether it was already open.
    MainWindow* open(const QString& path, bool* raised = nullptr);
    /// The window showing `path`, or nullptr.
    MainWindow* windowFor(const QString& path) const;
    /// The windows still open, oldest first.
    QVector<MainWindow*> windows() const;

private:
    QVector<QPointer<MainWindow>> m_windows;
};

} // namespace civic::ui
