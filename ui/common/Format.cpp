#include "common/Format.h"

#include <QCoreApplication>
#include <QPainter>
#include <QPixmap>

namespace civic::ui {

QString Format::date(const QDate& date, const QString& empty)
{
    return date.isValid() ? date.toString(QStringLiteral("d MMM yyyy")) : empty;
}

QString Format::daysLeft(int days)
{
    if (days == 0)
        return QCoreApplication::translate("civic", "today");
    if (days == 1)
        return QCoreApplication::translate("civic", "tomorrow");
    if (days == -1)
        return QCoreApplication::translate("civic", "1 day overdue");
    if (days < 0)
        return QCoreApplication::translate("civic", "%1 days overdue").arg(-days);
    return QCoreApplication::translate("civic", "in %1 days").arg(days);
}

QString Format::count(int n, const char* one, const char* many)
{
    return QCoreApplication::translate("civic", n == 1 ? one : many).arg(n);
}

QIcon Format::swatch(const QColor& colour)
{
    QIcon icon;
    for (int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(colour.darker(140));
        painter.setBrush(colour);
        const qreal m = size / 8.0;
        painter.drawRoundedRect(QRectF(m, m, size - 2 * m, size - 2 * m), m, m);
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace civic::ui
