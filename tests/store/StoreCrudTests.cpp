// Create, read, update and remove for every kind of record, links included.
#include "StoreFixtures.h"

using namespace civic;
using namespace civic::test;

TEST_CASE("Academies and trusts round-trip every field")
{
    EmptyWheel w;
    Academy a;
    a.trustId = w.trustId;
    a.urn = QStringLiteral("140123");
    a.name = QStringLiteral("St Ælfric's C of E Academy");
    a.phase = QStringLiteral("Secondary");
    a.localAuthority = QStringLiteral("Cheshire West and Chester");
    a.postcode = QStringLiteral("CW6 0RJ");
    a.headteacher = QStringLiteral("Jo O'Brien");
    a.pupilsOnRoll = 1045;
    a.percentDisadvantaged = 21.4;
    a.percentSend = 14.0;
    a.notes = QStringLiteral("Line one\nLine two");
    auto id = w.store->add(a);
    REQUIRE(id.ok());
    a.id = *id;
    CHECK(w.store->academy(a.id).value() == a);
    CHECK(w.store->academyByUrn(QStringLiteral(" 140123 ")).value() == a);

    a.pupilsOnRoll.reset();
    a.percentSend.reset();
    a.name = QStringLiteral("Renamed Academy");
    REQUIRE(w.store->update(a).ok());
    CHECK(w.store->academy(a.id).value() == a);

    SECTION("a second academy with the same URN is refused")
    {
        Academy twin = a;
        twin.id = 0;
        auto refused = w.store->add(twin);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("URN")));
    }
    SECTION("the trust is read back")
    {
        CHECK(w.store->trust().value().name == QStringLiteral("Test Trust"));
    }
}

TEST_CASE("Partners - contacts and ties round-trip")
{
    EmptyWheel w;
    Partner p;
    p.name = QStringLiteral("Millbrook Food Bank");
    p.sector = Sector::CharityVoluntary;
    p.postcode = QStringLiteral("MB2 6FB");
    p.website = QStringLiteral("https://foodbank.example.org");
    p.notes = QStringLiteral("Collects on Fridays");
    p.id = w.store->add(p).value();
    CHECK(w.store->partner(p.id).value() == p);

    Contact c;
    c.partnerId = p.id;
    c.name = QStringLiteral("Maureen Collins");
    c.role = QStringLiteral("Coordinator");
    c.email = QStringLiteral("maureen@example.org");
    c.phone = QStringLiteral("01632 960111");
    c.retainUntil = QDate(2028, 7, 31);
    c.id = w.store->add(c).value();
    CHECK(w.store->contact(c.id).value() == c);

    Tie t;
    t.academyId = w.academyId;
    t.partnerId = p.id;
    t.strength = 5;
    t.role = TieRole::Leads;
    t.narrative = Narrative::System;
    t.staffOwner = QStringLiteral("Family Liaison Officer");
    t.executiveSponsor = QStringLiteral("Headteacher");
    t.started = QDate(2023, 9, 1);
    t.nextReview = QDate(2026, 12, 1);
    t.status = TieStatus::Paused;
    t.notes = QStringLiteral("Review after Christmas");
    t.id = w.store->add(t).value();
    CHECK(w.store->tie(t.id).value() == t);

    t.strength = 2;
    t.nextReview = QDate();
    REQUIRE(w.store->update(t).ok());
    CHECK(w.store->tie(t.id).value() == t);

    SECTION("a tie to a missing partner fails and adds nothing")
    {
        Tie orphan = t;
        orphan.id = 0;
        orphan.partnerId = 9999;
        auto refused = w.store->add(orphan);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("no longer exists")));
        CHECK(w.store->counts()->ties == 1);
    }
    SECTION("a second tie between the same academy and partner is refused")
    {
        Tie twin = t;
        twin.id = 0;
        auto refused = w.store->add(twin);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("already tied")));
    }
    SECTION("a strength outside 1 to 5 is refused")
    {
        Tie bad = t;
        bad.strength = 6;
        REQUIRE_FALSE(w.store->update(bad).ok());
        CHECK(w.store->tie(t.id)->strength == 2);
    }
    SECTION("updating a record that was removed says so")
    {
        REQUIRE(w.store->remove(EntityKind::Tie, t.id).ok());
        auto gone = w.store->update(t);
        REQUIRE_FALSE(gone.ok());
        CHECK(gone.message().contains(QStringLiteral("no longer exists")));
    }
}

