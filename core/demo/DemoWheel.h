#pragma once

#include "model/Result.h"

#include <QDate>

namespace civic {

class WheelStore;

/// A fictional but realistic academy, so that a new user sees a living wheel
/// at once: Millbrook Primary Academy of the Riverside Learning Trust.
class DemoWheel
{
public:
    /// Adds the demo trust and academy to `store` in one transaction. Dates
    /// are placed relative to `today`, so some reviews are always overdue.
    static Status seed(WheelStore& store, const QDate& today = QDate::currentDate());

    static QString academyUrn(); ///< "990001"
};

} // namespace civic
