#include "io/ImportPlanner.h"

#include "io/ImportValues.h"
#include "io/RowReader.h"
#include "model/StringHash.h"
#include "model/Validation.h"
#include "store/WheelStore.h"

#include <QCoreApplication>

#include <utility>

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ImportPlanner", text);
}

QString partnerKey(const QString& name)
{
    return Validation::normalisedName(name);
}

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            items.append(part.trimmed());
    }
    return items;
}

} // namespace

QString PlannedRow::message() const
{
    if (column >= 0)
        return tr("Line %1, column %2 (%3): %4")
            .arg(line)
            .arg(ImportPlanner::columnLetter(column), columnName, reason);
    if (!columnName.isEmpty())
        return tr("Line %1, %2: %3").arg(line).arg(columnName, reason);
    return tr("Line %1: %2").arg(line).arg(reason);
}

int ImportPlan::count(RowFate fate) const
{
    return int(std::count_if(rows.cbegin(), rows.cend(),
                             [fate](const PlannedRow& r) { return r.fate == fate; }));
}

QStringList ImportPlan::errorMessages() const
{
    QStringList messages;
    for (const PlannedRow& row : rows) {
        if (row.fate == RowFate::Error)
            messages.append(row.message());
    }
    return messages;
}

QString ImportPlanner::columnLetter(int column)
{
    QString letters;
    for (int n = column + 1; n > 0; n = (n - 1) / 26)
        letters.prepend(QChar(u'A' + (n - 1) % 26));
    return letters;
}

Result<ImportContext> ImportPlanner::context(const WheelStore& store, qint64 academyId)
{
    auto wheel = store.loadAcademy(academyId);
    if (!wheel)
        return wheel.error();
    auto partners = store.partners();
    if (!partners)
        return partners.error();
    ImportContext context;
    context.academyId = academyId;
    context.filePartners = std::move(partners).value();
    for (const Tie& tie : wheel->ties)
        context.tiedPartnerIds.append(tie.partnerId);
    context.contacts = wheel->contacts;
    context.needs = wheel->needs;
    context.initiatives = wheel->initiatives;
    context.engagements = wheel->engagements;
    return context;
}

Status ImportPlanner::checkColumns(ImportKind kind, const ColumnMapping& mapping)
{
    for (const ImportField& field : ImportFields::of(kind)) {
        if (field.required && !mapping.column(field.key)) {
            QStringList words;
            for (const QString& s : field.synonyms.mid(0, 4))
                words.append(QStringLiteral("“%1”").arg(s));
            return Error{tr("The file has no column for “%1”, which every row needs. Name a column "
                            "“%1” (or %2), "
                            "or choose it in the column step of the import.")
                             .arg(field.header, ImportValues::joinedChoices(words))};
        }
    }
    return {};
}

Result<ImportPlan> ImportPlanner::plan(const CsvTable& table, ImportKind kind,
                                       const ColumnMapping& mapping, const ImportContext& context)
{
    if (auto s = checkColumns(kind, mapping); !s)
        return s.error();
    ImportPlan plan;
    plan.kind = kind;
    plan.academyId = context.academyId;
    plan.rows.reserve(table.records.size());
    RowPlanner planner(table, kind, mapping, context);
    for (const CsvRecord& record : table.records)
        planner.plan(record, plan.rows.emplace_back());
    return plan;
}

std::optional<int> ColumnLookup::column(const QString& key) const
{
    // From the last key asked for (rows often ask twice running), onwards.
    const qsizetype n = m_answers.size();
    for (qsizetype k = 0; k < n; ++k) {
        const qsizetype i = (m_last + k) % n;
        if (m_answers.at(i).key == key) {
            m_last = i;
            return m_answers.at(i).column;
        }
    }
    m_answers.append({key, m_mapping.column(key)});
    m_last = n;
    return m_answers.last().column;
}

std::optional<int> RowPlanner::earlierLine(QString key, int line)
{
    // The line each key was last seen on: a third repeat names the second.
    const auto [seen, first] = m_seenLines.try_emplace(std::move(key), line);
    if (first)
        return std::nullopt;
    return std::exchange(seen->second, line);
}

std::optional<Sector> RowPlanner::sectorOf(const QString& text)
{
    // A file names a few sectors thousands of times: each is read once.
    const auto [known, first] = m_sectors.try_emplace(text);
    if (first)
        known->second = ImportValues::sector(text);
    return known->second;
}

QString RowPlanner::engagementKey(const Engagement& e)
{
    return QStringLiteral("%1|%2|%3|%4")
        .arg(e.partnerId)
        .arg(e.date.toString(Qt::ISODate), codeOf(e.kind), Validation::normalisedName(e.summary));
}

