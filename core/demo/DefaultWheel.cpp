#include "demo/DefaultWheel.h"

#include "demo/DemoWheel.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace civic {

QString DefaultWheel::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/community.wheel");
}

Result<std::unique_ptr<WheelStore>> DefaultWheel::openOrCreate()
{
    const QString file = path();
    if (QFileInfo::exists(file))
        return WheelStore::open(file);
    const QString folder = QFileInfo(file).absolutePath();
    if (!QDir().mkpath(folder))
        return Error{QCoreApplication::translate(
                         "DefaultWheel", "Civic Wheel could not create its data folder “%1”.")
                         .arg(QDir::toNativeSeparators(folder))};
    return WheelStore::createWith(file, [](WheelStore& store) { return DemoWheel::seed(store); });
}

} // namespace civic
