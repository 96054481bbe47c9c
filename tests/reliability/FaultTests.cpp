// Faults around writing: a full disk, a failing disk, places that cannot be
// written, and a file another program is writing. Each must end with a clear
// message and the file exactly as it was. The disk faults are injected by a
// SQLite VFS (tests/support/FaultyVfs), so they run on any machine;
// TmpfsFaultTests.cpp repeats the main ones on a real tiny disk where root
// can mount one.
#include "FaultFixtures.h"
#include "FaultyVfs.h"
#include "io/ImportApplier.h"
#include "io/ImportPlanner.h"
#include "privacy/SubjectAccess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <array>
#include <atomic>
#include <thread>

using namespace civic;
using namespace civic::test;

namespace {

const QString NoRoom = QStringLiteral("no room left on the disk");
const QString NothingChanged = QStringLiteral("nothing was changed");
const QString DiskFailing = QStringLiteral("could not read or write the wheel file");

/// A wheel with one group in it, reopened through `vfs` (made before).
void openThrough(EmptyWheel& w, const FaultyVfs& vfs)
{
    REQUIRE(addGroup(w, QStringLiteral("Before the fault")).ok());
    const int before = vfs.filesOpened();
    reopen(w);
    REQUIRE(vfs.filesOpened() > before);
}

/// The file is as it was, no journal is left beside it, and SQLite finds it whole.
void checkUnchanged(EmptyWheel& w, const QByteArray& bytes, const QString& dump)
{
    // Compared without printing: Catch2 would print hundreds of kilobytes.
    CHECK((fileBytes(w.path) == bytes));
    CHECK((tableDump(w.path) == dump));
    CHECK_FALSE(QFileInfo(w.path + QStringLiteral("-journal")).size() > 0);
    auto problems = w.store->integrityProblems();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

} // namespace

TEST_CASE("The fault VFS is under both ways the store opens files: Qt's driver and SQLite's C API")
{
    EmptyWheel w;
    w.store.reset();
    FaultyVfs vfs;
    auto opened = WheelStore::open(w.path); // QSQLITE
    REQUIRE(opened.ok());
    WheelStore& store = **opened;
    const int throughQt = vfs.filesOpened();
    CHECK(throughQt >= 1);
    REQUIRE(store.saveCopyAs(w.folder.path(QStringLiteral("copy.wheel"))).ok()); // sqlite3_open_v2
    CHECK(vfs.filesOpened() > throughQt);

    vfs.diskFullAfter(0);
    auto added = store.add(bigPartner(QStringLiteral("No room")));
    REQUIRE_FALSE(added.ok());
    CHECK(added.message().contains(NoRoom));
    const int faultsThroughQt = vfs.faultsInjected();
    CHECK(faultsThroughQt >= 1);
    auto copy = store.saveCopyAs(w.folder.path(QStringLiteral("copy2.wheel")));
    REQUIRE_FALSE(copy.ok());
    CHECK(copy.message().contains(QStringLiteral("no room left on the disk for the copy")));
    CHECK(vfs.faultsInjected() > faultsThroughQt);
    CHECK_FALSE(QFile::exists(w.folder.path(QStringLiteral("copy2.wheel"))));
    CHECK_FALSE(QFile::exists(w.folder.path(QStringLiteral("copy2.wheel.part"))));
}

TEST_CASE("A full disk fails each write with a clear message and leaves the file as it was")
{
    EmptyWheel w;
    FaultyVfs disk;
    openThrough(w, disk);
    disk.diskFullAfter(0);
    const QByteArray before = fileBytes(w.path);
    const QString dump = tableDump(w.path);

    auto grouped = addGroup(w, QStringLiteral("Too big"));
    REQUIRE_FALSE(grouped.ok());
    INFO(grouped.error().fullText());
    CHECK(grouped.message().contains(NoRoom));
    CHECK(grouped.message().contains(NothingChanged));

    auto single = w.store->add(bigPartner(QStringLiteral("Single")));
    REQUIRE_FALSE(single.ok());
    CHECK(single.message().contains(NoRoom));

    auto partners = w.store->partners();
    REQUIRE(partners.ok());
    Partner edited = partners->first();
    edited.notes = QString(300000, QLatin1Char('e'));
    auto updated = w.store->update(edited);
    REQUIRE_FALSE(updated.ok());
    CHECK(updated.message().contains(NoRoom));
    CHECK(disk.faultsInjected() >= 3);
    checkUnchanged(w, before, dump);

    SECTION("copies and new files on the full disk fail cleanly too")
    {
        auto copy = w.store->saveCopyAs(w.folder.path(QStringLiteral("copy.wheel")));
        REQUIRE_FALSE(copy.ok());
        CHECK(copy.message().contains(NoRoom));
        CHECK_FALSE(QFile::exists(w.folder.path(QStringLiteral("copy.wheel"))));
        CHECK_FALSE(QFile::exists(w.folder.path(QStringLiteral("copy.wheel.part"))));

        auto created = WheelStore::create(w.folder.path(QStringLiteral("new.wheel")));
        REQUIRE_FALSE(created.ok());
        CHECK(created.message().contains(NoRoom));
        CHECK_FALSE(QFile::exists(w.folder.path(QStringLiteral("new.wheel"))));
        CHECK_FALSE(QFile::exists(w.folder.path(QStringLiteral("new.wheel.part"))));
        CHECK((fileBytes(w.path) == before));
    }
    SECTION("an import read and written in one go fails whole and says why")
    {
        QByteArray csv = "Organisation,Sector,Notes\n";
        for (int i = 0; i < 400; ++i)
            csv += "Partner " + QByteArray::number(i) + ",charity," + QByteArray(2000, 'n') + "\n";
        auto context = ImportPlanner::context(*w.store, w.academyId);
        REQUIRE(context.ok());
        CsvImportReport report;
        auto imported = ImportApplier::importCsv(*w.store, csv, {}, ImportKind::Partners, *context,
                                                 ImportMode::AllOrNothing, report);
        REQUIRE_FALSE(imported.ok());
        INFO(imported.error().fullText());
        CHECK(imported.message().contains(NoRoom));
        CHECK(report.plan.rows.size() == 400);
        checkUnchanged(w, before, dump);
    }
    SECTION("once space is freed the same change succeeds")
    {
        disk.heal();
        CHECK(addGroup(w, QStringLiteral("After space was freed")).ok());
        CHECK(w.store->counts()->partners == 2);
    }
}

TEST_CASE("A disk that fills part-way through a change leaves the file as it was")
{
    // The group needs at least 300,000 bytes of new room (its two notes);
    // with less free the change must fail whole, wherever the disk fills:
    // in the journal, or in the file itself after the journal was written
    // (then SQLite puts the file back from the journal).
    const qint64 free =
        GENERATE(as<qint64>{}, 1, 512, 4096, 5000, 8192, 16384, 65536, 150000, 250000, 299000);
    CAPTURE(free);
    EmptyWheel w;
    FaultyVfs disk;
    openThrough(w, disk);
    const QByteArray before = fileBytes(w.path);
    const QString dump = tableDump(w.path);
    disk.diskFullAfter(free);
    const qint64 writtenBefore = disk.bytesWritten();
    auto grouped = addGroup(w, QStringLiteral("Too big"));
    REQUIRE_FALSE(grouped.ok());
    INFO(grouped.error().fullText());
    CHECK(grouped.message().contains(NoRoom));
    CHECK(grouped.message().contains(NothingChanged));
    CHECK(disk.faultsInjected() == 1);
    CHECK(disk.bytesWritten() > writtenBefore); // it got part-way
    checkUnchanged(w, before, dump);
    CHECK(w.store->counts()->partners == 1);

    disk.heal();
    REQUIRE(addGroup(w, QStringLiteral("After space was freed")).ok());
    CHECK(w.store->counts()->partners == 2);
}

TEST_CASE("With room enough on the disk the same change goes through the fault VFS whole")
{
    EmptyWheel w;
    FaultyVfs disk;
    openThrough(w, disk);
    disk.diskFullAfter(2000000);
    REQUIRE(addGroup(w, QStringLiteral("Fits")).ok());
    CHECK(disk.faultsInjected() == 0);
    CHECK(w.store->counts()->partners == 2);
    CHECK(w.store->counts()->contacts == 2);
}

namespace {

/// How many writes and syncs one addGroup makes through the VFS.
std::array<int, 4> callsOfOneChange()
{
    EmptyWheel w;
    FaultyVfs vfs;
    openThrough(w, vfs);
    std::array<int, 4> before{};
    for (std::size_t i = 0; i < before.size(); ++i)
        before[i] = vfs.calls(VfsCall(i));
    REQUIRE(addGroup(w, QStringLiteral("Counted")).ok());
    std::array<int, 4> made{};
    for (std::size_t i = 0; i < made.size(); ++i)
        made[i] = vfs.calls(VfsCall(i)) - before[i];
    return made;
}

} // namespace

TEST_CASE("An I/O error on any write or sync of a change fails it whole and says the disk failed")
{
    // Every write and sync the change makes (journal and file), failed in
    // turn, once: a disk or USB stick with a passing fault.
    const auto made = callsOfOneChange();
    REQUIRE(made[std::size_t(VfsCall::Write)] >= 10); // journal pages, then the file's
    REQUIRE(made[std::size_t(VfsCall::Sync)] >= 2);   // synchronous = FULL: journal, then file
    for (const auto& [call, code] : {std::pair{VfsCall::Write, SQLITE_IOERR_WRITE},
                                     std::pair{VfsCall::Sync, SQLITE_IOERR_FSYNC}}) {
        for (int k = 1; k <= made[std::size_t(call)]; ++k) {
            CAPTURE(int(call), k);
            EmptyWheel w;
            FaultyVfs disk;
            openThrough(w, disk);
            const QByteArray before = fileBytes(w.path);
            const QString dump = tableDump(w.path);
            disk.failCall(call, k, code, true);
            auto grouped = addGroup(w, QStringLiteral("Not saved"));
            REQUIRE_FALSE(grouped.ok());
            CHECK(disk.faultsInjected() == 1);
            CHECK(grouped.message().contains(DiskFailing));
            CHECK(grouped.message().contains(NothingChanged, Qt::CaseInsensitive));
            checkUnchanged(w, before, dump);
            CHECK(addGroup(w, QStringLiteral("Saved on the next try")).ok());
            CHECK(w.store->counts()->partners == 2);
        }
    }
}

TEST_CASE(
    "A disk that keeps failing mid-change: the file is never changed without its journal, and "
    "is put back whole as soon as the disk works")
{
    // Once a write to the file itself fails for good, SQLite cannot put the
    // file back yet either: it stays part-written, the journal beside it
    // holding what it was, until the disk works again and the next read
    // plays the journal back.
    const auto made = callsOfOneChange();
    for (const auto& [call, code] : {std::pair{VfsCall::Write, SQLITE_IOERR_WRITE},
                                     std::pair{VfsCall::Sync, SQLITE_IOERR_FSYNC}}) {
        for (int k = 1; k <= made[std::size_t(call)]; ++k) {
            CAPTURE(int(call), k);
            EmptyWheel w;
            FaultyVfs disk;
            openThrough(w, disk);
            const QByteArray before = fileBytes(w.path);
            const QString dump = tableDump(w.path);
            disk.failCall(call, k, code);
            auto grouped = addGroup(w, QStringLiteral("Not saved"));
            REQUIRE_FALSE(grouped.ok());
            CHECK(grouped.message().contains(DiskFailing));
            if (fileBytes(w.path) != before)
                CHECK(QFileInfo(w.path + QStringLiteral("-journal")).size() > 0);

            disk.heal();
            auto counts = w.store->counts();
            REQUIRE(counts.ok());
            CHECK(counts->partners == 1);
            checkUnchanged(w, before, dump);
        }
    }
}

TEST_CASE("A rollback whose truncation fails still leaves the file as it was once the disk works")
{
    // The disk fills while the file itself grows (after the journal was
    // written); putting it back means cutting it to its old size, and that
    // fails too.
    EmptyWheel w;
    FaultyVfs disk;
    openThrough(w, disk);
    const QByteArray before = fileBytes(w.path);
    const QString dump = tableDump(w.path);
    disk.diskFullAfter(150000);
    disk.failCall(VfsCall::Truncate, 1, SQLITE_IOERR_TRUNCATE);
    auto grouped = addGroup(w, QStringLiteral("Too big"));
    REQUIRE_FALSE(grouped.ok());
    CHECK(disk.calls(VfsCall::Truncate) >= 1);
    disk.heal();
    auto counts = w.store->counts();
    REQUIRE(counts.ok());
    CHECK(counts->partners == 1);
    checkUnchanged(w, before, dump);
}

TEST_CASE("A disk turned read-only under an open file refuses the change and leaves the file alone")
{
    // A USB stick the system remounted read-only after errors: the file is
    // open, but no journal can be created beside it. (The message is the
    // store's for a file it cannot open.)
    EmptyWheel w;
    FaultyVfs disk;
    openThrough(w, disk);
    const QByteArray before = fileBytes(w.path);
    const QString dump = tableDump(w.path);
    disk.failCall(VfsCall::Open, 1, SQLITE_CANTOPEN);
    disk.failCall(VfsCall::Write, 1, SQLITE_IOERR_WRITE);
    auto grouped = addGroup(w, QStringLiteral("Not saved"));
    REQUIRE_FALSE(grouped.ok());
    CHECK(disk.faultsInjected() == 1); // refused at the journal, before any write
    CHECK(disk.calls(VfsCall::Write) == 0);
    CHECK(grouped.message().contains(QStringLiteral("could not be opened")));
    CHECK((fileBytes(w.path) == before));
    CHECK((tableDump(w.path) == dump));
    CHECK_FALSE(QFile::exists(w.path + QStringLiteral("-journal")));
}

TEST_CASE("A file made read-only refuses every kind of write and is left byte-for-byte")
{
    EmptyWheel w;
    const qint64 partner = w.addPartner(QStringLiteral("Library"));
    Contact c;
    c.partnerId = partner;
    c.name = QStringLiteral("Ann Reader");
    c.email = QStringLiteral("ann@example.org");
    const qint64 contact = w.store->add(c).value();
    w.store.reset();
    REQUIRE(QFile::setPermissions(w.path, QFile::ReadOwner | QFile::ReadGroup));
    const QByteArray before = fileBytes(w.path);

    {
        auto opened = WheelStore::open(w.path);
        REQUIRE(opened.ok());
        WheelStore& store = **opened;
        CHECK(store.accessMode() == AccessMode::ReadOnlyOnDisk);
        auto added = store.add(bigPartner(QStringLiteral("No")));
        REQUIRE_FALSE(added.ok());
        CHECK(added.message().contains(QStringLiteral("read-only")));
        CHECK(added.message().contains(QStringLiteral("cannot be written to")));
        CHECK_FALSE(store.remove(EntityKind::Partner, partner).ok());
        CHECK_FALSE(store.update(store.partner(partner).value()).ok());
        CHECK_FALSE(store.transaction([] { return Status(); }).ok());
        CHECK_FALSE(store.eraseContacts({contact}).ok());
        CHECK(store.contact(contact).ok());
    }
    CHECK(fileBytes(w.path) == before);
    CHECK_FALSE(QFile::exists(w.path + QStringLiteral("-journal")));
    QFile::setPermissions(w.path, QFile::ReadOwner | QFile::WriteOwner);
}

TEST_CASE("A file in a read-only folder opens read-only and nothing lands in the folder")
{
    EmptyWheel w;
    w.addPartner(QStringLiteral("Library"));
    w.store.reset();
    const QString dir = QFileInfo(w.path).absolutePath();
    const QStringList entries = QDir(dir).entryList(QDir::Files);
    const QByteArray before = fileBytes(w.path);
    REQUIRE(QFile::setPermissions(dir, QFile::ReadOwner | QFile::ExeOwner));
    {
        auto opened = WheelStore::open(w.path);
        REQUIRE(opened.ok());
        WheelStore& store = **opened;
        // No room for a journal, so no write could be made safe: read-only.
        CHECK(store.accessMode() == AccessMode::ReadOnlyOnDisk);
        CHECK(store.readOnlyReason().contains(QStringLiteral("folder")));
        CHECK_FALSE(store.add(bigPartner(QStringLiteral("No"))).ok());
        CHECK(store.partners()->size() == 1);
    }
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    CHECK(fileBytes(w.path) == before);
    CHECK(QDir(dir).entryList(QDir::Files) == entries); // no lock, no journal
}

TEST_CASE("A copy or export to a missing folder is refused with the folder named")
{
    EmptyWheel w;
    const QString missing = w.folder.path(QStringLiteral("gone/away"));
    auto copy = w.store->saveCopyAs(missing + QStringLiteral("/copy.wheel"));
    REQUIRE_FALSE(copy.ok());
    CHECK(copy.message().contains(QStringLiteral("does not exist")));
    CHECK(copy.message().contains(QStringLiteral("away")));
    auto exported = SubjectAccess::writePrivateFile(missing + QStringLiteral("/person.json"), "{}");
    REQUIRE_FALSE(exported.ok());
    CHECK(exported.message().contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(w.folder.path(QStringLiteral("gone"))));
}

namespace {

/// Another program's connection, on its own thread, holding a transaction
/// on the file: a write (RESERVED lock) or a read (SHARED lock).
class OtherWriter
{
public:
    OtherWriter(const QString& path, bool write, int releaseAfterMs)
    {
        m_thread = std::thread([=] {
            sqlite3* db = nullptr;
            sqlite3_open(QFile::encodeName(path).constData(), &db);
            if (write)
                sqlite3_exec(db,
                             "BEGIN IMMEDIATE; INSERT INTO partners (name, sector) VALUES ('Other "
                             "program', 'other');",
                             nullptr, nullptr, nullptr);
            else
                sqlite3_exec(db, "BEGIN; SELECT COUNT(*) FROM partners;", nullptr, nullptr,
                             nullptr);
            m_holding = true;
            QElapsedTimer held;
            held.start();
            while (!m_stop && (releaseAfterMs < 0 || held.elapsed() < releaseAfterMs))
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            sqlite3_exec(db, releaseAfterMs < 0 ? "ROLLBACK" : "COMMIT", nullptr, nullptr, nullptr);
            sqlite3_close(db);
        });
        while (!m_holding)
            std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    ~OtherWriter()
    {
        m_stop = true;
        m_thread.join();
    }

private:
    std::thread m_thread;
    std::atomic<bool> m_holding{false};
    std::atomic<bool> m_stop{false};
};

} // namespace

TEST_CASE("While another program writes the file our write waits then reports - and writes nothing")
{
    EmptyWheel w;
    w.addPartner(QStringLiteral("Library"));
    const QString dump = tableDump(w.path);
    QElapsedTimer timer;
    {
        OtherWriter other(w.path, true, -1);
        timer.start();
        auto added = addGroup(w, QStringLiteral("Blocked"));
        const qint64 waited = timer.elapsed();
        REQUIRE_FALSE(added.ok());
        CHECK(added.message().contains(QStringLiteral("Another program is busy")));
        CHECK(added.message().contains(QStringLiteral("nothing was changed")));
        CHECK(waited >=
              4000); // the busy timeout: brief, but long enough for a normal save to finish
        CHECK(waited < 15000);
    } // the other program rolls back
    CHECK(tableDump(w.path) == dump);
    CHECK(addGroup(w, QStringLiteral("Later")).ok());
}

TEST_CASE(
    "While another program only reads the file our commit waits then reports - and writes nothing")
{
    EmptyWheel w;
    w.addPartner(QStringLiteral("Library"));
    const QString dump = tableDump(w.path);
    {
        OtherWriter reader(w.path, false, -1);
        auto added = addGroup(w, QStringLiteral("Blocked at commit"));
        REQUIRE_FALSE(added.ok());
        CHECK(added.message().contains(QStringLiteral("Another program is busy")));
    }
    CHECK(tableDump(w.path) == dump);
    auto problems = w.store->integrityProblems();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("A lock released within the wait lets our write through")
{
    EmptyWheel w;
    OtherWriter other(w.path, true, 400);
    REQUIRE(addGroup(w, QStringLiteral("Waited")).ok());
    auto partners = w.store->partners();
    REQUIRE(partners.ok());
    QStringList names;
    for (const Partner& p : *partners)
        names.append(p.name);
    names.sort();
    CHECK(names == QStringList{QStringLiteral("Other program"), QStringLiteral("Waited")});
}
