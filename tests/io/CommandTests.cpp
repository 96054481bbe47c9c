// The import and export subcommands, run as a person would.
#include "IoFixtures.h"

using namespace civic;
using namespace civic::test;

TEST_CASE("import-csv prints a summary and all-or-nothing is the default")
{
    TempFolder folder;
    const QString wheel = folder.path(QStringLiteral("demo.wheel"));
    REQUIRE(runCivicWheel({QStringLiteral("new"), wheel, QStringLiteral("--demo")}).exitCode == 0);
    const QString csv = folder.path(QStringLiteral("in.csv"));
    writeBytes(
        csv,
        "Partner;Type;Post code\r\nNew Charity;charity;MB1 3PF\r\nMillbrook Library;Cultural;\r\n"
        "Bad;Spaceport;\r\n");
    const QByteArray before = fileBytes(wheel);
    const QStringList args{QStringLiteral("import-csv"),
                           wheel,
                           QStringLiteral("--academy"),
                           QStringLiteral("990001"),
                           QStringLiteral("--kind"),
                           QStringLiteral("partners"),
                           csv};
    const RunResult refused = runCivicWheel(args);
    CHECK(refused.exitCode == 1);
    CHECK(refused.out.contains(QStringLiteral("Errors: 1")));
    CHECK(refused.out.contains(QStringLiteral("Line 4, column B (Type)")));
    CHECK(refused.err.contains(QStringLiteral("nothing was imported")));
    CHECK(fileBytes(wheel) == before);

    const RunResult partial =
        runCivicWheel(QStringList(args) << QStringLiteral("--valid-rows-only"));
    INFO(partial.err);
    CHECK(partial.exitCode == 0);
    CHECK(partial.out.contains(QStringLiteral("Added: 1")));
    CHECK(partial.out.contains(QStringLiteral("Duplicates: 1")));
    CHECK(partial.out.contains(QStringLiteral("Line 3: Millbrook Library")));
    CHECK(partial.out.contains(QStringLiteral("Errors: 1 (left out)")));
    CHECK(runCivicWheel({QStringLiteral("check"), wheel})
              .out.contains(QStringLiteral("Partners:    26")));

    CHECK(runCivicWheel({QStringLiteral("import-csv"), wheel, csv}).exitCode == 2); // no --kind
}

TEST_CASE("import-gias and the exports and import-json work headless")
{
    TempFolder folder;
    const QString wheel = folder.path(QStringLiteral("trust.wheel"));
    REQUIRE(runCivicWheel({QStringLiteral("new"), wheel}).exitCode == 0);
    const RunResult gias = runCivicWheel({QStringLiteral("import-gias"), wheel,
                                          dataPath(QStringLiteral("gias-establishments.csv"))});
    INFO(gias.err);
    REQUIRE(gias.exitCode == 0);
    CHECK(gias.out.contains(QStringLiteral("Added: 4")));
    CHECK(gias.out.contains(QStringLiteral("Skipped: 1")));

    const QString demo = folder.path(QStringLiteral("demo.wheel"));
    REQUIRE(runCivicWheel({QStringLiteral("new"), demo, QStringLiteral("--demo")}).exitCode == 0);
    for (const QString& format :
         {QStringLiteral("json"), QStringLiteral("xlsx"), QStringLiteral("graphml")}) {
        const QString out = folder.path(QStringLiteral("out.") + format);
        const RunResult r =
            runCivicWheel({QStringLiteral("export-") + format, demo, QStringLiteral("--out"), out});
        INFO(r.err);
        CHECK(r.exitCode == 0);
        CHECK(QFileInfo(out).size() > 0);
    }
    const RunResult csv = runCivicWheel(
        {QStringLiteral("export-csv"), demo, QStringLiteral("--out"), folder.path(QString())});
    CHECK(csv.exitCode == 0);
    CHECK(QFileInfo::exists(folder.path(QStringLiteral("partners.csv"))));
    CHECK_FALSE(QFileInfo::exists(folder.path(QStringLiteral("contacts.csv"))));
    const RunResult noFolder =
        runCivicWheel({QStringLiteral("export-json"), demo, QStringLiteral("--out"),
                       folder.path(QStringLiteral("missing/x.json"))});
    CHECK(noFolder.exitCode == 1);
    CHECK(noFolder.err.contains(QStringLiteral("does not exist")));

    // The trust office learns from the shared demo wheel: a new, standalone academy.
    const RunResult shared = runCivicWheel(
        {QStringLiteral("import-json"), wheel, folder.path(QStringLiteral("out.json"))});
    INFO(shared.err);
    CHECK(shared.exitCode == 0);
    CHECK(runCivicWheel({QStringLiteral("check"), wheel})
              .out.contains(QStringLiteral("Academies:   5")));
}
