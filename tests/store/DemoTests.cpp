// The demo academy a new user sees first.
#include "StoreFixtures.h"
#include "demo/DefaultWheel.h"
#include "demo/DemoWheel.h"

#include <QSet>
#include <QStandardPaths>

using namespace civic;
using namespace civic::test;

TEST_CASE("The demo academy is a living wheel")
{
    TempFolder folder;
    const QDate today(2026, 11, 23);
    auto created = WheelStore::createWith(folder.path(QStringLiteral("demo.wheel")),
                                          [&](WheelStore& s) { return DemoWheel::seed(s, today); });
    REQUIRE(created.ok());
    auto& store = *created.value();

    auto academy = store.academyByUrn(DemoWheel::academyUrn());
    REQUIRE(academy.ok());
    const AcademyWheel wheel = store.loadAcademy(academy->id).value();

    CHECK(wheel.trust.name == QStringLiteral("Riverside Learning Trust"));
    CHECK(wheel.partners.size() == 25);
    CHECK(wheel.ties.size() == 25);
    CHECK(wheel.needs.size() == 8);
    CHECK(wheel.initiatives.size() == 10);
    CHECK(wheel.engagements.size() == 20); // counted in DemoWheel.cpp's tables
    CHECK(wheel.contacts.size() == 18);

    QSet<Sector> sectors;
    for (const Partner& p : wheel.partners)
        sectors.insert(p.sector);
    CHECK(sectors.size() >= 10); // most sectors, leaving visible gaps
    CHECK(sectors.size() < 13);

    QHash<Approach, int> perApproach;
    for (const Initiative& i : wheel.initiatives)
        ++perApproach[i.approach];
    for (Approach a : allValues<Approach>())
        CHECK(perApproach.value(a) >= 1);
    // Unevenly: CST's pathway, wider education most, convening least.
    CHECK(perApproach.value(Approach::WiderEducation) >
          perApproach.value(Approach::CommunityConvening));

    int overdue = 0;
    for (const Tie& t : wheel.ties) {
        if (t.nextReview.isValid() && t.nextReview < today)
            ++overdue;
    }
    CHECK(overdue == 5); // the five partners due a review 5, 12, 21, 40 and 90 days ago

    for (const Contact& c : wheel.contacts) {
        CHECK(c.email.endsWith(QStringLiteral("example.org")));
        CHECK(c.phone.startsWith(QStringLiteral("01632 960"))); // Ofcom's numbers for drama
    }
    for (const Initiative& i : wheel.initiatives) {
        CHECK(i.disadvantagedReached <= i.pupilsReached);
        for (qint64 id : i.partnerIds)
            CHECK(wheel.partner(id) != nullptr);
        for (qint64 id : i.needIds)
            CHECK(wheel.need(id) != nullptr);
    }
    CHECK(store.integrityProblems()->isEmpty());
}

TEST_CASE("The default wheel is created once in the data folder - with the demo")
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = DefaultWheel::path();
    QFile::remove(path);
    {
        auto first = DefaultWheel::openOrCreate();
        REQUIRE(first.ok());
        CHECK(first.value()->path() == QFileInfo(path).absoluteFilePath());
        CHECK(first.value()->counts()->academies == 1);
        // Users' changes survive the next start.
        Partner p;
        p.name = QStringLiteral("Added by the user");
        REQUIRE(first.value()->add(p).ok());
    }
    {
        auto second = DefaultWheel::openOrCreate();
        REQUIRE(second.ok());
        CHECK(second.value()->counts()->partners == 26);
    }
    QFile::remove(path);
}
