#include "report/AcademySections.h"

#include "report/ReportFormat.h"

#include <QCoreApplication>

#include <algorithm>

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("GovernorsReport", text);
}

QString number(int n)
{
    return ReportFormat::number(n);
}

QString reach(int pupils, int disadvantaged, int send)
{
    if (pupils == 0 && disadvantaged == 0 && send == 0)
        return tr("not yet recorded");
    return tr("%1 pupils (%2 disadvantaged, %3 SEND)")
        .arg(number(pupils), number(disadvantaged), number(send));
}

ReportCell consultedCell(bool consulted, ReportCell::Mark notConsulted)
{
    return consulted ? ReportCell{tr("Yes"), ReportCell::Mark::Yes}
                     : ReportCell{tr("No"), notConsulted};
}

} // namespace

AcademySections::AcademySections(const AcademyWheel& wheel, const Coverage& coverage,
                                 const GovernorsReport::Options& options)
    : m_wheel(wheel)
    , m_coverage(coverage)
    , m_options(options)
    , m_headings(GovernorsReport::sectionHeadings())
{
    for (const Partner& p : wheel.partners)
        m_partnerNames.insert(p.id, p.name);
    for (const Need& n : wheel.needs)
        m_needTitles.insert(n.id, n.title);
    for (const Initiative& i : wheel.initiatives)
        m_initiativeTitles.insert(i.id, i.title);
}

void AcademySections::appendTo(QVector<ReportBlock>& blocks) const
{
    atAGlance(blocks);
    theWheel(blocks);
    approaches(blocks);
    needs(blocks);
    initiatives(blocks);
    partners(blocks);
    reviews(blocks);
}

QString AcademySections::names(const QVector<qint64>& ids, const QHash<qint64, QString>& lookup)
{
    QStringList out;
    for (qint64 id : ids) {
        if (lookup.contains(id))
            out.append(lookup.value(id));
    }
    return out.isEmpty() ? tr("none") : out.join(QStringLiteral("; "));
}

void AcademySections::atAGlance(QVector<ReportBlock>& blocks) const
{
    const Coverage& c = m_coverage;
    blocks.append(ReportBlock::heading(m_headings[0]));
    blocks.append(ReportBlock::keyFigures({
        {tr("Partners with a current tie"), number(c.partners)},
        {tr("Active ties"), number(c.tiesByStatus[int(TieStatus::Active)])},
        {tr("Active initiatives (%1 recorded)").arg(c.initiatives), number(c.activeInitiatives)},
        {tr("Needs met / unmet"), QStringLiteral("%1 / %2").arg(c.needsMet).arg(c.needsUnmet)},
        {tr("Pupils reached by active initiatives"), number(c.pupilsReached)},
        {tr("Disadvantaged pupils reached"), number(c.disadvantagedReached)},
        {tr("SEND pupils reached"), number(c.sendReached)},
        {tr("Tie reviews overdue"), number(int(c.overdueReviews.size()))},
    }));
    mainGaps(blocks);
}

// The six most important gaps; the rest are counted.
void AcademySections::mainGaps(QVector<ReportBlock>& blocks) const
{
    const QVector<Gap>& gaps = m_coverage.gaps;
    blocks.append(ReportBlock::subheading(tr("The main gaps")));
    if (gaps.isEmpty()) {
        blocks.append(
            ReportBlock::paragraph(tr("No gaps found: every approach is in use, every open need "
                                      "has an active initiative and every tie is up to date.")));
        return;
    }
    QStringList top;
    for (int i = 0; i < std::min<int>(6, int(gaps.size())); ++i)
        top.append(gaps[i].text);
    blocks.append(ReportBlock::bullets(top));
    if (gaps.size() > 6)
        blocks.append(ReportBlock::note(
            tr("%1 further gaps are listed in Civic Wheel's Coverage view.").arg(gaps.size() - 6)));
}

void AcademySections::theWheel(QVector<ReportBlock>& blocks) const
{
    blocks.append(ReportBlock::heading(m_headings[1]));
    blocks.append(ReportBlock::paragraph(tr("The academy is at the centre; each wedge is a sector "
                                            "and each dot a partner, nearer the centre the "
                                            "stronger the tie. A dot's colours show the civic "
                                            "approaches of the initiatives it takes part in; "
                                            "empty wedges are sectors with no partner yet.")));
    blocks.append(ReportBlock::pictureOf(ReportPicture::Wheel, m_wheel.academy.id, 590));
}

