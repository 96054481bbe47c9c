#pragma once

#include <QDate>
#include <QString>

namespace civic {

/// Checks of what people type, shared by the editors and the importers. Each
/// returns an empty string when the value is fine, or a sentence saying what
/// is wrong and how to put it right.
class Validation
{
public:
    static QString urn(const QString& value);
    static QString postcode(const QString& value, bool required = false);
    static QString email(const QString& value);
    static QString phone(const QString& value);
    /// "%1 is required." when `value` has nothing a reader could see: empty,
    /// spaces, or only invisible characters (zero-width spaces, direction
    /// marks, byte-order marks, control characters).
    static QString requiredText(const QString& value, const QString& fieldName);
    /// Whether `value` has at least one character a reader can see.
    static bool hasVisibleText(QStringView value);
    static QString percentage(double value);
    static QString count(int value);
    static QString strength(int value);
    static QString severity(int value);
    static QString dateOrder(const QDate& from, const QDate& to, const QString& fromName,
                             const QString& toName);

    /// "mb1 3pf" → "MB1 3PF"; anything not postcode-shaped comes back trimmed.
    static QString normalisedPostcode(const QString& value);
    /// `value` in lower case; plain ASCII, as most names and headers are, without
    /// Unicode's case tables (imports lower every row's name and sector).
    static QString lowered(const QString& value);
    /// Lower case, punctuation and "Ltd"/"the" folded away: for matching duplicates.
    static QString normalisedName(const QString& value);
};

} // namespace civic
