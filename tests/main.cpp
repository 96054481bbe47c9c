// The shared Catch2 main of every test program.
#define CATCH_CONFIG_RUNNER
#include "TestSupport.h"

#include <catch2/catch.hpp>

int main(int argc, char* argv[])
{
    auto app = civic::test::makeApplication(argc, argv);
    return Catch::Session().run(argc, argv);
}
