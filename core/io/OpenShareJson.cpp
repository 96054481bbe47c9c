#include "io/OpenShareJson.h"

#include "analysis/CoverageAnalysis.h"
#include "io/ExportFile.h"
#include "model/Validation.h"
#include "store/WheelStore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace civic {

const char* const OpenShareJson::FormatName = "civic-wheel-open-share";

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("OpenShareJson", text);
}

QJsonValue dateValue(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}
QDate readDate(const QJsonValue& v)
{
    return v.isString() ? QDate::fromString(v.toString(), Qt::ISODate) : QDate();
}
QString ref(QChar prefix, qint64 id)
{
    return prefix + QString::number(id);
}

template <typename E>
E readEnum(const QJsonValue& v, E fallback)
{
    return fromCode<E>(v.toString()).value_or(fallback);
}

// Writes `value` under `key` only when allowed, so anonymised files do not even carry empty keys.
void putIf(QJsonObject& o, bool allowed, const QString& key, const QString& value)
{
    if (allowed)
        o.insert(key, value);
}

} // namespace

QByteArray OpenShareJson::write(const AcademyWheel& wheel, const ExportOptions& options)
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), QString::fromLatin1(FormatName));
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("generator"),
                QStringLiteral("Civic Wheel ") + QStringLiteral(CIVIC_VERSION));
    root.insert(QStringLiteral("exported"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    root.insert(QStringLiteral("includes"),
                QJsonObject{{QStringLiteral("contacts"), options.contacts},
                            {QStringLiteral("staffNames"), options.staffNames},
                            {QStringLiteral("notes"), options.notes}});

    const Academy& a = wheel.academy;
    QJsonObject academy{{QStringLiteral("urn"), a.urn},
                        {QStringLiteral("name"), a.name},
                        {QStringLiteral("phase"), a.phase},
                        {QStringLiteral("localAuthority"), a.localAuthority},
                        {QStringLiteral("postcode"), a.postcode}};
    academy.insert(QStringLiteral("pupilsOnRoll"),
                   a.pupilsOnRoll ? QJsonValue(*a.pupilsOnRoll) : QJsonValue());
    academy.insert(QStringLiteral("percentDisadvantaged"),
                   a.percentDisadvantaged ? QJsonValue(*a.percentDisadvantaged) : QJsonValue());
    academy.insert(QStringLiteral("percentSend"),
                   a.percentSend ? QJsonValue(*a.percentSend) : QJsonValue());
    if (!wheel.trust.name.isEmpty())
        academy.insert(QStringLiteral("trust"), wheel.trust.name);
    putIf(academy, options.staffNames, QStringLiteral("headteacher"), a.headteacher);
    putIf(academy, options.notes, QStringLiteral("notes"), a.notes);
    root.insert(QStringLiteral("academy"), academy);

    QJsonArray partners;
    for (const Partner& p : wheel.partners) {
        QJsonObject o{{QStringLiteral("id"), ref(u'p', p.id)},
                      {QStringLiteral("name"), p.name},
                      {QStringLiteral("sector"), codeOf(p.sector)},
                      {QStringLiteral("postcode"), p.postcode},
                      {QStringLiteral("website"), p.website}};
        putIf(o, options.notes, QStringLiteral("notes"), p.notes);
        if (const Tie* t = wheel.tieFor(p.id)) {
            QJsonObject tie{{QStringLiteral("strength"), t->strength},
                            {QStringLiteral("role"), codeOf(t->role)},
                            {QStringLiteral("narrative"), codeOf(t->narrative)},
                            {QStringLiteral("status"), codeOf(t->status)},
                            {QStringLiteral("started"), dateValue(t->started)},
                            {QStringLiteral("nextReview"), dateValue(t->nextReview)}};
            putIf(tie, options.staffNames, QStringLiteral("staffOwner"), t->staffOwner);
            putIf(tie, options.staffNames, QStringLiteral("executiveSponsor"), t->executiveSponsor);
            putIf(tie, options.notes, QStringLiteral("notes"), t->notes);
            o.insert(QStringLiteral("tie"), tie);
        }
        if (options.contacts) {
            QJsonArray contacts;
            for (const Contact* c : wheel.contactsOf(p.id)) {
                QJsonObject co{{QStringLiteral("id"), ref(u'c', c->id)},
                               {QStringLiteral("name"), c->name},
                               {QStringLiteral("role"), c->role},
                               {QStringLiteral("email"), c->email},
                               {QStringLiteral("phone"), c->phone},
                               {QStringLiteral("retainUntil"), dateValue(c->retainUntil)}};
                putIf(co, options.notes, QStringLiteral("notes"), c->notes);
                contacts.append(co);
            }
            o.insert(QStringLiteral("contacts"), contacts);
        }
        partners.append(o);
    }
    root.insert(QStringLiteral("partners"), partners);

    QJsonArray needs;
    for (const Need& n : wheel.needs) {
        QJsonObject o{{QStringLiteral("id"), ref(u'n', n.id)},
                      {QStringLiteral("title"), n.title},
                      {QStringLiteral("category"), codeOf(n.category)},
                      {QStringLiteral("severity"), n.severity},
                      {QStringLiteral("evidence"), n.evidence},
                      {QStringLiteral("affectsDisadvantaged"), n.affectsDisadvantaged},
                      {QStringLiteral("affectsSend"), n.affectsSend},
                      {QStringLiteral("consulted"), n.consulted},
                      {QStringLiteral("status"), codeOf(n.status)},
                      {QStringLiteral("identified"), dateValue(n.identified)}};
        putIf(o, options.notes, QStringLiteral("notes"), n.notes);
        needs.append(o);
    }
    root.insert(QStringLiteral("needs"), needs);

    QJsonArray initiatives;
    for (const Initiative& i : wheel.initiatives) {
        QJsonArray partnerRefs;
        for (qint64 id : i.partnerIds)
            partnerRefs.append(ref(u'p', id));
        QJsonArray needRefs;
        for (qint64 id : i.needIds)
            needRefs.append(ref(u'n', id));
        QJsonObject o{{QStringLiteral("id"), ref(u'i', i.id)},
                      {QStringLiteral("title"), i.title},
                      {QStringLiteral("approach"), codeOf(i.approach)},
                      {QStringLiteral("status"), codeOf(i.status)},
                      {QStringLiteral("started"), dateValue(i.started)},
                      {QStringLiteral("ends"), dateValue(i.ends)},
                      {QStringLiteral("description"), i.description},
                      {QStringLiteral("outcomes"), i.outcomes},
                      {QStringLiteral("pupilsReached"), i.pupilsReached},
                      {QStringLiteral("disadvantagedReached"), i.disadvantagedReached},
                      {QStringLiteral("sendReached"), i.sendReached},
                      {QStringLiteral("partners"), partnerRefs},
                      {QStringLiteral("needs"), needRefs}};
        putIf(o, options.staffNames, QStringLiteral("staffLead"), i.staffLead);
        initiatives.append(o);
    }
    root.insert(QStringLiteral("initiatives"), initiatives);

    QJsonArray engagements;
    for (const Engagement& e : wheel.engagements) {
        QJsonObject o{{QStringLiteral("partner"), ref(u'p', e.partnerId)},
                      {QStringLiteral("date"), dateValue(e.date)},
                      {QStringLiteral("kind"), codeOf(e.kind)},
                      {QStringLiteral("summary"), e.summary}};
        if (options.contacts && e.contactId > 0)
            o.insert(QStringLiteral("contact"), ref(u'c', e.contactId));
        putIf(o, options.notes, QStringLiteral("notes"), e.notes);
        engagements.append(o);
    }
    root.insert(QStringLiteral("engagements"), engagements);

    // The same figures as the Coverage view: partners, needs and reach of the
    // active initiatives (see Coverage.h for the definitions).
    QJsonArray coverage;
    for (const ApproachCoverage& a :
         CoverageAnalysis::analyse(wheel, QDate::currentDate()).approaches) {
        coverage.append(
            QJsonObject{{QStringLiteral("approach"), codeOf(a.approach)},
                        {QStringLiteral("initiatives"), a.initiatives},
                        {QStringLiteral("activeInitiatives"), a.activeInitiatives},
                        {QStringLiteral("partners"), a.partners},
                        {QStringLiteral("needs"), a.needsAddressed},
                        {QStringLiteral("pupilsReached"), a.pupilsReached},
                        {QStringLiteral("disadvantagedReached"), a.disadvantagedReached},
                        {QStringLiteral("sendReached"), a.sendReached}});
    }
    root.insert(QStringLiteral("coverage"), coverage);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Status OpenShareJson::exportTo(const QString& path, const AcademyWheel& wheel,
                               const ExportOptions& options)
{
    return ExportFile::write(path, write(wheel, options));
}

Result<AcademyWheel> OpenShareJson::readFile(const QString& path)
{
    QFile file(path);
    if (!file.exists())
        return Error{tr("There is no file at “%1”.").arg(QDir::toNativeSeparators(path))};
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            tr("Civic Wheel is not allowed to read “%1”.").arg(QDir::toNativeSeparators(path)),
            file.errorString()};
    return read(file.readAll());
}

Result<AcademyWheel> OpenShareJson::read(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{tr("This is not a shared wheel: the file is not valid JSON."),
                     parseError.errorString()};
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(FormatName))
        return Error{tr("This JSON file is not a wheel shared from Civic Wheel.")};
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > FormatVersion)
        return Error{tr("This shared wheel was made by a newer version of Civic Wheel (format %1; "
                        "this version reads "
                        "up to %2). Install the newer version to import it.")
                         .arg(version)
                         .arg(FormatVersion)};

    AcademyWheel wheel;
    const QJsonObject a = root.value(QStringLiteral("academy")).toObject();
    wheel.academy.urn = a.value(QStringLiteral("urn")).toString();
    wheel.academy.name = a.value(QStringLiteral("name")).toString();
    wheel.academy.phase = a.value(QStringLiteral("phase")).toString();
    wheel.academy.localAuthority = a.value(QStringLiteral("localAuthority")).toString();
    wheel.academy.postcode = a.value(QStringLiteral("postcode")).toString();
    wheel.academy.headteacher = a.value(QStringLiteral("headteacher")).toString();
    wheel.academy.notes = a.value(QStringLiteral("notes")).toString();
    if (a.value(QStringLiteral("pupilsOnRoll")).isDouble())
        wheel.academy.pupilsOnRoll = a.value(QStringLiteral("pupilsOnRoll")).toInt();
    if (a.value(QStringLiteral("percentDisadvantaged")).isDouble())
        wheel.academy.percentDisadvantaged =
            a.value(QStringLiteral("percentDisadvantaged")).toDouble();
    if (a.value(QStringLiteral("percentSend")).isDouble())
        wheel.academy.percentSend = a.value(QStringLiteral("percentSend")).toDouble();
    wheel.trust.name = a.value(QStringLiteral("trust")).toString();
    if (!Validation::hasVisibleText(wheel.academy.name))
        return Error{tr("This shared wheel does not name its academy, so it cannot be imported.")};

    // References ("p3") become local ids 1, 2, ...
    QHash<QString, qint64> partnerIds;
    QHash<QString, qint64> contactIds;
    QHash<QString, qint64> needIds;
    for (const QJsonValue& v : root.value(QStringLiteral("partners")).toArray()) {
        const QJsonObject o = v.toObject();
        Partner p;
        p.id = wheel.partners.size() + 1;
        p.name = o.value(QStringLiteral("name")).toString();
        if (!Validation::hasVisibleText(p.name))
            return Error{tr("Partner %1 of the shared wheel has no name, so nothing was imported. "
                            "Ask the school that shared it to name the partner and send the file "
                            "again.")
                             .arg(p.id)};
        p.sector = readEnum(o.value(QStringLiteral("sector")), Sector::Other);
        p.postcode = o.value(QStringLiteral("postcode")).toString();
        p.website = o.value(QStringLiteral("website")).toString();
        p.notes = o.value(QStringLiteral("notes")).toString();
        partnerIds.insert(o.value(QStringLiteral("id")).toString(), p.id);
        wheel.partners.append(p);
        Tie t;
        t.id = p.id;
        t.partnerId = p.id;
        const QJsonObject tie = o.value(QStringLiteral("tie")).toObject();
        t.strength = qBound(1, tie.value(QStringLiteral("strength")).toInt(3), 5);
        t.role = readEnum(tie.value(QStringLiteral("role")), TieRole::Supports);
        t.narrative = readEnum(tie.value(QStringLiteral("narrative")), Narrative::Civic);
        t.status = readEnum(tie.value(QStringLiteral("status")), TieStatus::Active);
        t.started = readDate(tie.value(QStringLiteral("started")));
        t.nextReview = readDate(tie.value(QStringLiteral("nextReview")));
        t.staffOwner = tie.value(QStringLiteral("staffOwner")).toString();
        t.executiveSponsor = tie.value(QStringLiteral("executiveSponsor")).toString();
        t.notes = tie.value(QStringLiteral("notes")).toString();
        wheel.ties.append(t);
        for (const QJsonValue& cv : o.value(QStringLiteral("contacts")).toArray()) {
            const QJsonObject co = cv.toObject();
            Contact c;
            c.id = wheel.contacts.size() + 1;
            c.partnerId = p.id;
            c.name = co.value(QStringLiteral("name")).toString();
            c.role = co.value(QStringLiteral("role")).toString();
            c.email = co.value(QStringLiteral("email")).toString();
            c.phone = co.value(QStringLiteral("phone")).toString();
            c.notes = co.value(QStringLiteral("notes")).toString();
            c.retainUntil = readDate(co.value(QStringLiteral("retainUntil")));
            contactIds.insert(co.value(QStringLiteral("id")).toString(), c.id);
            wheel.contacts.append(c);
        }
    }
    for (const QJsonValue& v : root.value(QStringLiteral("needs")).toArray()) {
        const QJsonObject o = v.toObject();
        Need n;
        n.id = wheel.needs.size() + 1;
        n.title = o.value(QStringLiteral("title")).toString();
        if (!Validation::hasVisibleText(n.title))
            return Error{tr("Need %1 of the shared wheel has no title, so nothing was imported. "
                            "Ask the school that shared it to give the need a title and send the "
                            "file again.")
                             .arg(n.id)};
        n.category = readEnum(o.value(QStringLiteral("category")), NeedCategory::Other);
        n.severity = qBound(1, o.value(QStringLiteral("severity")).toInt(3), 5);
        n.evidence = o.value(QStringLiteral("evidence")).toString();
        n.affectsDisadvantaged = o.value(QStringLiteral("affectsDisadvantaged")).toBool();
        n.affectsSend = o.value(QStringLiteral("affectsSend")).toBool();
        n.consulted = o.value(QStringLiteral("consulted")).toBool();
        n.status = readEnum(o.value(QStringLiteral("status")), NeedStatus::Open);
        n.identified = readDate(o.value(QStringLiteral("identified")));
        n.notes = o.value(QStringLiteral("notes")).toString();
        needIds.insert(o.value(QStringLiteral("id")).toString(), n.id);
        wheel.needs.append(n);
    }
    for (const QJsonValue& v : root.value(QStringLiteral("initiatives")).toArray()) {
        const QJsonObject o = v.toObject();
        Initiative i;
        i.id = wheel.initiatives.size() + 1;
        i.title = o.value(QStringLiteral("title")).toString();
        if (!Validation::hasVisibleText(i.title))
            return Error{
                tr("Initiative %1 of the shared wheel has no title, so nothing was imported. "
                   "Ask the school that shared it to give the initiative a title and send the "
                   "file again.")
                    .arg(i.id)};
        i.approach = readEnum(o.value(QStringLiteral("approach")), Approach::WiderEducation);
        i.status = readEnum(o.value(QStringLiteral("status")), InitiativeStatus::Planned);
        i.staffLead = o.value(QStringLiteral("staffLead")).toString();
        i.started = readDate(o.value(QStringLiteral("started")));
        i.ends = readDate(o.value(QStringLiteral("ends")));
        i.description = o.value(QStringLiteral("description")).toString();
        i.outcomes = o.value(QStringLiteral("outcomes")).toString();
        i.pupilsReached = qMax(0, o.value(QStringLiteral("pupilsReached")).toInt());
        i.disadvantagedReached = qMax(0, o.value(QStringLiteral("disadvantagedReached")).toInt());
        i.sendReached = qMax(0, o.value(QStringLiteral("sendReached")).toInt());
        for (const QJsonValue& r : o.value(QStringLiteral("partners")).toArray()) {
            if (const qint64 id = partnerIds.value(r.toString()))
                i.partnerIds.append(id);
        }
        for (const QJsonValue& r : o.value(QStringLiteral("needs")).toArray()) {
            if (const qint64 id = needIds.value(r.toString()))
                i.needIds.append(id);
        }
        std::sort(i.partnerIds.begin(), i.partnerIds.end());
        std::sort(i.needIds.begin(), i.needIds.end());
        wheel.initiatives.append(i);
    }
    for (const QJsonValue& v : root.value(QStringLiteral("engagements")).toArray()) {
        const QJsonObject o = v.toObject();
        Engagement e;
        e.id = wheel.engagements.size() + 1;
        e.partnerId = partnerIds.value(o.value(QStringLiteral("partner")).toString());
        e.contactId = contactIds.value(o.value(QStringLiteral("contact")).toString());
        e.date = readDate(o.value(QStringLiteral("date")));
        e.kind = readEnum(o.value(QStringLiteral("kind")), EngagementKind::Meeting);
        e.summary = o.value(QStringLiteral("summary")).toString();
        e.notes = o.value(QStringLiteral("notes")).toString();
        if (e.partnerId != 0 && e.date.isValid())
            wheel.engagements.append(e);
    }
    return wheel;
}

