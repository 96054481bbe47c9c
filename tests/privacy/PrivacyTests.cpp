// UK GDPR: owner-only files, subject access, erasure that leaves no trace in
// the file's bytes, and retention review.
#include "StoreFixtures.h"
#include "privacy/SubjectAccess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace civic;
using namespace civic::test;

namespace {

const QFile::Permissions OwnerOnly =
    QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;

struct PeopleWheel : EmptyWheel
{
    qint64 library = 0;
    qint64 zebedee = 0;
    qint64 other = 0;
    qint64 meeting = 0;

    PeopleWheel()
    {
        library = addPartner(QStringLiteral("Millbrook Library"), Sector::Cultural);
        tie(library);
        Contact z;
        z.partnerId = library;
        z.name = QStringLiteral("Zebedee Quartermaine");
        z.role = QStringLiteral("Outreach librarian");
        z.email = QStringLiteral("zebedee.q@example.org");
        z.phone = QStringLiteral("01632 960123");
        z.notes = QStringLiteral("Prefers calls after 3pm");
        z.retainUntil = QDate(2025, 6, 30);
        zebedee = store->add(z).value();
        Contact o;
        o.partnerId = library;
        o.name = QStringLiteral("Olwen Pritchard");
        o.email = QStringLiteral("olwen@example.org");
        o.retainUntil = QDate(2027, 1, 1);
        other = store->add(o).value();
        Engagement e;
        e.academyId = academyId;
        e.partnerId = library;
        e.contactId = zebedee;
        e.date = QDate(2026, 1, 12);
        e.summary = QStringLiteral("Reading week with Zebedee Quartermaine");
        e.notes = QStringLiteral("Follow up at zebedee.q@example.org or 01632 960123");
        meeting = store->add(e).value();
    }
};

bool anyFileHolds(const QString& folder, const QByteArray& needle)
{
    for (const QFileInfo& info : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden)) {
        if (fileBytes(info.absoluteFilePath()).contains(needle))
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("Copies and migration backups are readable by their owner only")
{
    PeopleWheel w;
    const QString copy = w.folder.path(QStringLiteral("copy.wheel"));
    REQUIRE(w.store->saveCopyAs(copy).ok());
    CHECK(QFileInfo(copy).permissions() == OwnerOnly);

    // A copy replacing a file that was world-readable ends up owner-only too.
    const QString loose = w.folder.path(QStringLiteral("loose.wheel"));
    writeBytes(loose, "old");
    QFile::setPermissions(loose, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther |
                                     QFile::ReadGroup);
    REQUIRE(w.store->saveCopyAs(loose).ok());
    CHECK(QFileInfo(loose).permissions() == OwnerOnly);

    const QString old = w.folder.path(QStringLiteral("old.wheel"));
    REQUIRE(QFile::copy(dataPath(QStringLiteral("wheel-v1.wheel")), old));
    QFile::setPermissions(old, QFile::ReadOwner | QFile::WriteOwner);
    auto upgraded = WheelStore::open(old);
    REQUIRE(upgraded.ok());
    REQUIRE_FALSE(upgraded.value()->migrationBackupPath().isEmpty());
    CHECK(QFileInfo(upgraded.value()->migrationBackupPath()).permissions() == OwnerOnly);

    const QString exported = w.folder.path(QStringLiteral("person.json"));
    REQUIRE(SubjectAccess::writePrivateFile(exported, "{}").ok());
    CHECK(QFileInfo(exported).permissions() == OwnerOnly);
}

TEST_CASE("Subject access gathers the contact - their organisation - meetings and mentions")
{
    PeopleWheel w;
    Partner library = w.store->partner(w.library).value();
    library.notes = QStringLiteral("Ask Zebedee Quartermaine about the summer scheme");
    REQUIRE(w.store->update(library).ok());

    auto found = SubjectAccess::findByEmail(*w.store, QStringLiteral("  ZEBEDEE.Q@example.org "));
    REQUIRE(found.ok());
    CHECK(found->id == w.zebedee);
    CHECK_FALSE(SubjectAccess::findByEmail(*w.store, QStringLiteral("nobody@example.org")).ok());

    auto access = SubjectAccess::gather(*w.store, w.zebedee,
                                        QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC));
    REQUIRE(access.ok());
    const QJsonObject root = QJsonDocument::fromJson(access->toJson()).object();
    CHECK(root.value(QStringLiteral("format")).toString() ==
          QStringLiteral("civicwheel-subject-access"));
    CHECK(root.value(QStringLiteral("generated")).toString() ==
          QStringLiteral("2026-02-01T09:00:00Z"));
    const QJsonObject contact = root.value(QStringLiteral("contact")).toObject();
    CHECK(contact.value(QStringLiteral("name")).toString() ==
          QStringLiteral("Zebedee Quartermaine"));
    CHECK(contact.value(QStringLiteral("phone")).toString() == QStringLiteral("01632 960123"));
    CHECK(contact.value(QStringLiteral("notes")).toString() ==
          QStringLiteral("Prefers calls after 3pm"));
    CHECK(contact.value(QStringLiteral("retainUntil")).toString() == QStringLiteral("2025-06-30"));
    CHECK(root.value(QStringLiteral("organisation"))
              .toObject()
              .value(QStringLiteral("name"))
              .toString() == QStringLiteral("Millbrook Library"));
    const QJsonArray engagements = root.value(QStringLiteral("engagements")).toArray();
    REQUIRE(engagements.size() == 1);
    CHECK(engagements.at(0).toObject().value(QStringLiteral("date")).toString() ==
          QStringLiteral("2026-01-12"));
    // Partner notes and the engagement text name them; their own contact row does not count.
    const QJsonArray mentions = root.value(QStringLiteral("mentionedIn")).toArray();
    QStringList where;
    for (const QJsonValue& m : mentions)
        where.append(m.toObject().value(QStringLiteral("table")).toString() + QLatin1Char('.') +
                     m.toObject().value(QStringLiteral("column")).toString());
    where.sort();
    CHECK(where == QStringList{QStringLiteral("engagements.notes"),
                               QStringLiteral("engagements.summary"),
                               QStringLiteral("partners.notes")});
    // Nothing about the other contact.
    CHECK_FALSE(access->toJson().contains("Olwen"));

    const QString text = access->toText();
    CHECK(text.contains(QStringLiteral("Personal data held about Zebedee Quartermaine")));
    CHECK(text.contains(QStringLiteral("Organisation: Millbrook Library")));
    CHECK(text.contains(QStringLiteral("2026-01-12")));
    CHECK(text.contains(QStringLiteral("Kept until reviewed on: 2025-06-30")));
}

TEST_CASE("Erasing a contact leaves no trace of the name - email or phone in the file")
{
    PeopleWheel w;
    const QByteArray name = "Zebedee Quartermaine";
    const QByteArray email = "zebedee.q@example.org";
    const QByteArray phone = "01632 960123";
    const QString folder = QFileInfo(w.path).absolutePath();
    // The test can fail: before erasure the bytes are there.
    REQUIRE(fileBytes(w.path).contains(name));
    REQUIRE(fileBytes(w.path).contains(email));

    // Touch the rows a few times so old versions of them sit in freed space.
    for (int i = 0; i < 5; ++i) {
        Contact z = w.store->contact(w.zebedee).value();
        z.notes = QStringLiteral("Version %1 for Zebedee Quartermaine").arg(i);
        REQUIRE(w.store->update(z).ok());
    }

    auto erased = w.store->eraseContacts({w.zebedee});
    INFO(erased.error().fullText());
    REQUIRE(erased.ok());
    CHECK(erased->contactsErased == 1);
    CHECK(erased->engagementsRedacted == 1);
    CHECK(erased->compacted);

    for (const QByteArray& trace :
         {name, email, phone, QByteArray("Zebedee"), QByteArray("Quartermaine")}) {
        INFO(trace.constData());
        CHECK_FALSE(anyFileHolds(folder, trace)); // the file and any journal beside it
    }
    w.store.reset();
    for (const QByteArray& trace : {name, email, phone})
        CHECK_FALSE(anyFileHolds(folder, trace));

    auto reopened = WheelStore::open(w.path);
    REQUIRE(reopened.ok());
    CHECK_FALSE(reopened.value()->contact(w.zebedee).ok());
    CHECK(reopened.value()->contact(w.other).ok());
    auto meeting = reopened.value()->engagement(w.meeting);
    REQUIRE(meeting.ok()); // the meeting itself is the academy's record and stays
    CHECK(meeting->contactId == 0);
    CHECK(meeting->summary == QStringLiteral("Reading week with [erased]"));
    CHECK(meeting->notes == QStringLiteral("Follow up at [erased] or [erased]"));
    auto problems = reopened.value()->integrityProblems();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("Erasure is refused inside another change and for an unknown contact")
{
    PeopleWheel w;
    auto nested = w.store->transaction([&]() -> Status {
        auto r = w.store->eraseContacts({w.zebedee});
        return r ? Status() : Status(r.error());
    });
    REQUIRE_FALSE(nested.ok());
    CHECK(w.store->contact(w.zebedee).ok());
    CHECK_FALSE(w.store->eraseContacts({9999}).ok());
}

TEST_CASE("Retention lists contacts past their date - oldest first - and erases them in one action")
{
    PeopleWheel w;
    Contact undated;
    undated.partnerId = w.library;
    undated.name = QStringLiteral("No Date");
    REQUIRE(w.store->add(undated).ok());
    Contact older;
    older.partnerId = w.library;
    older.name = QStringLiteral("Older Expiry");
    older.retainUntil = QDate(2024, 3, 1);
    const qint64 olderId = w.store->add(older).value();

    auto expired = w.store->contactsPastRetention(QDate(2026, 1, 1));
    REQUIRE(expired.ok());
    REQUIRE(expired->size() == 2);
    CHECK(expired->at(0).id == olderId);
    CHECK(expired->at(1).id == w.zebedee);
    // The day itself is still within retention.
    CHECK(w.store->contactsPastRetention(QDate(2025, 6, 30))->size() == 1);

    QVector<qint64> ids;
    for (const Contact& c : *expired)
        ids.append(c.id);
    auto erased = w.store->eraseContacts(ids);
    REQUIRE(erased.ok());
    CHECK(erased->contactsErased == 2);
    CHECK(w.store->contactsPastRetention(QDate(2026, 1, 1))->isEmpty());
    CHECK(w.store->counts()->contacts == 2); // Olwen and No Date remain
}
