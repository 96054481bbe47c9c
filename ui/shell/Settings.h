#pragma once

#include <QByteArray>
#include <QStringList>

namespace civic::ui {

/// What the window remembers between runs (QSettings): geometry, dock and
/// toolbar state, the area last shown, and the recently opened files.
class Settings
{
public:
    static constexpr int MaxRecentFiles = 8;

    static QStringList recentFiles();
    /// Puts `path` first in the recent list.
    static void addRecentFile(const QString& path);
    static void removeRecentFile(const QString& path);
    static void clearRecentFiles();

    static QByteArray windowGeometry();
    static QByteArray windowState();
    static void saveWindow(const QByteArray& geometry, const QByteArray& state);
    /// The area (tab) shown when the window last closed, or `fallback`.
    static int lastArea(int fallback);
    static void saveLastArea(int area);
};

} // namespace civic::ui
