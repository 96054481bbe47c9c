#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringView>
#include <QVector>

#include <array>
#include <unordered_map>
#include <utility>

namespace civic {

/// The words a coverage analysis repeats for thousands of records, translated
/// and formatted once per call of CoverageAnalysis::analyse rather than per record.
class CoverageTexts
{
public:
    CoverageTexts();

    /// QCoreApplication::translate("civic", text), looked up once per literal.
    QString tr(const char* text) { return format(text).text; }

    /// texts.tr(text).arg(args...), without parsing the format again for
    /// every record: when the translation holds exactly the placeholders %1 to
    /// %N (N = the number of arguments) once each and no other "%", the
    /// arguments are spliced in where QString::arg would put them.
    template <typename... Args>
    QString fill(const char* text, const Args&... args)
    {
        const Format& f = format(text);
        if (!f.simple || f.holes.size() != int(sizeof...(Args)))
            return f.text.arg(args...);
        const std::array<const QString*, sizeof...(Args)> values{{&args...}};
        qsizetype size = f.text.size();
        for (const QString* value : values)
            size += value->size();
        QString result;
        result.reserve(size);
        qsizetype from = 0;
        for (const auto& hole : f.holes) {
            result.append(QStringView(f.text).mid(from, hole.first - from));
            result.append(*values[std::size_t(hole.second)]);
            from = hole.first + 2;
        }
        result.append(QStringView(f.text).mid(from));
        return result;
    }

    const QString& lower(Approach a) const { return m_approachLower[std::size_t(a)]; }
    const QString& lower(InitiativeStatus s) const
    {
        return m_initiativeStatusLower[std::size_t(s)];
    }
    const QString& lower(TieStatus s) const { return m_tieStatusLower[std::size_t(s)]; }
    /// "3 – regular".
    QString strength(int s) const;
    /// "3 March 2025", as QDate::toString("d MMMM yyyy") writes it.
    QString date(const QDate& date);
    /// "Housing need (severity 4)".
    QString needLabel(NeedCategory category, int severity);
    /// "1 day", "12 days".
    QString days(int n) { return n == 1 ? tr("1 day") : tr("%1 days").arg(n); }

private:
    struct Format
    {
        QString text;
        QVector<std::pair<qsizetype, int>> holes; ///< (position of "%", argument), in text order
        bool simple = false;                      ///< only %1 … %N, each once, and no other "%"
    };

    const Format& format(const char* text);

    std::unordered_map<const char*, Format> m_formats; // node-based: references stay valid
    std::array<QString, 4> m_approachLower;
    std::array<QString, 4> m_initiativeStatusLower;
    std::array<QString, 4> m_tieStatusLower;
    std::array<QString, 6> m_strength;
    QHash<qint64, QString> m_dates;
    QHash<qint64, QString> m_needLabels;
};

} // namespace civic
