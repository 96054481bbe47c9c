#include "demo/SyntheticTrust.h"

#include "store/WheelStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <iterator>

namespace civic {
namespace {

/// Adds `items` in bulk and writes the ids they were given back into them.
template <typename T>
Status storeAll(WheelStore& store, QVector<T>& items)
{
    auto ids = store.addAll(items);
    if (!ids)
        return ids.error();
    for (int i = 0; i < items.size(); ++i)
        items[i].id = ids->at(i);
    return {};
}

QString tr(const char* text)
{
    return QCoreApplication::translate("SyntheticTrust", text);
}

// SplitMix64: tiny, and the same numbers on every compiler and library
// (std::uniform_int_distribution is not), so a seed always gives one file.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// 0 .. n-1 (n > 0)
    int below(int n) { return int(next() % quint64(n)); }
    /// lo .. hi inclusive
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T, size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }
    /// An index into `weights` chosen in proportion to them.
    template <size_t N>
    int weighted(const int (&weights)[N])
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        for (size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return int(i);
            r -= weights[i];
        }
        return int(N) - 1;
    }

private:
    quint64 m_state;
};

QString u(const char* text)
{
    return QString::fromUtf8(text);
}

/// `pattern` with "%1" replaced by `place`, when it has one.
QString fill(const char* pattern, const QString& place)
{
    const QString text = u(pattern);
    return text.contains(QLatin1String("%1")) ? text.arg(place) : text;
}

// clang-format off
const char* const kPlaces[] = {
    "Ashcombe", "Barnfield", "Brookhurst", "Calder Vale", "Castlegate", "Cheswick", "Colebridge", "Dalton Moor",
    "Eastleigh Park", "Elmstead", "Fairhaven", "Fenwick", "Foxley", "Gorsebank", "Greyfriars", "Hartwell",
    "Hawthorn Hill", "Highcliffe", "Holmewood", "Ivybridge Green", "Kingsmead", "Larkfield", "Lowther", "Marston",
    "Meadowbank", "Millbrook", "Netherby", "Northvale", "Oakridge", "Oldfield", "Pennington", "Queensbury",
    "Ravenscar", "Redhill", "Riverside", "Rowan Heath", "St Aldhelm's", "Saltmarsh", "Sandford", "Southgate",
    "Stanbury", "Thornbury Cross", "Underwood", "Wakeley", "Westbrook", "Whitmore", "Willowdene", "Woodhatch",
    "Yarrow", "Amberley", "Blackwater", "Coldharbour", "Deepdale", "Emberton", "Frogmore", "Glenholme",
};
const char* const kRegions[] = {"Dale Valley", "Northvale", "Calderside", "Westmoor", "Severnshire", "Eastmarch"};
const char* const kFirstNames[] = {
    "Aisha", "Amelia", "Ben", "Chloe", "Daniel", "Deepa", "Eilidh", "Femi", "Grace", "Hamza", "Harriet", "Imran",
    "Jack", "Joanna", "Kwame", "Laura", "Liam", "Mei", "Mohammed", "Niamh", "Oliver", "Priya", "Rhys", "Ruth",
    "Sam", "Sophie", "Tariq", "Tom", "Uma", "Victoria", "Wei", "Yusuf", "Zara", "Gareth", "Helen", "Owen",
};
const char* const kSurnames[] = {
    "Adeyemi", "Ahmed", "Bailey", "Begum", "Brown", "Campbell", "Chen", "Davies", "Evans", "Farouk", "Green",
    "Hughes", "Iqbal", "Jones", "Kaur", "Kowalski", "Lewis", "Mensah", "Murphy", "Nowak", "O'Brien", "Okafor",
    "Patel", "Price", "Roberts", "Shah", "Singh", "Smith", "Taylor", "Thomas", "Walker", "Williams", "Wright", "Young",
};
const char* const kStaffRoles[] = {
    "Headteacher", "Deputy Head", "SENCo", "Pastoral Lead", "Family Liaison Officer", "Careers Lead",
    "Curriculum Lead", "Mental Health Lead", "Attendance Officer", "Business Manager", "Designated Safeguarding Lead",
};
const char* const kLocalAuthorities[] = {
    "Dale Valley", "Northvale", "Calderside", "Westmoor", "Severnshire", "Eastmarch", "Kingsmead", "Riverside",
};

