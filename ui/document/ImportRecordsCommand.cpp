#include "document/ImportRecordsCommand.h"

#include "store/WheelStore.h"

#include <algorithm>

namespace civic::ui {

ImportRecordsCommand::ImportRecordsCommand(WheelDocument* document, const QString& text, Work work)
    : WheelCommand(document, text)
    , m_work(std::move(work))
{}

Status ImportRecordsCommand::apply(WheelStore& store, bool forward)
{
    if (forward && !m_done) {
        auto applied = m_work(store);
        if (!applied)
            return applied.error();
        m_applied = std::move(applied).value();
        m_done = true;
        return {};
    }
    return store.transaction([&]() -> Status {
        if (forward) {
            if (auto s = store.restoreAll(m_removed); !s)
                return s;
            for (const Academy& academy : m_applied.after) {
                if (auto s = store.update(academy); !s)
                    return s;
            }
            return {};
        }
        auto removed = store.removeAll(m_applied.added);
        if (!removed)
            return removed.error();
        m_removed = std::move(removed).value();
        for (const Academy& academy : m_applied.before) {
            if (auto s = store.update(academy); !s)
                return s;
        }
        return {};
    });
}

} // namespace civic::ui