TEST_CASE("Needs - initiatives with their links - and engagements round-trip")
{
    EmptyWheel w;
    const qint64 museum = w.addPartner(QStringLiteral("Museum"), Sector::Cultural);
    const qint64 nhs = w.addPartner(QStringLiteral("NHS"), Sector::Health);
    w.tie(museum);
    w.tie(nhs);

    Need n;
    n.academyId = w.academyId;
    n.title = QStringLiteral("CAMHS waits");
    n.category = NeedCategory::MentalHealth;
    n.severity = 5;
    n.evidence = QStringLiteral("Pastoral log");
    n.affectsDisadvantaged = true;
    n.affectsSend = true;
    n.consulted = false;
    n.status = NeedStatus::Monitoring;
    n.identified = QDate(2025, 11, 3);
    n.id = w.store->add(n).value();
    CHECK(w.store->need(n.id).value() == n);

    Initiative i;
    i.academyId = w.academyId;
    i.title = QStringLiteral("Mental health in school");
    i.approach = Approach::ProblemIdentification;
    i.status = InitiativeStatus::Active;
    i.staffLead = QStringLiteral("MH Lead");
    i.started = QDate(2025, 1, 6);
    i.ends = QDate(2026, 7, 20);
    i.description = QStringLiteral("Triage together");
    i.outcomes = QStringLiteral("Waits fell");
    i.pupilsReached = 85;
    i.disadvantagedReached = 40;
    i.sendReached = 19;
    i.partnerIds = {nhs, museum, nhs}; // duplicates and order do not matter
    i.needIds = {n.id};
    i.id = w.store->add(i).value();
    Initiative expected = i;
    expected.partnerIds = {museum, nhs};
    CHECK(w.store->initiative(i.id).value() == expected);

    SECTION("relinking replaces the links")
    {
        expected.partnerIds = {nhs};
        expected.needIds = {};
        REQUIRE(w.store->update(expected).ok());
        CHECK(w.store->initiative(i.id).value() == expected);
    }
    SECTION("a link to a missing need fails and changes nothing")
    {
        Initiative bad = expected;
        bad.needIds = {n.id, 4242};
        bad.title = QStringLiteral("Renamed");
        REQUIRE_FALSE(w.store->update(bad).ok());
        CHECK(w.store->initiative(i.id).value() == expected);
    }

    Engagement e;
    e.academyId = w.academyId;
    e.partnerId = nhs;
    e.date = QDate(2026, 3, 4);
    e.kind = EngagementKind::Call;
    e.summary = QStringLiteral("Waiting list review");
    e.notes = QStringLiteral("Follow up in May");
    e.id = w.store->add(e).value();
    CHECK(w.store->engagement(e.id).value() == e);
}