struct SectorNames
{
    Sector sector;
    int weight;           ///< how common partners of this sector are
    const char* const* patterns; ///< "%1" is a place
    int patternCount;
    const char* const* roles;
    int roleCount;
};

const char* const kSchoolPatterns[] = {"%1 Primary School", "%1 High School", "%1 Infant School", "%1 Nursery", "%1 Heads' Network", "%1 Teaching School Hub", "%1 Special School"};
const char* const kTrustPatterns[] = {"%1 Learning Trust", "%1 Schools Trust", "%1 Academies Partnership", "%1 Diocesan Trust"};
const char* const kCouncilPatterns[] = {"%1 Council – Early Help", "%1 Council – SEND Service", "%1 Council – Libraries", "%1 Council – Housing Options", "%1 Council – Youth Service", "%1 Council – Public Health"};
const char* const kHealthPatterns[] = {"%1 Health Centre – School Nursing", "%1 Mental Health Support Team", "%1 Surgery", "%1 Community Dental Service", "%1 Children's Centre Health Visitors", "%1 CAMHS Outreach"};
const char* const kPolicePatterns[] = {"%1 Neighbourhood Policing Team", "%1 Community Safety Partnership", "%1 Fire Station", "%1 Youth Offending Team"};
const char* const kEducationPatterns[] = {"%1 College", "%1 Sixth Form College", "University of %1", "%1 Adult Learning Centre"};
const char* const kCharityPatterns[] = {"%1 Food Bank", "Home-Start %1", "%1 Young Carers", "%1 Citizens Advice", "%1 Youth Club", "%1 Scouts and Guides", "%1 Community Larder", "%1 Refugee Welcome", "%1 Boxing Club", "%1 Rotary Club"};
const char* const kCulturalPatterns[] = {"%1 Museum", "%1 Library", "%1 Theatre", "%1 Arts Centre", "%1 Orchestra", "%1 Heritage Trust", "%1 Gallery"};
const char* const kBusinessPatterns[] = {"%1 Engineering Ltd", "%1 Building Society", "%1 Co-operative", "%1 Logistics", "%1 Bakery", "%1 Solicitors LLP", "%1 Energy", "%1 Garden Centre"};
const char* const kFaithPatterns[] = {"St Mary's Church, %1", "%1 Mosque", "%1 Gurdwara", "%1 Methodist Church", "%1 Synagogue", "%1 Hindu Temple"};
const char* const kUnionPatterns[] = {"%1 NEU District", "%1 UNISON Branch", "%1 Trades Council"};
const char* const kFamilyPatterns[] = {"%1 Parents' Forum", "%1 PTA", "%1 Parent Carer Forum", "%1 Dads' Group"};
const char* const kOtherPatterns[] = {"%1 Allotment Society", "%1 Residents' Association", "%1 Leisure Centre", "%1 Football Club"};

const char* const kSchoolRoles[] = {"Headteacher", "Deputy Head", "SENCo", "Network Lead"};
const char* const kCouncilRoles[] = {"Service Manager", "Early Help Coordinator", "SEND Caseworker", "Commissioning Officer"};
const char* const kHealthRoles[] = {"School Nurse", "Practice Manager", "Clinical Lead", "Mental Health Practitioner"};
const char* const kPoliceRoles[] = {"PCSO", "Sergeant", "Community Safety Officer", "Watch Manager"};
const char* const kEducationRoles[] = {"Outreach Officer", "Widening Participation Lead", "Partnerships Manager"};
const char* const kCharityRoles[] = {"Coordinator", "Volunteer Lead", "Chief Officer", "Trustee"};
const char* const kCulturalRoles[] = {"Learning Officer", "Curator", "Education Manager", "Director"};
const char* const kBusinessRoles[] = {"HR Manager", "Managing Director", "Community Engagement Lead", "Apprenticeships Lead"};
const char* const kFaithRoles[] = {"Minister", "Imam", "Community Worker", "Chair"};
const char* const kUnionRoles[] = {"Branch Secretary", "Organiser"};
const char* const kFamilyRoles[] = {"Chair", "Parent Champion", "Secretary"};
const char* const kOtherRoles[] = {"Secretary", "Manager", "Chair"};

