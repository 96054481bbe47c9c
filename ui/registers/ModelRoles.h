#pragma once

#include <Qt>

namespace civic::ui {

/// Item data roles shared by the register models and their filter proxy.
namespace Roles {
enum : int
{
    Id = Qt::UserRole + 1, ///< the record's id (qint64), on every column
    Sort,                  ///< the value to sort by (numbers and dates as themselves)
    Filter1,               ///< first filterable value of the row (an enum code or bool)
    Filter2,               ///< second filterable value of the row
    Date,                  ///< the row's date, for date-range filters
    PartnerId,             ///< the partner a row belongs to, when it has one
};
}

} // namespace civic::ui
