#include "document/ImportCommand.h"

#include "store/WheelStore.h"

#include <QCoreApplication>

namespace civic::ui {
namespace {

QString tr(const char* text, int n = -1)
{
    return QCoreApplication::translate("ImportCommand", text, nullptr, n);
}

QString kindNoun(ImportKind kind, int n)
{
    // Spelt out for English; translations use the %n plural forms.
    switch (kind) {
    case ImportKind::Partners:
        return n == 1 ? tr("1 partner") : tr("%n partners", n);
    case ImportKind::Needs:
        return n == 1 ? tr("1 need") : tr("%n needs", n);
    case ImportKind::Initiatives:
        return n == 1 ? tr("1 initiative") : tr("%n initiatives", n);
    case ImportKind::Engagements:
        return n == 1 ? tr("1 engagement") : tr("%n engagements", n);
    }
    return {};
}

} // namespace

ImportCommand::ImportCommand(WheelStore& store, ImportPlan plan, ImportMode mode,
                             QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_store(store)
    , m_plan(std::move(plan))
    , m_mode(mode)
{
    setText(tr("Import %1").arg(kindNoun(m_plan.kind, m_plan.count(RowFate::New))));
}

void ImportCommand::redo()
{
    if (!m_applied) {
        auto outcome = ImportApplier::apply(m_store, m_plan, m_mode);
        if (!outcome) {
            m_status = outcome.error();
            setObsolete(true);
            return;
        }
        m_outcome = std::move(outcome).value();
        m_applied = true;
        m_status = {};
        setText(tr("Import %1").arg(kindNoun(m_plan.kind, m_outcome.rowsAdded)));
        return;
    }
    m_status = m_store.restoreAll(m_removed);
    if (m_status)
        m_removed.clear();
}

void ImportCommand::undo()
{
    if (!m_applied)
        return;
    auto removed = m_store.removeAll(m_outcome.added);
    if (!removed) {
        m_status = removed.error();
        return;
    }
    m_removed = std::move(removed).value();
    m_status = {};
}

QString ImportCommand::summary() const
{
    if (!m_status)
        return m_status.error().message;
    QString text = tr("Added %1.").arg(kindNoun(m_plan.kind, m_outcome.rowsAdded));
    if (m_outcome.duplicates > 0)
        text += QLatin1Char(' ') + (m_outcome.duplicates == 1
                                        ? tr("1 duplicate left out.")
                                        : tr("%n duplicates left out.", m_outcome.duplicates));
    if (m_outcome.errors > 0)
        text += QLatin1Char(' ') + (m_outcome.errors == 1
                                        ? tr("1 row with errors left out.")
                                        : tr("%n rows with errors left out.", m_outcome.errors));
    return text;
}

} // namespace civic::ui
