// civicwheel export-html, run as a person would.
#include "IoFixtures.h"

#include <sys/stat.h>

using namespace civic;
using namespace civic::test;

TEST_CASE("export-html writes an anonymised page unless personal data is asked for", "[html]")
{
    TempFolder folder;
    const QString wheel = folder.path(QStringLiteral("demo.wheel"));
    REQUIRE(runCivicWheel({QStringLiteral("new"), wheel, QStringLiteral("--demo")}).exitCode == 0);
    const QString page = folder.path(QStringLiteral("demo.html"));
    const RunResult shared =
        runCivicWheel({QStringLiteral("export-html"), wheel, QStringLiteral("--out"), page});
    INFO(shared.err.toStdString());
    REQUIRE(shared.exitCode == 0);
    CHECK(shared.out.contains(QStringLiteral("were left out")));
    // The demo's contact at Dale Valley College and its headteacher (see DemoWheel).
    const QByteArray anonymised = fileBytes(page);
    CHECK(anonymised.contains("Dale Valley College"));
    CHECK_FALSE(anonymised.contains("Rebecca Shaw"));
    CHECK_FALSE(anonymised.contains("r.shaw@dalevalley-college.example.org"));
    CHECK_FALSE(anonymised.contains("Sam Okoro"));

    const QString internal = folder.path(QStringLiteral("internal.html"));
    const RunResult personal =
        runCivicWheel({QStringLiteral("export-html"), wheel, QStringLiteral("--out"), internal,
                       QStringLiteral("--include-personal")});
    REQUIRE(personal.exitCode == 0);
    CHECK(personal.out.contains(QStringLiteral("internal use only")));
    const QByteArray full = fileBytes(internal);
    CHECK(full.contains("Rebecca Shaw"));
    CHECK(full.contains("r.shaw@dalevalley-college.example.org"));
    CHECK(full.contains("Sam Okoro"));
    struct stat info
    {};
    REQUIRE(::stat(QFile::encodeName(internal).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
}

TEST_CASE("export-html refuses unclear requests and leaves no file", "[html]")
{
    TempFolder folder;
    const QString wheel = folder.path(QStringLiteral("demo.wheel"));
    REQUIRE(runCivicWheel({QStringLiteral("new"), wheel, QStringLiteral("--demo")}).exitCode == 0);
    const QString page = folder.path(QStringLiteral("out.html"));
    CHECK(runCivicWheel({QStringLiteral("export-html"), wheel}).exitCode == 2); // no --out
    const RunResult both = runCivicWheel(
        {QStringLiteral("export-html"), wheel, QStringLiteral("--academy"),
         QStringLiteral("990001"), QStringLiteral("--trust"), QStringLiteral("--out"), page});
    CHECK(both.exitCode == 2);
    CHECK(both.err.contains(QStringLiteral("not both")));
    const RunResult unknown =
        runCivicWheel({QStringLiteral("export-html"), wheel, QStringLiteral("--academy"),
                       QStringLiteral("123456"), QStringLiteral("--out"), page});
    CHECK(unknown.exitCode == 1);
    CHECK_FALSE(unknown.err.isEmpty());
    CHECK_FALSE(QFile::exists(page));

    const RunResult trust =
        runCivicWheel({QStringLiteral("export-html"), wheel, QStringLiteral("--trust"),
                       QStringLiteral("--out"), page});
    REQUIRE(trust.exitCode == 0);
    CHECK(fileBytes(page).contains("<section id=\"trust\">"));
    const RunResult help = runCivicWheel({QStringLiteral("export-html"), QStringLiteral("--help")});
    CHECK(help.out.contains(QStringLiteral("--include-personal")));
    CHECK(help.out.contains(QStringLiteral("--trust")));
}
