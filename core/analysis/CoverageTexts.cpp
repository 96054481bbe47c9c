#include "analysis/CoverageTexts.h"

#include <QCoreApplication>

#include <algorithm>
#include <vector>

namespace civic {

CoverageTexts::CoverageTexts()
{
    for (Approach a : allValues<Approach>())
        m_approachLower[std::size_t(a)] = displayName(a).toLower();
    for (InitiativeStatus s : allValues<InitiativeStatus>())
        m_initiativeStatusLower[std::size_t(s)] = displayName(s).toLower();
    for (TieStatus s : allValues<TieStatus>())
        m_tieStatusLower[std::size_t(s)] = displayName(s).toLower();
    for (int s = 1; s <= 5; ++s)
        m_strength[std::size_t(s)] = strengthName(s);
}

QString CoverageTexts::strength(int s) const
{
    return s >= 1 && s <= 5 ? m_strength[std::size_t(s)] : strengthName(s);
}

QString CoverageTexts::date(const QDate& date)
{
    const qint64 key = date.toJulianDay();
    auto it = m_dates.constFind(key);
    if (it == m_dates.cend())
        it = m_dates.insert(key, date.toString(QStringLiteral("d MMMM yyyy")));
    return *it;
}

QString CoverageTexts::needLabel(NeedCategory category, int severity)
{
    const qint64 key = qint64(category) * 1000 + severity;
    auto it = m_needLabels.constFind(key);
    if (it == m_needLabels.cend())
        it = m_needLabels.insert(
            key, tr("%1 need (severity %2)").arg(displayName(category)).arg(severity));
    return *it;
}

const CoverageTexts::Format& CoverageTexts::format(const char* text)
{
    auto it = m_formats.find(text);
    if (it != m_formats.end())
        return it->second;
    Format f;
    f.text = QCoreApplication::translate("civic", text);
    std::vector<bool> seen;
    bool simple = true;
    for (qsizetype i = 0; simple && i < f.text.size(); ++i) {
        if (f.text.at(i) != QLatin1Char('%'))
            continue;
        const QChar digit = i + 1 < f.text.size() ? f.text.at(i + 1) : QChar();
        const bool more = i + 2 < f.text.size() && f.text.at(i + 2).isDigit();
        if (digit < QLatin1Char('1') || digit > QLatin1Char('9') || more) {
            simple = false;
            break;
        }
        const int n = digit.unicode() - '1';
        if (std::size_t(n) >= seen.size())
            seen.resize(std::size_t(n) + 1, false);
        if (seen[std::size_t(n)])
            simple = false;
        seen[std::size_t(n)] = true;
        f.holes.append({i, n});
    }
    f.simple = simple && std::find(seen.cbegin(), seen.cend(), false) == seen.cend();
    return m_formats.emplace(text, std::move(f)).first->second;
}

} // namespace civic
