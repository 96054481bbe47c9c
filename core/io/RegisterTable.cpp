#include "io/RegisterTable.h"

#include "io/ImportField.h"

#include <QCoreApplication>

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RegisterTable", text);
}

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
QString yesNo(bool b)
{
    return b ? tr("Yes") : tr("No");
}

bool allowed(const ImportField& f, const ExportOptions& o)
{
    switch (f.privacy) {
    case ImportField::Privacy::Public:
        return true;
    case ImportField::Privacy::Contact:
        return o.contacts;
    case ImportField::Privacy::StaffName:
        return o.staffNames;
    case ImportField::Privacy::Note:
        return o.notes;
    }
    return false;
}

// Builds a table from an import kind's fields: `value` gives each field's text for an item.
template <typename T, typename Value>
void fill(RegisterTable& table, ImportKind kind, const ExportOptions& options,
          const QVector<T>& items, Value value)
{
    static const QStringList numbers{QStringLiteral("strength"), QStringLiteral("severity"),
                                     QStringLiteral("pupils"), QStringLiteral("disadvantaged"),
                                     QStringLiteral("send")};
    QStringList keys;
    for (const ImportField& f : ImportFields::of(kind)) {
        if (allowed(f, options)) {
            keys.append(f.key);
            table.header.append(f.header);
            // Needs' "disadvantaged" and "send" are yes/no, not counts.
            table.numeric.append(numbers.contains(f.key) && !(kind == ImportKind::Needs &&
                                                              f.key != QLatin1String("severity")));
        }
    }
    for (const T& item : items) {
        QStringList row;
        for (const QString& key : keys)
            row.append(value(item, key));
        table.rows.append(row);
    }
}

} // namespace

QVector<Register> RegisterTable::registers(const ExportOptions& options)
{
    QVector<Register> all{Register::Partners, Register::Needs, Register::Initiatives,
                          Register::Engagements};
    if (options.contacts)
        all.insert(1, Register::Contacts);
    return all;
}

QString RegisterTable::code(Register which)
{
    switch (which) {
    case Register::Partners:
        return QStringLiteral("partners");
    case Register::Contacts:
        return QStringLiteral("contacts");
    case Register::Needs:
        return QStringLiteral("needs");
    case Register::Initiatives:
        return QStringLiteral("initiatives");
    case Register::Engagements:
        return QStringLiteral("engagements");
    }
    return {};
}

std::optional<Register> RegisterTable::fromCode(const QString& code)
{
    for (Register r : {Register::Partners, Register::Contacts, Register::Needs,
                       Register::Initiatives, Register::Engagements}) {
        if (code.trimmed().compare(RegisterTable::code(r), Qt::CaseInsensitive) == 0)
            return r;
    }
    return std::nullopt;
}

