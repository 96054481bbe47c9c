#pragma once

#include <QDate>
#include <QString>

namespace civic {

/// How the governors' summary writes dates and numbers: British English
/// whatever the machine's locale, since the summary goes to governors as it is.
class ReportFormat
{
public:
    /// "23 November 2026"; "not set" for an invalid date.
    static QString longDate(const QDate& date);
    /// "1,240".
    static QString number(int n);
};

} // namespace civic
