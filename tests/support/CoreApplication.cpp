#include "TestSupport.h"

namespace civic::test {

std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv)
{
    // Qt Sql loads its SQLite driver as a plugin, which needs an application object.
    return std::make_unique<QCoreApplication>(argc, argv);
}

} // namespace civic::test