#define CIVIC_NAMES(array) array, int(std::size(array))
const SectorNames kSectorNames[] = {
    {Sector::SchoolsNetworks, 12, CIVIC_NAMES(kSchoolPatterns), CIVIC_NAMES(kSchoolRoles)},
    {Sector::OtherTrusts, 3, CIVIC_NAMES(kTrustPatterns), CIVIC_NAMES(kSchoolRoles)},
    {Sector::LocalAuthority, 8, CIVIC_NAMES(kCouncilPatterns), CIVIC_NAMES(kCouncilRoles)},
    {Sector::Health, 9, CIVIC_NAMES(kHealthPatterns), CIVIC_NAMES(kHealthRoles)},
    {Sector::PoliceSafety, 5, CIVIC_NAMES(kPolicePatterns), CIVIC_NAMES(kPoliceRoles)},
    {Sector::FurtherHigherEducation, 5, CIVIC_NAMES(kEducationPatterns), CIVIC_NAMES(kEducationRoles)},
    {Sector::CharityVoluntary, 20, CIVIC_NAMES(kCharityPatterns), CIVIC_NAMES(kCharityRoles)},
    {Sector::Cultural, 9, CIVIC_NAMES(kCulturalPatterns), CIVIC_NAMES(kCulturalRoles)},
    {Sector::Business, 14, CIVIC_NAMES(kBusinessPatterns), CIVIC_NAMES(kBusinessRoles)},
    {Sector::Faith, 6, CIVIC_NAMES(kFaithPatterns), CIVIC_NAMES(kFaithRoles)},
    {Sector::TradeUnion, 2, CIVIC_NAMES(kUnionPatterns), CIVIC_NAMES(kUnionRoles)},
    {Sector::Families, 5, CIVIC_NAMES(kFamilyPatterns), CIVIC_NAMES(kFamilyRoles)},
    {Sector::Other, 2, CIVIC_NAMES(kOtherPatterns), CIVIC_NAMES(kOtherRoles)},
};
#undef CIVIC_NAMES

// Partners every academy of a trust tends to share: "%1" is the region.
struct TrustWidePartner
{
    const char* pattern;
    Sector sector;
};
const TrustWidePartner kTrustWide[] = {
    {"%1 NHS Foundation Trust", Sector::Health},
    {"%1 Council – Education Services", Sector::LocalAuthority},
    {"%1 Police", Sector::PoliceSafety},
    {"University of %1", Sector::FurtherHigherEducation},
    {"%1 Integrated Care Board", Sector::Health},
    {"%1 Council – Children's Social Care", Sector::LocalAuthority},
    {"%1 Community Foundation", Sector::CharityVoluntary},
    {"%1 Music Hub", Sector::Cultural},
    {"%1 Chamber of Commerce", Sector::Business},
    {"%1 Fire and Rescue Service", Sector::PoliceSafety},
    {"%1 Diocese Education Team", Sector::Faith},
    {"%1 Careers Hub", Sector::FurtherHigherEducation},
};

struct NeedTemplate
{
    NeedCategory category;
    const char* title; ///< "%1" is the academy's place
    const char* evidence;
    bool disadvantaged;
    bool send;
};
const NeedTemplate kNeeds[] = {
    {NeedCategory::FoodPoverty, "Holiday hunger in %1", "Food bank referrals; pupil voice survey", true, false},
    {NeedCategory::FoodPoverty, "Breakfast before school", "Staff observations at morning registration", true, false},
    {NeedCategory::Housing, "Families in temporary accommodation", "Attendance officer's case notes", true, false},
    {NeedCategory::MentalHealth, "Waits for CAMHS support", "Pastoral log of referrals", true, true},
    {NeedCategory::MentalHealth, "Anxiety after transition to Year 7", "Wellbeing survey", false, false},
    {NeedCategory::SendSupport, "Slow EHCP assessments", "SENCo records; parent carer forum", false, true},
    {NeedCategory::SendSupport, "Speech and language therapy gaps", "Early years assessments", true, true},
    {NeedCategory::Attendance, "Persistent absence in %1", "Attendance data", true, false},
    {NeedCategory::Disadvantage, "Cost of uniform and trips", "Parents' survey", true, false},
    {NeedCategory::PhysicalHealth, "Dental decay in young children", "School nursing data", true, false},
    {NeedCategory::Safety, "Unsafe walk to school along the main road", "Parents' complaints; police briefing", false, false},
    {NeedCategory::Safety, "Youth violence on the %1 estate", "Neighbourhood policing team", true, false},
    {NeedCategory::SkillsEmployment, "Low aspiration for post-16 routes", "Year 9 careers survey", true, false},
    {NeedCategory::FamilySupport, "Young carers without support", "Pastoral team referrals", true, false},
    {NeedCategory::DigitalAccess, "No device or broadband at home", "Remote learning audit", true, false},
    {NeedCategory::CulturalAccess, "Few pupils have visited a museum or theatre", "Pupil voice", true, false},
    {NeedCategory::Environment, "No green space near %1", "Eco-council", false, false},
    {NeedCategory::Other, "English for parents new to the country", "Family liaison notes", true, false},
};

