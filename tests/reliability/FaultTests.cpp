// Faults around writing: a full disk, places that cannot be written, and a
// file another program is writing. Each must end with a clear message and the
// file exactly as it was.
#include "StoreFixtures.h"
#include "io/ImportApplier.h"
#include "io/ImportPlanner.h"
#include "privacy/SubjectAccess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <sys/mount.h>
#include <thread>

using namespace civic;
using namespace civic::test;

namespace {

/// A small tmpfs mounted for one test (CI runs as root). Where mounting is not
/// allowed, `reason` says why and the test is skipped with a warning.
class TinyMount
{
public:
    explicit TinyMount(const char* options)
        : m_point(m_folder.path(QStringLiteral("mnt")))
    {
        QDir().mkpath(m_point);
        if (::mount("tmpfs", QFile::encodeName(m_point).constData(), "tmpfs", 0, options) == 0)
            m_mounted = true;
        else
            m_reason = QString::fromLocal8Bit(std::strerror(errno));
    }
    ~TinyMount()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_point).constData(), MNT_DETACH);
    }
    bool mounted() const { return m_mounted; }
    QString reason() const { return m_reason; }
    QString path(const QString& name) const { return m_point + QLatin1Char('/') + name; }
    bool remountReadOnly()
    {
        return ::mount("tmpfs", QFile::encodeName(m_point).constData(), "tmpfs",
                       MS_REMOUNT | MS_RDONLY, nullptr) == 0;
    }

private:
    TempFolder m_folder;
    QString m_point;
    bool m_mounted = false;
    QString m_reason;
};

#define SKIP_UNLESS_MOUNTED(m)                                                                     \
    if (!(m).mounted()) {                                                                          \
        WARN("SKIPPED: cannot mount a small tmpfs here ("                                          \
             << (m).reason() << "); run as root to test a full or read-only disk");                \
        return;                                                                                    \
    }

/// Fills the filesystem holding `path` until a write fails for lack of space.
void fillDisk(const QString& path)
{
    QFile ballast(path);
    REQUIRE(ballast.open(QIODevice::WriteOnly));
    const QByteArray chunk(4096, 'x');
    while (ballast.write(chunk) == chunk.size() && ballast.flush()) {
    }
    ballast.close();
}

Partner bigPartner(const QString& name)
{
    Partner p;
    p.name = name;
    p.sector = Sector::CharityVoluntary;
    p.notes = QString(200000, QLatin1Char('z'));
    return p;
}

// The writes the kill test makes, in one transaction.
Status addGroup(EmptyWheel& w, const QString& name)
{
    return w.store->transaction([&]() -> Status {
        auto pid = w.store->add(bigPartner(name));
        if (!pid)
            return pid.error();
        Tie t;
        t.academyId = w.academyId;
        t.partnerId = *pid;
        if (auto r = w.store->add(t); !r)
            return r.error();
        Contact c;
        c.partnerId = *pid;
        c.name = name + QStringLiteral(" contact");
        c.notes = QString(100000, QLatin1Char('c'));
        if (auto r = w.store->add(c); !r)
            return r.error();
        return {};
    });
}

} // namespace