TEST_CASE("Loading an academy gathers what belongs to it and nothing else")
{
    EmptyWheel w;
    Academy other;
    other.urn = QStringLiteral("100002");
    other.name = QStringLiteral("Other Academy");
    const qint64 otherId = w.store->add(other).value();

    const qint64 shared = w.addPartner(QStringLiteral("Shared NHS Trust"), Sector::Health);
    const qint64 mine = w.addPartner(QStringLiteral("Our Library"), Sector::Cultural);
    const qint64 theirs = w.addPartner(QStringLiteral("Their Business"), Sector::Business);
    w.tie(shared, 5);
    w.tie(mine, 2);
    Tie theirTie;
    theirTie.academyId = otherId;
    theirTie.partnerId = theirs;
    REQUIRE(w.store->add(theirTie).ok());
    theirTie.partnerId = shared;
    REQUIRE(w.store->add(theirTie).ok());

    Contact c;
    c.partnerId = theirs;
    c.name = QStringLiteral("Not ours");
    REQUIRE(w.store->add(c).ok());
    c.partnerId = shared;
    c.name = QStringLiteral("Shared contact");
    REQUIRE(w.store->add(c).ok());

    Need n;
    n.academyId = otherId;
    n.title = QStringLiteral("Their need");
    REQUIRE(w.store->add(n).ok());

    auto wheel = w.store->loadAcademy(w.academyId);
    REQUIRE(wheel.ok());
    CHECK(wheel->academy.name == QStringLiteral("Test Academy"));
    CHECK(wheel->trust.name == QStringLiteral("Test Trust"));
    REQUIRE(wheel->partners.size() == 2);
    CHECK(wheel->partners[0].name == QStringLiteral("Our Library")); // by name
    CHECK(wheel->partners[1].name == QStringLiteral("Shared NHS Trust"));
    CHECK(wheel->ties.size() == 2);
    CHECK(wheel->tieFor(shared)->strength == 5);
    REQUIRE(wheel->contacts.size() == 1);
    CHECK(wheel->contacts[0].name == QStringLiteral("Shared contact"));
    CHECK(wheel->needs.isEmpty());

    auto trust = w.store->loadTrust();
    REQUIRE(trust.ok());
    REQUIRE(trust->academies.size() == 2);
    const AcademyWheel& theirWheel =
        trust->academies[0].academy.id == otherId ? trust->academies[0] : trust->academies[1];
    CHECK(theirWheel.partners.size() == 2);
    CHECK(theirWheel.contacts.size() == 2);
    CHECK(theirWheel.needs.size() == 1);
    CHECK(theirWheel.trust.id == 0);
}

TEST_CASE("Removing a partner takes its dependants and undo puts everything back")
{
    EmptyWheel w;
    const qint64 partner = w.addPartner(QStringLiteral("Harland Engineering"));
    const qint64 keeper = w.addPartner(QStringLiteral("Library"), Sector::Cultural);
    w.tie(partner);
    w.tie(keeper);
    Contact c;
    c.partnerId = partner;
    c.name = QStringLiteral("Steve");
    const qint64 contact = w.store->add(c).value();
    Initiative i;
    i.academyId = w.academyId;
    i.title = QStringLiteral("STEM club");
    i.partnerIds = {partner, keeper};
    const qint64 initiative = w.store->add(i).value();
    Initiative j = i;
    j.title = QStringLiteral("Laptops");
    j.partnerIds = {partner};
    w.store->add(j).value();
    Engagement e;
    e.academyId = w.academyId;
    e.partnerId = partner;
    e.contactId = contact;
    e.date = QDate(2026, 1, 1);
    REQUIRE(w.store->add(e).ok());
    // An engagement with another partner that names this partner's contact.
    e.partnerId = keeper;
    const qint64 crossEngagement = w.store->add(e).value();

    const auto before = w.store->loadAcademy(w.academyId).value();

    auto preview = w.store->previewRemoval(EntityKind::Partner, partner);
    REQUIRE(preview.ok());
    CHECK(preview->count(QStringLiteral("contacts")) == 1);
    CHECK(preview->count(QStringLiteral("initiative_partners")) == 2);
    CHECK(preview->count(QStringLiteral("ties")) == 1);
    CHECK(preview->count(QStringLiteral("engagements")) == 1);
    CHECK(w.store->counts()->partners == 2); // a preview removes nothing

    auto removed = w.store->remove(EntityKind::Partner, partner);
    REQUIRE(removed.ok());
    auto after = w.store->loadAcademy(w.academyId).value();
    CHECK(after.partners.size() == 1);
    CHECK(after.contacts.isEmpty());
    CHECK(after.initiative(initiative)->partnerIds == QVector<qint64>{keeper});
    CHECK(w.store->engagement(crossEngagement)->contactId == 0);

    REQUIRE(w.store->restore(*removed).ok());
    const auto restored = w.store->loadAcademy(w.academyId).value();
    CHECK(restored.partners == before.partners);
    CHECK(restored.ties == before.ties);
    CHECK(restored.contacts == before.contacts);
    CHECK(restored.initiatives == before.initiatives);
    CHECK(restored.engagements == before.engagements);
    CHECK(w.store->integrityProblems()->isEmpty());
}

