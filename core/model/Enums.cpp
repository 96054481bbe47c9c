#include "model/Enums.h"

#include <QCoreApplication>

#include <array>
#include <iterator>

namespace civic {
namespace {

// clang-format off
constexpr EnumEntry<Sector> kSectors[] = {
    {Sector::SchoolsNetworks, "schools", QT_TRANSLATE_NOOP("civic", "Schools & networks")},
    {Sector::OtherTrusts, "trusts", QT_TRANSLATE_NOOP("civic", "Other trusts")},
    {Sector::LocalAuthority, "local-authority", QT_TRANSLATE_NOOP("civic", "Local authority")},
    {Sector::Health, "health", QT_TRANSLATE_NOOP("civic", "Health (NHS)")},
    {Sector::PoliceSafety, "police", QT_TRANSLATE_NOOP("civic", "Police & community safety")},
    {Sector::FurtherHigherEducation, "fe-he", QT_TRANSLATE_NOOP("civic", "Further & higher education")},
    {Sector::CharityVoluntary, "charity", QT_TRANSLATE_NOOP("civic", "Charity & voluntary")},
    {Sector::Cultural, "cultural", QT_TRANSLATE_NOOP("civic", "Cultural institution")},
    {Sector::Business, "business", QT_TRANSLATE_NOOP("civic", "Business")},
    {Sector::Faith, "faith", QT_TRANSLATE_NOOP("civic", "Faith group")},
    {Sector::TradeUnion, "union", QT_TRANSLATE_NOOP("civic", "Trade union")},
    {Sector::Families, "families", QT_TRANSLATE_NOOP("civic", "Families & parent groups")},
    {Sector::Other, "other", QT_TRANSLATE_NOOP("civic", "Other")},
};

constexpr EnumEntry<TieStatus> kTieStatuses[] = {
    {TieStatus::Prospective, "prospective", QT_TRANSLATE_NOOP("civic", "Prospective")},
    {TieStatus::Active, "active", QT_TRANSLATE_NOOP("civic", "Active")},
    {TieStatus::Paused, "paused", QT_TRANSLATE_NOOP("civic", "Paused")},
    {TieStatus::Ended, "ended", QT_TRANSLATE_NOOP("civic", "Ended")},
};

constexpr EnumEntry<TieRole> kTieRoles[] = {
    {TieRole::Leads, "leads", QT_TRANSLATE_NOOP("civic", "Academy leads")},
    {TieRole::Supports, "supports", QT_TRANSLATE_NOOP("civic", "Academy supports")},
};

constexpr EnumEntry<Narrative> kNarratives[] = {
    {Narrative::Trust, "trust", QT_TRANSLATE_NOOP("civic", "Trust leadership")},
    {Narrative::Civic, "civic", QT_TRANSLATE_NOOP("civic", "Civic leadership")},
    {Narrative::System, "system", QT_TRANSLATE_NOOP("civic", "System leadership")},
};

constexpr EnumEntry<Approach> kApproaches[] = {
    {Approach::WiderEducation, "wider-education", QT_TRANSLATE_NOOP("civic", "Wider education purposes")},
    {Approach::ProblemIdentification, "problem-identification", QT_TRANSLATE_NOOP("civic", "Problem identification")},
    {Approach::Relational, "relational", QT_TRANSLATE_NOOP("civic", "Relational")},
    {Approach::CommunityConvening, "community-convening", QT_TRANSLATE_NOOP("civic", "Community convening")},
};

constexpr EnumEntry<NeedCategory> kNeedCategories[] = {
    {NeedCategory::FoodPoverty, "food", QT_TRANSLATE_NOOP("civic", "Hunger & food poverty")},
    {NeedCategory::Housing, "housing", QT_TRANSLATE_NOOP("civic", "Housing")},
    {NeedCategory::MentalHealth, "mental-health", QT_TRANSLATE_NOOP("civic", "Mental health & wellbeing")},
    {NeedCategory::SendSupport, "send", QT_TRANSLATE_NOOP("civic", "SEND support")},
    {NeedCategory::Attendance, "attendance", QT_TRANSLATE_NOOP("civic", "Attendance")},
    {NeedCategory::Disadvantage, "disadvantage", QT_TRANSLATE_NOOP("civic", "Disadvantage & poverty")},
    {NeedCategory::PhysicalHealth, "physical-health", QT_TRANSLATE_NOOP("civic", "Physical health")},
    {NeedCategory::Safety, "safety", QT_TRANSLATE_NOOP("civic", "Safety & youth crime")},
    {NeedCategory::SkillsEmployment, "skills", QT_TRANSLATE_NOOP("civic", "Skills & employment")},
    {NeedCategory::FamilySupport, "family", QT_TRANSLATE_NOOP("civic", "Family support")},
    {NeedCategory::DigitalAccess, "digital", QT_TRANSLATE_NOOP("civic", "Digital access")},
    {NeedCategory::CulturalAccess, "culture", QT_TRANSLATE_NOOP("civic", "Cultural access")},
    {NeedCategory::Environment, "environment", QT_TRANSLATE_NOOP("civic", "Environment & place")},
    {NeedCategory::Other, "other", QT_TRANSLATE_NOOP("civic", "Other")},
};

constexpr EnumEntry<NeedStatus> kNeedStatuses[] = {
    {NeedStatus::Open, "open", QT_TRANSLATE_NOOP("civic", "Open")},
    {NeedStatus::Monitoring, "monitoring", QT_TRANSLATE_NOOP("civic", "Monitoring")},
    {NeedStatus::Closed, "closed", QT_TRANSLATE_NOOP("civic", "Closed")},
};

constexpr EnumEntry<InitiativeStatus> kInitiativeStatuses[] = {
    {InitiativeStatus::Planned, "planned", QT_TRANSLATE_NOOP("civic", "Planned")},
    {InitiativeStatus::Active, "active", QT_TRANSLATE_NOOP("civic", "Active")},
    {InitiativeStatus::Paused, "paused", QT_TRANSLATE_NOOP("civic", "Paused")},
    {InitiativeStatus::Ended, "ended", QT_TRANSLATE_NOOP("civic", "Ended")},
};

constexpr EnumEntry<EngagementKind> kEngagementKinds[] = {
    {EngagementKind::Meeting, "meeting", QT_TRANSLATE_NOOP("civic", "Meeting")},
    {EngagementKind::Event, "event", QT_TRANSLATE_NOOP("civic", "Event")},
    {EngagementKind::Call, "call", QT_TRANSLATE_NOOP("civic", "Call")},
    {EngagementKind::Email, "email", QT_TRANSLATE_NOOP("civic", "Email")},
    {EngagementKind::Visit, "visit", QT_TRANSLATE_NOOP("civic", "Visit")},
    {EngagementKind::Other, "other", QT_TRANSLATE_NOOP("civic", "Other")},
};
// clang-format on

template <typename E>
struct Table;
template <>
struct Table<Sector>
{
    static constexpr const auto& entries = kSectors;
};
template <>
struct Table<TieStatus>
{
    static constexpr const auto& entries = kTieStatuses;
};
template <>
struct Table<TieRole>
{
    static constexpr const auto& entries = kTieRoles;
};
template <>
struct Table<Narrative>
{
    static constexpr const auto& entries = kNarratives;
};
template <>
struct Table<Approach>
{
    static constexpr const auto& entries = kApproaches;
};
template <>
struct Table<NeedCategory>
{
    static constexpr const auto& entries = kNeedCategories;
};
template <>
struct Table<NeedStatus>
{
    static constexpr const auto& entries = kNeedStatuses;
};
template <>
struct Table<InitiativeStatus>
{
    static constexpr const auto& entries = kInitiativeStatuses;
};
template <>
struct Table<EngagementKind>
{
    static constexpr const auto& entries = kEngagementKinds;
};

template <typename E>
const EnumEntry<E>* entryOf(E value)
{
    for (const auto& entry : Table<E>::entries) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

// Lower case with spaces, dashes, '&' and "and" folded away, so "Further and
// Higher Education", "further-higher education" and "fe-he" compare sensibly.
QString folded(const QString& text)
{
    QString out;
    const QString lower = text.toLower().replace(QStringLiteral(" and "), QStringLiteral(" "));
    for (const QChar c : lower) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

} // namespace

template <typename E>
QVector<E> allValues()
{
    QVector<E> values;
    for (const auto& entry : Table<E>::entries)
        values.append(entry.value);
    return values;
}

template <typename E>
QString codeOf(E value)
{
    // Made once per type (thread-safely) and shared: every stored record
    // writes its codes, and a new QString each time cost an allocation apiece.
    static const QStringList codes = [] {
        QStringList list;
        for (const auto& entry : Table<E>::entries)
            list.append(QString::fromLatin1(entry.code));
        return list;
    }();
    const auto* entry = entryOf(value);
    return entry ? codes.at(entry - std::begin(Table<E>::entries)) : QString();
}

template <typename E>
QString displayName(E value)
{
    const auto* entry = entryOf(value);
    return entry ? QCoreApplication::translate("civic", entry->name) : QString();
}

template <typename E>
std::optional<E> fromCode(const QString& code)
{
    for (const auto& entry : Table<E>::entries) {
        if (code == QLatin1String(entry.code))
            return entry.value;
    }
    return std::nullopt;
}

template <typename E>
std::optional<E> fromText(const QString& text)
{
    const QString key = folded(text);
    if (key.isEmpty())
        return std::nullopt;
    for (const auto& entry : Table<E>::entries) {
        if (key == folded(QString::fromLatin1(entry.code)) ||
            key == folded(QString::fromLatin1(entry.name)) ||
            key == folded(displayName(entry.value)))
            return entry.value;
    }
    return std::nullopt;
}

#define CIVIC_INSTANTIATE_ENUM(E)                                                                  \
    template QVector<E> allValues<E>();                                                            \
    template QString codeOf<E>(E);                                                                 \
    template QString displayName<E>(E);                                                            \
    template std::optional<E> fromCode<E>(const QString&);                                         \
    template std::optional<E> fromText<E>(const QString&);

CIVIC_INSTANTIATE_ENUM(Sector)
CIVIC_INSTANTIATE_ENUM(TieStatus)
CIVIC_INSTANTIATE_ENUM(TieRole)
CIVIC_INSTANTIATE_ENUM(Narrative)
CIVIC_INSTANTIATE_ENUM(Approach)
CIVIC_INSTANTIATE_ENUM(NeedCategory)
CIVIC_INSTANTIATE_ENUM(NeedStatus)
CIVIC_INSTANTIATE_ENUM(InitiativeStatus)
CIVIC_INSTANTIATE_ENUM(EngagementKind)

#undef CIVIC_INSTANTIATE_ENUM

QString approachDescription(Approach approach)
{
    switch (approach) {
    case Approach::WiderEducation:
        return QCoreApplication::translate(
            "civic",
            "Working with the creative arts, local businesses and charities to give pupils new "
            "opportunities, extending the curriculum.");
    case Approach::ProblemIdentification:
        return QCoreApplication::translate(
            "civic", "Targeting one key problem for pupils or the community, such as mental health "
                     "provision, and working with other services to improve it.");
    case Approach::Relational:
        return QCoreApplication::translate(
            "civic",
            "One deep partnership with one organisation, working together on a range of topics.");
    case Approach::CommunityConvening:
        return QCoreApplication::translate(
            "civic",
            "Bringing together a broad coalition of people and organisations to tackle common "
            "problems through collective action.");
    }
    return {};
}

QString approachShortName(Approach approach)
{
    switch (approach) {
    case Approach::WiderEducation:
        return QCoreApplication::translate("civic", "Wider education");
    case Approach::ProblemIdentification:
        return QCoreApplication::translate("civic", "Problem identification");
    case Approach::Relational:
        return QCoreApplication::translate("civic", "Relational");
    case Approach::CommunityConvening:
        return QCoreApplication::translate("civic", "Community convening");
    }
    return {};
}

QString strengthName(int strength)
{
    static const char* const names[] = {
        QT_TRANSLATE_NOOP("civic", "occasional"), QT_TRANSLATE_NOOP("civic", "developing"),
        QT_TRANSLATE_NOOP("civic", "regular"),    QT_TRANSLATE_NOOP("civic", "strong"),
        QT_TRANSLATE_NOOP("civic", "core"),
    };
    if (strength < 1 || strength > 5)
        return {};
    return QStringLiteral("%1 – %2").arg(strength).arg(
        QCoreApplication::translate("civic", names[strength - 1]));
}

} // namespace civic
