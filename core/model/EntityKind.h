#pragma once

#include <QString>

namespace civic {

/// The kinds of record a wheel file holds.
enum class EntityKind
{
    Trust,
    Academy,
    Partner,
    Contact,
    Tie,
    Need,
    Initiative,
    Engagement
};

/// "partner", "need" ... for messages.
QString entityNoun(EntityKind kind);

} // namespace civic
