#include "ImportApplier.h"

#include "WheelStore.h"

#include <QCoreApplication>

namespace civic {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ImportApplier", text, disambiguation, n);
}

// Adds `items` in one batch and records them as added.
template <typename T>
Status addBatch(WheelStore& store, const QVector<T>& items, EntityKind kind, ImportOutcome& outcome,
                QVector<qint64>* ids = nullptr)
{
    if (items.isEmpty())
        return {};
    auto stored = store.addAll(items);
    if (!stored)
        return Error{tr("The import could not be written, so nothing was imported."),
                     stored.error().fullText()};
    for (qint64 id : *stored)
        outcome.added.append(RecordRef{kind, id});
    if (ids)
        *ids = std::move(stored).value();
    return {};
}

} // namespace

Result<ImportOutcome> ImportApplier::apply(WheelStore& store, const ImportPlan& plan,
                                           ImportMode mode)
{
    ImportOutcome outcome;
    outcome.errors = plan.count(RowFate::Error);
    outcome.duplicates = plan.count(RowFate::Duplicate);
    outcome.errorMessages = plan.errorMessages();
    if (outcome.errors > 0 && mode == ImportMode::AllOrNothing) {
        QStringList shown = outcome.errorMessages.mid(0, 5);
        if (outcome.errors > 5)
            shown.append(tr("… and %1 more.").arg(outcome.errors - 5));
        const QString rows =
            outcome.errors == 1 ? tr("1 row of the file cannot be read")
                                : tr("%n rows of the file cannot be read", nullptr, outcome.errors);
        return Error{rows + tr(", so nothing was imported. Correct the file and import again, or "
                               "choose to import "
                               "the valid rows only."),
                     shown.join(QLatin1Char('\n'))};
    }

    QVector<const PlannedRow*> rows;
    for (const PlannedRow& row : plan.rows) {
        if (row.fate == RowFate::New)
            rows.append(&row);
    }
    outcome.rowsAdded = int(rows.size());

    // Batches of one kind each (one prepared statement per table), all in one transaction.
    Status written = store.transaction([&]() -> Status {
        switch (plan.kind) {
        case ImportKind::Partners: {
            QVector<Partner> partners;
            for (const PlannedRow* row : rows) {
                if (row->existingPartnerId == 0)
                    partners.append(row->partner);
            }
            QVector<qint64> partnerIds;
            if (auto s = addBatch(store, partners, EntityKind::Partner, outcome, &partnerIds); !s)
                return s;
            QVector<Tie> ties;
            QVector<Contact> contacts;
            int next = 0;
            for (const PlannedRow* row : rows) {
                const qint64 partnerId =
                    row->existingPartnerId != 0 ? row->existingPartnerId : partnerIds.at(next++);
                Tie tie = row->tie;
                tie.partnerId = partnerId;
                ties.append(tie);
                if (row->hasContact) {
                    Contact contact = row->contact;
                    contact.partnerId = partnerId;
                    contacts.append(contact);
                }
            }
            if (auto s = addBatch(store, ties, EntityKind::Tie, outcome); !s)
                return s;
            return addBatch(store, contacts, EntityKind::Contact, outcome);
        }
        case ImportKind::Needs: {
            QVector<Need> needs;
            for (const PlannedRow* row : rows)
                needs.append(row->need);
            return addBatch(store, needs, EntityKind::Need, outcome);
        }
        case ImportKind::Initiatives: {
            QVector<Initiative> initiatives;
            for (const PlannedRow* row : rows)
                initiatives.append(row->initiative);
            return addBatch(store, initiatives, EntityKind::Initiative, outcome);
        }
        case ImportKind::Engagements: {
            QVector<Engagement> engagements;
            for (const PlannedRow* row : rows)
                engagements.append(row->engagement);
            return addBatch(store, engagements, EntityKind::Engagement, outcome);
        }
        }
        return {};
    });
    if (!written)
        return written.error();
    return outcome;
}

} // namespace civic
