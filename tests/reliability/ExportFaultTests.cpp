// Exports on a full or read-only disk, on any machine: every export ends in
// ExportFile, driven here through a device that fails where a disk would
// (tests/support/FailingDevice). Each failure must say so, and leave the
// earlier export byte-for-byte as it was and no temporary file beside it.
#include "FailingDevice.h"
#include "FaultFixtures.h"
#include "io/ExportFile.h"
#include "io/OpenShareJson.h"

#include <QDir>

using namespace civic;
using namespace civic::test;

namespace {

/// The open share JSON of a small wheel: real export bytes.
QByteArray exportBytes()
{
    EmptyWheel w;
    for (int i = 0; i < 40; ++i)
        w.tie(w.addPartner(QStringLiteral("Partner %1 with a longer name").arg(i)));
    auto wheel = w.store->loadAcademy(w.academyId);
    REQUIRE(wheel.ok());
    const QByteArray bytes = OpenShareJson::write(*wheel);
    REQUIRE(bytes.size() > 8192);
    return bytes;
}

/// The files in the folder holding `path`: the target and nothing beside it.
QStringList filesBeside(const QString& path)
{
    return QDir(QFileInfo(path).absolutePath()).entryList(QDir::Files | QDir::Hidden);
}

} // namespace

TEST_CASE("The export device passes every byte through when nothing fails")
{
    TempFolder folder;
    const QString target = folder.path(QStringLiteral("wheel.json"));
    writeBytes(target, "the earlier export");
    const QByteArray bytes = exportBytes();
    FailingDevice device(target);
    auto written = ExportFile::writeThrough(device, device.committer(), target, bytes);
    REQUIRE(written.ok());
    CHECK(device.written() == bytes.size());
    CHECK(fileBytes(target) == bytes);
    CHECK(filesBeside(target) == QStringList{QStringLiteral("wheel.json")});
}

TEST_CASE("An export onto a disk that fills part-way fails and leaves the earlier file alone")
{
    const QByteArray bytes = exportBytes();
    const qint64 room = GENERATE_COPY(as<qint64>{}, 0, 1, 4096, bytes.size() / 2, bytes.size() - 1);
    CAPTURE(room, bytes.size());
    TempFolder folder;
    const QString target = folder.path(QStringLiteral("wheel.json"));
    const QByteArray earlier = "the earlier export";
    writeBytes(target, earlier);
    Status written;
    {
        FailingDevice device(target);
        device.failAfter(room);
        written = ExportFile::writeThrough(device, device.committer(), target, bytes);
        CHECK(device.written() == room); // it got part-way, as far as there was room
    }
    REQUIRE_FALSE(written.ok());
    CHECK(written.message() == QStringLiteral("Civic Wheel could not write all of “%1”; the disk "
                                              "may be full. Nothing was changed.")
                                   .arg(QDir::toNativeSeparators(target)));
    CHECK(written.error().detail == QStringLiteral("No space left on device"));
    CHECK(fileBytes(target) == earlier);
    CHECK(filesBeside(target) == QStringList{QStringLiteral("wheel.json")});
}

TEST_CASE("An export whose last flush and rename fail leaves the earlier file alone")
{
    const QByteArray bytes = exportBytes();
    TempFolder folder;
    const QString target = folder.path(QStringLiteral("wheel.json"));
    const QByteArray earlier = "the earlier export";
    writeBytes(target, earlier);
    Status written;
    {
        FailingDevice device(target);
        device.failCommit();
        written = ExportFile::writeThrough(device, device.committer(), target, bytes);
        CHECK(device.written() == bytes.size()); // everything was written, then not committed
    }
    REQUIRE_FALSE(written.ok());
    CHECK(written.message() == QStringLiteral("Civic Wheel could not finish writing “%1”; the "
                                              "disk may be full. Nothing was changed.")
                                   .arg(QDir::toNativeSeparators(target)));
    CHECK(fileBytes(target) == earlier);
    CHECK(filesBeside(target) == QStringList{QStringLiteral("wheel.json")});
}

TEST_CASE("An export to a disk that cannot be written says so and leaves the earlier file alone")
{
    TempFolder folder;
    const QString target = folder.path(QStringLiteral("wheel.json"));
    const QByteArray earlier = "the earlier export";
    writeBytes(target, earlier);
    FailingDevice device(target);
    device.failOpen();
    auto written = ExportFile::writeThrough(device, device.committer(), target, exportBytes());
    REQUIRE_FALSE(written.ok());
    CHECK(written.message().startsWith(
        QStringLiteral("Civic Wheel cannot write “%1”.").arg(QDir::toNativeSeparators(target))));
    CHECK(written.error().detail == QStringLiteral("Read-only file system"));
    CHECK(device.written() == 0);
    CHECK(fileBytes(target) == earlier);
    CHECK(filesBeside(target) == QStringList{QStringLiteral("wheel.json")});
}

TEST_CASE("A first export that fails leaves no file at all")
{
    TempFolder folder;
    const QString target = folder.path(QStringLiteral("wheel.json"));
    {
        FailingDevice device(target);
        device.failAfter(100);
        CHECK_FALSE(
            ExportFile::writeThrough(device, device.committer(), target, exportBytes()).ok());
    }
    CHECK_FALSE(QFile::exists(target));
    CHECK(filesBeside(target).isEmpty());
}
