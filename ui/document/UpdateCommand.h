#pragma once

#include "document/EntityTraits.h"
#include "document/WheelCommand.h"
#include "store/WheelStore.h"

namespace civic::ui {

/// Changes one record from `before` to `after`; undo writes `before` back.
template <typename T>
class UpdateCommand : public WheelCommand
{
public:
    UpdateCommand(WheelDocument* document, T before, T after)
        : WheelCommand(document,
                       QCoreApplication::translate("civic", "Change %1 “%2”")
                           .arg(entityNoun(EntityTraits<T>::kind), EntityTraits<T>::label(after)))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}

protected:
    Status apply(WheelStore& store, bool forward) override
    {
        return store.update(forward ? m_after : m_before);
    }

private:
    T m_before;
    T m_after;
};

} // namespace civic::ui
