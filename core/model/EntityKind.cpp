#include "model/EntityKind.h"

#include <QCoreApplication>

namespace civic {

QString entityNoun(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Trust:
        return QCoreApplication::translate("civic", "trust");
    case EntityKind::Academy:
        return QCoreApplication::translate("civic", "academy");
    case EntityKind::Partner:
        return QCoreApplication::translate("civic", "partner");
    case EntityKind::Contact:
        return QCoreApplication::translate("civic", "contact");
    case EntityKind::Tie:
        return QCoreApplication::translate("civic", "tie");
    case EntityKind::Need:
        return QCoreApplication::translate("civic", "need");
    case EntityKind::Initiative:
        return QCoreApplication::translate("civic", "initiative");
    case EntityKind::Engagement:
        return QCoreApplication::translate("civic", "engagement");
    }
    return {};
}

} // namespace civic