struct InitiativeTemplate
{
    Approach approach;
    const char* title; ///< "%1" is a place
    const char* description;
    const char* outcomes;
};
const InitiativeTemplate kInitiatives[] = {
    {Approach::WiderEducation, "Museum in the classroom", "Curators teach in school and every class visits each term.", "Writing in history improved."},
    {Approach::WiderEducation, "STEM club with local engineers", "Engineers run a weekly club and a workplace visit.", "Pupils met local employers."},
    {Approach::WiderEducation, "Theatre residency", "A term's residency ending in a community performance.", "Every pupil performed."},
    {Approach::WiderEducation, "Reading buddies from %1 College", "Students read weekly with pupils who are behind.", "Reading ages rose."},
    {Approach::WiderEducation, "Orchestra in a year group", "Every pupil in one year learns an instrument.", "A concert for families."},
    {Approach::ProblemIdentification, "Mental health triage in school", "Health partners triage together and run groups in school.", "Waits for first support fell."},
    {Approach::ProblemIdentification, "Holiday activities and food in %1", "Summer activities with a hot meal.", "Meals served across the summer."},
    {Approach::ProblemIdentification, "Attendance first", "Family workers follow up every persistent absence.", "Persistent absence fell."},
    {Approach::ProblemIdentification, "SEND caseworker partnership", "A named caseworker and termly joint planning.", "Assessments completed faster."},
    {Approach::Relational, "Partnership with %1 Food Bank", "One deep partnership across food, advice and volunteering.", "Families referred and supported."},
    {Approach::Relational, "University partner school", "Research, trainee placements and outreach with one university.", "Placements hosted."},
    {Approach::Relational, "Business partner", "Mentoring, governance and work experience with one employer.", "Mentors matched."},
    {Approach::CommunityConvening, "%1 community forum", "A termly forum of council, police, health, housing and families.", "Shared action plan agreed."},
    {Approach::CommunityConvening, "Safer streets coalition", "Schools, police, council and residents act on the walk to school.", "Crossing installed."},
    {Approach::CommunityConvening, "%1 anti-poverty alliance", "A coalition of schools, charities and employers on child poverty.", "Joint bid for funding."},
};

const char* const kEngagementSummaries[] = {
    "Termly review meeting", "Planning for next term", "Visit to the partner's site", "Joint event for families",
    "Phone call about a referral", "Shared data on attendance", "Governors' update", "Celebration assembly",
    "Agreed next steps", "Introductions with new staff", "Training session for staff", "Follow-up on actions",
};

// clang-format on

QString person(Random& random)
{
    // Two statements: the operands of + may be evaluated in either order.
    const QString first = u(random.pick(kFirstNames));
    return first + QLatin1Char(' ') + u(random.pick(kSurnames));
}

QString slug(const QString& text)
{
    QString out;
    for (QChar c : text.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c);
    }
    return out.left(40);
}

// Keeps every generated partner name distinct, as a real register would be.
QString distinct(QSet<QString>& used, QString name, Random& random)
{
    if (used.contains(name))
        name += QStringLiteral(" – ") + u(random.pick(kPlaces));
    for (int n = 2; used.contains(name); ++n)
        name = name.section(QStringLiteral(" ("), 0, 0) + QStringLiteral(" (%1)").arg(n);
    used.insert(name);
    return name;
}

QString postcode(Random& random)
{
    static const char* const areas[] = {"DV", "NV", "CS", "WM", "SV", "EM", "MB", "KM"};
    const QChar a = QLatin1Char(char('A' + random.below(26)));
    const QChar b = QLatin1Char(char('A' + random.below(26)));
    return QStringLiteral("%1%2 %3%4%5")
        .arg(u(random.pick(areas)))
        .arg(random.between(1, 19))
        .arg(random.below(10))
        .arg(a)
        .arg(b);
}