namespace {

QString partnerName(const AcademyWheel& wheel, qint64 id)
{
    const Partner* p = wheel.partner(id);
    return p ? p->name : QString();
}

// A partners register row: the partner, its tie and its main contact.
QString partnerValue(const AcademyWheel& wheel, const Partner& p, const QString& key)
{
    const Tie* t = wheel.tieFor(p.id);
    const QVector<const Contact*> contacts = wheel.contactsOf(p.id);
    const Contact* c = contacts.isEmpty() ? nullptr : contacts.first(); // the main contact
    const Tie tie = t ? *t : Tie{};
    if (key == QLatin1String("name"))
        return p.name;
    if (key == QLatin1String("sector"))
        return displayName(p.sector);
    if (key == QLatin1String("postcode"))
        return p.postcode;
    if (key == QLatin1String("website"))
        return p.website;
    if (key == QLatin1String("partnerNotes"))
        return p.notes;
    if (key == QLatin1String("strength"))
        return QString::number(tie.strength);
    if (key == QLatin1String("tieRole"))
        return displayName(tie.role);
    if (key == QLatin1String("narrative"))
        return displayName(tie.narrative);
    if (key == QLatin1String("tieStatus"))
        return displayName(tie.status);
    if (key == QLatin1String("staffOwner"))
        return tie.staffOwner;
    if (key == QLatin1String("sponsor"))
        return tie.executiveSponsor;
    if (key == QLatin1String("started"))
        return isoDate(tie.started);
    if (key == QLatin1String("nextReview"))
        return isoDate(tie.nextReview);
    if (key == QLatin1String("tieNotes"))
        return tie.notes;
    if (!c)
        return {};
    if (key == QLatin1String("contactName"))
        return c->name;
    if (key == QLatin1String("contactRole"))
        return c->role;
    if (key == QLatin1String("email"))
        return c->email;
    if (key == QLatin1String("phone"))
        return c->phone;
    if (key == QLatin1String("retainUntil"))
        return isoDate(c->retainUntil);
    return {};
}

// The contacts register has no import kind: its columns are its own.
void fillContacts(RegisterTable& table, const AcademyWheel& wheel, const ExportOptions& options)
{
    if (!options.contacts)
        return;
    table.header = QStringList{tr("Partner"), tr("Name"),  tr("Role"),
                               tr("Email"),   tr("Phone"), tr("Keep until")};
    if (options.notes)
        table.header.append(tr("Notes"));
    table.numeric.fill(false, table.header.size());
    for (const Contact& c : wheel.contacts) {
        QStringList row{partnerName(wheel, c.partnerId), c.name, c.role, c.email, c.phone,
                        isoDate(c.retainUntil)};
        if (options.notes)
            row.append(c.notes);
        table.rows.append(row);
    }
}

QString needValue(const Need& n, const QString& key)
{
    if (key == QLatin1String("title"))
        return n.title;
    if (key == QLatin1String("category"))
        return displayName(n.category);
    if (key == QLatin1String("severity"))
        return QString::number(n.severity);
    if (key == QLatin1String("evidence"))
        return n.evidence;
    if (key == QLatin1String("disadvantaged"))
        return yesNo(n.affectsDisadvantaged);
    if (key == QLatin1String("send"))
        return yesNo(n.affectsSend);
    if (key == QLatin1String("consulted"))
        return yesNo(n.consulted);
    if (key == QLatin1String("status"))
        return displayName(n.status);
    if (key == QLatin1String("identified"))
        return isoDate(n.identified);
    if (key == QLatin1String("notes"))
        return n.notes;
    return {};
}

// Partners and needs by name, as the import reads them back.
QString linkedNames(const AcademyWheel& wheel, const Initiative& i, const QString& key)
{
    QStringList names;
    if (key == QLatin1String("partners")) {
        for (qint64 id : i.partnerIds)
            names.append(partnerName(wheel, id));
    } else {
        for (qint64 id : i.needIds) {
            if (const Need* n = wheel.need(id))
                names.append(n->title);
        }
    }
    return names.join(QStringLiteral("; "));
}

QString initiativeValue(const AcademyWheel& wheel, const Initiative& i, const QString& key)
{
    if (key == QLatin1String("title"))
        return i.title;
    if (key == QLatin1String("approach"))
        return displayName(i.approach);
    if (key == QLatin1String("status"))
        return displayName(i.status);
    if (key == QLatin1String("staffLead"))
        return i.staffLead;
    if (key == QLatin1String("started"))
        return isoDate(i.started);
    if (key == QLatin1String("ends"))
        return isoDate(i.ends);
    if (key == QLatin1String("description"))
        return i.description;
    if (key == QLatin1String("outcomes"))
        return i.outcomes;
    if (key == QLatin1String("pupils"))
        return QString::number(i.pupilsReached);
    if (key == QLatin1String("disadvantaged"))
        return QString::number(i.disadvantagedReached);
    if (key == QLatin1String("send"))
        return QString::number(i.sendReached);
    if (key == QLatin1String("partners") || key == QLatin1String("needs"))
        return linkedNames(wheel, i, key);
    return {};
}

QString engagementValue(const AcademyWheel& wheel, const Engagement& e, const QString& key)
{
    if (key == QLatin1String("partner"))
        return partnerName(wheel, e.partnerId);
    if (key == QLatin1String("date"))
        return isoDate(e.date);
    if (key == QLatin1String("kind"))
        return displayName(e.kind);
    if (key == QLatin1String("summary"))
        return e.summary;
    if (key == QLatin1String("contact")) {
        const Contact* c = wheel.contact(e.contactId);
        return c ? c->name : QString();
    }
    if (key == QLatin1String("notes"))
        return e.notes;
    return {};
}

} // namespace

RegisterTable RegisterTable::build(const AcademyWheel& wheel, Register which,
                                   const ExportOptions& options)
{
    RegisterTable table;
    table.which = which;
    switch (which) {
    case Register::Partners:
        table.title = tr("Partners");
        fill(table, ImportKind::Partners, options, wheel.partners,
             [&](const Partner& p, const QString& key) { return partnerValue(wheel, p, key); });
        break;
    case Register::Contacts:
        table.title = tr("Contacts");
        fillContacts(table, wheel, options);
        break;
    case Register::Needs:
        table.title = tr("Needs");
        fill(table, ImportKind::Needs, options, wheel.needs, needValue);
        break;
    case Register::Initiatives:
        table.title = tr("Initiatives");
        fill(table, ImportKind::Initiatives, options, wheel.initiatives,
             [&](const Initiative& i, const QString& key) {
                 return initiativeValue(wheel, i, key);
             });
        break;
    case Register::Engagements:
        table.title = tr("Engagements");
        fill(table, ImportKind::Engagements, options, wheel.engagements,
             [&](const Engagement& e, const QString& key) {
                 return engagementValue(wheel, e, key);
             });
        break;
    }
    return table;
}

} // namespace civic
