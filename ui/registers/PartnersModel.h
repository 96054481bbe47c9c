#pragma once

#include "registers/RegisterModel.h"

namespace civic::ui {

/// The partners tied to the academy, with their tie.
class PartnersModel : public RegisterModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Sector,
        Strength,
        Role,
        Status,
        Owner,
        NextReview,
        Initiatives,
        ColumnCount
    };
    using RegisterModel::RegisterModel;
    /// The day reviews are measured from (today unless a test says otherwise).
    void setToday(const QDate& today) { m_today = today; }

protected:
    void rebuild() override;
    int recordCount() const override { return int(wheel().partners.size()); }
    qint64 recordId(int row) const override { return wheel().partners.at(row).id; }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QHash<qint64, int> m_initiatives; // partner id -> initiatives it takes part in
    QDate m_today = QDate::currentDate();
};

} // namespace civic::ui
