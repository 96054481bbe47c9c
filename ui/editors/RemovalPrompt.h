#pragma once

#include "model/EntityKind.h"
#include "store/RemovedRows.h"

#include <QString>

namespace civic::ui {

/// The question asked before deleting: what goes, and what goes with it.
class RemovalPrompt
{
public:
    /// “Delete the partner “X”? This also removes its 2 contacts …”
    static QString question(EntityKind kind, const QString& label, const RemovedRows& preview);
};

} // namespace civic::ui
