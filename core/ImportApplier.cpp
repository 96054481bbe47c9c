#include "ImportApplier.h"

#include "WheelStore.h"

#include <QCoreApplication>

namespace civic {
namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("ImportApplier", text, disambiguation, n);
}

} // namespace

Result<ImportOutcome> ImportApplier::apply(WheelStore& store, const ImportPlan& plan, ImportMode mode)
{
    ImportOutcome outcome;
    outcome.errors = plan.count(RowFate::Error);
    outcome.duplicates = plan.count(RowFate::Duplicate);
    outcome.errorMessages = plan.errorMessages();
    if (outcome.errors > 0 && mode == ImportMode::AllOrNothing) {
        QStringList shown = outcome.errorMessages.mid(0, 5);
        if (outcome.errors > 5)
            shown.append(tr("… and %n more.", nullptr, outcome.errors - 5));
        const QString rows = outcome.errors == 1 ? tr("1 row of the file cannot be read")
                                                 : tr("%n rows of the file cannot be read", nullptr, outcome.errors);
        return Error{rows + tr(", so nothing was imported. Correct the file and import again, or choose to import "
                               "the valid rows only."),
                     shown.join(QLatin1Char('\n'))};
    }

    Status written = store.transaction([&]() -> Status {
        auto add = [&](EntityKind kind, Result<qint64> id) -> Result<qint64> {
            if (id)
                outcome.added.append(RecordRef{kind, *id});
            return id;
        };
        for (const PlannedRow& row : plan.rows) {
            if (row.fate != RowFate::New)
                continue;
            auto failed = [&](const Error& e) {
                return Error{tr("Line %1 could not be written, so nothing was imported.").arg(row.line),
                             e.fullText()};
            };
            switch (plan.kind) {
            case ImportKind::Partners: {
                qint64 partnerId = row.existingPartnerId;
                if (partnerId == 0) {
                    auto id = add(EntityKind::Partner, store.add(row.partner));
                    if (!id)
                        return failed(id.error());
                    partnerId = *id;
                }
                Tie tie = row.tie;
                tie.partnerId = partnerId;
                if (auto id = add(EntityKind::Tie, store.add(tie)); !id)
                    return failed(id.error());
                if (row.hasContact) {
                    Contact contact = row.contact;
                    contact.partnerId = partnerId;
                    if (auto id = add(EntityKind::Contact, store.add(contact)); !id)
                        return failed(id.error());
                }
                break;
            }
            case ImportKind::Needs:
                if (auto id = add(EntityKind::Need, store.add(row.need)); !id)
                    return failed(id.error());
                break;
            case ImportKind::Initiatives:
                if (auto id = add(EntityKind::Initiative, store.add(row.initiative)); !id)
                    return failed(id.error());
                break;
            case ImportKind::Engagements:
                if (auto id = add(EntityKind::Engagement, store.add(row.engagement)); !id)
                    return failed(id.error());
                break;
            }
            ++outcome.rowsAdded;
        }
        return {};
    });
    if (!written)
        return written.error();
    return outcome;
}

} // namespace civic