RowPlanner::RowPlanner(const CsvTable& table, ImportKind kind, const ColumnMapping& mapping,
                       const ImportContext& context)
    : m_table(table)
    , m_kind(kind)
    , m_columns(mapping)
    , m_context(context)
{
    // Partners of the whole file, by normalised name, with their postcodes.
    for (const Partner& p : m_context.filePartners)
        m_byName[partnerKey(p.name)].append(&p);
    m_tied = QSet<qint64>(m_context.tiedPartnerIds.cbegin(), m_context.tiedPartnerIds.cend());
    // The academy's partners by name, for rows that refer to them.
    for (const Partner& p : m_context.filePartners) {
        if (m_tied.contains(p.id))
            m_academyPartner.insert(partnerKey(p.name), p.id);
    }
    for (const Need& n : m_context.needs)
        m_needByTitle.insert(Validation::normalisedName(n.title), n.id);
    for (const Initiative& i : m_context.initiatives)
        m_initiativeTitles.insert(Validation::normalisedName(i.title));
    for (const Engagement& e : m_context.engagements)
        m_engagementKeys.insert(engagementKey(e));
}

void RowPlanner::plan(const CsvRecord& record, PlannedRow& row)
{
    row.line = record.line;
    if (ragged(record, row))
        return;
    RowReader r(m_table, record, m_columns, row, m_kind);
    switch (m_kind) {
    case ImportKind::Partners:
        planPartner(r, row);
        break;
    case ImportKind::Needs:
        planNeed(r, row);
        break;
    case ImportKind::Initiatives:
        planInitiative(r, row);
        break;
    case ImportKind::Engagements:
        planEngagement(r, row);
        break;
    }
}

bool RowPlanner::ragged(const CsvRecord& record, PlannedRow& row) const
{
    if (record.cells.size() <= m_table.header.size())
        return false;
    row.fate = RowFate::Error;
    row.reason = tr("the row has %1 values but the header names %2 columns; a value "
                    "containing a “%3” "
                    "may need quotes around it.")
                     .arg(record.cells.size())
                     .arg(m_table.header.size())
                     .arg(m_table.delimiter == '\t' ? QStringLiteral("tab")
                                                    : QString(QLatin1Char(m_table.delimiter)));
    return true;
}

void RowPlanner::planPartner(RowReader& r, PlannedRow& row)
{
    readPartner(r, row.partner);
    row.label = row.partner.name;
    readTie(r, row.tie);
    readContact(r, row);
    if (!r.failed())
        matchPartner(row);
}

void RowPlanner::readPartner(RowReader& r, Partner& p)
{
    r.required(QStringLiteral("name"));
    p.name = r.text(QStringLiteral("name"));
    const QString sectorText = r.text(QStringLiteral("sector"));
    if (!sectorText.isEmpty()) {
        p.sector =
            r.read<Sector>(QStringLiteral("sector"), sectorOf(sectorText), Sector::Other, [&] {
                return tr("“%1” is not a sector Civic Wheel knows. Use one of %2.")
                    .arg(sectorText, ImportValues::choices<Sector>());
            });
    }
    const QString postcode = r.text(QStringLiteral("postcode"));
    r.check(QStringLiteral("postcode"), postcode, Validation::postcode(postcode));
    p.postcode = Validation::normalisedPostcode(postcode);
    p.website = r.text(QStringLiteral("website"));
    p.notes = r.text(QStringLiteral("partnerNotes"));
}

void RowPlanner::readTie(RowReader& r, Tie& t) const
{
    t.academyId = m_context.academyId;
    const QString strength = r.text(QStringLiteral("strength"));
    t.strength = r.read<int>(QStringLiteral("strength"), ImportValues::strength(strength), 3, [&] {
        return tr("“%1” is not a strength: use 1 (occasional) to 5 (core).").arg(strength);
    });
    const QString role = r.text(QStringLiteral("tieRole"));
    if (!role.isEmpty())
        t.role = r.read<TieRole>(
            QStringLiteral("tieRole"), ImportValues::tieRole(role), TieRole::Supports,
            [&] { return tr("“%1” is not “leads” or “supports”.").arg(role); });
    t.narrative = r.choice<Narrative>(QStringLiteral("narrative"), Narrative::Civic);
    t.status = r.choice<TieStatus>(QStringLiteral("tieStatus"), TieStatus::Active);
    t.staffOwner = r.text(QStringLiteral("staffOwner"));
    t.executiveSponsor = r.text(QStringLiteral("sponsor"));
    t.started = r.date(QStringLiteral("started"));
    t.nextReview = r.date(QStringLiteral("nextReview"));
    t.notes = r.text(QStringLiteral("tieNotes"));
    if (t.started.isValid() && t.nextReview.isValid()) { // (the names are translated)
        if (const QString problem =
                Validation::dateOrder(t.started, t.nextReview, tr("Started"), tr("Next review"));
            !problem.isEmpty())
            r.fail(QStringLiteral("nextReview"), problem);
    }
}

