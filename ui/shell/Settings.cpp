#include "shell/Settings.h"

#include <QFileInfo>
#include <QSettings>

#include <memory>

namespace civic::ui {
namespace {

std::unique_ptr<QSettings> store()
{
    return std::make_unique<QSettings>(QStringLiteral("civicwheel"), QStringLiteral("civicwheel"));
}

const QString kRecent = QStringLiteral("files/recent");

} // namespace

QStringList Settings::recentFiles()
{
    return store()->value(kRecent).toStringList();
}

void Settings::addRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    store()->setValue(kRecent, files);
}

void Settings::removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    store()->setValue(kRecent, files);
}

void Settings::clearRecentFiles()
{
    store()->remove(kRecent);
}

QByteArray Settings::windowGeometry()
{
    return store()->value(QStringLiteral("window/geometry")).toByteArray();
}
QByteArray Settings::windowState()
{
    return store()->value(QStringLiteral("window/state")).toByteArray();
}

void Settings::saveWindow(const QByteArray& geometry, const QByteArray& state)
{
    auto settings = store();
    settings->setValue(QStringLiteral("window/geometry"), geometry);
    settings->setValue(QStringLiteral("window/state"), state);
}

int Settings::lastArea(int fallback)
{
    bool ok = false;
    const int area = store()->value(QStringLiteral("window/area")).toInt(&ok);
    return ok ? area : fallback;
}

void Settings::saveLastArea(int area)
{
    store()->setValue(QStringLiteral("window/area"), area);
}

} // namespace civic::ui