const SectorNames& namesFor(Sector sector)
{
    for (const SectorNames& names : kSectorNames) {
        if (names.sector == sector)
            return names;
    }
    return kSectorNames[std::size(kSectorNames) - 1];
}

int sectorWeightsTotal()
{
    int total = 0;
    for (const SectorNames& names : kSectorNames)
        total += names.weight;
    return total;
}

const SectorNames& randomSector(Random& random)
{
    static const int total = sectorWeightsTotal();
    int r = random.below(total);
    for (const SectorNames& names : kSectorNames) {
        if (r < names.weight)
            return names;
        r -= names.weight;
    }
    return kSectorNames[0];
}

TieStatus tieStatus(Random& random)
{
    static const int weights[] = {12, 70, 10, 8};
    return TieStatus(random.weighted(weights));
}

Narrative narrativeFor(Sector sector, Random& random)
{
    if (sector == Sector::SchoolsNetworks || sector == Sector::OtherTrusts)
        return random.chance(70) ? Narrative::System : Narrative::Trust;
    return random.chance(85) ? Narrative::Civic : Narrative::Trust;
}

} // namespace

SyntheticTrust::Spec SyntheticTrust::Spec::large()
{
    Spec spec;
    spec.trustName = QStringLiteral("Dale Valley Schools Partnership Trust");
    spec.academies = 40;
    spec.partners = 6000;
    spec.sharedPartners = 12;
    spec.ties = 8000;
    spec.needs = 3000;
    spec.initiatives = 6000;
    spec.engagements = 20000;
    spec.contacts = 10000;
    spec.today = QDate(2025, 9, 1);
    return spec;
}

SyntheticTrust::Spec SyntheticTrust::Spec::crowded()
{
    Spec spec;
    spec.trustName = QStringLiteral("Northvale Crowded Wheel Trust");
    spec.academies = 1;
    spec.partners = 150;
    spec.sharedPartners = 0;
    spec.ties = 150;
    spec.needs = 30;
    spec.initiatives = 60;
    spec.engagements = 400;
    spec.contacts = 250;
    spec.today = QDate(2025, 9, 1);
    return spec;
}

std::optional<SyntheticTrust::Spec> SyntheticTrust::Spec::preset(const QString& name)
{
    if (name == QLatin1String("large"))
        return large();
    if (name == QLatin1String("crowded"))
        return crowded();
    return std::nullopt;
}

QStringList SyntheticTrust::Spec::presetNames()
{
    return {QStringLiteral("large"), QStringLiteral("crowded")};
}

QString SyntheticTrust::checkSpec(const Spec& spec)
{
    if (spec.academies < 1 || spec.academies > 89999)
        return tr("A synthetic trust needs between 1 and 89,999 academies.");
    if (spec.partners < 0 || spec.ties < 0 || spec.needs < 0 || spec.initiatives < 0 ||
        spec.engagements < 0 || spec.contacts < 0 || spec.sharedPartners < 0)
        return tr("A synthetic trust cannot hold a negative number of records.");
    if (spec.sharedPartners > spec.partners)
        return tr("More partners are to be shared than there are partners.");
    if (spec.ties < spec.partners)
        return tr("Every partner needs a tie, so there must be at least as many ties as partners.");
    if (qint64(spec.ties) > qint64(spec.academies) * spec.partners)
        return tr("There cannot be more ties than academies × partners.");
    if ((spec.engagements > 0 || spec.initiatives > 0) && spec.ties == 0)
        return tr("Initiatives and engagements need partners tied to an academy.");
    if (spec.contacts > 0 && spec.partners == 0)
        return tr("Contacts need partners to work for.");
    if (!spec.today.isValid())
        return tr("A synthetic trust needs a fixed “today” to date its records from.");
    return {};
}

