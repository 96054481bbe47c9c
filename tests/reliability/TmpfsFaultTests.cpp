// The fault tests on a real disk: a 1 MB tmpfs filled to the brim, and one
// remounted read-only. Mounting needs root, as in CI; elsewhere these cases
// are reported as skipped (tests/CMakeLists.txt registers them apart, under
// the label "root"). FaultTests.cpp tests the same faults on any machine
// through a fault-injecting SQLite VFS.
#include "FaultFixtures.h"
#include "io/ImportApplier.h"
#include "io/ImportPlanner.h"
#include "privacy/SubjectAccess.h"

#include <QDir>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <sys/mount.h>

using namespace civic;
using namespace civic::test;

namespace {

/// A small tmpfs mounted for one test (CI runs as root). Where mounting is not
/// allowed, `reason` says why and the test is reported as skipped.
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

// Not mounted: the case is reported as not run, never as passed.
#define SKIP_UNLESS_MOUNTED(m)                                                                     \
    if (!(m).mounted())                                                                            \
    CIVIC_SKIP(QStringLiteral("cannot mount a small tmpfs here (%1); run as root to test a real "  \
                              "full or read-only disk")                                            \
                   .arg((m).reason()))

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

} // namespace

TEST_CASE("On a real full disk each write fails with a clear message and leaves the file as it was",
          "[root]")
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

TEST_CASE("A real read-only disk - even for root - opens read-only and refuses copies into it",
          "[root]")
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
