#pragma once

#include "model/AcademyWheel.h"

#include <QDate>
#include <QVector>

namespace civic {

/// One tie whose review has passed or is coming up.
struct ReviewDue
{
    qint64 tieId = 0;
    qint64 partnerId = 0;
    QString partnerName;
    QString staffOwner;
    QDate nextReview;
    int daysLeft = 0; ///< negative when overdue
    bool overdue() const { return daysLeft < 0; }
};

/// The ties an academy should review soon: the Review due list.
class ReviewsDue
{
public:
    static constexpr int DefaultHorizonDays = 30;

    /// Ties (not ended) whose next review is before `today` or within
    /// `horizonDays` of it, soonest first.
    static QVector<ReviewDue> list(const AcademyWheel& wheel, const QDate& today,
                                   int horizonDays = DefaultHorizonDays);
};

} // namespace civic
