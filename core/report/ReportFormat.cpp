#include "report/ReportFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace civic {

QString ReportFormat::longDate(const QDate& date)
{
    return date.isValid() ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                .toString(date, QStringLiteral("d MMMM yyyy"))
                          : QCoreApplication::translate("GovernorsReport", "not set");
}

QString ReportFormat::number(int n)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(n);
}

} // namespace civic