TEST_CASE("Every kind of record can be removed and restored")
{
    EmptyWheel w;
    const qint64 partner = w.addPartner(QStringLiteral("P"));
    const qint64 tie = w.tie(partner);
    Need n;
    n.academyId = w.academyId;
    n.title = QStringLiteral("N");
    const qint64 need = w.store->add(n).value();
    Initiative i;
    i.academyId = w.academyId;
    i.title = QStringLiteral("I");
    i.partnerIds = {partner};
    i.needIds = {need};
    const qint64 initiative = w.store->add(i).value();
    Contact c;
    c.partnerId = partner;
    c.name = QStringLiteral("C");
    const qint64 contact = w.store->add(c).value();
    Engagement e;
    e.academyId = w.academyId;
    e.partnerId = partner;
    e.contactId = contact;
    e.date = QDate(2026, 2, 2);
    const qint64 engagement = w.store->add(e).value();

    const auto original = w.store->loadTrust().value();
    const auto counts = w.store->counts().value();

    struct Case
    {
        EntityKind kind;
        qint64 id;
    };
    for (const Case& c :
         {Case{EntityKind::Need, need}, Case{EntityKind::Initiative, initiative},
          Case{EntityKind::Contact, contact}, Case{EntityKind::Tie, tie},
          Case{EntityKind::Engagement, engagement}, Case{EntityKind::Partner, partner},
          Case{EntityKind::Academy, w.academyId}, Case{EntityKind::Trust, w.trustId}}) {
        INFO("kind " << int(c.kind));
        auto removed = w.store->remove(c.kind, c.id);
        REQUIRE(removed.ok());
        CHECK_FALSE(w.store->remove(c.kind, c.id).ok()); // already gone
        REQUIRE(w.store->restore(*removed).ok());
        const auto now = w.store->loadTrust().value();
        CHECK(now.trust == original.trust);
        REQUIRE(now.academies.size() == 1);
        CHECK(now.academies[0].academy == original.academies[0].academy);
        CHECK(now.academies[0].partners == original.academies[0].partners);
        CHECK(now.academies[0].ties == original.academies[0].ties);
        CHECK(now.academies[0].contacts == original.academies[0].contacts);
        CHECK(now.academies[0].needs == original.academies[0].needs);
        CHECK(now.academies[0].initiatives == original.academies[0].initiatives);
        CHECK(now.academies[0].engagements == original.academies[0].engagements);
    }
    CHECK(w.store->counts()->engagements == counts.engagements);
}

TEST_CASE("A transaction lands whole or not at all")
{
    EmptyWheel w;
    SECTION("a failure part way through leaves nothing behind")
    {
        auto result = w.store->transaction([&]() -> Status {
            Partner p;
            p.name = QStringLiteral("First");
            if (auto id = w.store->add(p); !id)
                return id.error();
            Tie bad;
            bad.academyId = w.academyId;
            bad.partnerId = 12345; // missing
            if (auto id = w.store->add(bad); !id)
                return id.error();
            return {};
        });
        REQUIRE_FALSE(result.ok());
        CHECK(w.store->counts()->partners == 0);
        CHECK(w.store->counts()->ties == 0);
    }
    SECTION("success keeps every write")
    {
        auto result = w.store->transaction([&]() -> Status {
            for (int n = 0; n < 10; ++n)
                w.addPartner(QStringLiteral("Partner %1").arg(n));
            return {};
        });
        REQUIRE(result.ok());
        CHECK(w.store->counts()->partners == 10);
    }
}

TEST_CASE("Text with quotes - wildcards and any script is stored literally")
{
    EmptyWheel w;
    const QStringList names{QStringLiteral("O'Brien & Sons"),
                            QStringLiteral("100% _Charity_"),
                            QStringLiteral("\"; DROP TABLE partners; --"),
                            QStringLiteral("مدرسة الأمل"),
                            QStringLiteral("Café ✓ 🎭 Théâtre"),
                            QStringLiteral("e\u0301cole")};
    for (const QString& name : names)
        w.addPartner(name);
    auto partners = w.store->partners();
    REQUIRE(partners.ok());
    QStringList stored;
    for (const Partner& p : *partners)
        stored.append(p.name);
    for (const QString& name : names)
        CHECK(stored.contains(name));
    CHECK(w.store->counts()->partners == names.size());
}