Result<qint64> OpenShareJson::importInto(WheelStore& store, const AcademyWheel& shared,
                                         const QString& urn)
{
    Academy academy = shared.academy;
    academy.id = 0;
    academy.trustId = 0; // another trust's school stands alone in this file
    if (!urn.trimmed().isEmpty())
        academy.urn = urn.trimmed();
    if (const QString problem = Validation::urn(academy.urn); !problem.isEmpty())
        return Error{
            tr("The shared wheel's URN “%1” cannot be used: %2").arg(academy.urn, problem)};
    if (store.academyByUrn(academy.urn))
        return Error{tr("An academy with URN %1 is already in this file. Import the shared wheel "
                        "under another URN, "
                        "or into another wheel file.")
                         .arg(academy.urn)};
    auto existing = store.partners();
    if (!existing)
        return existing.error();

    qint64 academyId = 0;
    Status written = store.transaction([&]() -> Status {
        auto id = store.add(academy);
        if (!id)
            return id.error();
        academyId = *id;
        QHash<qint64, qint64> partnerIds; // shared id -> stored id
        QHash<qint64, qint64> contactIds;
        QHash<qint64, qint64> needIds;
        // A partner already in the file (same normalised name and postcode)
        // is reused, not copied; so is one the shared wheel lists twice, whose
        // contacts, initiatives and engagements then all go to the one partner.
        auto key = [](const Partner& p) {
            return Validation::normalisedName(p.name) + QLatin1Char('|') +
                   Validation::normalisedPostcode(p.postcode);
        };
        QHash<QString, qint64> storedByKey;
        for (const Partner& e : *existing) {
            const QString k = key(e);
            if (!storedByKey.contains(k)) // the first, as the file lists them
                storedByKey.insert(k, e.id);
        }
        for (const Partner& p : shared.partners) {
            const QString k = key(p);
            qint64 stored = storedByKey.value(k);
            if (stored == 0) {
                Partner copy = p;
                copy.id = 0;
                auto added = store.add(copy);
                if (!added)
                    return added.error();
                stored = *added;
                storedByKey.insert(k, stored);
            }
            partnerIds.insert(p.id, stored);
        }
        QSet<qint64> tied; // one tie per partner: the first the shared wheel gives
        for (const Tie& t : shared.ties) {
            Tie copy = t;
            copy.id = 0;
            copy.academyId = academyId;
            copy.partnerId = partnerIds.value(t.partnerId);
            if (tied.contains(copy.partnerId))
                continue;
            tied.insert(copy.partnerId);
            if (auto added = store.add(copy); !added)
                return added.error();
        }
        for (const Contact& c : shared.contacts) {
            Contact copy = c;
            copy.id = 0;
            copy.partnerId = partnerIds.value(c.partnerId);
            auto added = store.add(copy);
            if (!added)
                return added.error();
            contactIds.insert(c.id, *added);
        }
        for (const Need& n : shared.needs) {
            Need copy = n;
            copy.id = 0;
            copy.academyId = academyId;
            auto added = store.add(copy);
            if (!added)
                return added.error();
            needIds.insert(n.id, *added);
        }
        for (const Initiative& i : shared.initiatives) {
            Initiative copy = i;
            copy.id = 0;
            copy.academyId = academyId;
            copy.partnerIds.clear();
            copy.needIds.clear();
            for (qint64 p : i.partnerIds) {
                if (!copy.partnerIds.contains(partnerIds.value(p)))
                    copy.partnerIds.append(partnerIds.value(p));
            }
            for (qint64 n : i.needIds)
                copy.needIds.append(needIds.value(n));
            if (auto added = store.add(copy); !added)
                return added.error();
        }
        for (const Engagement& e : shared.engagements) {
            Engagement copy = e;
            copy.id = 0;
            copy.academyId = academyId;
            copy.partnerId = partnerIds.value(e.partnerId);
            copy.contactId = contactIds.value(e.contactId);
            if (auto added = store.add(copy); !added)
                return added.error();
        }
        return {};
    });
    if (!written)
        return written.error();
    return academyId;
}

} // namespace civic
