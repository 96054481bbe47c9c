#pragma once

#include <QString>
#include <QVector>

#include <optional>

namespace civic {

// Each enumeration is stored in the file by a stable lower-case code (readable
// in any SQLite tool, unchanged by reordering) and shown by its display name.

enum class Sector
{
    SchoolsNetworks,
    OtherTrusts,
    LocalAuthority,
    Health,
    PoliceSafety,
    FurtherHigherEducation,
    CharityVoluntary,
    Cultural,
    Business,
    Faith,
    TradeUnion,
    Families,
    Other,
};

enum class TieStatus
{
    Prospective,
    Active,
    Paused,
    Ended
};

/// Whether the academy leads the relationship or supports a partner's lead.
enum class TieRole
{
    Leads,
    Supports
};

/// CST's three nested leadership narratives.
enum class Narrative
{
    Trust,
    Civic,
    System
};

/// CST's four civic approaches, in the order of CST's pathway.
enum class Approach
{
    WiderEducation,
    ProblemIdentification,
    Relational,
    CommunityConvening
};

enum class NeedCategory
{
    FoodPoverty,
    Housing,
    MentalHealth,
    SendSupport,
    Attendance,
    Disadvantage,
    PhysicalHealth,
    Safety,
    SkillsEmployment,
    FamilySupport,
    DigitalAccess,
    CulturalAccess,
    Environment,
    Other,
};

enum class NeedStatus
{
    Open,
    Monitoring,
    Closed
};

enum class InitiativeStatus
{
    Planned,
    Active,
    Paused,
    Ended
};

enum class EngagementKind
{
    Meeting,
    Event,
    Call,
    Email,
    Visit,
    Other
};

/// Code and display name of one enumerator.
template <typename E>
struct EnumEntry
{
    E value;
    const char* code;
    const char* name;
};

/// Every enumerator of E in display order.
template <typename E>
QVector<E> allValues();

/// The stable code stored in the file.
template <typename E>
QString codeOf(E value);

/// The name a person reads ("Health (NHS)").
template <typename E>
QString displayName(E value);

/// The enumerator with this stored code, if any.
template <typename E>
std::optional<E> fromCode(const QString& code);

/// The enumerator whose code or display name matches, ignoring case and spacing.
template <typename E>
std::optional<E> fromText(const QString& text);

/// One sentence on what an approach means, in CST's words.
QString approachDescription(Approach approach);

/// A short label for charts where the full name would not fit.
QString approachShortName(Approach approach);

/// "1 – occasional" … "5 – core".
QString strengthName(int strength);

} // namespace civic
