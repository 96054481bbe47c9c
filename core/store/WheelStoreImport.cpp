// The store's part of importing: undoing a whole import as one step.
#include "store/WheelStorePrivate.h"

#include <QSet>

namespace civic {

Result<QVector<RemovedRows>> WheelStore::removeAll(const QVector<RecordRef>& records)
{
    return inTransaction(*d, [&]() -> Result<QVector<RemovedRows>> {
        // Ties and contacts of partners removed here go with their partner
        // (one removal instead of three); everything else is removed itself.
        QSet<qint64> partners;
        for (const RecordRef& r : records) {
            if (r.kind == EntityKind::Partner)
                partners.insert(r.id);
        }
        QSet<qint64> coveredTies;
        QSet<qint64> coveredContacts;
        if (!partners.isEmpty()) {
            auto ties = d->run(QStringLiteral("SELECT id, partner_id FROM ties"));
            if (!ties)
                return ties.error();
            while (ties->next()) {
                if (partners.contains(ties->value(1).toLongLong()))
                    coveredTies.insert(ties->value(0).toLongLong());
            }
            auto contacts = d->run(QStringLiteral("SELECT id, partner_id FROM contacts"));
            if (!contacts)
                return contacts.error();
            while (contacts->next()) {
                if (partners.contains(contacts->value(1).toLongLong()))
                    coveredContacts.insert(contacts->value(0).toLongLong());
            }
        }
        QVector<RemovedRows> removed;
        for (auto it = records.crbegin(); it != records.crend(); ++it) {
            if ((it->kind == EntityKind::Tie && coveredTies.contains(it->id)) ||
                (it->kind == EntityKind::Contact && coveredContacts.contains(it->id)))
                continue;
            auto rows = remove(it->kind, it->id);
            if (!rows)
                return rows.error();
            removed.append(std::move(rows).value());
        }
        return removed;
    });
}

Status WheelStore::restoreAll(const QVector<RemovedRows>& removed)
{
    return inTransaction(*d, [&]() -> Status {
        for (auto it = removed.crbegin(); it != removed.crend(); ++it) {
            if (auto s = restore(*it); !s)
                return s;
        }
        return {};
    });
}

} // namespace civic