void AcademySections::approaches(QVector<ReportBlock>& blocks) const
{
    blocks.append(ReportBlock::heading(m_headings[2]));
    blocks.append(ReportBlock::paragraph(tr("CST describes four approaches as a pathway: wider "
                                            "education purposes is most schools' current "
                                            "practice, community convening the least enacted. "
                                            "Figures count active initiatives only.")));
    blocks.append(ReportBlock::pictureOf(ReportPicture::ApproachChart, m_wheel.academy.id, 210));
    ReportBlock table = ReportBlock::table({tr("Approach"), tr("Active initiatives"),
                                            tr("Partners"), tr("Needs addressed"),
                                            tr("Pupils reached"), tr("Disadvantaged"), tr("SEND")},
                                           {2.3, 1.2, 1.05, 1.1, 1.05, 1.5, 0.8});
    for (const ApproachCoverage& a : m_coverage.approaches) {
        table.rows.append(
            {{displayName(a.approach), ReportCell::Mark::None, true},
             {number(a.activeInitiatives),
              a.activeInitiatives ? ReportCell::Mark::None : ReportCell::Mark::Warning},
             {number(a.partners)},
             {number(a.needsAddressed)},
             {number(a.pupilsReached)},
             {number(a.disadvantagedReached)},
             {number(a.sendReached)}});
    }
    blocks.append(table);
    QStringList meanings;
    for (Approach a : allValues<Approach>())
        meanings.append(displayName(a) + QStringLiteral(": ") + approachDescription(a));
    blocks.append(ReportBlock::bullets(meanings));
}

// Open and monitored needs in coverage order, then the closed ones.
void AcademySections::needs(QVector<ReportBlock>& blocks) const
{
    blocks.append(ReportBlock::heading(m_headings[3]));
    if (m_wheel.needs.isEmpty()) {
        blocks.append(ReportBlock::paragraph(tr("No needs are recorded yet, so the initiatives "
                                                "cannot be measured against what the community "
                                                "needs.")));
        return;
    }
    ReportBlock table =
        ReportBlock::table({tr("Need"), tr("Category"), tr("Severity"), tr("Status"),
                            tr("Initiatives addressing it"), tr("Consulted")},
                           {2.9, 1.6, 1.15, 1.05, 2.2, 1.25});
    QVector<qint64> listed;
    for (const NeedCoverage& n : m_coverage.needs) {
        listed.append(n.needId);
        QString addressing =
            names(n.activeInitiativeIds + n.inactiveInitiativeIds, m_initiativeTitles);
        if (!n.inactiveInitiativeIds.isEmpty())
            addressing += tr(" (%1 not active)").arg(n.inactiveInitiativeIds.size());
        table.rows.append({{n.title, ReportCell::Mark::None, true},
                           {displayName(n.category)},
                           {QStringLiteral("%1 of 5").arg(n.severity)},
                           n.met ? ReportCell{tr("Met"), ReportCell::Mark::Met}
                                 : ReportCell{tr("Unmet"), ReportCell::Mark::Unmet},
                           {addressing},
                           consultedCell(n.consulted, ReportCell::Mark::Warning)});
    }
    for (const Need& n : m_wheel.needs) {
        if (listed.contains(n.id))
            continue;
        table.rows.append({{n.title, ReportCell::Mark::None, true},
                           {displayName(n.category)},
                           {QStringLiteral("%1 of 5").arg(n.severity)},
                           {displayName(n.status), ReportCell::Mark::No},
                           {tr("—")},
                           consultedCell(n.consulted, ReportCell::Mark::No)});
    }
    blocks.append(table);
    blocks.append(
        ReportBlock::note(tr("Met: at least one active initiative addresses the need (✓). "
                             "Unmet (✗): none does yet. Closed needs are listed last.")));
}

void AcademySections::initiatives(QVector<ReportBlock>& blocks) const
{
    blocks.append(ReportBlock::heading(m_headings[4]));
    for (Approach a : allValues<Approach>()) {
        blocks.append(ReportBlock::subheading(displayName(a)));
        const ReportBlock table = initiativesOf(a);
        if (table.rows.isEmpty())
            blocks.append(ReportBlock::note(tr("No initiative of this approach yet.")));
        else
            blocks.append(table);
    }
}

ReportBlock AcademySections::initiativesOf(Approach approach) const
{
    ReportBlock table = ReportBlock::table({tr("Initiative"), tr("Partners"), tr("Needs addressed"),
                                            tr("Status"), tr("Outcomes"), tr("Reach")},
                                           {1.9, 2.1, 1.8, 0.95, 2.4, 1.95});
    for (const Initiative& i : m_wheel.initiatives) {
        if (i.approach != approach)
            continue;
        table.rows.append(
            {{i.title, ReportCell::Mark::None, true},
             {names(i.partnerIds, m_partnerNames)},
             {names(i.needIds, m_needTitles)},
             {displayName(i.status),
              i.status == InitiativeStatus::Active ? ReportCell::Mark::None : ReportCell::Mark::No},
             {i.outcomes.isEmpty() ? tr("not yet recorded") : i.outcomes},
             {reach(i.pupilsReached, i.disadvantagedReached, i.sendReached)}});
    }
    return table;
}