TEST_CASE("A full disk fails each write with a clear message and leaves the file as it was")
{
    TinyMount disk("size=1m,mode=0700");
    SKIP_UNLESS_MOUNTED(disk);
    EmptyWheel w; // built elsewhere, then copied onto the small disk
    const QString path = disk.path(QStringLiteral("school.wheel"));
    REQUIRE(w.store->saveCopyAs(path).ok());
    w.store.reset();
    auto opened = WheelStore::open(path);
    REQUIRE(opened.ok());
    w.store = std::move(opened).value();
    REQUIRE(addGroup(w, QStringLiteral("Before the disk filled")).ok());

    fillDisk(disk.path(QStringLiteral("ballast")));
    const QByteArray before = fileBytes(path);
    const QString dump = tableDump(path);

    auto grouped = addGroup(w, QStringLiteral("Too big"));
    REQUIRE_FALSE(grouped.ok());
    INFO(grouped.error().fullText());
    CHECK(grouped.message().contains(QStringLiteral("no room left on the disk")));
    CHECK(grouped.message().contains(QStringLiteral("nothing was changed")));

    auto single = w.store->add(bigPartner(QStringLiteral("Single")));
    REQUIRE_FALSE(single.ok());
    CHECK(single.message().contains(QStringLiteral("no room left on the disk")));

    auto partners = w.store->partners();
    REQUIRE(partners.ok());
    Partner edited = partners->first();
    edited.notes = QString(300000, QLatin1Char('e'));
    CHECK_FALSE(w.store->update(edited).ok());

    CHECK(fileBytes(path) == before);
    CHECK(tableDump(path) == dump);
    CHECK_FALSE(QFileInfo(path + QStringLiteral("-journal")).size() > 0);
    auto problems = w.store->integrityProblems();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());

    SECTION("copies and exports to the full disk fail cleanly too")
    {
        auto copy = w.store->saveCopyAs(disk.path(QStringLiteral("copy.wheel")));
        REQUIRE_FALSE(copy.ok());
        CHECK(copy.message().contains(QStringLiteral("no room left on the disk")));
        CHECK_FALSE(QFile::exists(disk.path(QStringLiteral("copy.wheel"))));
        CHECK_FALSE(QFile::exists(disk.path(QStringLiteral("copy.wheel.part"))));

        auto exported = SubjectAccess::writePrivateFile(disk.path(QStringLiteral("person.json")),
                                                        QByteArray(200000, 'p'));
        REQUIRE_FALSE(exported.ok());
        CHECK(exported.message().contains(QStringLiteral("disk may be full")));
        CHECK_FALSE(QFile::exists(disk.path(QStringLiteral("person.json"))));

        auto created = WheelStore::create(disk.path(QStringLiteral("new.wheel")));
        CHECK_FALSE(created.ok());
        CHECK_FALSE(QFile::exists(disk.path(QStringLiteral("new.wheel"))));
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
        CHECK(imported.message().contains(QStringLiteral("no room left on the disk")));
        CHECK(report.plan.rows.size() == 400);
        CHECK(fileBytes(path) == before);
        CHECK(tableDump(path) == dump);
    }
    SECTION("once space is freed the same change succeeds")
    {
        REQUIRE(QFile::remove(disk.path(QStringLiteral("ballast"))));
        CHECK(addGroup(w, QStringLiteral("After space was freed")).ok());
        CHECK(w.store->counts()->partners == 2);
    }
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

TEST_CASE("A read-only disk - even for root - opens read-only and refuses copies into it")
{
    TinyMount disk("size=1m,mode=0700");
    SKIP_UNLESS_MOUNTED(disk);
    EmptyWheel w;
    const QString path = disk.path(QStringLiteral("school.wheel"));
    REQUIRE(w.store->saveCopyAs(path).ok());
    REQUIRE(disk.remountReadOnly());
    const QByteArray before = fileBytes(path);

    auto opened = WheelStore::open(path);
    REQUIRE(opened.ok());
    CHECK(opened.value()->accessMode() == AccessMode::ReadOnlyOnDisk);
    CHECK_FALSE(opened.value()->add(bigPartner(QStringLiteral("No"))).ok());
    opened = Error{};

    auto copy = w.store->saveCopyAs(disk.path(QStringLiteral("copy.wheel")));
    REQUIRE_FALSE(copy.ok());
    CHECK(copy.message().contains(QStringLiteral("cannot write in the folder")));
    auto exported = SubjectAccess::writePrivateFile(disk.path(QStringLiteral("person.json")), "{}");
    REQUIRE_FALSE(exported.ok());
    CHECK(exported.message().contains(QStringLiteral("cannot write in the folder")));
    CHECK(fileBytes(path) == before);
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
