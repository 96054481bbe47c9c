#pragma once

#include <QMenu>

namespace civic::ui {

/// File › Open Recent: the wheels opened lately, newest first, refreshed each
/// time the menu opens.
class RecentFilesMenu : public QMenu
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(const QString& title, QWidget* parent = nullptr);

Q_SIGNALS:
    void openRequested(const QString& path);

private:
    void refresh();
};

} // namespace civic::ui
