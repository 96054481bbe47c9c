// The shared Catch2 main of every test program.
#define CATCH_CONFIG_RUNNER
#include "TestSupport.h"

#include <catch2/catch.hpp>
#include <cstdio>

int main(int argc, char* argv[])
{
    auto app = civic::test::makeApplication(argc, argv);
    const int failed = Catch::Session().run(argc, argv);
    // Catch2 2 knows no skipped tests: a test that could not run says so
    // through the exit code, which CTest reports as "Skipped", not passed.
    const QStringList skipped = civic::test::skipReasons();
    if (failed != 0 || skipped.isEmpty())
        return failed;
    std::fprintf(stderr, "%d test case(s) did not run:\n", int(skipped.size()));
    for (const QString& reason : skipped)
        std::fprintf(stderr, "  %s\n", reason.toLocal8Bit().constData());
    // CI runs as root, where every test can run: there a skip is a failure.
    if (qEnvironmentVariableIntValue("CIVIC_NO_SKIP") == 1) {
        std::fprintf(stderr, "CIVIC_NO_SKIP is set: a test that cannot run fails.\n");
        return 1;
    }
    return civic::test::SkipReturnCode;
}
