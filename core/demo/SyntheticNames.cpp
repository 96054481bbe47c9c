#include "demo/SyntheticNames.h"

namespace civic::synthetic {

QString u(const char* text)
{
    return QString::fromUtf8(text);
}

QString fill(const char* pattern, const QString& place)
{
    const QString text = u(pattern);
    return text.contains(QLatin1String("%1")) ? text.arg(place) : text;
}

QString person(SyntheticRandom& random)
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
QString distinct(QSet<QString>& used, QString name, SyntheticRandom& random)
{
    if (used.contains(name))
        name += QStringLiteral(" – ") + u(random.pick(kPlaces));
    for (int n = 2; used.contains(name); ++n)
        name = name.section(QStringLiteral(" ("), 0, 0) + QStringLiteral(" (%1)").arg(n);
    used.insert(name);
    return name;
}

QString postcode(SyntheticRandom& random)
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

namespace {

int sectorWeightsTotal()
{
    int total = 0;
    for (const SectorNames& names : kSectorNames)
        total += names.weight;
    return total;
}

} // namespace

const SectorNames& randomSector(SyntheticRandom& random)
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

TieStatus tieStatus(SyntheticRandom& random)
{
    static const int weights[] = {12, 70, 10, 8};
    return TieStatus(random.weighted(weights));
}

Narrative narrativeFor(Sector sector, SyntheticRandom& random)
{
    if (sector == Sector::SchoolsNetworks || sector == Sector::OtherTrusts)
        return random.chance(70) ? Narrative::System : Narrative::Trust;
    return random.chance(85) ? Narrative::Civic : Narrative::Trust;
}

} // namespace civic::synthetic
