#pragma once

#include "registers/RegisterModel.h"

namespace civic::ui {

/// The academy's log of contact with partners, newest first. With a partner
/// set, only that partner's history (as in the partner editor).
class EngagementsModel : public RegisterModel
{
    Q_OBJECT

public:
    enum Column
    {
        Date,
        Partner,
        Kind,
        Summary,
        Contact,
        ColumnCount
    };
    using RegisterModel::RegisterModel;
    void setPartnerFilter(qint64 partnerId) { m_partnerId = partnerId; }

protected:
    void rebuild() override;
    int recordCount() const override { return int(m_rows.size()); }
    qint64 recordId(int row) const override { return wheel().engagements.at(m_rows.at(row)).id; }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    qint64 m_partnerId = 0;
    QVector<int> m_rows; // indexes into wheel().engagements
};

} // namespace civic::ui
