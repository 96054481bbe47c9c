#include "registers/ReviewsDueModel.h"

#include "common/Format.h"
#include "common/Palette.h"
#include "registers/ModelRoles.h"

#include <QBrush>

#include <algorithm>

namespace civic::ui {

int ReviewsDueModel::overdueCount() const
{
    return int(std::count_if(m_due.cbegin(), m_due.cend(),
                             [](const ReviewDue& r) { return r.overdue(); }));
}

QStringList ReviewsDueModel::headers() const
{
    return {tr("Partner"), tr("Review date"), tr("Due"), tr("Staff owner")};
}

QVariant ReviewsDueModel::cell(int row, int column, int role) const
{
    const ReviewDue& item = m_due.at(row);
    if (role == Roles::PartnerId)
        return item.partnerId;
    if (role == Roles::Date)
        return item.nextReview;
    if (role == Roles::Filter1)
        return item.overdue() ? QStringLiteral("overdue") : QStringLiteral("soon");
    switch (column) {
    case Partner:
        if (role == Qt::DisplayRole)
            return item.partnerName;
        break;
    case NextReview:
        if (role == Qt::DisplayRole)
            return Format::date(item.nextReview);
        if (role == Roles::Sort)
            return item.nextReview;
        break;
    case Due:
        if (role == Qt::DisplayRole)
            return Format::daysLeft(item.daysLeft);
        if (role == Roles::Sort)
            return item.daysLeft;
        if (role == Qt::ForegroundRole && item.overdue())
            return QBrush(Palette::unmet().darker(115));
        if (role == Qt::DecorationRole)
            return Format::swatch(item.overdue()
                                      ? Palette::unmet()
                                      : Palette::approach(Approach::ProblemIdentification));
        break;
    case Owner:
        if (role == Qt::DisplayRole)
            return item.staffOwner;
        break;
    default:
        break;
    }
    return {};
}

} // namespace civic::ui
