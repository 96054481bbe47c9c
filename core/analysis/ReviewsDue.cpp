#include "analysis/ReviewsDue.h"

#include <algorithm>

namespace civic {

QVector<ReviewDue> ReviewsDue::list(const AcademyWheel& wheel, const QDate& today, int horizonDays)
{
    QVector<ReviewDue> due;
    for (const Tie& tie : wheel.ties) {
        if (tie.status == TieStatus::Ended || !tie.nextReview.isValid())
            continue;
        const int days = int(today.daysTo(tie.nextReview));
        if (days > horizonDays)
            continue;
        ReviewDue item;
        item.tieId = tie.id;
        item.partnerId = tie.partnerId;
        if (const Partner* partner = wheel.partner(tie.partnerId))
            item.partnerName = partner->name;
        item.staffOwner = tie.staffOwner;
        item.nextReview = tie.nextReview;
        item.daysLeft = days;
        due.append(item);
    }
    std::stable_sort(due.begin(), due.end(), [](const ReviewDue& a, const ReviewDue& b) {
        return a.nextReview != b.nextReview ? a.nextReview < b.nextReview
                                            : a.partnerName < b.partnerName;
    });
    return due;
}

} // namespace civic
