// Erasure on a full or failing disk, on any machine (faults injected by a
// SQLite VFS, tests/support/FaultyVfs): it is all or nothing, and says which.
// Either it failed, the person is still there and the file is byte-for-byte
// as it was; or it succeeded and no trace of the person is left in any file.
#include "FaultyVfs.h"
#include "StoreFixtures.h"

#include <QDir>

#include <array>

using namespace civic;
using namespace civic::test;

namespace {

const QByteArray Email = "zebedee.q@example.org";

/// A wheel with one contact to erase, reopened through the fault VFS.
struct ErasureWheel : EmptyWheel
{
    qint64 zebedee = 0;

    ErasureWheel()
    {
        const qint64 library = addPartner(QStringLiteral("Millbrook Library"), Sector::Cultural);
        tie(library);
        Contact z;
        z.partnerId = library;
        z.name = QStringLiteral("Zebedee Quartermaine");
        z.email = QString::fromLatin1(Email);
        z.notes = QString(20000, QLatin1Char('n')); // a few pages to erase
        zebedee = store->add(z).value();
        Contact o;
        o.partnerId = library;
        o.name = QStringLiteral("Olwen Pritchard");
        o.email = QStringLiteral("olwen@example.org");
        REQUIRE(store->add(o).ok());
    }

    void reopen()
    {
        store.reset();
        auto opened = WheelStore::open(path);
        REQUIRE(opened.ok());
        store = std::move(opened).value();
    }

    bool anyFileHolds(const QByteArray& needle) const
    {
        const QString dir = QFileInfo(path).absolutePath();
        for (const QFileInfo& info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden)) {
            if (fileBytes(info.absoluteFilePath()).contains(needle))
                return true;
        }
        return false;
    }
};

/// How many writes and syncs one erasure makes through the VFS.
std::array<int, 2> callsOfOneErasure()
{
    ErasureWheel w;
    FaultyVfs vfs;
    w.reopen();
    const int writes = vfs.calls(VfsCall::Write);
    const int syncs = vfs.calls(VfsCall::Sync);
    REQUIRE(w.store->eraseContacts({w.zebedee}).ok());
    return {vfs.calls(VfsCall::Write) - writes, vfs.calls(VfsCall::Sync) - syncs};
}

} // namespace

TEST_CASE("An erasure on a full disk is refused whole and the person is still there")
{
    ErasureWheel w;
    FaultyVfs disk;
    w.reopen();
    const QByteArray before = fileBytes(w.path);
    disk.diskFullAfter(0);
    auto erased = w.store->eraseContacts({w.zebedee});
    REQUIRE_FALSE(erased.ok());
    CHECK(erased.message().contains(QStringLiteral("no room left on the disk")));
    CHECK(disk.faultsInjected() >= 1);
    CHECK((fileBytes(w.path) == before)); // not printed: too long
    CHECK_FALSE(QFile::exists(w.path + QStringLiteral("-journal")));
    CHECK(w.store->contact(w.zebedee).ok());

    disk.heal();
    REQUIRE(w.store->eraseContacts({w.zebedee}).ok());
    CHECK_FALSE(w.anyFileHolds(Email));
}

TEST_CASE("An erasure on a failing disk never half-erases the person, and says what happened")
{
    // Every write and sync the erasure makes, failed in turn while the disk
    // keeps failing. Erasure is the change (one transaction), then a
    // compaction (VACUUM) rewriting the file: a failure in the change leaves
    // the person whole; one in the compaction leaves them erased, and the
    // message says so. (It then also quotes the disk error's "Nothing was
    // changed", a contradiction issue 15 lists; not asserted here.)
    const auto made = callsOfOneErasure();
    REQUIRE(made[0] >= 10);
    REQUIRE(made[1] >= 2);
    int refused = 0;
    int erasedNotCompacted = 0;
    for (const auto& [call, code, count] :
         {std::tuple{VfsCall::Write, SQLITE_IOERR_WRITE, made[0]},
          std::tuple{VfsCall::Sync, SQLITE_IOERR_FSYNC, made[1]}}) {
        for (int k = 1; k <= count; ++k) {
            CAPTURE(int(call), k);
            ErasureWheel w;
            FaultyVfs disk;
            w.reopen();
            const QByteArray before = fileBytes(w.path);
            disk.failCall(call, k, code);
            auto erased = w.store->eraseContacts({w.zebedee});
            REQUIRE_FALSE(erased.ok());
            INFO(erased.error().fullText());
            CHECK(disk.faultsInjected() >= 1);
            disk.heal();
            if (erased.message().startsWith(QStringLiteral("The contact was erased, but"))) {
                ++erasedNotCompacted;
                CHECK(erased.message().contains(QStringLiteral("could not then compact")));
                CHECK_FALSE(w.store->contact(w.zebedee).ok());
            } else {
                ++refused;
                CHECK(erased.message().contains(
                    QStringLiteral("could not read or write the wheel file")));
                CHECK(w.store->contact(w.zebedee).ok());
                CHECK((fileBytes(w.path) == before)); // not printed: too long
                CHECK_FALSE(QFile::exists(w.path + QStringLiteral("-journal")));
            }
            auto problems = w.store->integrityProblems();
            REQUIRE(problems.ok());
            CHECK(problems->isEmpty());
        }
    }
    // Both halves were reached: faults in the change and in the compaction.
    CHECK(refused > 0);
    CHECK(erasedNotCompacted > 0);
}
