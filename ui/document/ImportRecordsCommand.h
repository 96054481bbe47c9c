#pragma once

#include "document/WheelCommand.h"
#include "model/Academy.h"
#include "model/RecordRef.h"
#include "store/RemovedRows.h"

#include <functional>

namespace civic::ui {

/// An import that adds records (and may change academies) as one undo step:
/// the GIAS academies import and "import a shared wheel". The first redo runs
/// the import; undo removes exactly what it added and puts changed academies
/// back as they were; a later redo restores the same records with their ids.
class ImportRecordsCommand : public WheelCommand
{
public:
    /// What an import did, so it can be taken back.
    struct Applied
    {
        QVector<RecordRef> added; ///< parents before children
        QVector<Academy> before;  ///< academies it changed, as they were
        QVector<Academy> after;   ///< the same academies, as it left them
        QString summary;          ///< for the status bar
    };
    using Work = std::function<Result<Applied>(WheelStore&)>;

    ImportRecordsCommand(WheelDocument* document, const QString& text, Work work);

    const Applied& applied() const { return m_applied; }

protected:
    Status apply(WheelStore& store, bool forward) override;

private:
    Work m_work;
    bool m_done = false;
    Applied m_applied;
    QVector<RemovedRows> m_removed;
};

} // namespace civic::ui
