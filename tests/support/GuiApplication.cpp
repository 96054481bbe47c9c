#include "TestSupport.h"

#include <QApplication>

namespace civic::test {

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QCoreApplication::setApplicationName(QStringLiteral("civicwheel-tests"));
    return std::make_unique<QApplication>(argc, argv);
}

} // namespace civic::test
