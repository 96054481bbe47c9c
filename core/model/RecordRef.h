#pragma once

#include "model/EntityKind.h"

#include <QtGlobal>

namespace civic {

/// One stored record, named by its kind and id: what an import added.
struct RecordRef
{
    EntityKind kind = EntityKind::Partner;
    qint64 id = 0;

    bool operator==(const RecordRef& o) const { return kind == o.kind && id == o.id; }
};

} // namespace civic