Status SyntheticTrust::generate(WheelStore& store, const Spec& spec, quint32 seed)
{
    if (const QString problem = checkSpec(spec); !problem.isEmpty())
        return Error{problem};
    Random random(seed);
    const QDate today = spec.today;
    const QString region = u(kRegions[seed % std::size(kRegions)]);

    return store.transaction([&]() -> Status {
        Trust trust;
        trust.name = spec.trustName;
        trust.companiesHouseNumber =
            QStringLiteral("%1").arg(random.between(1000000, 9999999), 8, 10, QLatin1Char('0'));
        trust.notes =
            tr("Made-up trust generated by Civic Wheel (seed %1) for benchmarks and checks.")
                .arg(seed);
        auto trustId = store.add(trust);
        if (!trustId)
            return trustId.error();

        // Academies -----------------------------------------------------------
        QVector<qint64> academyIds;
        QStringList academyPlaces;
        QStringList headteachers;
        const int placeOffset = random.below(int(std::size(kPlaces)));
        for (int i = 0; i < spec.academies; ++i) {
            static const char* const phases[] = {"Primary",   "Primary",     "Primary",
                                                 "Secondary", "All-through", "Special"};
            const QString place = u(kPlaces[(placeOffset + i) % std::size(kPlaces)]);
            Academy academy;
            academy.trustId = *trustId;
            academy.urn = QString::number(140000 + i * 7 + random.below(7));
            academy.phase = u(random.pick(phases));
            const QString round = i < int(std::size(kPlaces))
                                      ? QString()
                                      : QStringLiteral(" %1").arg(i / int(std::size(kPlaces)) + 1);
            academy.name =
                place + round + QLatin1Char(' ') + academy.phase + QStringLiteral(" Academy");
            academy.localAuthority = u(random.pick(kLocalAuthorities));
            academy.postcode = postcode(random);
            academy.headteacher = person(random);
            const bool secondary = academy.phase != QLatin1String("Primary") &&
                                   academy.phase != QLatin1String("Special");
            academy.pupilsOnRoll = academy.phase == QLatin1String("Special")
                                       ? random.between(60, 220)
                                   : secondary ? random.between(700, 1700)
                                               : random.between(150, 630);
            academy.percentDisadvantaged = random.between(60, 620) / 10.0;
            academy.percentSend = random.between(50, 280) / 10.0;
            auto id = store.add(academy);
            if (!id)
                return id.error();
            academyIds.append(*id);
            academyPlaces.append(place);
            headteachers.append(academy.headteacher);
        }

        // Partners: the trust-wide ones first, then local ones ------------------
        QVector<Partner> partners;
        partners.reserve(spec.partners);
        QSet<QString> usedNames;
        for (int i = 0; i < spec.partners; ++i) {
            Partner partner;
            if (i < spec.sharedPartners) {
                const TrustWidePartner& wide = kTrustWide[i % std::size(kTrustWide)];
                const QString area =
                    i < int(std::size(kTrustWide)) ? region : u(random.pick(kRegions));
                partner.name = distinct(usedNames, u(wide.pattern).arg(area), random);
                partner.sector = wide.sector;
                partner.notes = tr("Works with every academy of the trust.");
            } else {
                const SectorNames& names = randomSector(random);
                partner.sector = names.sector;
                partner.name = distinct(usedNames,
                                        u(names.patterns[random.below(names.patternCount)])
                                            .arg(u(random.pick(kPlaces))),
                                        random);
                if (random.chance(15))
                    partner.notes =
                        tr("Met at the %1 community fair.").arg(u(random.pick(kPlaces)));
            }
            partner.postcode = postcode(random);
            if (random.chance(70))
                partner.website =
                    QStringLiteral("https://www.%1.example.org.uk").arg(slug(partner.name));
            partners.append(partner);
        }
        if (auto s = storeAll(store, partners); !s)
            return s;

        // Ties: one per partner, every academy with the shared ones, then
        // neighbouring academies share local partners until the count is met.
        QVector<Tie> ties;
        ties.reserve(spec.ties);
        QSet<QPair<int, int>> tied; // (academy index, partner index)
        auto addTie = [&](int academy, int partner) {
            const Partner& p = partners.at(partner);
            Tie tie;
            tie.academyId = academyIds.at(academy);
            tie.partnerId = p.id;
            static const int strengths[] = {15, 25, 30, 18, 12};
            tie.strength = partner < spec.sharedPartners ? random.between(3, 5)
                                                         : random.weighted(strengths) + 1;
            tie.role = random.chance(30) ? TieRole::Leads : TieRole::Supports;
            tie.narrative = narrativeFor(p.sector, random);
            tie.staffOwner = u(random.pick(kStaffRoles));
            tie.executiveSponsor = headteachers.at(academy);
            tie.status = tieStatus(random);
            tie.started = today.addDays(-random.between(30, 2500));
            tie.nextReview = today.addDays(random.between(-90, 365));
            if (random.chance(20))
                tie.notes = tr("Reviewed with %1.").arg(person(random));
            tied.insert(qMakePair(academy, partner));
            ties.append(tie);
        };
        for (int p = 0; p < spec.partners; ++p)
            addTie(p < spec.sharedPartners ? p % spec.academies : random.below(spec.academies), p);
        for (int p = 0; p < spec.sharedPartners; ++p) {
            for (int a = 0; a < spec.academies && ties.size() < spec.ties; ++a) {
                if (!tied.contains(qMakePair(a, p)))
                    addTie(a, p);
            }
        }
        // About one local partner in six is shared with other academies.
        const int localPartners = spec.partners - spec.sharedPartners;
        const int pool = std::max(1, localPartners / 6);
        int attempts = 0;
        while (ties.size() < spec.ties) {
            // Past a generous number of misses, any partner will do.
            const bool anyPartner = attempts > spec.ties * 4 || localPartners == 0;
            const int p = anyPartner
                              ? random.below(spec.partners)
                              : spec.sharedPartners + random.below(std::min(pool, localPartners));
            const int a = random.below(spec.academies);
            ++attempts;
            if (!tied.contains(qMakePair(a, p)))
                addTie(a, p);
        }
        if (auto s = storeAll(store, ties); !s)
            return s;
        QVector<QVector<int>> partnersOfAcademy(spec.academies); // partner indexes
        {
            QHash<qint64, int> academyIndex;
            QHash<qint64, int> partnerIndex;
            for (int i = 0; i < academyIds.size(); ++i)
                academyIndex.insert(academyIds.at(i), i);
            for (int i = 0; i < partners.size(); ++i)
                partnerIndex.insert(partners.at(i).id, i);
            for (const Tie& tie : std::as_const(ties))
                partnersOfAcademy[academyIndex.value(tie.academyId)].append(
                    partnerIndex.value(tie.partnerId));
        }

        // Contacts --------------------------------------------------------------
        QVector<Contact> contacts;
        contacts.reserve(spec.contacts);
        QVector<QVector<qint64>> contactsOfPartner(spec.partners);
        QVector<int> contactPartner;
        for (int i = 0; i < spec.contacts; ++i) {
            // Every partner gets one before any gets a second.
            const int p = i < spec.partners ? i : random.below(spec.partners);
            const SectorNames& names = namesFor(partners.at(p).sector);
            const QString first = u(random.pick(kFirstNames));
            const QString last = u(random.pick(kSurnames));
            Contact contact;
            contact.partnerId = partners.at(p).id;
            contact.name = first + QLatin1Char(' ') + last;
            contact.role = u(names.roles[random.below(names.roleCount)]);
            contact.email = QStringLiteral("%1.%2@%3.example.org.uk")
                                .arg(slug(first), slug(last), slug(partners.at(p).name));
            // Ofcom's numbers reserved for drama: never a real person's.
            contact.phone =
                QStringLiteral("01632 960%1").arg(random.below(1000), 3, 10, QLatin1Char('0'));
            contact.retainUntil = today.addDays(random.between(-60, 3 * 365));
            contacts.append(contact);
            contactPartner.append(p);
        }
        if (auto s = storeAll(store, contacts); !s)
            return s;
        for (int i = 0; i < contacts.size(); ++i)
            contactsOfPartner[contactPartner.at(i)].append(contacts.at(i).id);

        // Needs: spread evenly over the academies -------------------------------
        QVector<Need> needs;
        needs.reserve(spec.needs);
        for (int i = 0; i < spec.needs; ++i) {
            const int a = i % spec.academies;
            const NeedTemplate& t = random.pick(kNeeds);
            Need need;
            need.academyId = academyIds.at(a);
            need.title = fill(t.title, academyPlaces.at(a));
            need.category = t.category;
            need.severity = random.between(1, 5);
            need.evidence = u(t.evidence);
            need.affectsDisadvantaged = t.disadvantaged || random.chance(20);
            need.affectsSend = t.send || random.chance(10);
            need.consulted = random.chance(55);
            static const int statuses[] = {60, 25, 15};
            need.status = NeedStatus(random.weighted(statuses));
            need.identified = today.addDays(-random.between(0, 900));
            needs.append(need);
        }
        if (auto s = storeAll(store, needs); !s)
            return s;
        QVector<QVector<qint64>> needsOfAcademy(spec.academies);
        for (int i = 0; i < needs.size(); ++i)
            needsOfAcademy[i % spec.academies].append(needs.at(i).id);

        // Initiatives: CST's pathway, so wider education is the most common --
        QVector<Initiative> initiatives;
        initiatives.reserve(spec.initiatives);
        for (int i = 0; i < spec.initiatives; ++i) {
            int a = i % spec.academies;
            for (int step = 0; partnersOfAcademy.at(a).isEmpty() && step < spec.academies; ++step)
                a = (a + 1) % spec.academies;
            static const int approaches[] = {40, 28, 20, 12};
            const Approach approach = Approach(random.weighted(approaches));
            QVector<const InitiativeTemplate*> fitting;
            for (const InitiativeTemplate& t : kInitiatives) {
                if (t.approach == approach)
                    fitting.append(&t);
            }
            const InitiativeTemplate& t = *fitting.at(random.below(int(fitting.size())));
            Initiative initiative;
            initiative.academyId = academyIds.at(a);
            initiative.title = fill(t.title, u(random.pick(kPlaces)));
            initiative.approach = approach;
            static const int statuses[] = {15, 55, 10, 20};
            initiative.status = InitiativeStatus(random.weighted(statuses));
            initiative.staffLead = u(random.pick(kStaffRoles));
            initiative.started = today.addDays(-random.between(0, 1500));
            if (initiative.status == InitiativeStatus::Ended)
                initiative.ends = initiative.started.addDays(random.between(60, 700));
            initiative.description = u(t.description);
            if (initiative.status != InitiativeStatus::Planned)
                initiative.outcomes = u(t.outcomes);
            initiative.pupilsReached =
                initiative.status == InitiativeStatus::Planned ? 0 : random.between(5, 400);
            initiative.disadvantagedReached =
                initiative.pupilsReached * random.between(20, 70) / 100;
            initiative.sendReached = initiative.pupilsReached * random.between(5, 30) / 100;
            const QVector<int>& own = partnersOfAcademy.at(a);
            const int partnerCount = approach == Approach::CommunityConvening ? random.between(3, 8)
                                     : approach == Approach::Relational       ? 1
                                                                        : random.between(1, 3);
            for (int k = 0; k < partnerCount; ++k)
                initiative.partnerIds.append(partners.at(own.at(random.below(int(own.size())))).id);
            const QVector<qint64>& ownNeeds = needsOfAcademy.at(a);
            const int needCount = ownNeeds.isEmpty()                     ? 0
                                  : approach == Approach::WiderEducation ? random.between(0, 1)
                                                                         : random.between(1, 3);
            for (int k = 0; k < needCount; ++k)
                initiative.needIds.append(ownNeeds.at(random.below(int(ownNeeds.size()))));
            // Stored ascending and distinct, as the store reads them back.
            for (QVector<qint64>* ids : {&initiative.partnerIds, &initiative.needIds}) {
                std::sort(ids->begin(), ids->end());
                ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
            }
            initiatives.append(initiative);
        }
        if (auto s = storeAll(store, initiatives); !s)
            return s;

        // Engagements: each with a tied partner, often with one of its people --
        QVector<Engagement> engagements;
        engagements.reserve(spec.engagements);
        for (int i = 0; i < spec.engagements; ++i) {
            const Tie& tie = ties.at(random.below(int(ties.size())));
            Engagement engagement;
            engagement.academyId = tie.academyId;
            engagement.partnerId = tie.partnerId;
            static const int kinds[] = {35, 15, 20, 15, 10, 5};
            engagement.kind = EngagementKind(random.weighted(kinds));
            engagement.date = today.addDays(-random.between(0, 730));
            engagement.summary = u(random.pick(kEngagementSummaries));
            engagements.append(engagement);
        }
        // Contacts are looked up by partner id after the loop to keep it simple.
        {
            QHash<qint64, int> partnerIndex;
            for (int i = 0; i < partners.size(); ++i)
                partnerIndex.insert(partners.at(i).id, i);
            for (Engagement& engagement : engagements) {
                const QVector<qint64>& people =
                    contactsOfPartner.at(partnerIndex.value(engagement.partnerId));
                if (!people.isEmpty() && random.chance(60))
                    engagement.contactId = people.at(random.below(int(people.size())));
            }
        }
        return storeAll(store, engagements);
    });
}

} // namespace civic
