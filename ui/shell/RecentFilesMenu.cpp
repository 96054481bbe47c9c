#include "shell/RecentFilesMenu.h"

#include "shell/Settings.h"

#include <QDir>
#include <QFileInfo>

namespace civic::ui {

RecentFilesMenu::RecentFilesMenu(const QString& title, QWidget* parent)
    : QMenu(title, parent)
{
    connect(this, &QMenu::aboutToShow, this, &RecentFilesMenu::refresh);
    refresh();
}

void RecentFilesMenu::refresh()
{
    clear();
    const QStringList files = Settings::recentFiles();
    for (const QString& path : files) {
        QAction* open = addAction(QFileInfo(path).fileName(), this,
                                  [this, path] { Q_EMIT openRequested(path); });
        open->setToolTip(QDir::toNativeSeparators(path));
        open->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    addSeparator();
    addAction(tr("Clear the List"), this, [] { Settings::clearRecentFiles(); });
}

} // namespace civic::ui