// By sector in display order, each sector's partners by name (as the wheel loads them).
void AcademySections::partners(QVector<ReportBlock>& blocks) const
{
    blocks.append(ReportBlock::heading(m_headings[5]));
    if (m_wheel.partners.isEmpty()) {
        blocks.append(ReportBlock::paragraph(tr("No partners are recorded yet.")));
        return;
    }
    QStringList columns{tr("Partner"), tr("Sector"), tr("Strength"),
                        tr("Academy"), tr("Status"), tr("Next review")};
    QVector<double> widths{2.4, 1.7, 1.2, 1.0, 1.25, 1.3};
    if (m_options.includeContacts) {
        columns.append(tr("Contacts"));
        widths.append(2.6);
    }
    ReportBlock table = ReportBlock::table(columns, widths);
    QVector<const Partner*> sorted;
    for (const Partner& p : m_wheel.partners)
        sorted.append(&p);
    std::stable_sort(sorted.begin(), sorted.end(), [](const Partner* a, const Partner* b) {
        return int(a->sector) < int(b->sector);
    });
    for (const Partner* p : sorted)
        table.rows.append(partnerRow(*p));
    blocks.append(table);
    if (!m_options.includeContacts)
        blocks.append(ReportBlock::note(
            tr("Contact details are personal data and are left out of this summary.")));
}

QVector<ReportCell> AcademySections::partnerRow(const Partner& p) const
{
    const Tie* tie = m_wheel.tieFor(p.id);
    const bool overdue = tie && tie->nextReview.isValid() && tie->nextReview < m_options.today;
    QVector<ReportCell> row{
        {p.name, ReportCell::Mark::None, true},
        {displayName(p.sector)},
        {tie ? strengthName(tie->strength) : QString()},
        {tie ? (tie->role == TieRole::Leads ? tr("leads") : tr("supports")) : QString()},
        {tie ? displayName(tie->status) : QString()},
        {tie ? ReportFormat::longDate(tie->nextReview) : QString(),
         overdue ? ReportCell::Mark::Warning : ReportCell::Mark::None}};
    if (m_options.includeContacts)
        row.append({contactsOf(p)});
    return row;
}

// One line a person: name, role, email, phone (what is known).
QString AcademySections::contactsOf(const Partner& partner) const
{
    QStringList people;
    for (const Contact* c : m_wheel.contactsOf(partner.id)) {
        QStringList parts{c->name};
        for (const QString& part : {c->role, c->email, c->phone}) {
            if (!part.isEmpty())
                parts.append(part);
        }
        people.append(parts.join(QStringLiteral(", ")));
    }
    return people.join(QLatin1Char('\n'));
}

// Current ties overdue or due within ReviewWindowDays, soonest (most overdue) first.
void AcademySections::reviews(QVector<ReportBlock>& blocks) const
{
    blocks.append(ReportBlock::heading(m_headings[6]));
    struct Due
    {
        const Tie* tie;
        int days; ///< negative: overdue
    };
    QVector<Due> due;
    for (const Tie& t : m_wheel.ties) {
        if (t.status == TieStatus::Ended || !t.nextReview.isValid())
            continue;
        const int days = int(m_options.today.daysTo(t.nextReview));
        if (days <= GovernorsReport::ReviewWindowDays)
            due.append({&t, days});
    }
    std::sort(due.begin(), due.end(), [](const Due& a, const Due& b) { return a.days < b.days; });
    if (due.isEmpty()) {
        blocks.append(
            ReportBlock::paragraph(tr("No tie is overdue for review or due in the next %1 days.")
                                       .arg(GovernorsReport::ReviewWindowDays)));
        return;
    }
    ReportBlock table = ReportBlock::table(
        {tr("Partner"), tr("Review date"), tr("When"), tr("Staff owner")}, {3, 1.4, 1.6, 1.8});
    for (const Due& d : due) {
        const QString when = d.days < 0    ? tr("%1 days overdue").arg(-d.days)
                             : d.days == 0 ? tr("today")
                                           : tr("in %1 days").arg(d.days);
        table.rows.append({{m_partnerNames.value(d.tie->partnerId), ReportCell::Mark::None, true},
                           {ReportFormat::longDate(d.tie->nextReview)},
                           {when, d.days < 0 ? ReportCell::Mark::Warning : ReportCell::Mark::None},
                           {d.tie->staffOwner}});
    }
    blocks.append(table);
}

} // namespace civic
