// `civicwheel new` and `civicwheel check`, run as a person would, through the built program.
#include "TestSupport.h"

#include <QFile>

#include <catch2/catch.hpp>
#include <sqlite3.h>

using namespace civic::test;

TEST_CASE("new --demo creates a demo wheel that check reports")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.wheel"));
    const RunResult created =
        runCivicWheel({QStringLiteral("new"), path, QStringLiteral("--demo")});
    INFO(created.err);
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("demo academy")));
    REQUIRE(QFile::exists(path));

    const RunResult checked = runCivicWheel({QStringLiteral("check"), path});
    INFO(checked.err);
    REQUIRE(checked.exitCode == 0);
    CHECK(checked.out.contains(QStringLiteral("Format:      2")));
    CHECK(checked.out.contains(QStringLiteral("Academies:   1")));
    CHECK(checked.out.contains(QStringLiteral("Partners:    25")));
    CHECK(checked.out.contains(QStringLiteral("Needs:       8")));
    CHECK(checked.out.contains(QStringLiteral("Initiatives: 10")));
    CHECK(checked.out.contains(QStringLiteral("Integrity:   ok")));
}

TEST_CASE("new without --demo creates an empty wheel")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("empty.wheel"));
    const RunResult created = runCivicWheel({QStringLiteral("new"), path});
    REQUIRE(created.exitCode == 0);
    CHECK(created.out.contains(QStringLiteral("no academy yet")));
    const RunResult checked = runCivicWheel({QStringLiteral("check"), path});
    REQUIRE(checked.exitCode == 0);
    CHECK(checked.out.contains(QStringLiteral("Academies:   0")));
}

TEST_CASE("new refuses to overwrite - and needs a file name")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("kept.wheel"));
    writeBytes(path, QByteArray("precious"));
    const RunResult again = runCivicWheel({QStringLiteral("new"), path});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("already exists")));
    CHECK(fileBytes(path) == QByteArray("precious"));

    const RunResult missing = runCivicWheel({QStringLiteral("new")});
    CHECK(missing.exitCode == 2);
    CHECK(missing.err.contains(QStringLiteral("Usage: civicwheel new")));

    const RunResult badOption =
        runCivicWheel({QStringLiteral("new"), path, QStringLiteral("--colour")});
    CHECK(badOption.exitCode == 2);
}

TEST_CASE("check refuses what is not a wheel - with the reason - and leaves it alone")
{
    TempFolder folder;
    const QString csv = folder.path(QStringLiteral("list.csv"));
    writeBytes(csv, QByteArray("a,b\n1,2\n"));
    const RunResult result = runCivicWheel({QStringLiteral("check"), csv});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("not a Civic Wheel file")));
    CHECK(fileBytes(csv) == QByteArray("a,b\n1,2\n"));

    const RunResult missing =
        runCivicWheel({QStringLiteral("check"), folder.path(QStringLiteral("gone.wheel"))});
    CHECK(missing.exitCode == 1);
    CHECK(missing.err.contains(QStringLiteral("no wheel file")));
}

TEST_CASE("check reports a newer file as made by a newer version - without changing it")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("future.wheel"));
    REQUIRE(runCivicWheel({QStringLiteral("new"), path, QStringLiteral("--demo")}).exitCode == 0);
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK);
    REQUIRE(sqlite3_exec(db, "PRAGMA user_version = 9", nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    const QByteArray before = fileBytes(path);

    const RunResult result = runCivicWheel({QStringLiteral("check"), path});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(
        QStringLiteral("Format:      9 – made by a newer version of Civic Wheel")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("check reports an older file without upgrading it")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("v1.wheel"));
    REQUIRE(QFile::copy(dataPath(QStringLiteral("wheel-v1.wheel")), path));
    const QByteArray before = fileBytes(path);
    const RunResult result = runCivicWheel({QStringLiteral("check"), path});
    CHECK(result.exitCode == 0);
    CHECK(result.out.contains(QStringLiteral("Format:      1 – older")));
    CHECK(result.out.contains(QStringLiteral("Partners:    2")));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("Unknown commands and options are usage errors - while help and version succeed")
{
    CHECK(runCivicWheel({QStringLiteral("frobnicate")}).exitCode == 2);
    CHECK(runCivicWheel({QStringLiteral("--frobnicate")}).exitCode == 2);
    const RunResult help = runCivicWheel({QStringLiteral("--help")});
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("check FILE")));
    const RunResult version = runCivicWheel({QStringLiteral("--version")});
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral("General Public License")));
    const RunResult commandHelp = runCivicWheel({QStringLiteral("new"), QStringLiteral("--help")});
    CHECK(commandHelp.exitCode == 0);
    CHECK(commandHelp.out.contains(QStringLiteral("--demo")));
}

