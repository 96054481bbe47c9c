#pragma once

#include "analysis/ReviewsDue.h"
#include "registers/RegisterModel.h"

namespace civic::ui {

/// Ties whose review date has passed or falls within 30 days. Rows are
/// identified by partner id, so opening one opens the partner.
class ReviewsDueModel : public RegisterModel
{
    Q_OBJECT

public:
    enum Column
    {
        Partner,
        NextReview,
        Due,
        Owner,
        ColumnCount
    };
    using RegisterModel::RegisterModel;
    void setToday(const QDate& today) { m_today = today; }
    int overdueCount() const;

protected:
    void rebuild() override { m_due = ReviewsDue::list(wheel(), m_today); }
    int recordCount() const override { return int(m_due.size()); }
    qint64 recordId(int row) const override { return m_due.at(row).partnerId; }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QDate m_today = QDate::currentDate();
    QVector<ReviewDue> m_due;
};

} // namespace civic::ui