void RowPlanner::readContact(RowReader& r, PlannedRow& row) const
{
    Contact& c = row.contact;
    c.name = r.text(QStringLiteral("contactName"));
    c.role = r.text(QStringLiteral("contactRole"));
    c.email = r.text(QStringLiteral("email"));
    c.phone = r.text(QStringLiteral("phone"));
    c.retainUntil = r.date(QStringLiteral("retainUntil"));
    r.check(QStringLiteral("email"), c.email, Validation::email(c.email));
    r.check(QStringLiteral("phone"), c.phone, Validation::phone(c.phone));
    row.hasContact = !c.name.isEmpty() || !c.email.isEmpty() || !c.phone.isEmpty();
    if (row.hasContact && c.name.isEmpty())
        c.name = !c.email.isEmpty() ? c.email : c.phone;
}

void RowPlanner::matchPartner(PlannedRow& row)
{
    const Partner& p = row.partner;
    // Same normalised name, and the same postcode where both have one.
    const QString key = partnerKey(p.name);
    const Partner* match = nullptr;
    for (const Partner* existing : m_byName.value(key)) {
        if (existing->postcode.isEmpty() || p.postcode.isEmpty() ||
            existing->postcode == p.postcode) {
            match = existing;
            break;
        }
    }
    QString rowKey;
    rowKey.reserve(key.size() + 1 + p.postcode.size());
    rowKey.append(key).append(QLatin1Char('|')).append(p.postcode);
    if (const auto earlier = earlierLine(std::move(rowKey), row.line)) {
        row.fate = RowFate::Duplicate;
        row.reason = tr("repeats the partner on line %1.").arg(*earlier);
    } else if (match && m_tied.contains(match->id)) {
        row.fate = RowFate::Duplicate;
        row.reason = tr("already a partner of this academy as “%1”.").arg(match->name);
    } else if (match) {
        row.existingPartnerId = match->id;
        row.reason = tr("“%1” is already in the file for another academy: this academy "
                        "will be tied to it.")
                         .arg(match->name);
    }
}

void RowPlanner::planNeed(RowReader& r, PlannedRow& row)
{
    Need& n = row.need;
    n.academyId = m_context.academyId;
    r.required(QStringLiteral("title"));
    n.title = r.text(QStringLiteral("title"));
    row.label = n.title;
    const QString category = r.text(QStringLiteral("category"));
    if (!category.isEmpty())
        n.category =
            r.read<NeedCategory>(QStringLiteral("category"), ImportValues::needCategory(category),
                                 NeedCategory::Other, [&] {
                                     return tr("“%1” is not one of %2.")
                                         .arg(category, ImportValues::choices<NeedCategory>());
                                 });
    const QString severity = r.text(QStringLiteral("severity"));
    n.severity = r.read<int>(QStringLiteral("severity"), ImportValues::severity(severity), 3, [&] {
        return tr("“%1” is not a severity: use 1 (low) to 5 (critical).").arg(severity);
    });
    n.evidence = r.text(QStringLiteral("evidence"));
    n.affectsDisadvantaged = r.flag(QStringLiteral("disadvantaged"));
    n.affectsSend = r.flag(QStringLiteral("send"));
    n.consulted = r.flag(QStringLiteral("consulted"));
    n.status = r.choice<NeedStatus>(QStringLiteral("status"), NeedStatus::Open);
    n.identified = r.date(QStringLiteral("identified"));
    n.notes = r.text(QStringLiteral("notes"));
    if (r.failed())
        return;
    const QString key = Validation::normalisedName(n.title);
    if (const auto earlier = earlierLine(key, row.line)) {
        row.fate = RowFate::Duplicate;
        row.reason = tr("repeats the need on line %1.").arg(*earlier);
    } else if (m_needByTitle.contains(key)) {
        row.fate = RowFate::Duplicate;
        row.reason = tr("this academy already records this need.");
    }
}

void RowPlanner::planInitiative(RowReader& r, PlannedRow& row)
{
    Initiative& i = row.initiative;
    readInitiative(r, i);
    row.label = i.title;
    readLinks(r, i);
    if (r.failed())
        return;
    const QString key = Validation::normalisedName(i.title);
    if (const auto earlier = earlierLine(key, row.line)) {
        row.fate = RowFate::Duplicate;
        row.reason = tr("repeats the initiative on line %1.").arg(*earlier);
    } else if (m_initiativeTitles.contains(key)) {
        row.fate = RowFate::Duplicate;
        row.reason = tr("this academy already records this initiative.");
    }
}

