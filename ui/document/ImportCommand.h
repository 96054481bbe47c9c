#pragma once

#include "io/ImportApplier.h"
#include "store/RemovedRows.h"

#include <QUndoCommand>

namespace civic {
class WheelStore;
}

namespace civic::ui {

/// A whole CSV import as one undo step. The first redo() applies the plan in
/// one transaction; undo() removes exactly the records it added (in one
/// transaction); a later redo() puts them back with their ids.
/// If applying fails, the command marks itself obsolete (QUndoStack then
/// drops it) and status() says why.
class ImportCommand : public QUndoCommand
{
public:
    ImportCommand(WheelStore& store, ImportPlan plan, ImportMode mode = ImportMode::AllOrNothing,
                  QUndoCommand* parent = nullptr);

    void redo() override;
    void undo() override;

    /// The result of the last redo() or undo().
    const Status& status() const { return m_status; }
    const ImportOutcome& outcome() const { return m_outcome; }
    const ImportPlan& plan() const { return m_plan; }
    /// "Added 12 partners; 2 duplicates and 1 row with errors left out."
    QString summary() const;

private:
    WheelStore& m_store;
    ImportPlan m_plan;
    ImportMode m_mode;
    bool m_applied = false;
    ImportOutcome m_outcome;
    QVector<RemovedRows> m_removed;
    Status m_status;
};

} // namespace civic::ui
