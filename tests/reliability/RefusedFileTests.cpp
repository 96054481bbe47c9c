// Files the store must refuse, or repair the way SQLite means it to, beyond
// the foundation's tests/store/StoreOpenTests.cpp.
#include "StoreFixtures.h"
#include "demo/DemoWheel.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <signal.h>

using namespace civic;
using namespace civic::test;

namespace {

QString makeDemoFile(const TempFolder& folder, const QString& name = QStringLiteral("demo.wheel"))
{
    const QString path = folder.path(name);
    auto store = WheelStore::createWith(
        path, [](WheelStore& s) { return DemoWheel::seed(s, QDate(2026, 1, 15)); });
    REQUIRE(store.ok());
    return path;
}

int rawCount(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY,
                            nullptr) == SQLITE_OK);
    sqlite3_stmt* stmt = nullptr;
    int value = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK &&
        sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int(stmt, 0);
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return value;
}

// A wheel whose last transaction was cut off by SIGKILL after SQLite had
// already written some of its pages into the file: the -journal beside it
// holds the only copy of the committed pages.
void crashMidTransaction(const QString& path)
{
    QProcess driver;
    driver.start(QStringLiteral(CIVIC_KILL_DRIVER), {QStringLiteral("hold"), path});
    REQUIRE(driver.waitForStarted());
    QByteArray output;
    while (!output.contains("spilled") && driver.state() == QProcess::Running) {
        driver.waitForReadyRead(5000);
        output += driver.readAllStandardOutput();
    }
    INFO(QString::fromUtf8(driver.readAllStandardError()));
    REQUIRE(output.contains("spilled"));
    ::kill(pid_t(driver.processId()), SIGKILL);
    REQUIRE(driver.waitForFinished(5000));
}

} // namespace

TEST_CASE("A journal left by a crash is played back on open - restoring the last committed state")
{
    TempFolder folder;
    const QString path = makeDemoFile(folder);
    const QString journal = path + QStringLiteral("-journal");
    const QString before = tableDump(path);
    const QByteArray beforeBytes = fileBytes(path);

    crashMidTransaction(path);
    REQUIRE(QFileInfo(journal).size() > 0);
    // Uncommitted pages really reached the file: without its journal it is not the committed wheel.
    REQUIRE(fileBytes(path) != beforeBytes);
    {
        TempFolder elsewhere;
        const QString orphan = elsewhere.path(QStringLiteral("orphan.wheel"));
        REQUIRE(QFile::copy(path, orphan));
        const int uncommitted = rawCount(
            orphan, "SELECT (SELECT COUNT(*) FROM ties WHERE notes = 'Uncommitted edit') + "
                    "(SELECT COUNT(*) FROM contacts WHERE notes = 'Uncommitted edit')");
        const int sound =
            rawCount(orphan, "SELECT COUNT(*) FROM pragma_quick_check WHERE quick_check = 'ok'");
        CHECK((uncommitted != 0 || sound != 1));
    }

    SECTION("opened normally: SQLite rolls the journal back")
    {
        auto opened = WheelStore::open(path);
        INFO(opened.error().fullText());
        REQUIRE(opened.ok());
        CHECK_FALSE(opened.value()->isReadOnly());
        auto problems = opened.value()->integrityProblems();
        REQUIRE(problems.ok());
        CHECK(problems->isEmpty());
        opened = Error{};
        CHECK_FALSE(QFileInfo(journal).size() > 0);
        CHECK(tableDump(path) == before);
    }
    SECTION("opened read-only: refused with advice - journal and file kept for a normal open")
    {
        const QByteArray crashed = fileBytes(path);
        const QByteArray journalBytes = fileBytes(journal);
        OpenOptions options;
        options.readOnly = true;
        auto opened = WheelStore::open(path, options);
        INFO(opened.error().fullText());
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.message().contains(QStringLiteral("not closed properly")));
        CHECK(fileBytes(path) == crashed);
        CHECK(fileBytes(journal) == journalBytes);

        auto normal = WheelStore::open(path);
        REQUIRE(normal.ok());
        normal = Error{};
        CHECK(tableDump(path) == before);
    }
    SECTION("in a folder that is read-only: refused with advice - nothing discarded")
    {
        const QByteArray crashed = fileBytes(path);
        const QByteArray journalBytes = fileBytes(journal);
        const QString dir = QFileInfo(path).absolutePath();
        REQUIRE(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
        auto opened = WheelStore::open(path);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        INFO(opened.error().fullText());
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.message().contains(QStringLiteral("not closed properly")));
        CHECK(fileBytes(path) == crashed);
        CHECK(fileBytes(journal) == journalBytes);
    }
}

TEST_CASE("A file with one damaged page in the middle is refused and left alone")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("big.wheel"));
    {
        EmptyWheel wheel;
        REQUIRE(wheel.store
                    ->transaction([&]() -> Status {
                        for (int i = 0; i < 400; ++i) {
                            Partner p;
                            p.name = QStringLiteral("Partner %1").arg(i);
                            p.notes = QString(300, QLatin1Char('n'));
                            if (auto r = wheel.store->add(p); !r)
                                return r.error();
                        }
                        return {};
                    })
                    .ok());
        REQUIRE(wheel.store->saveCopyAs(path).ok());
    }
    QByteArray bytes = fileBytes(path);
    const int pageSize = 4096;
    const int pages = int(bytes.size() / pageSize);
    REQUIRE(pages > 20);
    // The b-tree leaf page nearest the middle (page type 0x0D: table leaf).
    int victim = -1;
    for (int delta = 0; delta < pages / 2 && victim < 0; ++delta) {
        for (int page : {pages / 2 + delta, pages / 2 - delta}) {
            if (page > 1 && page < pages && bytes.at(page * pageSize) == 0x0D) {
                victim = page;
                break;
            }
        }
    }
    REQUIRE(victim > 0);
    INFO("damaging page " << victim + 1 << " of " << pages);
    // Its header and cell pointers: the count and offsets of its rows.
    for (int i = 1; i < 64; ++i)
        bytes[victim * pageSize + i] = char(0xA5 ^ i);
    writeBytes(path, bytes);

    auto store = WheelStore::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.message().contains(QStringLiteral("damaged")));
    CHECK(fileBytes(path) == bytes);
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));
}
