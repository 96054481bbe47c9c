#pragma once

#include "model/Result.h"
#include "store/WheelStore.h"

#include <memory>

namespace civic {

/// The wheel a user gets with no file named: kept in their data folder and
/// seeded with the demo academy on first run.
class DefaultWheel
{
public:
    /// <AppDataLocation>/community.wheel
    static QString path();
    /// Opens the default wheel, creating it (with the demo) if it is not there.
    static Result<std::unique_ptr<WheelStore>> openOrCreate();
};

} // namespace civic
