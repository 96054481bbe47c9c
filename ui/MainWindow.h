#pragma once

#include "WheelStore.h"

#include <QMainWindow>

#include <memory>

class QLabel;

namespace civic::ui {

/// The program's window over one open wheel file.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens the user's default wheel, creating it with the demo on first run.
    bool openDefaultWheel();
    /// Opens `path`; on failure says why and keeps what was open before.
    bool openWheel(const QString& path);

    WheelStore* store() const { return m_store.get(); }

private:
    void adopt(std::unique_ptr<WheelStore> store);
    void showFailure(const Error& error);
    void refresh();
    void chooseFile();

    std::unique_ptr<WheelStore> m_store;
    QLabel* m_summary = nullptr;
};

} // namespace civic::ui