void RowPlanner::readInitiative(RowReader& r, Initiative& i) const
{
    i.academyId = m_context.academyId;
    r.required(QStringLiteral("title"));
    i.title = r.text(QStringLiteral("title"));
    const QString approach = r.text(QStringLiteral("approach"));
    if (!approach.isEmpty())
        i.approach = r.read<Approach>(QStringLiteral("approach"), ImportValues::approach(approach),
                                      Approach::WiderEducation, [&] {
                                          return tr("“%1” is not one of CST's four approaches: %2.")
                                              .arg(approach, ImportValues::choices<Approach>());
                                      });
    i.status = r.choice<InitiativeStatus>(QStringLiteral("status"), InitiativeStatus::Planned);
    i.staffLead = r.text(QStringLiteral("staffLead"));
    i.started = r.date(QStringLiteral("started"));
    i.ends = r.date(QStringLiteral("ends"));
    if (i.started.isValid() && i.ends.isValid()) {
        if (const QString problem =
                Validation::dateOrder(i.started, i.ends, tr("Started"), tr("Ends"));
            !problem.isEmpty())
            r.fail(QStringLiteral("ends"), problem);
    }
    i.description = r.text(QStringLiteral("description"));
    i.outcomes = r.text(QStringLiteral("outcomes"));
    i.pupilsReached = r.count(QStringLiteral("pupils"));
    i.disadvantagedReached = r.count(QStringLiteral("disadvantaged"));
    i.sendReached = r.count(QStringLiteral("send"));
    if (!r.failed() && i.disadvantagedReached > i.pupilsReached)
        r.fail(QStringLiteral("disadvantaged"),
               tr("%1 disadvantaged pupils reached is more than the %2 pupils reached in all.")
                   .arg(i.disadvantagedReached)
                   .arg(i.pupilsReached));
}

void RowPlanner::readLinks(RowReader& r, Initiative& i) const
{
    for (const QString& name : splitList(r.text(QStringLiteral("partners")))) {
        const qint64 id = m_academyPartner.value(partnerKey(name));
        if (id == 0)
            r.fail(QStringLiteral("partners"),
                   tr("“%1” is not a partner of this academy. Import the partners first, "
                      "or correct the name.")
                       .arg(name));
        else if (!i.partnerIds.contains(id))
            i.partnerIds.append(id);
    }
    for (const QString& title : splitList(r.text(QStringLiteral("needs")))) {
        const qint64 id = m_needByTitle.value(Validation::normalisedName(title));
        if (id == 0)
            r.fail(QStringLiteral("needs"), tr("“%1” is not a need of this academy. Import "
                                               "the needs first, or correct the title.")
                                                .arg(title));
        else if (!i.needIds.contains(id))
            i.needIds.append(id);
    }
    std::sort(i.partnerIds.begin(), i.partnerIds.end());
    std::sort(i.needIds.begin(), i.needIds.end());
}

void RowPlanner::planEngagement(RowReader& r, PlannedRow& row)
{
    Engagement& e = row.engagement;
    e.academyId = m_context.academyId;
    r.required(QStringLiteral("partner"));
    r.required(QStringLiteral("date"));
    const QString partnerName = r.text(QStringLiteral("partner"));
    e.date = r.date(QStringLiteral("date"));
    e.kind = r.choice<EngagementKind>(QStringLiteral("kind"), EngagementKind::Meeting);
    e.summary = r.text(QStringLiteral("summary"));
    e.notes = r.text(QStringLiteral("notes"));
    row.label = e.summary.isEmpty() ? partnerName : partnerName + QStringLiteral(" – ") + e.summary;
    readEngaged(r, partnerName, e);
    if (r.failed())
        return;
    const QString key = engagementKey(e);
    if (const auto earlier = earlierLine(key, row.line)) {
        row.fate = RowFate::Duplicate;
        row.reason = tr("repeats the engagement on line %1.").arg(*earlier);
    } else if (m_engagementKeys.contains(key)) {
        row.fate = RowFate::Duplicate;
        row.reason = tr("this engagement is already in the log.");
    }
}

void RowPlanner::readEngaged(RowReader& r, const QString& partnerName, Engagement& e) const
{
    if (!partnerName.isEmpty()) {
        e.partnerId = m_academyPartner.value(partnerKey(partnerName));
        if (e.partnerId == 0)
            r.fail(QStringLiteral("partner"),
                   tr("“%1” is not a partner of this academy. Import the partners first, "
                      "or correct the name.")
                       .arg(partnerName));
    }
    const QString contactName = r.text(QStringLiteral("contact"));
    if (!contactName.isEmpty() && e.partnerId != 0) {
        for (const Contact& c : m_context.contacts) {
            if (c.partnerId == e.partnerId &&
                Validation::normalisedName(c.name) == Validation::normalisedName(contactName))
                e.contactId = c.id;
        }
        if (e.contactId == 0)
            r.fail(QStringLiteral("contact"),
                   tr("“%1” is not a contact at %2.").arg(contactName, partnerName));
    }
}

} // namespace civic
