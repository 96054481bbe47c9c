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

namespace {

QJsonObject academyObject(const AcademyWheel& wheel, const ExportOptions& options)
{
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
    return academy;
}

QJsonObject tieObject(const Tie& t, const ExportOptions& options)
{
    QJsonObject tie{{QStringLiteral("strength"), t.strength},
                    {QStringLiteral("role"), codeOf(t.role)},
                    {QStringLiteral("narrative"), codeOf(t.narrative)},
                    {QStringLiteral("status"), codeOf(t.status)},
                    {QStringLiteral("started"), dateValue(t.started)},
                    {QStringLiteral("nextReview"), dateValue(t.nextReview)}};
    putIf(tie, options.staffNames, QStringLiteral("staffOwner"), t.staffOwner);
    putIf(tie, options.staffNames, QStringLiteral("executiveSponsor"), t.executiveSponsor);
    putIf(tie, options.notes, QStringLiteral("notes"), t.notes);
    return tie;
}

QJsonArray contactsArray(const AcademyWheel& wheel, qint64 partnerId, const ExportOptions& options)
{
    QJsonArray contacts;
    for (const Contact* c : wheel.contactsOf(partnerId)) {
        QJsonObject co{{QStringLiteral("id"), ref(u'c', c->id)},
                       {QStringLiteral("name"), c->name},
                       {QStringLiteral("role"), c->role},
                       {QStringLiteral("email"), c->email},
                       {QStringLiteral("phone"), c->phone},
                       {QStringLiteral("retainUntil"), dateValue(c->retainUntil)}};
        putIf(co, options.notes, QStringLiteral("notes"), c->notes);
        contacts.append(co);
    }
    return contacts;
}

QJsonArray partnersArray(const AcademyWheel& wheel, const ExportOptions& options)
{
    QJsonArray partners;
    for (const Partner& p : wheel.partners) {
        QJsonObject o{{QStringLiteral("id"), ref(u'p', p.id)},
                      {QStringLiteral("name"), p.name},
                      {QStringLiteral("sector"), codeOf(p.sector)},
                      {QStringLiteral("postcode"), p.postcode},
                      {QStringLiteral("website"), p.website}};
        putIf(o, options.notes, QStringLiteral("notes"), p.notes);
        if (const Tie* t = wheel.tieFor(p.id))
            o.insert(QStringLiteral("tie"), tieObject(*t, options));
        if (options.contacts)
            o.insert(QStringLiteral("contacts"), contactsArray(wheel, p.id, options));
        partners.append(o);
    }
    return partners;
}

QJsonArray needsArray(const AcademyWheel& wheel, const ExportOptions& options)
{
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
    return needs;
}

QJsonArray refs(QChar prefix, const QVector<qint64>& ids)
{
    QJsonArray list;
    for (qint64 id : ids)
        list.append(ref(prefix, id));
    return list;
}

QJsonArray initiativesArray(const AcademyWheel& wheel, const ExportOptions& options)
{
    QJsonArray initiatives;
    for (const Initiative& i : wheel.initiatives) {
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
                      {QStringLiteral("partners"), refs(u'p', i.partnerIds)},
                      {QStringLiteral("needs"), refs(u'n', i.needIds)}};
        putIf(o, options.staffNames, QStringLiteral("staffLead"), i.staffLead);
        initiatives.append(o);
    }
    return initiatives;
}

QJsonArray engagementsArray(const AcademyWheel& wheel, const ExportOptions& options)
{
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
    return engagements;
}