TEST_CASE("Without a display the window does not try to open and says what to do instead")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("x.wheel"));
    REQUIRE(runCivicWheel({QStringLiteral("new"), path}).exitCode == 0);
    const RunResult result = runCivicWheel({path});
    CHECK(result.exitCode == 1);
    CHECK(result.err.contains(QStringLiteral("no display")));
    CHECK(result.err.contains(QStringLiteral("civicwheel check")));
}

TEST_CASE("new --synthetic crowded makes the same file for the same seed")
{
    TempFolder folder;
    const QString first = folder.path(QStringLiteral("one.wheel"));
    const QString second = folder.path(QStringLiteral("two.wheel"));
    for (const QString& path : {first, second}) {
        const RunResult created = runCivicWheel(
            {QStringLiteral("new"), path, QStringLiteral("--synthetic"), QStringLiteral("crowded"),
             QStringLiteral("--seed"), QStringLiteral("9")});
        INFO(created.err);
        REQUIRE(created.exitCode == 0);
        CHECK(created.out.contains(QStringLiteral("150 partners")));
    }
    CHECK(fileBytes(first) == fileBytes(second));
    const RunResult checked = runCivicWheel({QStringLiteral("check"), first});
    REQUIRE(checked.exitCode == 0);
    CHECK(checked.out.contains(QStringLiteral("Partners:    150")));
    CHECK(checked.out.contains(QStringLiteral("Integrity:   ok")));
}

TEST_CASE("new --synthetic --scale K makes K times the trust")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("twice.wheel"));
    const RunResult created =
        runCivicWheel({QStringLiteral("new"), path, QStringLiteral("--synthetic"),
                       QStringLiteral("crowded"), QStringLiteral("--scale"), QStringLiteral("3")});
    INFO(created.err);
    REQUIRE(created.exitCode == 0);
    // The crowded trust is one academy of 150 partners; three times over:
    CHECK(created.out.contains(QStringLiteral("a made-up trust of 3 academies and 450 partners")));
    const RunResult checked = runCivicWheel({QStringLiteral("check"), path});
    REQUIRE(checked.exitCode == 0);
    CHECK(checked.out.contains(QStringLiteral("Partners:    450")));
    CHECK(checked.out.contains(QStringLiteral("Integrity:   ok")));

    for (const QString& bad : {QStringLiteral("0"), QStringLiteral("26"), QStringLiteral("two")}) {
        const QString other = folder.path(QStringLiteral("bad.wheel"));
        const RunResult refused =
            runCivicWheel({QStringLiteral("new"), other, QStringLiteral("--synthetic"),
                           QStringLiteral("large"), QStringLiteral("--scale"), bad});
        CHECK(refused.exitCode == 2);
        CHECK(
            refused.err.contains(QStringLiteral("the scale must be a whole number from 1 to 25")));
        CHECK_FALSE(QFile::exists(other));
    }
    const RunResult stray =
        runCivicWheel({QStringLiteral("new"), folder.path(QStringLiteral("s.wheel")),
                       QStringLiteral("--scale"), QStringLiteral("2")});
    CHECK(stray.exitCode == 2);
    CHECK(stray.err.contains(QStringLiteral("--scale only applies with --synthetic")));
}

TEST_CASE("new --synthetic refuses an unknown size and a stray seed")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("x.wheel"));
    const RunResult unknown = runCivicWheel(
        {QStringLiteral("new"), path, QStringLiteral("--synthetic"), QStringLiteral("huge")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("large")));
    const RunResult stray =
        runCivicWheel({QStringLiteral("new"), path, QStringLiteral("--seed"), QStringLiteral("3")});
    CHECK(stray.exitCode == 2);
    const RunResult both =
        runCivicWheel({QStringLiteral("new"), path, QStringLiteral("--demo"),
                       QStringLiteral("--synthetic"), QStringLiteral("crowded")});
    CHECK(both.exitCode == 2);
    CHECK_FALSE(QFile::exists(path));
}
