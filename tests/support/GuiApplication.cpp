#include "TestSupport.h"

#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>

namespace civic::test {

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The window's settings (recent files, geometry, the area last shown) go
    // to a folder of this test program's own: never the user's, and never
    // shared with the test programs CTest runs beside it.
    static QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QCoreApplication::setApplicationName(QStringLiteral("civicwheel-tests"));
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace civic::test
