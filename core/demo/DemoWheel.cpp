#include "demo/DemoWheel.h"

#include "store/WheelStore.h"

#include <QHash>

namespace civic {
namespace {

struct DemoPartner
{
    const char* key;
    const char* name;
    Sector sector;
    const char* postcode;
    int strength;
    TieRole role;
    Narrative narrative;
    TieStatus status;
    int reviewInDays; ///< negative: overdue
    const char* owner;
};

struct DemoContact
{
    const char* partner;
    const char* name;
    const char* role;
    const char* email;
    const char* phone;
};

struct DemoNeed
{
    const char* key;
    const char* title;
    NeedCategory category;
    int severity;
    const char* evidence;
    bool disadvantaged;
    bool send;
    bool consulted;
};

struct DemoInitiative
{
    const char* title;
    Approach approach;
    InitiativeStatus status;
    const char* lead;
    int startedMonthsAgo;
    const char* description;
    const char* outcomes;
    int pupils;
    int disadvantaged;
    int send;
    const char* partners; ///< space-separated partner keys
    const char* needs;    ///< space-separated need keys
};

// clang-format off
const DemoPartner kPartners[] = {
    {"secondary", "Millbrook Community High School", Sector::SchoolsNetworks, "MB4 2RT", 4, TieRole::Supports, Narrative::System, TieStatus::Active, 45, "Deputy Head"},
    {"infants", "Westfield Infant School", Sector::SchoolsNetworks, "MB3 7HL", 3, TieRole::Leads, Narrative::System, TieStatus::Active, 80, "Headteacher"},
    {"heads", "Dale Valley Primary Heads' Network", Sector::SchoolsNetworks, "DV1 1AA", 3, TieRole::Supports, Narrative::System, TieStatus::Active, 120, "Headteacher"},
    {"northgate", "Northgate Schools Trust", Sector::OtherTrusts, "NV2 9QP", 1, TieRole::Supports, Narrative::System, TieStatus::Prospective, 20, "Headteacher"},
    {"send", "Dale Valley Council – SEND Service", Sector::LocalAuthority, "DV1 3CC", 5, TieRole::Supports, Narrative::Civic, TieStatus::Active, -21, "SENCo"},
    {"earlyhelp", "Dale Valley Council – Early Help", Sector::LocalAuthority, "DV1 3CC", 4, TieRole::Supports, Narrative::Civic, TieStatus::Active, 14, "Family Liaison Officer"},
    {"camhs", "Dale Valley NHS Foundation Trust – CAMHS", Sector::Health, "DV2 5NH", 4, TieRole::Supports, Narrative::Civic, TieStatus::Active, -40, "Mental Health Lead"},
    {"nursing", "Millbrook Health Centre – School Nursing", Sector::Health, "MB1 4HC", 3, TieRole::Supports, Narrative::Civic, TieStatus::Active, 60, "Pastoral Lead"},
    {"mhst", "Dale Valley Mental Health Support Team", Sector::Health, "DV2 5NH", 5, TieRole::Leads, Narrative::Civic, TieStatus::Active, 90, "Mental Health Lead"},
    {"police", "Dale Valley Police – Millbrook Neighbourhood Team", Sector::PoliceSafety, "MB1 2PS", 2, TieRole::Supports, Narrative::Civic, TieStatus::Active, 25, "Deputy Head"},
    {"safety", "Millbrook Community Safety Partnership", Sector::PoliceSafety, "MB1 2PS", 1, TieRole::Supports, Narrative::Civic, TieStatus::Prospective, 150, "Deputy Head"},
    {"college", "Dale Valley College", Sector::FurtherHigherEducation, "DV3 8CL", 5, TieRole::Leads, Narrative::Civic, TieStatus::Active, 35, "Careers Lead"},
    {"university", "University of Northvale – School of Education", Sector::FurtherHigherEducation, "NV1 1UN", 2, TieRole::Supports, Narrative::System, TieStatus::Paused, -5, "Headteacher"},
    {"foodbank", "Millbrook Food Bank", Sector::CharityVoluntary, "MB2 6FB", 5, TieRole::Supports, Narrative::Civic, TieStatus::Active, 10, "Family Liaison Officer"},
    {"homestart", "Home-Start Dale Valley", Sector::CharityVoluntary, "DV1 6HS", 3, TieRole::Supports, Narrative::Civic, TieStatus::Active, 100, "Family Liaison Officer"},
    {"carers", "Dale Valley Young Carers", Sector::CharityVoluntary, "DV1 7YC", 2, TieRole::Supports, Narrative::Civic, TieStatus::Active, 200, "Pastoral Lead"},
    {"housing", "Millbrook Housing Advice Centre", Sector::CharityVoluntary, "MB2 3HA", 1, TieRole::Supports, Narrative::Civic, TieStatus::Prospective, 30, "Family Liaison Officer"},
    {"museum", "Northvale Museum & Art Gallery", Sector::Cultural, "NV1 2MG", 4, TieRole::Leads, Narrative::Civic, TieStatus::Active, 70, "Curriculum Lead"},
    {"library", "Millbrook Library", Sector::Cultural, "MB1 1LB", 3, TieRole::Leads, Narrative::Civic, TieStatus::Active, 130, "English Lead"},
    {"theatre", "Riverside Theatre Company", Sector::Cultural, "NV1 4RT", 3, TieRole::Supports, Narrative::Civic, TieStatus::Active, -12, "Arts Lead"},
    {"harland", "Harland Engineering Ltd", Sector::Business, "MB5 9HE", 3, TieRole::Supports, Narrative::Civic, TieStatus::Active, 55, "Careers Lead"},
    {"greenway", "Greenway Supermarket, Millbrook", Sector::Business, "MB1 5GS", 2, TieRole::Supports, Narrative::Civic, TieStatus::Active, 160, "Business Manager"},
    {"union", "Dale Valley Teachers' Union Branch", Sector::TradeUnion, "DV1 2TU", 2, TieRole::Supports, Narrative::Trust, TieStatus::Active, 180, "Headteacher"},
    {"forum", "Millbrook Parents' Forum", Sector::Families, "MB1 3PF", 4, TieRole::Leads, Narrative::Trust, TieStatus::Active, 40, "Headteacher"},
    {"friends", "Friends of Millbrook (PTA)", Sector::Families, "MB1 3PF", 3, TieRole::Supports, Narrative::Trust, TieStatus::Ended, -90, "Business Manager"},
};

const DemoContact kContacts[] = {
    {"secondary", "Priya Natarajan", "Assistant Head, Transition", "p.natarajan@millbrook-high.example.org", "01632 960101"},
    {"infants", "Tom Ellery", "Headteacher", "head@westfield-infant.example.org", "01632 960102"},
    {"send", "Aisha Rahman", "SEND Casework Officer", "aisha.rahman@dalevalley-council.example.org", "01632 960103"},
    {"earlyhelp", "Gareth Lowe", "Early Help Coordinator", "gareth.lowe@dalevalley-council.example.org", "01632 960104"},
    {"camhs", "Dr Helen Okafor", "Clinical Lead, CAMHS", "helen.okafor@dalevalley-nhs.example.org", "01632 960105"},
    {"nursing", "Sian Pritchard", "School Nurse", "sian.pritchard@millbrook-health.example.org", "01632 960106"},
    {"mhst", "Jordan Blake", "Education Mental Health Practitioner", "jordan.blake@dalevalley-nhs.example.org", "01632 960107"},
    {"police", "PCSO Mark Daniels", "Police Community Support Officer", "mark.daniels@dalevalley-police.example.org", "01632 960108"},
    {"college", "Rebecca Shaw", "Schools Partnership Manager", "r.shaw@dalevalley-college.example.org", "01632 960109"},
    {"university", "Prof. Alan Greaves", "Director of Partnerships", "a.greaves@northvale-uni.example.org", "01632 960110"},
    {"foodbank", "Maureen Collins", "Food Bank Coordinator", "maureen@millbrook-foodbank.example.org", "01632 960111"},
    {"homestart", "Leila Haddad", "Family Support Manager", "leila.haddad@homestart-dv.example.org", "01632 960112"},
    {"museum", "Ewan McBride", "Learning Officer", "learning@northvale-museum.example.org", "01632 960113"},
    {"library", "Grace Adeyemi", "Children's Librarian", "grace.adeyemi@millbrook-library.example.org", "01632 960114"},
    {"theatre", "Nia Roberts", "Education Producer", "nia@riverside-theatre.example.org", "01632 960115"},
    {"harland", "Steve Harland", "Managing Director", "steve@harland-eng.example.org", "01632 960116"},
    {"forum", "Kerry Walsh", "Chair, Parents' Forum", "kerry.walsh@parents.example.org", "01632 960117"},
    {"union", "Dave Morgan", "Branch Secretary", "branch.secretary@dv-union.example.org", "01632 960118"},
};

const DemoNeed kNeeds[] = {
    {"hunger", "Holiday hunger among families on free school meals", NeedCategory::FoodPoverty, 4,
     "Food bank referrals doubled over the summer; pupil voice survey", true, false, true},
    {"housing", "Families placed in temporary accommodation outside the area", NeedCategory::Housing, 4,
     "Attendance officer's case notes; Early Help referrals", true, false, false},
    {"camhs", "Long waits for CAMHS assessment", NeedCategory::MentalHealth, 5,
     "Pastoral log: 23 pupils waiting over 18 weeks", true, true, true},
    {"ehcp", "Delays in EHCP assessments", NeedCategory::SendSupport, 4,
     "SENCo records; parents' forum feedback", false, true, true},
    {"absence", "Persistent absence in Years 5 and 6", NeedCategory::Attendance, 3,
     "Attendance data: 14% persistently absent", true, false, true},
    {"aspiration", "Few pupils know local careers beyond school", NeedCategory::SkillsEmployment, 2,
     "Year 6 careers survey", false, false, true},
    {"digital", "No device or broadband at home for homework", NeedCategory::DigitalAccess, 3,
     "Remote learning audit", true, false, false},
    {"asb", "Anti-social behaviour near the park on the way home", NeedCategory::Safety, 2,
     "Parents' complaints; neighbourhood police briefing", false, false, false},
};

const DemoInitiative kInitiatives[] = {
    {"Museum Explorers", Approach::WiderEducation, InitiativeStatus::Active, "Curriculum Lead", 14,
     "Every class visits the museum each term and curators teach in school.",
     "Year 4 history writing improved; 9 families joined the museum's free family pass.",
     180, 62, 21, "museum library", "aspiration"},
    {"Engineers of Tomorrow", Approach::WiderEducation, InitiativeStatus::Active, "Careers Lead", 8,
     "Harland engineers and college technicians run a STEM club and a workplace visit.",
     "Upper Key Stage 2 pupils met 12 local employers.", 60, 24, 7, "harland college", "aspiration"},
    {"Theatre in School", Approach::WiderEducation, InitiativeStatus::Active, "Arts Lead", 20,
     "A residency with Riverside Theatre ending in a community performance.",
     "Every pupil performed; audience of 300 families.", 210, 71, 26, "theatre", ""},
    {"Reading Buddies", Approach::WiderEducation, InitiativeStatus::Ended, "English Lead", 30,
     "Trainee teachers read weekly with pupils who are behind in reading.",
     "Average reading age rose by 8 months; ended when the university's placement scheme changed.",
     40, 18, 6, "university library", ""},
    {"Mental Health Support in School", Approach::ProblemIdentification, InitiativeStatus::Active,
     "Mental Health Lead", 18, "The MHST, CAMHS and school nurse triage together and run groups in school.",
     "Average wait for first support fell from 18 to 6 weeks.", 85, 41, 19, "mhst camhs nursing", "camhs"},
    {"Holiday Activities and Food", Approach::ProblemIdentification, InitiativeStatus::Active,
     "Family Liaison Officer", 12, "Four weeks of summer activities with a hot meal, with the food bank and Early Help.",
     "150 children attended; 2,400 meals served.", 150, 112, 17, "foodbank earlyhelp greenway", "hunger"},
    {"Attendance Champions", Approach::ProblemIdentification, InitiativeStatus::Active, "Attendance Officer", 6,
     "Family support workers and parent champions follow up every persistent absence.",
     "Persistent absence down from 14% to 11% so far.", 48, 31, 9, "earlyhelp homestart forum", "absence"},
    {"Laptops for Learning", Approach::ProblemIdentification, InitiativeStatus::Paused, "Business Manager", 10,
     "Refurbished laptops donated by Harland for pupils with no device at home.",
     "32 laptops given; paused while broadband funding is sought.", 32, 29, 4, "harland", "digital"},
    {"SEND Service partnership", Approach::Relational, InitiativeStatus::Active, "SENCo", 24,
     "A named caseworker and termly joint planning with the council's SEND service.",
     "EHCP applications now complete in 16 weeks on average, down from 24.", 38, 15, 38, "send", "ehcp"},
    {"Millbrook Together", Approach::CommunityConvening, InitiativeStatus::Planned, "Headteacher", 1,
     "A termly community forum at the school: council, police, housing advice, health and families.",
     "", 0, 0, 0, "police safety housing earlyhelp forum", "asb housing"},
};

struct DemoEngagement
{
    const char* partner;
    int daysAgo;
    EngagementKind kind;
    const char* summary;
};

const DemoEngagement kEngagements[] = {
    {"museum", 12, EngagementKind::Visit, "Year 3 visit: Romans gallery"},
    {"museum", 95, EngagementKind::Meeting, "Planning next year's programme"},
    {"mhst", 7, EngagementKind::Meeting, "Fortnightly triage meeting"},
    {"mhst", 21, EngagementKind::Meeting, "Fortnightly triage meeting"},
    {"camhs", 60, EngagementKind::Call, "Waiting list review"},
    {"foodbank", 30, EngagementKind::Event, "Harvest collection handed over"},
    {"foodbank", 150, EngagementKind::Meeting, "Holiday food planning"},
    {"earlyhelp", 14, EngagementKind::Meeting, "Attendance case review"},
    {"homestart", 45, EngagementKind::Meeting, "Volunteer induction at school"},
    {"college", 20, EngagementKind::Visit, "Year 6 taster day at the college"},
    {"harland", 50, EngagementKind::Visit, "Workshop visit for the STEM club"},
    {"theatre", 100, EngagementKind::Event, "Community performance"},
    {"send", 10, EngagementKind::Meeting, "Termly joint planning"},
    {"forum", 25, EngagementKind::Meeting, "Parents' forum: attendance and holiday food"},
    {"police", 40, EngagementKind::Meeting, "Briefing on the park"},
    {"secondary", 70, EngagementKind::Meeting, "Transition planning"},
    {"university", 250, EngagementKind::Email, "Placement scheme paused"},
    {"library", 220, EngagementKind::Visit, "Summer reading challenge launch"},
    {"union", 300, EngagementKind::Meeting, "Recognition agreement review"},
    {"nursing", 35, EngagementKind::Call, "Health drop-in dates"},
};
// clang-format on

QVector<QByteArray> keysOf(const char* list)
{
    QVector<QByteArray> keys;
    for (const QByteArray& key : QByteArray(list).split(' ')) {
        if (!key.isEmpty())
            keys.append(key);
    }
    return keys;
}

// The store's ids of the demo's records, by their keys in the tables above.
using Ids = QHash<QByteArray, qint64>;

Result<qint64> addAcademy(WheelStore& store)
{
    Trust trust;
    trust.name = QStringLiteral("Riverside Learning Trust");
    trust.companiesHouseNumber = QStringLiteral("09990001");
    trust.notes = QStringLiteral("A fictional trust used to show what Civic Wheel does.");
    auto trustId = store.add(trust);
    if (!trustId)
        return trustId.error();

    Academy academy;
    academy.trustId = *trustId;
    academy.urn = DemoWheel::academyUrn();
    academy.name = QStringLiteral("Millbrook Primary Academy");
    academy.phase = QStringLiteral("Primary");
    academy.localAuthority = QStringLiteral("Dale Valley");
    academy.postcode = QStringLiteral("MB1 3PF");
    academy.headteacher = QStringLiteral("Sam Okoro");
    academy.pupilsOnRoll = 412;
    academy.percentDisadvantaged = 38.5;
    academy.percentSend = 16.2;
    academy.notes =
        QStringLiteral("Demo academy: every name, address and number here is invented.");
    return store.add(academy);
}

// Each partner with its tie to the academy.
Status addPartners(WheelStore& store, qint64 academyId, const QDate& today, Ids& partnerIds)
{
    for (const DemoPartner& p : kPartners) {
        Partner partner;
        partner.name = QString::fromUtf8(p.name);
        partner.sector = p.sector;
        partner.postcode = QString::fromUtf8(p.postcode);
        auto id = store.add(partner);
        if (!id)
            return id.error();
        partnerIds.insert(p.key, *id);

        Tie tie;
        tie.academyId = academyId;
        tie.partnerId = *id;
        tie.strength = p.strength;
        tie.role = p.role;
        tie.narrative = p.narrative;
        tie.status = p.status;
        tie.staffOwner = QString::fromUtf8(p.owner);
        tie.executiveSponsor = QStringLiteral("Sam Okoro");
        tie.started = today.addMonths(-(6 + p.strength * 5));
        tie.nextReview = today.addDays(p.reviewInDays);
        if (auto t = store.add(tie); !t)
            return t.error();
    }
    return {};
}

// Contacts by their partner's key: the demo has at most one a partner.
Status addContacts(WheelStore& store, const QDate& today, const Ids& partnerIds, Ids& contactIds)
{
    for (const DemoContact& c : kContacts) {
        Contact contact;
        contact.partnerId = partnerIds.value(c.partner);
        contact.name = QString::fromUtf8(c.name);
        contact.role = QString::fromUtf8(c.role);
        contact.email = QString::fromUtf8(c.email);
        contact.phone = QString::fromUtf8(c.phone);
        contact.retainUntil = today.addYears(2);
        auto id = store.add(contact);
        if (!id)
            return id.error();
        contactIds.insert(c.partner, *id);
    }
    return {};
}

Status addNeeds(WheelStore& store, qint64 academyId, const QDate& today, Ids& needIds)
{
    int order = 0;
    for (const DemoNeed& n : kNeeds) {
        Need need;
        need.academyId = academyId;
        need.title = QString::fromUtf8(n.title);
        need.category = n.category;
        need.severity = n.severity;
        need.evidence = QString::fromUtf8(n.evidence);
        need.affectsDisadvantaged = n.disadvantaged;
        need.affectsSend = n.send;
        need.consulted = n.consulted;
        need.identified = today.addMonths(-(3 + order++ * 2));
        auto id = store.add(need);
        if (!id)
            return id.error();
        needIds.insert(n.key, *id);
    }
    return {};
}

Status addInitiatives(WheelStore& store, qint64 academyId, const QDate& today,
                      const Ids& partnerIds, const Ids& needIds)
{
    for (const DemoInitiative& i : kInitiatives) {
        Initiative initiative;
        initiative.academyId = academyId;
        initiative.title = QString::fromUtf8(i.title);
        initiative.approach = i.approach;
        initiative.status = i.status;
        initiative.staffLead = QString::fromUtf8(i.lead);
        initiative.started = today.addMonths(-i.startedMonthsAgo);
        if (i.status == InitiativeStatus::Ended)
            initiative.ends = today.addMonths(-6);
        initiative.description = QString::fromUtf8(i.description);
        initiative.outcomes = QString::fromUtf8(i.outcomes);
        initiative.pupilsReached = i.pupils;
        initiative.disadvantagedReached = i.disadvantaged;
        initiative.sendReached = i.send;
        for (const QByteArray& key : keysOf(i.partners))
            initiative.partnerIds.append(partnerIds.value(key));
        for (const QByteArray& key : keysOf(i.needs))
            initiative.needIds.append(needIds.value(key));
        if (auto id = store.add(initiative); !id)
            return id.error();
    }
    return {};
}

// Each engagement is with its partner's contact, when it has one.
Status addEngagements(WheelStore& store, qint64 academyId, const QDate& today,
                      const Ids& partnerIds, const Ids& contactIds)
{
    for (const DemoEngagement& e : kEngagements) {
        Engagement engagement;
        engagement.academyId = academyId;
        engagement.partnerId = partnerIds.value(e.partner);
        engagement.contactId = contactIds.value(e.partner, 0);
        engagement.date = today.addDays(-e.daysAgo);
        engagement.kind = e.kind;
        engagement.summary = QString::fromUtf8(e.summary);
        if (auto id = store.add(engagement); !id)
            return id.error();
    }
    return {};
}

} // namespace

QString DemoWheel::academyUrn()
{
    return QStringLiteral("990001");
}

Status DemoWheel::seed(WheelStore& store, const QDate& today)
{
    return store.transaction([&]() -> Status {
        auto academyId = addAcademy(store);
        if (!academyId)
            return academyId.error();
        Ids partnerIds;
        Ids contactIds;
        Ids needIds;
        if (auto s = addPartners(store, *academyId, today, partnerIds); !s)
            return s;
        if (auto s = addContacts(store, today, partnerIds, contactIds); !s)
            return s;
        if (auto s = addNeeds(store, *academyId, today, needIds); !s)
            return s;
        if (auto s = addInitiatives(store, *academyId, today, partnerIds, needIds); !s)
            return s;
        return addEngagements(store, *academyId, today, partnerIds, contactIds);
    });
}

} // namespace civic