// The same figures as the Coverage view: partners, needs and reach of the
// active initiatives (see Coverage.h for the definitions).
QJsonArray coverageArray(const AcademyWheel& wheel)
{
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
    return coverage;
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
    root.insert(QStringLiteral("academy"), academyObject(wheel, options));
    root.insert(QStringLiteral("partners"), partnersArray(wheel, options));
    root.insert(QStringLiteral("needs"), needsArray(wheel, options));
    root.insert(QStringLiteral("initiatives"), initiativesArray(wheel, options));
    root.insert(QStringLiteral("engagements"), engagementsArray(wheel, options));
    root.insert(QStringLiteral("coverage"), coverageArray(wheel));
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

namespace {

// References of the shared file ("p3") and the local ids (1, 2, ...) they became.
struct LocalIds
{
    QHash<QString, qint64> partners;
    QHash<QString, qint64> contacts;
    QHash<QString, qint64> needs;
};

Status checkFormat(const QJsonObject& root)
{
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(OpenShareJson::FormatName))
        return Error{tr("This JSON file is not a wheel shared from Civic Wheel.")};
    const int version = root.value(QStringLiteral("version")).toInt();
    if (version < 1 || version > OpenShareJson::FormatVersion)
        return Error{tr("This shared wheel was made by a newer version of Civic Wheel (format %1; "
                        "this version reads "
                        "up to %2). Install the newer version to import it.")
                         .arg(version)
                         .arg(OpenShareJson::FormatVersion)};
    return {};
}

Status readAcademy(const QJsonObject& a, AcademyWheel& wheel)
{
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
    return {};
}

Tie readTie(const QJsonObject& tie, qint64 partnerId)
{
    Tie t;
    t.id = partnerId;
    t.partnerId = partnerId;
    t.strength = qBound(1, tie.value(QStringLiteral("strength")).toInt(3), 5);
    t.role = readEnum(tie.value(QStringLiteral("role")), TieRole::Supports);
    t.narrative = readEnum(tie.value(QStringLiteral("narrative")), Narrative::Civic);
    t.status = readEnum(tie.value(QStringLiteral("status")), TieStatus::Active);
    t.started = readDate(tie.value(QStringLiteral("started")));
    t.nextReview = readDate(tie.value(QStringLiteral("nextReview")));
    t.staffOwner = tie.value(QStringLiteral("staffOwner")).toString();
    t.executiveSponsor = tie.value(QStringLiteral("executiveSponsor")).toString();
    t.notes = tie.value(QStringLiteral("notes")).toString();
    return t;
}

void readContacts(const QJsonArray& list, qint64 partnerId, AcademyWheel& wheel, LocalIds& ids)
{
    for (const QJsonValue& cv : list) {
        const QJsonObject co = cv.toObject();
        Contact c;
        c.id = wheel.contacts.size() + 1;
        c.partnerId = partnerId;
        c.name = co.value(QStringLiteral("name")).toString();
        c.role = co.value(QStringLiteral("role")).toString();
        c.email = co.value(QStringLiteral("email")).toString();
        c.phone = co.value(QStringLiteral("phone")).toString();
        c.notes = co.value(QStringLiteral("notes")).toString();
        c.retainUntil = readDate(co.value(QStringLiteral("retainUntil")));
        ids.contacts.insert(co.value(QStringLiteral("id")).toString(), c.id);
        wheel.contacts.append(c);
    }
}

Status readPartners(const QJsonArray& list, AcademyWheel& wheel, LocalIds& ids)
{
    for (const QJsonValue& v : list) {
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
        ids.partners.insert(o.value(QStringLiteral("id")).toString(), p.id);
        wheel.partners.append(p);
        wheel.ties.append(readTie(o.value(QStringLiteral("tie")).toObject(), p.id));
        readContacts(o.value(QStringLiteral("contacts")).toArray(), p.id, wheel, ids);
    }
    return {};
}

Status readNeeds(const QJsonArray& list, AcademyWheel& wheel, LocalIds& ids)
{
    for (const QJsonValue& v : list) {
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
        ids.needs.insert(o.value(QStringLiteral("id")).toString(), n.id);
        wheel.needs.append(n);
    }
    return {};
}

// The local ids of the references in `list` that the file defines, ascending.
QVector<qint64> localIds(const QJsonArray& list, const QHash<QString, qint64>& known)
{
    QVector<qint64> ids;
    for (const QJsonValue& r : list) {
        if (const qint64 id = known.value(r.toString()))
            ids.append(id);
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

Status readInitiatives(const QJsonArray& list, AcademyWheel& wheel, const LocalIds& ids)
{
    for (const QJsonValue& v : list) {
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
        i.partnerIds = localIds(o.value(QStringLiteral("partners")).toArray(), ids.partners);
        i.needIds = localIds(o.value(QStringLiteral("needs")).toArray(), ids.needs);
        wheel.initiatives.append(i);
    }
    return {};
}

// An engagement with a partner the file does not define, or without a date, is left out.
void readEngagements(const QJsonArray& list, AcademyWheel& wheel, const LocalIds& ids)
{
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        Engagement e;
        e.id = wheel.engagements.size() + 1;
        e.partnerId = ids.partners.value(o.value(QStringLiteral("partner")).toString());
        e.contactId = ids.contacts.value(o.value(QStringLiteral("contact")).toString());
        e.date = readDate(o.value(QStringLiteral("date")));
        e.kind = readEnum(o.value(QStringLiteral("kind")), EngagementKind::Meeting);
        e.summary = o.value(QStringLiteral("summary")).toString();
        e.notes = o.value(QStringLiteral("notes")).toString();
        if (e.partnerId != 0 && e.date.isValid())
            wheel.engagements.append(e);
    }
}

} // namespace

Result<AcademyWheel> OpenShareJson::read(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Error{tr("This is not a shared wheel: the file is not valid JSON."),
                     parseError.errorString()};
    const QJsonObject root = document.object();
    if (auto s = checkFormat(root); !s)
        return s.error();
    AcademyWheel wheel;
    if (auto s = readAcademy(root.value(QStringLiteral("academy")).toObject(), wheel); !s)
        return s.error();
    LocalIds ids;
    if (auto s = readPartners(root.value(QStringLiteral("partners")).toArray(), wheel, ids); !s)
        return s.error();
    if (auto s = readNeeds(root.value(QStringLiteral("needs")).toArray(), wheel, ids); !s)
        return s.error();
    if (auto s = readInitiatives(root.value(QStringLiteral("initiatives")).toArray(), wheel, ids);
        !s)
        return s.error();
    readEngagements(root.value(QStringLiteral("engagements")).toArray(), wheel, ids);
    return wheel;
}

namespace {

// The stored ids the shared wheel's local ids became.
struct StoredIds
{
    QHash<qint64, qint64> partners;
    QHash<qint64, qint64> contacts;
    QHash<qint64, qint64> needs;
};

// A partner already in the file (same normalised name and postcode) is
// reused, not copied; so is one the shared wheel lists twice, whose contacts,
// initiatives and engagements then all go to the one partner.
Status addPartners(WheelStore& store, const AcademyWheel& shared, const QVector<Partner>& existing,
                   StoredIds& ids)
{
    auto key = [](const Partner& p) {
        return Validation::normalisedName(p.name) + QLatin1Char('|') +
               Validation::normalisedPostcode(p.postcode);
    };
    QHash<QString, qint64> storedByKey;
    for (const Partner& e : existing) {
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
        ids.partners.insert(p.id, stored);
    }
    return {};
}

// One tie per partner: the first the shared wheel gives.
Status addTies(WheelStore& store, const AcademyWheel& shared, qint64 academyId,
               const StoredIds& ids)
{
    QSet<qint64> tied;
    for (const Tie& t : shared.ties) {
        Tie copy = t;
        copy.id = 0;
        copy.academyId = academyId;
        copy.partnerId = ids.partners.value(t.partnerId);
        if (tied.contains(copy.partnerId))
            continue;
        tied.insert(copy.partnerId);
        if (auto added = store.add(copy); !added)
            return added.error();
    }
    return {};
}

Status addContactsAndNeeds(WheelStore& store, const AcademyWheel& shared, qint64 academyId,
                           StoredIds& ids)
{
    for (const Contact& c : shared.contacts) {
        Contact copy = c;
        copy.id = 0;
        copy.partnerId = ids.partners.value(c.partnerId);
        auto added = store.add(copy);
        if (!added)
            return added.error();
        ids.contacts.insert(c.id, *added);
    }
    for (const Need& n : shared.needs) {
        Need copy = n;
        copy.id = 0;
        copy.academyId = academyId;
        auto added = store.add(copy);
        if (!added)
            return added.error();
        ids.needs.insert(n.id, *added);
    }
    return {};
}

Status addWork(WheelStore& store, const AcademyWheel& shared, qint64 academyId,
               const StoredIds& ids)
{
    for (const Initiative& i : shared.initiatives) {
        Initiative copy = i;
        copy.id = 0;
        copy.academyId = academyId;
        copy.partnerIds.clear();
        copy.needIds.clear();
        for (qint64 p : i.partnerIds) {
            if (!copy.partnerIds.contains(ids.partners.value(p)))
                copy.partnerIds.append(ids.partners.value(p));
        }
        for (qint64 n : i.needIds)
            copy.needIds.append(ids.needs.value(n));
        if (auto added = store.add(copy); !added)
            return added.error();
    }
    for (const Engagement& e : shared.engagements) {
        Engagement copy = e;
        copy.id = 0;
        copy.academyId = academyId;
        copy.partnerId = ids.partners.value(e.partnerId);
        copy.contactId = ids.contacts.value(e.contactId);
        if (auto added = store.add(copy); !added)
            return added.error();
    }
    return {};
}

} // namespace

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
        StoredIds ids;
        if (auto s = addPartners(store, shared, *existing, ids); !s)
            return s;
        if (auto s = addTies(store, shared, academyId, ids); !s)
            return s;
        if (auto s = addContactsAndNeeds(store, shared, academyId, ids); !s)
            return s;
        return addWork(store, shared, academyId, ids);
    });
    if (!written)
        return written.error();
    return academyId;
}

} // namespace civic
