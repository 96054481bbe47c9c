#include "io/ImportValues.h"

#include "io/ImportField.h"
#include "model/StringHash.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>
#include <unordered_map>
#include <utility>

namespace civic {
namespace {

QString fold(const QString& text)
{
    return ImportFields::folded(text);
}

// Words that name a sector, matched as whole words or as the whole value.
const std::pair<const char*, Sector> kSectorWords[] = {
    {"nhs", Sector::Health},
    {"health", Sector::Health},
    {"hospital", Sector::Health},
    {"gp", Sector::Health},
    {"surgery", Sector::Health},
    {"camhs", Sector::Health},
    {"clinic", Sector::Health},
    {"council", Sector::LocalAuthority},
    {"la", Sector::LocalAuthority},
    {"local authority", Sector::LocalAuthority},
    {"local government", Sector::LocalAuthority},
    {"borough", Sector::LocalAuthority},
    {"police", Sector::PoliceSafety},
    {"fire", Sector::PoliceSafety},
    {"community safety", Sector::PoliceSafety},
    {"youth justice", Sector::PoliceSafety},
    {"college", Sector::FurtherHigherEducation},
    {"university", Sector::FurtherHigherEducation},
    {"fe", Sector::FurtherHigherEducation},
    {"he", Sector::FurtherHigherEducation},
    {"further education", Sector::FurtherHigherEducation},
    {"higher education", Sector::FurtherHigherEducation},
    {"charity", Sector::CharityVoluntary},
    {"charities", Sector::CharityVoluntary},
    {"voluntary", Sector::CharityVoluntary},
    {"vcs", Sector::CharityVoluntary},
    {"vcse", Sector::CharityVoluntary},
    {"third sector", Sector::CharityVoluntary},
    {"community group", Sector::CharityVoluntary},
    {"food bank", Sector::CharityVoluntary},
    {"museum", Sector::Cultural},
    {"gallery", Sector::Cultural},
    {"theatre", Sector::Cultural},
    {"library", Sector::Cultural},
    {"arts", Sector::Cultural},
    {"culture", Sector::Cultural},
    {"cultural", Sector::Cultural},
    {"orchestra", Sector::Cultural},
    {"business", Sector::Business},
    {"company", Sector::Business},
    {"employer", Sector::Business},
    {"private", Sector::Business},
    {"commercial", Sector::Business},
    {"ltd", Sector::Business},
    {"faith", Sector::Faith},
    {"church", Sector::Faith},
    {"mosque", Sector::Faith},
    {"synagogue", Sector::Faith},
    {"temple", Sector::Faith},
    {"gurdwara", Sector::Faith},
    {"diocese", Sector::Faith},
    {"union", Sector::TradeUnion},
    {"trade union", Sector::TradeUnion},
    {"parents", Sector::Families},
    {"parent", Sector::Families},
    {"families", Sector::Families},
    {"family", Sector::Families},
    {"pta", Sector::Families},
    {"carers", Sector::Families},
    {"school", Sector::SchoolsNetworks},
    {"schools", Sector::SchoolsNetworks},
    {"nursery", Sector::SchoolsNetworks},
    {"primary", Sector::SchoolsNetworks},
    {"secondary", Sector::SchoolsNetworks},
    {"network", Sector::SchoolsNetworks},
    {"hub", Sector::SchoolsNetworks},
    {"trust", Sector::OtherTrusts},
    {"mat", Sector::OtherTrusts},
    {"academy trust", Sector::OtherTrusts},
    {"multi academy trust", Sector::OtherTrusts},
};

QStringList wordsOf(const QString& text)
{
    static const QRegularExpression nonWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    return text.toLower().split(nonWord, Qt::SkipEmptyParts);
}

} // namespace

QString ImportValues::cleaned(const QString& cell)
{
    QString text = cell;
    if (text.size() >= 2 && text.at(0) == QLatin1Char('\'')) {
        const QChar next = text.at(1);
        if (next == QLatin1Char('=') || next == QLatin1Char('+') || next == QLatin1Char('-') ||
            next == QLatin1Char('@') || next == QLatin1Char('\t') || next == QLatin1Char('\r'))
            text.remove(0, 1);
    }
    return text.trimmed();
}

std::optional<Sector> ImportValues::sector(const QString& text)
{
    // Folded codes, names and synonyms, built once: a 10,000-row import looks up every row.
    static const std::unordered_map<QString, Sector, StringHash> known = [] {
        std::unordered_map<QString, Sector, StringHash> h;
        for (const auto& [word, sector] : kSectorWords)
            h.insert_or_assign(fold(QString::fromUtf8(word)), sector);
        for (Sector s : allValues<Sector>()) {
            h.insert_or_assign(fold(codeOf(s)), s);
            h.insert_or_assign(fold(displayName(s)), s);
            h.insert_or_assign(
                fold(displayName(s).replace(QLatin1Char('&'), QStringLiteral("and"))), s);
        }
        return h;
    }();
    const QString whole = fold(text);
    if (whole.isEmpty())
        return std::nullopt;
    if (const auto it = known.find(whole); it != known.end())
        return it->second;
    if (auto exact = fromText<Sector>(text))
        return exact;
    // "NHS trust", "Local museum", "City council": the first word that names a sector.
    const QStringList words = wordsOf(text);
    for (int i = 0; i < words.size(); ++i) {
        for (const auto& [word, sector] : kSectorWords) {
            const QStringList parts = QString::fromUtf8(word).split(QLatin1Char(' '));
            if (i + parts.size() <= words.size() && words.mid(i, parts.size()) == parts)
                return sector;
        }
    }
    return std::nullopt;
}

std::optional<TieRole> ImportValues::tieRole(const QString& text)
{
    if (auto exact = fromText<TieRole>(text))
        return exact;
    const QString f = fold(text);
    if (f == QLatin1String("lead") || f == QLatin1String("leads") ||
        f == QLatin1String("leading") || f == QLatin1String("weleads") ||
        f == QLatin1String("welead"))
        return TieRole::Leads;
    if (f == QLatin1String("support") || f == QLatin1String("supports") ||
        f == QLatin1String("supporting") || f == QLatin1String("wesupport") ||
        f == QLatin1String("partnerleads"))
        return TieRole::Supports;
    return std::nullopt;
}

std::optional<Approach> ImportValues::approach(const QString& text)
{
    if (auto exact = fromText<Approach>(text))
        return exact;
    const QString f = fold(text);
    if (f.isEmpty())
        return std::nullopt;
    for (Approach a : allValues<Approach>()) {
        if (f == fold(approachShortName(a)))
            return a;
    }
    if (f == QLatin1String("1") || f.startsWith(QLatin1String("wider")))
        return Approach::WiderEducation;
    if (f == QLatin1String("2") || f.startsWith(QLatin1String("problem")))
        return Approach::ProblemIdentification;
    if (f == QLatin1String("3") || f.startsWith(QLatin1String("relation")))
        return Approach::Relational;
    if (f == QLatin1String("4") || f.contains(QLatin1String("conven")))
        return Approach::CommunityConvening;
    return std::nullopt;
}

std::optional<NeedCategory> ImportValues::needCategory(const QString& text)
{
    if (auto exact = fromText<NeedCategory>(text))
        return exact;
    const QString f = fold(text);
    if (f.isEmpty())
        return std::nullopt;
    const std::pair<const char*, NeedCategory> words[] = {
        {"food", NeedCategory::FoodPoverty},
        {"hunger", NeedCategory::FoodPoverty},
        {"foodpoverty", NeedCategory::FoodPoverty},
        {"mentalhealth", NeedCategory::MentalHealth},
        {"wellbeing", NeedCategory::MentalHealth},
        {"sen", NeedCategory::SendSupport},
        {"poverty", NeedCategory::Disadvantage},
        {"physicalhealth", NeedCategory::PhysicalHealth},
        {"safety", NeedCategory::Safety},
        {"crime", NeedCategory::Safety},
        {"skills", NeedCategory::SkillsEmployment},
        {"employment", NeedCategory::SkillsEmployment},
        {"familysupport", NeedCategory::FamilySupport},
        {"digital", NeedCategory::DigitalAccess},
        {"culture", NeedCategory::CulturalAccess},
        {"environment", NeedCategory::Environment},
    };
    for (const auto& [word, category] : words) {
        if (f == QLatin1String(word))
            return category;
    }
    for (NeedCategory c : allValues<NeedCategory>()) {
        // "Hunger" → "Hunger & food poverty": a display name starting with the value.
        if (f.size() >= 4 && fold(displayName(c)).startsWith(f))
            return c;
    }
    return std::nullopt;
}

std::optional<QDate> ImportValues::date(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    static const QStringList formats{
        QStringLiteral("yyyy-MM-dd"), QStringLiteral("d/M/yyyy"),    QStringLiteral("d.M.yyyy"),
        QStringLiteral("d-M-yyyy"),   QStringLiteral("d MMMM yyyy"), QStringLiteral("d MMM yyyy"),
        QStringLiteral("yyyy/M/d"),
    };
    const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    for (const QString& format : formats) {
        const QDate d = english.toDate(t, format);
        if (d.isValid())
            return d;
    }
    // Two-digit years, as Excel often shows: 14/03/26 is 2026.
    const QDate shortYear = english.toDate(t, QStringLiteral("d/M/yy"));
    if (shortYear.isValid())
        return shortYear.year() < 1950 ? shortYear.addYears(100) : shortYear;
    // Excel sometimes exports date-times: "2026-03-14 00:00:00".
    if (t.size() > 10) {
        const QDate head = QDate::fromString(t.left(10), Qt::ISODate);
        if (head.isValid())
            return head;
    }
    return std::nullopt;
}

std::optional<bool> ImportValues::boolean(const QString& text)
{
    const QString f = text.trimmed().toLower();
    if (f.isEmpty() || f == QLatin1String("no") || f == QLatin1String("n") ||
        f == QLatin1String("false") || f == QLatin1String("0") || f == QLatin1String("-"))
        return false;
    if (f == QLatin1String("yes") || f == QLatin1String("y") || f == QLatin1String("true") ||
        f == QLatin1String("1") || f == QLatin1String("x") || f == QString(QChar(0x2713)) ||
        f == QString(QChar(0x2714)))
        return true;
    return std::nullopt;
}

std::optional<int> ImportValues::integer(const QString& text)
{
    QString t = text.trimmed();
    if (t.isEmpty())
        return 0;
    t.remove(QLatin1Char(','));
    t.remove(QLatin1Char(' '));
    bool ok = false;
    const int value = t.toInt(&ok);
    if (ok)
        return value;
    // "12.0" from a spreadsheet that stored numbers as decimals.
    // Out of int's range (or not finite) the conversion would be undefined:
    // such a number is not a count anyone means.
    const double d = t.toDouble(&ok);
    if (ok && std::isfinite(d) && d >= double(std::numeric_limits<int>::min()) &&
        d <= double(std::numeric_limits<int>::max()) && d == std::trunc(d))
        return int(d);
    return std::nullopt;
}

std::optional<int> ImportValues::strength(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 3;
    if (t.at(0).isDigit() && (t.size() == 1 || !t.at(1).isDigit())) {
        const int value = t.at(0).digitValue();
        return value >= 1 && value <= 5 ? std::optional<int>(value) : std::nullopt;
    }
    const QString f = fold(t);
    for (int s = 1; s <= 5; ++s) {
        if (f == fold(strengthName(s)) || fold(strengthName(s)).endsWith(f))
            return s;
    }
    if (f == QLatin1String("weak") || f == QLatin1String("low"))
        return 1;
    if (f == QLatin1String("medium"))
        return 3;
    if (f == QLatin1String("high") || f == QLatin1String("verystrong"))
        return 5;
    return std::nullopt;
}

std::optional<int> ImportValues::severity(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 3;
    if (t.size() == 1 && t.at(0).isDigit()) {
        const int value = t.at(0).digitValue();
        return value >= 1 && value <= 5 ? std::optional<int>(value) : std::nullopt;
    }
    const QString f = fold(t);
    const std::pair<const char*, int> words[] = {{"low", 1},      {"minor", 1}, {"moderate", 2},
                                                 {"medium", 3},   {"high", 4},  {"serious", 4},
                                                 {"critical", 5}, {"urgent", 5}};
    for (const auto& [word, value] : words) {
        if (f == QLatin1String(word))
            return value;
    }
    return std::nullopt;
}

QString ImportValues::joinedChoices(const QStringList& names)
{
    if (names.size() <= 1)
        return names.join(QString());
    return names.mid(0, names.size() - 1).join(QStringLiteral(", ")) +
           QCoreApplication::translate("civic", " or ") + names.last();
}

} // namespace civic
