#pragma once

#include "model/Enums.h"

#include <QDate>
#include <QString>

#include <optional>

namespace civic {

/// Reads the values people type into spreadsheets: sector names and their
/// everyday synonyms ("NHS", "council", "museum"), yes/no, dates in British or
/// ISO order, strengths written as "4" or "strong". Each returns nothing when
/// the text cannot be read, so the importer can name the cell.
class ImportValues
{
public:
    /// Trimmed, with the apostrophe Civic Wheel's CSV export puts before a
    /// leading = + - @ tab or CR (against formula injection) taken off again.
    static QString cleaned(const QString& cell);

    static std::optional<Sector> sector(const QString& text);
    static std::optional<TieRole> tieRole(const QString& text);
    static std::optional<Approach> approach(const QString& text);
    static std::optional<NeedCategory> needCategory(const QString& text);
    /// Any enumeration by code or display name, ignoring case and spacing.
    template <typename E>
    static std::optional<E> enumValue(const QString& text)
    {
        return fromText<E>(text);
    }

    /// 2026-03-14, 14/03/2026, 14/3/26, 14 March 2026, 14 Mar 2026.
    static std::optional<QDate> date(const QString& text);
    /// yes/no, y/n, true/false, 1/0, x (ticked).
    static std::optional<bool> boolean(const QString& text);
    /// A whole number, allowing thousands separators ("1,200").
    static std::optional<int> integer(const QString& text);
    /// 1–5 as a digit, "4 – strong" or a strength word.
    static std::optional<int> strength(const QString& text);
    /// 1–5 as a digit or low/medium/high/critical.
    static std::optional<int> severity(const QString& text);

    /// The display names of E joined for an error message: "A, B or C".
    template <typename E>
    static QString choices()
    {
        QStringList names;
        for (E value : allValues<E>())
            names.append(displayName(value));
        return joinedChoices(names);
    }
    static QString joinedChoices(const QStringList& names);
};

} // namespace civic
