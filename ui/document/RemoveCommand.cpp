#include "document/RemoveCommand.h"

#include "store/WheelStore.h"

#include <QCoreApplication>

namespace civic::ui {

RemoveCommand::RemoveCommand(WheelDocument* document, EntityKind kind, qint64 id,
                             const QString& label)
    : WheelCommand(
          document,
          QCoreApplication::translate("civic", "Delete %1 “%2”").arg(entityNoun(kind), label))
    , m_kind(kind)
    , m_id(id)
{}

Status RemoveCommand::apply(WheelStore& store, bool forward)
{
    if (forward) {
        auto removed = store.remove(m_kind, m_id);
        if (!removed)
            return removed.error();
        m_removed = std::move(removed).value();
        return {};
    }
    return store.restore(m_removed);
}

} // namespace civic::ui
