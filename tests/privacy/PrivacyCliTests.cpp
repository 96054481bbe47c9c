// The privacy commands a data-protection officer scripts, run end to end.
#include "StoreFixtures.h"
#include "demo/DemoWheel.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace civic;
using namespace civic::test;

namespace {

QString demoFile(const TempFolder& folder)
{
    const QString path = folder.path(QStringLiteral("demo.wheel"));
    auto store = WheelStore::createWith(
        path, [](WheelStore& s) { return DemoWheel::seed(s, QDate(2026, 1, 15)); });
    REQUIRE(store.ok());
    return path;
}

Contact firstDemoContact(const QString& path)
{
    auto store = WheelStore::open(path);
    REQUIRE(store.ok());
    auto contacts = store.value()->contacts();
    REQUIRE(contacts.ok());
    REQUIRE_FALSE(contacts->isEmpty());
    for (const Contact& c : *contacts)
        if (!c.email.isEmpty())
            return c;
    FAIL("the demo has no contact with an e-mail address");
    return {};
}

} // namespace

TEST_CASE("subject-access writes JSON and text - owner-only - and leaves the wheel alone")
{
    TempFolder folder;
    const QString path = demoFile(folder);
    const Contact person = firstDemoContact(path);
    const QByteArray before = fileBytes(path);

    const QString json = folder.path(QStringLiteral("out.json"));
    RunResult r =
        runCivicWheel({QStringLiteral("subject-access"), path, QStringLiteral("--contact"),
                       person.email, QStringLiteral("--out"), json});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(person.name));
    const QJsonObject root = QJsonDocument::fromJson(fileBytes(json)).object();
    CHECK(root.value(QStringLiteral("contact"))
              .toObject()
              .value(QStringLiteral("email"))
              .toString() == person.email);
    CHECK(
        root.value(QStringLiteral("contact")).toObject().value(QStringLiteral("name")).toString() ==
        person.name);
    CHECK(QFileInfo(json).permissions() ==
          (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser));

    const QString text = folder.path(QStringLiteral("out.txt"));
    r = runCivicWheel({QStringLiteral("subject-access"), path, QStringLiteral("--contact"),
                       person.email.toUpper(), QStringLiteral("--out"), text});
    REQUIRE(r.exitCode == 0);
    CHECK(QString::fromUtf8(fileBytes(text))
              .startsWith(QStringLiteral("Personal data held about ") + person.name));
    CHECK(fileBytes(path) == before);
}

TEST_CASE("subject-access reports an unknown contact - a missing folder - and usage errors")
{
    TempFolder folder;
    const QString path = demoFile(folder);
    RunResult r = runCivicWheel({QStringLiteral("subject-access"), path,
                                 QStringLiteral("--contact"), QStringLiteral("nobody@example.org"),
                                 QStringLiteral("--out"), folder.path(QStringLiteral("x.json"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("No contact with the e-mail address")));
    CHECK_FALSE(QFile::exists(folder.path(QStringLiteral("x.json"))));

    const Contact person = firstDemoContact(path);
    r = runCivicWheel({QStringLiteral("subject-access"), path, QStringLiteral("--contact"),
                       person.email, QStringLiteral("--out"),
                       folder.path(QStringLiteral("missing/x.json"))});
    CHECK(r.exitCode == 1);
    CHECK(r.err.contains(QStringLiteral("does not exist")));

    r = runCivicWheel({QStringLiteral("subject-access"), path});
    CHECK(r.exitCode == 2);
    CHECK(r.err.contains(QStringLiteral("Usage")));
}

TEST_CASE("erase-contact removes every byte of the contact and reports it")
{
    TempFolder folder;
    const QString path = demoFile(folder);
    const Contact person = firstDemoContact(path);
    REQUIRE(fileBytes(path).contains(person.email.toUtf8()));

    const RunResult r = runCivicWheel(
        {QStringLiteral("erase-contact"), path, QStringLiteral("--contact"), person.email});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Erased ") + person.name));
    CHECK(r.out.contains(QStringLiteral("cannot be undone")));
    CHECK_FALSE(fileBytes(path).contains(person.email.toUtf8()));
    CHECK_FALSE(fileBytes(path).contains(person.name.toUtf8()));
    CHECK_FALSE(QFile::exists(path + QStringLiteral("-journal")));

    const RunResult again = runCivicWheel(
        {QStringLiteral("erase-contact"), path, QStringLiteral("--contact"), person.email});
    CHECK(again.exitCode == 1);
    CHECK(again.err.contains(QStringLiteral("No contact")));
}

TEST_CASE("retention lists expired contacts and erases them only when asked")
{
    TempFolder folder;
    const QString path = demoFile(folder);
    // The demo keeps its contacts until two years after 2026-01-15.
    RunResult r = runCivicWheel({QStringLiteral("retention"), path, QStringLiteral("--today"),
                                 QStringLiteral("2026-06-01")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("No contact is past their retention date")));

    const QByteArray before = fileBytes(path);
    r = runCivicWheel({QStringLiteral("retention"), path, QStringLiteral("--today"),
                       QStringLiteral("2028-02-01")});
    INFO(r.err);
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("past their retention date (2028-02-01)")));
    CHECK(r.out.contains(QStringLiteral("2028-01-15")));
    CHECK(r.out.contains(QStringLiteral("--erase-expired")));
    CHECK(fileBytes(path) == before);

    r = runCivicWheel({QStringLiteral("retention"), path, QStringLiteral("--today"),
                       QStringLiteral("2028-02-01"), QStringLiteral("--erase-expired")});
    REQUIRE(r.exitCode == 0);
    CHECK(r.out.contains(QStringLiteral("Erased ")));
    auto store = WheelStore::open(path);
    REQUIRE(store.ok());
    CHECK(store.value()->counts()->contacts == 0);

    r = runCivicWheel(
        {QStringLiteral("retention"), path, QStringLiteral("--today"), QStringLiteral("someday")});
    CHECK(r.exitCode == 2);
}
