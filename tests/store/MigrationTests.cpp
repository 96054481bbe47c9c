// Opening a file of an older format upgrades it step by step, after keeping a copy.
#include "StoreFixtures.h"

#include <QDir>
#include <QFile>

using namespace civic;
using namespace civic::test;

TEST_CASE("A version 1 file is upgraded - its data kept - and a copy of the original saved")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("school.wheel"));
    REQUIRE(QFile::copy(dataPath(QStringLiteral("wheel-v1.wheel")), path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    const QString original = tableDump(path);
    REQUIRE(original.contains(QStringLiteral("user_version=1")));

    auto opened = WheelStore::open(path);
    REQUIRE(opened.ok());
    auto& store = *opened.value();
    CHECK(store.fileSchemaVersion() == 2);
    CHECK_FALSE(store.isReadOnly());

    const QString backup = store.migrationBackupPath();
    CHECK(QFileInfo(backup).fileName() ==
          QStringLiteral("school (before upgrade from format 1).wheel"));
    // The backup API copies pages, not bytes: the same data, still in format 1.
    CHECK(tableDump(backup) == original);

    auto wheel = store.loadAcademy(store.academyByUrn(QStringLiteral("123456"))->id);
    REQUIRE(wheel.ok());
    CHECK(wheel->academy.name == QStringLiteral("Version One Academy"));
    CHECK(wheel->academy.percentDisadvantaged == 25.5);
    CHECK(wheel->trust.name == QStringLiteral("Fixture Trust"));
    REQUIRE(wheel->partners.size() == 2);
    REQUIRE(wheel->initiatives.size() == 1);
    CHECK(wheel->initiatives[0].partnerIds == QVector<qint64>{1});
    CHECK(wheel->initiatives[0].needIds == QVector<qint64>{1});
    CHECK(wheel->tieFor(1)->nextReview == QDate(2024, 9, 1));
    CHECK(wheel->engagements[0].contactId == 1);
    REQUIRE(wheel->contacts.size() == 1);
    CHECK_FALSE(wheel->contacts[0].retainUntil.isValid());

    // The columns version 2 added work.
    Contact contact = wheel->contacts[0];
    contact.retainUntil = QDate(2027, 8, 31);
    REQUIRE(store.update(contact).ok());
    CHECK(store.contact(contact.id)->retainUntil == QDate(2027, 8, 31));
    CHECK(store.integrityProblems()->isEmpty());

    SECTION("opening again does not upgrade or copy again")
    {
        opened = Error{};
        auto again = WheelStore::open(path);
        REQUIRE(again.ok());
        CHECK(again.value()->migrationBackupPath().isEmpty());
        CHECK(QDir(folder.path(QString())).entryList({QStringLiteral("*.wheel")}).size() == 2);
    }
}

TEST_CASE("Inspecting an old file does not upgrade it")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("old.wheel"));
    REQUIRE(QFile::copy(dataPath(QStringLiteral("wheel-v1.wheel")), path));
    const QByteArray original = fileBytes(path);
    {
        OpenOptions options;
        options.inspectOnly = true;
        auto store = WheelStore::open(path, options);
        REQUIRE(store.ok());
        CHECK(store.value()->fileSchemaVersion() == 1);
        CHECK(store.value()->counts()->partners == 2);
        CHECK(store.value()->integrityProblems()->isEmpty());
    }
    CHECK(fileBytes(path) == original);
}

TEST_CASE("An old file that is read-only is not upgraded and says what to do")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("old.wheel"));
    REQUIRE(QFile::copy(dataPath(QStringLiteral("wheel-v1.wheel")), path));
    REQUIRE(QFile::setPermissions(path, QFile::ReadOwner));
    const QByteArray original = fileBytes(path);
    auto store = WheelStore::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.message().contains(QStringLiteral("older version")));
    CHECK(fileBytes(path) == original);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
}
