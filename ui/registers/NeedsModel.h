#pragma once

#include "analysis/NeedStatusSummary.h"
#include "registers/RegisterModel.h"

#include <optional>

namespace civic::ui {

/// The academy's needs, and whether an active initiative meets each.
class NeedsModel : public RegisterModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Category,
        Severity,
        Pupils,
        Consulted,
        Status,
        Met,
        ColumnCount
    };
    using RegisterModel::RegisterModel;

protected:
    void rebuild() override { m_summary.emplace(wheel()); }
    int recordCount() const override { return int(wheel().needs.size()); }
    qint64 recordId(int row) const override { return wheel().needs.at(row).id; }
    QStringList headers() const override;
    QVariant cell(int row, int column, int role) const override;

private:
    std::optional<NeedStatusSummary> m_summary;
};

} // namespace civic::ui
