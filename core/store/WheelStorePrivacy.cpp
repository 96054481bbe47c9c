// The store's privacy (UK GDPR) members: finding what is held about a person,
// retention, and erasure that leaves no trace in the file.
#include "store/WheelStore.h"
#include "store/WheelStorePrivate.h"

namespace civic {
namespace {

QString tr(const char* text)
{
    return storedetail::tr(text);
}

// Free-text columns a person's name or address may have been typed into, with
// an SQL expression naming the record for a person. Identifiers only: every
// value is bound.
struct TextColumn
{
    const char* table;
    const char* column;
    const char* label;
    const char* join;
};

const TextColumn kTextColumns[] = {
    {"academies", "notes", "t.name", ""},
    {"academies", "headteacher", "t.name", ""},
    {"partners", "notes", "t.name", ""},
    {"contacts", "notes", "t.name", ""},
    {"ties", "notes", "p.name", "JOIN partners p ON p.id = t.partner_id"},
    {"ties", "staff_owner", "p.name", "JOIN partners p ON p.id = t.partner_id"},
    {"ties", "executive_sponsor", "p.name", "JOIN partners p ON p.id = t.partner_id"},
    {"needs", "evidence", "t.title", ""},
    {"needs", "notes", "t.title", ""},
    {"initiatives", "description", "t.title", ""},
    {"initiatives", "outcomes", "t.title", ""},
    {"initiatives", "staff_lead", "t.title", ""},
    {"engagements", "summary", "p.name || ' on ' || t.occurred_on",
     "JOIN partners p ON p.id = t.partner_id"},
    {"engagements", "notes", "p.name || ' on ' || t.occurred_on",
     "JOIN partners p ON p.id = t.partner_id"},
};

QStringList erasableTerms(const Contact& contact)
{
    QStringList terms;
    for (const QString& term : {contact.name, contact.email, contact.phone}) {
        const QString trimmed = term.trimmed();
        if (!trimmed.isEmpty())
            terms.append(trimmed);
    }
    return terms;
}

} // namespace

Result<QVector<Contact>> WheelStore::contactsByEmail(const QString& email) const
{
    // `=` compares the whole value: % and _ are ordinary characters here.
    return d->list<Contact>(
        selectFrom<Contact>() +
            QStringLiteral(" WHERE t.email = ? COLLATE NOCASE ORDER BY t.name, t.id"),
        {email.trimmed()});
}

Result<QVector<Engagement>> WheelStore::engagementsWithContact(qint64 contactId) const
{
    return d->list<Engagement>(
        selectFrom<Engagement>() +
            QStringLiteral(" WHERE t.contact_id = ? ORDER BY t.occurred_on, t.id"),
        {contactId});
}

Result<QVector<Mention>> WheelStore::mentionsOf(const QStringList& terms) const
{
    QVector<Mention> mentions;
    for (const QString& raw : terms) {
        const QString term = raw.trimmed();
        if (term.isEmpty())
            continue;
        for (const TextColumn& c : kTextColumns) {
            // instr() matches literally, unlike LIKE, whose % and _ are wildcards.
            auto q =
                d->run(QStringLiteral(
                           "SELECT t.id, %1 FROM %2 t %3 WHERE instr(lower(t.%4), lower(?)) > 0 "
                           "ORDER BY t.id")
                           .arg(QLatin1String(c.label), QLatin1String(c.table),
                                QLatin1String(c.join), QLatin1String(c.column)),
                       {term});
            if (!q)
                return q.error();
            while (q->next()) {
                Mention m{QLatin1String(c.table), QLatin1String(c.column), q->value(0).toLongLong(),
                          q->value(1).toString()};
                const bool known =
                    std::any_of(mentions.cbegin(), mentions.cend(), [&](const Mention& o) {
                        return o.table == m.table && o.column == m.column && o.rowId == m.rowId;
                    });
                if (!known)
                    mentions.append(m);
            }
        }
    }
    return mentions;
}

Result<QVector<Contact>> WheelStore::contactsPastRetention(const QDate& today) const
{
    // Dates are stored as ISO text, which sorts and compares as dates do.
    return d->list<Contact>(
        selectFrom<Contact>() +
            QStringLiteral(" WHERE t.retain_until IS NOT NULL AND t.retain_until < ? "
                           "ORDER BY t.retain_until, t.name, t.id"),
        {today.toString(Qt::ISODate)});
}

Result<ErasureReport> WheelStore::eraseContacts(const QVector<qint64>& contactIds)
{
    if (auto s = d->writable(); !s)
        return s.error();
    if (d->depth > 0)
        return Error{tr("Contacts cannot be erased in the middle of another change."),
                     QStringLiteral("eraseContacts called inside transaction()")};

    ErasureReport report;
    auto erased = inTransaction(*d, [&]() -> Status {
        for (qint64 id : contactIds) {
            auto contact = d->one<Contact>(id);
            if (!contact)
                return contact.error();
            auto linked = engagementsWithContact(id);
            if (!linked)
                return linked.error();
            const QStringList terms = erasableTerms(*contact);
            for (const Engagement& engagement : *linked) {
                QString summary = engagement.summary;
                QString notes = engagement.notes;
                for (const QString& term : terms) {
                    summary.replace(term, tr("[erased]"), Qt::CaseInsensitive);
                    notes.replace(term, tr("[erased]"), Qt::CaseInsensitive);
                }
                if (summary == engagement.summary && notes == engagement.notes)
                    continue;
                auto q = d->run(
                    QStringLiteral("UPDATE engagements SET summary = ?, notes = ? WHERE id = ?"),
                    {rows::text(summary), rows::text(notes), engagement.id});
                if (!q)
                    return q.error();
                ++report.engagementsRedacted;
            }
            // secure_delete (set on open) overwrites the freed cells with zeros;
            // engagements keep their place with contact_id set to NULL.
            auto q = d->run(QStringLiteral("DELETE FROM contacts WHERE id = ?"), {id});
            if (!q)
                return q.error();
            ++report.contactsErased;
        }
        return {};
    });
    if (!erased)
        return erased.error();

    // VACUUM rebuilds the file from its live rows, so neither free pages nor
    // the slack of reused pages keep the erased bytes.
    if (auto q = d->run(QStringLiteral("VACUUM")); !q)
        return Error{
            tr("The contact was erased, but Civic Wheel could not then compact the file, so "
               "fragments may remain in unused space until the next erasure. Free some disk space "
               "and "
               "erase again, or ask IT support.") +
                QLatin1Char(' ') + q.error().message,
            q.error().detail};
    report.compacted = true;
    return report;
}

} // namespace civic
