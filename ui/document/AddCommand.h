#pragma once

#include "document/EntityTraits.h"
#include "document/WheelCommand.h"
#include "store/WheelStore.h"

namespace civic::ui {

/// Adds one record; undo removes it again. The id the file gave it is kept,
/// so a redo puts it back under the same id and later commands still match.
template <typename T>
class AddCommand : public WheelCommand
{
public:
    AddCommand(WheelDocument* document, T item)
        : WheelCommand(document,
                       QCoreApplication::translate("civic", "Add %1 “%2”")
                           .arg(entityNoun(EntityTraits<T>::kind), EntityTraits<T>::label(item)))
        , m_item(std::move(item))
    {}

    qint64 recordId() const { return m_item.id; }

protected:
    Status apply(WheelStore& store, bool forward) override
    {
        if (forward) {
            auto id = store.add(m_item);
            if (!id)
                return id.error();
            m_item.id = *id;
            return {};
        }
        auto removed = store.remove(EntityTraits<T>::kind, m_item.id);
        return removed ? Status() : Status(removed.error());
    }

private:
    T m_item;
};

} // namespace civic::ui
