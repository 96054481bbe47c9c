#pragma once

#include "model/Contact.h"
#include "model/Engagement.h"
#include "model/Partner.h"
#include "model/Result.h"
#include "store/WheelStore.h"

#include <QByteArray>
#include <QDateTime>
#include <QVector>

namespace civic {

/// Everything a wheel file holds about one contact, gathered for a UK GDPR
/// subject access request and written as JSON (for machines) or plain text
/// (for the person).
class SubjectAccess
{
public:
    /// Gathers what the file holds about the contact with id `contactId`.
    static Result<SubjectAccess> gather(const WheelStore& store, qint64 contactId,
                                        const QDateTime& now = QDateTime::currentDateTimeUtc());
    /// The one contact whose e-mail address is `email` (whole, ignoring case),
    /// or a message saying there is none, or several.
    static Result<Contact> findByEmail(const WheelStore& store, const QString& email);

    const Contact& contact() const { return m_contact; }
    const Partner& partner() const { return m_partner; }
    const QVector<Engagement>& engagements() const { return m_engagements; }
    const QVector<Mention>& mentions() const { return m_mentions; }

    /// UTF-8 JSON, indented; every field of every record named.
    QByteArray toJson() const;
    /// A readable report in English, one section per kind of record.
    QString toText() const;

    /// Writes `bytes` to a new file readable by its owner only (it is personal
    /// data); replaces `path` only once complete.
    static Status writePrivateFile(const QString& path, const QByteArray& bytes);

private:
    Contact m_contact;
    Partner m_partner;
    QVector<Engagement> m_engagements;
    QVector<Mention> m_mentions;
    QString m_file;
    QDateTime m_generated;
};

} // namespace civic
