#include "privacy/SubjectAccess.h"

#include "model/Enums.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SubjectAccess", text);
}

QJsonValue dateValue(const QDate& date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

Result<Contact> SubjectAccess::findByEmail(const WheelStore& store, const QString& email)
{
    if (email.trimmed().isEmpty())
        return Error{tr("Give the e-mail address of the contact.")};
    auto found = store.contactsByEmail(email);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{tr("No contact with the e-mail address “%1” is recorded in this wheel file.")
                         .arg(email.trimmed())};
    if (found->size() > 1) {
        QStringList names;
        for (const Contact& c : *found)
            names.append(c.name);
        return Error{tr("%1 contacts share the e-mail address “%2” (%3); tell them apart in Civic "
                        "Wheel first.")
                         .arg(found->size())
                         .arg(email.trimmed(), names.join(QStringLiteral(", ")))};
    }
    return found->first();
}

Result<SubjectAccess> SubjectAccess::gather(const WheelStore& store, qint64 contactId,
                                            const QDateTime& now)
{
    SubjectAccess access;
    auto contact = store.contact(contactId);
    if (!contact)
        return contact.error();
    access.m_contact = *contact;
    auto partner = store.partner(contact->partnerId);
    if (!partner)
        return partner.error();
    access.m_partner = *partner;
    auto engagements = store.engagementsWithContact(contactId);
    if (!engagements)
        return engagements.error();
    access.m_engagements = *engagements;
    QStringList terms{contact->name, contact->email};
    auto mentions = store.mentionsOf(terms);
    if (!mentions)
        return mentions.error();
    for (const Mention& m : *mentions) {
        // The contact's own row is reported in full above.
        if (!(m.table == QLatin1String("contacts") && m.rowId == contactId))
            access.m_mentions.append(m);
    }
    access.m_file = store.path();
    access.m_generated = now;
    return access;
}

QByteArray SubjectAccess::toJson() const
{
    QJsonObject contact{
        {QStringLiteral("id"), m_contact.id},
        {QStringLiteral("name"), m_contact.name},
        {QStringLiteral("role"), m_contact.role},
        {QStringLiteral("email"), m_contact.email},
        {QStringLiteral("phone"), m_contact.phone},
        {QStringLiteral("notes"), m_contact.notes},
        {QStringLiteral("retainUntil"), dateValue(m_contact.retainUntil)},
    };
    QJsonObject partner{
        {QStringLiteral("id"), m_partner.id},
        {QStringLiteral("name"), m_partner.name},
        {QStringLiteral("sector"), displayName(m_partner.sector)},
    };
    QJsonArray engagements;
    for (const Engagement& e : m_engagements)
        engagements.append(QJsonObject{
            {QStringLiteral("id"), e.id},
            {QStringLiteral("date"), dateValue(e.date)},
            {QStringLiteral("kind"), displayName(e.kind)},
            {QStringLiteral("summary"), e.summary},
            {QStringLiteral("notes"), e.notes},
        });
    QJsonArray mentions;
    for (const Mention& m : m_mentions)
        mentions.append(QJsonObject{
            {QStringLiteral("table"), m.table},
            {QStringLiteral("column"), m.column},
            {QStringLiteral("id"), m.rowId},
            {QStringLiteral("record"), m.label},
        });
    QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("civicwheel-subject-access")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("generated"), m_generated.toString(Qt::ISODate)},
        {QStringLiteral("wheelFile"), QFileInfo(m_file).fileName()},
        {QStringLiteral("contact"), contact},
        {QStringLiteral("organisation"), partner},
        {QStringLiteral("engagements"), engagements},
        {QStringLiteral("mentionedIn"), mentions},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QString SubjectAccess::toText() const
{
    const QString none = tr("(none recorded)");
    auto field = [&](const QString& label, const QString& value) {
        return QStringLiteral("  %1: %2\n").arg(label, value.isEmpty() ? none : value);
    };
    QString text;
    text += tr("Personal data held about %1").arg(m_contact.name) + QLatin1Char('\n');
    text += tr("From the Civic Wheel file “%1”, on %2.")
                .arg(QFileInfo(m_file).fileName(), m_generated.date().toString(Qt::ISODate)) +
            QStringLiteral("\n\n");
    text += tr("Contact details") + QLatin1Char('\n');
    text += field(tr("Name"), m_contact.name);
    text += field(tr("Role"), m_contact.role);
    text += field(tr("Organisation"), m_partner.name);
    text += field(tr("E-mail"), m_contact.email);
    text += field(tr("Phone"), m_contact.phone);
    text += field(tr("Notes"), m_contact.notes);
    text += field(tr("Kept until reviewed on"), m_contact.retainUntil.isValid()
                                                    ? m_contact.retainUntil.toString(Qt::ISODate)
                                                    : QString());
    text += QLatin1Char('\n') + tr("Meetings and other contact (%1)").arg(m_engagements.size()) +
            QLatin1Char('\n');
    if (m_engagements.isEmpty())
        text += QStringLiteral("  ") + none + QLatin1Char('\n');
    for (const Engagement& e : m_engagements) {
        text += QStringLiteral("  %1  %2: %3\n")
                    .arg(e.date.toString(Qt::ISODate), displayName(e.kind), e.summary);
        if (!e.notes.isEmpty())
            text += QStringLiteral("      %1\n").arg(e.notes);
    }
    text +=
        QLatin1Char('\n') +
        tr("Other records that mention the name or e-mail address (%1)").arg(m_mentions.size()) +
        QLatin1Char('\n');
    if (m_mentions.isEmpty())
        text += QStringLiteral("  ") + none + QLatin1Char('\n');
    for (const Mention& m : m_mentions)
        text += QStringLiteral("  %1 (%2, %3)\n").arg(m.label, m.table, m.column);
    return text;
}

Status SubjectAccess::writePrivateFile(const QString& path, const QByteArray& bytes)
{
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error{tr("The folder “%1” does not exist. Choose another place for the file.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()))};
    QSaveFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            tr("Civic Wheel cannot write in the folder “%1”. Choose a folder you can save in.")
                .arg(QDir::toNativeSeparators(info.absolutePath())),
            file.errorString()};
    // Owner only before any personal data is written.
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{
            tr("Civic Wheel could not write “%1” (the disk may be full). Nothing was saved.")
                .arg(QDir::toNativeSeparators(info.absoluteFilePath())),
            file.errorString()};
    return {};
}

} // namespace civic
