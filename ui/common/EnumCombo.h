#pragma once

#include "model/Enums.h"

#include <QComboBox>

namespace civic::ui {

/// Fills `combo` with every value of E by display name (the code as item data).
template <typename E>
void fillEnumCombo(QComboBox* combo, E current)
{
    for (E value : allValues<E>()) {
        combo->addItem(displayName(value), codeOf(value));
        if (value == current)
            combo->setCurrentIndex(combo->count() - 1);
    }
}

/// The value of E chosen in a combo filled by fillEnumCombo().
template <typename E>
E enumFromCombo(const QComboBox* combo, E fallback)
{
    return fromCode<E>(combo->currentData().toString()).value_or(fallback);
}

} // namespace civic::ui
