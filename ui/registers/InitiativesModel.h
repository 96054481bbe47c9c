#pragma once

#include "registers/RegisterModel.h"

namespace civic::ui {

/// The academy's initiatives, by CST approach, with their reach.
class InitiativesModel : public RegisterModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Approach,
        Status,
        Lead,
        Dates,
        Partners,
        Needs,
        Pupils,
        Disadvantaged,
        Send,
        ColumnCount
    };
    using RegisterModel::RegisterModel;

protected:
    void rebuild() override {}
    int recordCount() const override { return int(wheel().initiatives.size()); }
    qint64 recordId(int row) const override { return wheel().initiatives.at(row).id; }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;
};

} // namespace civic::ui
