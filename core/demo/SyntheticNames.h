#pragma once

// Internal to the synthetic trusts (SyntheticTrustWriter): the made-up names,
// roles and templates they are built from, and small helpers that draw from
// them. Not a public interface.

#include "demo/SyntheticRandom.h"
#include "model/Enums.h"

#include <QSet>
#include <QString>

#include <iterator>

namespace civic::synthetic {

// clang-format off
inline const char* const kPlaces[] = {
    "Ashcombe", "Barnfield", "Brookhurst", "Calder Vale", "Castlegate", "Cheswick", "Colebridge", "Dalton Moor",
    "Eastleigh Park", "Elmstead", "Fairhaven", "Fenwick", "Foxley", "Gorsebank", "Greyfriars", "Hartwell",
    "Hawthorn Hill", "Highcliffe", "Holmewood", "Ivybridge Green", "Kingsmead", "Larkfield", "Lowther", "Marston",
    "Meadowbank", "Millbrook", "Netherby", "Northvale", "Oakridge", "Oldfield", "Pennington", "Queensbury",
    "Ravenscar", "Redhill", "Riverside", "Rowan Heath", "St Aldhelm's", "Saltmarsh", "Sandford", "Southgate",
    "Stanbury", "Thornbury Cross", "Underwood", "Wakeley", "Westbrook", "Whitmore", "Willowdene", "Woodhatch",
    "Yarrow", "Amberley", "Blackwater", "Coldharbour", "Deepdale", "Emberton", "Frogmore", "Glenholme",
};
inline const char* const kRegions[] = {"Dale Valley", "Northvale", "Calderside", "Westmoor", "Severnshire", "Eastmarch"};
inline const char* const kFirstNames[] = {
    "Aisha", "Amelia", "Ben", "Chloe", "Daniel", "Deepa", "Eilidh", "Femi", "Grace", "Hamza", "Harriet", "Imran",
    "Jack", "Joanna", "Kwame", "Laura", "Liam", "Mei", "Mohammed", "Niamh", "Oliver", "Priya", "Rhys", "Ruth",
    "Sam", "Sophie", "Tariq", "Tom", "Uma", "Victoria", "Wei", "Yusuf", "Zara", "Gareth", "Helen", "Owen",
};
inline const char* const kSurnames[] = {
    "Adeyemi", "Ahmed", "Bailey", "Begum", "Brown", "Campbell", "Chen", "Davies", "Evans", "Farouk", "Green",
    "Hughes", "Iqbal", "Jones", "Kaur", "Kowalski", "Lewis", "Mensah", "Murphy", "Nowak", "O'Brien", "Okafor",
    "Patel", "Price", "Roberts", "Shah", "Singh", "Smith", "Taylor", "Thomas", "Walker", "Williams", "Wright", "Young",
};
inline const char* const kStaffRoles[] = {
    "Headteacher", "Deputy Head", "SENCo", "Pastoral Lead", "Family Liaison Officer", "Careers Lead",
    "Curriculum Lead", "Mental Health Lead", "Attendance Officer", "Business Manager", "Designated Safeguarding Lead",
};
inline const char* const kLocalAuthorities[] = {
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

inline const char* const kSchoolPatterns[] = {"%1 Primary School", "%1 High School", "%1 Infant School", "%1 Nursery", "%1 Heads' Network", "%1 Teaching School Hub", "%1 Special School"};
inline const char* const kTrustPatterns[] = {"%1 Learning Trust", "%1 Schools Trust", "%1 Academies Partnership", "%1 Diocesan Trust"};
inline const char* const kCouncilPatterns[] = {"%1 Council – Early Help", "%1 Council – SEND Service", "%1 Council – Libraries", "%1 Council – Housing Options", "%1 Council – Youth Service", "%1 Council – Public Health"};
inline const char* const kHealthPatterns[] = {"%1 Health Centre – School Nursing", "%1 Mental Health Support Team", "%1 Surgery", "%1 Community Dental Service", "%1 Children's Centre Health Visitors", "%1 CAMHS Outreach"};
inline const char* const kPolicePatterns[] = {"%1 Neighbourhood Policing Team", "%1 Community Safety Partnership", "%1 Fire Station", "%1 Youth Offending Team"};
inline const char* const kEducationPatterns[] = {"%1 College", "%1 Sixth Form College", "University of %1", "%1 Adult Learning Centre"};
inline const char* const kCharityPatterns[] = {"%1 Food Bank", "Home-Start %1", "%1 Young Carers", "%1 Citizens Advice", "%1 Youth Club", "%1 Scouts and Guides", "%1 Community Larder", "%1 Refugee Welcome", "%1 Boxing Club", "%1 Rotary Club"};
inline const char* const kCulturalPatterns[] = {"%1 Museum", "%1 Library", "%1 Theatre", "%1 Arts Centre", "%1 Orchestra", "%1 Heritage Trust", "%1 Gallery"};
inline const char* const kBusinessPatterns[] = {"%1 Engineering Ltd", "%1 Building Society", "%1 Co-operative", "%1 Logistics", "%1 Bakery", "%1 Solicitors LLP", "%1 Energy", "%1 Garden Centre"};
inline const char* const kFaithPatterns[] = {"St Mary's Church, %1", "%1 Mosque", "%1 Gurdwara", "%1 Methodist Church", "%1 Synagogue", "%1 Hindu Temple"};
inline const char* const kUnionPatterns[] = {"%1 NEU District", "%1 UNISON Branch", "%1 Trades Council"};
inline const char* const kFamilyPatterns[] = {"%1 Parents' Forum", "%1 PTA", "%1 Parent Carer Forum", "%1 Dads' Group"};
inline const char* const kOtherPatterns[] = {"%1 Allotment Society", "%1 Residents' Association", "%1 Leisure Centre", "%1 Football Club"};

inline const char* const kSchoolRoles[] = {"Headteacher", "Deputy Head", "SENCo", "Network Lead"};
inline const char* const kCouncilRoles[] = {"Service Manager", "Early Help Coordinator", "SEND Caseworker", "Commissioning Officer"};
inline const char* const kHealthRoles[] = {"School Nurse", "Practice Manager", "Clinical Lead", "Mental Health Practitioner"};
inline const char* const kPoliceRoles[] = {"PCSO", "Sergeant", "Community Safety Officer", "Watch Manager"};
inline const char* const kEducationRoles[] = {"Outreach Officer", "Widening Participation Lead", "Partnerships Manager"};
inline const char* const kCharityRoles[] = {"Coordinator", "Volunteer Lead", "Chief Officer", "Trustee"};
inline const char* const kCulturalRoles[] = {"Learning Officer", "Curator", "Education Manager", "Director"};
inline const char* const kBusinessRoles[] = {"HR Manager", "Managing Director", "Community Engagement Lead", "Apprenticeships Lead"};
inline const char* const kFaithRoles[] = {"Minister", "Imam", "Community Worker", "Chair"};
inline const char* const kUnionRoles[] = {"Branch Secretary", "Organiser"};
inline const char* const kFamilyRoles[] = {"Chair", "Parent Champion", "Secretary"};
inline const char* const kOtherRoles[] = {"Secretary", "Manager", "Chair"};

#define CIVIC_NAMES(array) array, int(std::size(array))
inline const SectorNames kSectorNames[] = {
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
inline const TrustWidePartner kTrustWide[] = {
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
inline const NeedTemplate kNeeds[] = {
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
inline const InitiativeTemplate kInitiatives[] = {
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

inline const char* const kEngagementSummaries[] = {
    "Termly review meeting", "Planning for next term", "Visit to the partner's site", "Joint event for families",
    "Phone call about a referral", "Shared data on attendance", "Governors' update", "Celebration assembly",
    "Agreed next steps", "Introductions with new staff", "Training session for staff", "Follow-up on actions",
};

// clang-format on

QString u(const char* text);
/// `pattern` with "%1" replaced by `place`, when it has one.
QString fill(const char* pattern, const QString& place);
/// A first name and a surname.
QString person(SyntheticRandom& random);
/// Lower-case ASCII letters and digits of `text`, at most 40: for web and email addresses.
QString slug(const QString& text);
/// `name`, made distinct from every name in `used` (and added to it).
QString distinct(QSet<QString>& used, QString name, SyntheticRandom& random);
/// A made-up postcode of the shape of a real one.
QString postcode(SyntheticRandom& random);
const SectorNames& namesFor(Sector sector);
/// A sector, in proportion to how common its partners are.
const SectorNames& randomSector(SyntheticRandom& random);
TieStatus tieStatus(SyntheticRandom& random);
Narrative narrativeFor(Sector sector, SyntheticRandom& random);

} // namespace civic::synthetic
