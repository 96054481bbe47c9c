#pragma once

#include "document/WheelCommand.h"
#include "model/EntityKind.h"
#include "store/RemovedRows.h"

namespace civic::ui {

/// Removes a record with everything that depends on it; undo restores all of
/// it with the same ids and links.
class RemoveCommand : public WheelCommand
{
public:
    RemoveCommand(WheelDocument* document, EntityKind kind, qint64 id, const QString& label);

protected:
    Status apply(WheelStore& store, bool forward) override;

private:
    EntityKind m_kind;
    qint64 m_id;
    RemovedRows m_removed;
};

} // namespace civic::ui
