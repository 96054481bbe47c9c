#pragma once

#include <QColor>
#include <QDate>
#include <QIcon>
#include <QString>

namespace civic::ui {

/// How the workspace writes dates, counts and colour swatches, in one place.
class Format
{
public:
    /// "9 Mar 2025", or `empty` for an unset date.
    static QString date(const QDate& date, const QString& empty = QString());
    /// "in 5 days", "today", "9 days overdue".
    static QString daysLeft(int days);
    /// "3 partners" / "1 partner".
    static QString count(int n, const char* one, const char* many);
    /// A small filled square of `colour`, for table cells and lists.
    static QIcon swatch(const QColor& colour);
};

} // namespace civic::ui
