#include "report/GovernorsReport.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

#include <algorithm>

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("GovernorsReport", text);
}

QString longDate(const QDate& date)
{
    return date.isValid() ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                                .toString(date, QStringLiteral("d MMMM yyyy"))
                          : tr("not set");
}

QString number(int n)
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(n);
}

ReportBlock table(const QStringList& columns, const QVector<double>& widths)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Table;
    block.columns = columns;
    block.widths = widths;
    return block;
}

ReportBlock picture(ReportPicture kind, qint64 academyId, double height)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Picture;
    block.picture = kind;
    block.academyId = academyId;
    block.height = height;
    return block;
}

ReportBlock figures(const QVector<QPair<QString, QString>>& items)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Figures;
    block.figures = items;
    return block;
}

QString reach(int pupils, int disadvantaged, int send)
{
    if (pupils == 0 && disadvantaged == 0 && send == 0)
        return tr("not yet recorded");
    return tr("%1 pupils (%2 disadvantaged, %3 SEND)")
        .arg(number(pupils), number(disadvantaged), number(send));
}

QString statusName(InitiativeStatus status)
{
    return displayName(status);
}

/// The seven sections of one academy's summary after its cover.
void appendAcademySections(QVector<ReportBlock>& blocks, const AcademyWheel& wheel,
                           const Coverage& coverage, const GovernorsReport::Options& options)
{
    const QStringList headings = GovernorsReport::sectionHeadings();
    QHash<qint64, QString> partnerNames;
    for (const Partner& p : wheel.partners)
        partnerNames.insert(p.id, p.name);
    QHash<qint64, QString> needTitles;
    for (const Need& n : wheel.needs)
        needTitles.insert(n.id, n.title);
    QHash<qint64, QString> initiativeTitles;
    for (const Initiative& i : wheel.initiatives)
        initiativeTitles.insert(i.id, i.title);
    auto names = [](const QVector<qint64>& ids, const QHash<qint64, QString>& lookup) {
        QStringList out;
        for (qint64 id : ids) {
            if (lookup.contains(id))
                out.append(lookup.value(id));
        }
        return out.isEmpty() ? tr("none") : out.join(QStringLiteral("; "));
    };

    // 2. At a glance -----------------------------------------------------------
    blocks.append(ReportBlock::heading(headings[0]));
    blocks.append(figures({
        {tr("Partners with a current tie"), number(coverage.partners)},
        {tr("Active ties"), number(coverage.tiesByStatus[int(TieStatus::Active)])},
        {tr("Active initiatives (%1 recorded)").arg(coverage.initiatives),
         number(coverage.activeInitiatives)},
        {tr("Needs met / unmet"),
         QStringLiteral("%1 / %2").arg(coverage.needsMet).arg(coverage.needsUnmet)},
        {tr("Pupils reached by active initiatives"), number(coverage.pupilsReached)},
        {tr("Disadvantaged pupils reached"), number(coverage.disadvantagedReached)},
        {tr("SEND pupils reached"), number(coverage.sendReached)},
        {tr("Tie reviews overdue"), number(int(coverage.overdueReviews.size()))},
    }));
    blocks.append(ReportBlock::subheading(tr("The main gaps")));
    if (coverage.gaps.isEmpty()) {
        blocks.append(ReportBlock::paragraph(
            tr("No gaps found: every approach is in use, every open need has an "
               "active initiative and every tie is up to date.")));
    } else {
        QStringList top;
        for (int i = 0; i < std::min<int>(6, int(coverage.gaps.size())); ++i)
            top.append(coverage.gaps[i].text);
        blocks.append(ReportBlock::bullets(top));
        if (coverage.gaps.size() > 6)
            blocks.append(
                ReportBlock::note(tr("%1 further gaps are listed in Civic Wheel's Coverage view.")
                                      .arg(coverage.gaps.size() - 6)));
    }

    // 3. The wheel ---------------------------------------------------------------
    blocks.append(ReportBlock::heading(headings[1]));
    blocks.append(ReportBlock::paragraph(tr("The academy is at the centre; each wedge is a sector "
                                            "and each dot a partner, nearer the centre the "
                                            "stronger the tie. A dot's colours show the civic "
                                            "approaches of the initiatives it takes part in; "
                                            "empty wedges are sectors with no partner yet.")));
    blocks.append(picture(ReportPicture::Wheel, wheel.academy.id, 590));

    // 4. Coverage ---------------------------------------------------------------
    blocks.append(ReportBlock::heading(headings[2]));
    blocks.append(ReportBlock::paragraph(tr("CST describes four approaches as a pathway: wider "
                                            "education purposes is most schools' current "
                                            "practice, community convening the least enacted. "
                                            "Figures count active initiatives only.")));
    blocks.append(picture(ReportPicture::ApproachChart, wheel.academy.id, 210));
    ReportBlock approaches =
        table({tr("Approach"), tr("Active initiatives"), tr("Partners"), tr("Needs addressed"),
               tr("Pupils reached"), tr("Disadvantaged"), tr("SEND")},
              {2.3, 1.2, 1.05, 1.1, 1.05, 1.5, 0.8});
    for (const ApproachCoverage& a : coverage.approaches) {
        approaches.rows.append(
            {{displayName(a.approach), ReportCell::Mark::None, true},
             {number(a.activeInitiatives),
              a.activeInitiatives ? ReportCell::Mark::None : ReportCell::Mark::Warning},
             {number(a.partners)},
             {number(a.needsAddressed)},
             {number(a.pupilsReached)},
             {number(a.disadvantagedReached)},
             {number(a.sendReached)}});
    }
    blocks.append(approaches);
    QStringList meanings;
    for (Approach a : allValues<Approach>())
        meanings.append(displayName(a) + QStringLiteral(": ") + approachDescription(a));
    blocks.append(ReportBlock::bullets(meanings));

    // 5. Needs ------------------------------------------------------------------
    blocks.append(ReportBlock::heading(headings[3]));
    if (wheel.needs.isEmpty()) {
        blocks.append(ReportBlock::paragraph(
            tr("No needs are recorded yet, so the initiatives cannot be measured "
               "against what the community needs.")));
    } else {
        ReportBlock needs = table({tr("Need"), tr("Category"), tr("Severity"), tr("Status"),
                                   tr("Initiatives addressing it"), tr("Consulted")},
                                  {2.9, 1.6, 1.15, 1.05, 2.2, 1.25});
        QVector<qint64> listed;
        for (const NeedCoverage& n : coverage.needs) {
            listed.append(n.needId);
            QVector<qint64> all = n.activeInitiativeIds + n.inactiveInitiativeIds;
            QString addressing = names(all, initiativeTitles);
            if (!n.inactiveInitiativeIds.isEmpty())
                addressing += tr(" (%1 not active)").arg(n.inactiveInitiativeIds.size());
            needs.rows.append({{n.title, ReportCell::Mark::None, true},
                               {displayName(n.category)},
                               {QStringLiteral("%1 of 5").arg(n.severity)},
                               n.met ? ReportCell{tr("Met"), ReportCell::Mark::Met}
                                     : ReportCell{tr("Unmet"), ReportCell::Mark::Unmet},
                               {addressing},
                               n.consulted ? ReportCell{tr("Yes"), ReportCell::Mark::Yes}
                                           : ReportCell{tr("No"), ReportCell::Mark::Warning}});
        }
        for (const Need& n : wheel.needs) {
            if (listed.contains(n.id))
                continue;
            needs.rows.append({{n.title, ReportCell::Mark::None, true},
                               {displayName(n.category)},
                               {QStringLiteral("%1 of 5").arg(n.severity)},
                               {displayName(n.status), ReportCell::Mark::No},
                               {tr("—")},
                               n.consulted ? ReportCell{tr("Yes"), ReportCell::Mark::Yes}
                                           : ReportCell{tr("No"), ReportCell::Mark::No}});
        }
        blocks.append(needs);
        blocks.append(ReportBlock::note(
            tr("Met: at least one active initiative addresses the need (✓). Unmet (✗): "
               "none does yet. Closed needs are listed last.")));
    }

    // 6. Initiatives by approach ---------------------------------------------------
    blocks.append(ReportBlock::heading(headings[4]));
    for (Approach a : allValues<Approach>()) {
        blocks.append(ReportBlock::subheading(displayName(a)));
        ReportBlock initiatives = table({tr("Initiative"), tr("Partners"), tr("Needs addressed"),
                                         tr("Status"), tr("Outcomes"), tr("Reach")},
                                        {1.9, 2.1, 1.8, 0.95, 2.4, 1.95});
        for (const Initiative& i : wheel.initiatives) {
            if (i.approach != a)
                continue;
            initiatives.rows.append(
                {{i.title, ReportCell::Mark::None, true},
                 {names(i.partnerIds, partnerNames)},
                 {names(i.needIds, needTitles)},
                 {statusName(i.status), i.status == InitiativeStatus::Active
                                            ? ReportCell::Mark::None
                                            : ReportCell::Mark::No},
                 {i.outcomes.isEmpty() ? tr("not yet recorded") : i.outcomes},
                 {reach(i.pupilsReached, i.disadvantagedReached, i.sendReached)}});
        }
        if (initiatives.rows.isEmpty())
            blocks.append(ReportBlock::note(tr("No initiative of this approach yet.")));
        else
            blocks.append(initiatives);
    }

    // 7. Partners by sector ------------------------------------------------------
    blocks.append(ReportBlock::heading(headings[5]));
    if (wheel.partners.isEmpty()) {
        blocks.append(ReportBlock::paragraph(tr("No partners are recorded yet.")));
    } else {
        QStringList columns{tr("Partner"), tr("Sector"), tr("Strength"),
                            tr("Academy"), tr("Status"), tr("Next review")};
        QVector<double> widths{2.4, 1.7, 1.2, 1.0, 1.25, 1.3};
        if (options.includeContacts) {
            columns.append(tr("Contacts"));
            widths.append(2.6);
        }
        ReportBlock partners = table(columns, widths);
        QVector<const Partner*> sorted;
        for (const Partner& p : wheel.partners)
            sorted.append(&p);
        std::stable_sort(sorted.begin(), sorted.end(), [](const Partner* a, const Partner* b) {
            return int(a->sector) < int(b->sector);
        });
        for (const Partner* p : sorted) {
            const Tie* tie = wheel.tieFor(p->id);
            QVector<ReportCell> row{
                {p->name, ReportCell::Mark::None, true},
                {displayName(p->sector)},
                {tie ? strengthName(tie->strength) : QString()},
                {tie ? (tie->role == TieRole::Leads ? tr("leads") : tr("supports")) : QString()},
                {tie ? displayName(tie->status) : QString()},
                {tie ? longDate(tie->nextReview) : QString(),
                 tie && tie->nextReview.isValid() && tie->nextReview < options.today
                     ? ReportCell::Mark::Warning
                     : ReportCell::Mark::None}};
            if (options.includeContacts) {
                QStringList people;
                for (const Contact* c : wheel.contactsOf(p->id)) {
                    QStringList parts{c->name};
                    for (const QString& part : {c->role, c->email, c->phone}) {
                        if (!part.isEmpty())
                            parts.append(part);
                    }
                    people.append(parts.join(QStringLiteral(", ")));
                }
                row.append({people.join(QLatin1Char('\n'))});
            }
            partners.rows.append(row);
        }
        blocks.append(partners);
        if (!options.includeContacts)
            blocks.append(ReportBlock::note(
                tr("Contact details are personal data and are left out of this summary.")));
    }

    // 8. Ties due for review -------------------------------------------------------
    blocks.append(ReportBlock::heading(headings[6]));
    struct Due
    {
        const Tie* tie;
        int days; ///< negative: overdue
    };
    QVector<Due> due;
    for (const Tie& t : wheel.ties) {
        if (t.status == TieStatus::Ended || !t.nextReview.isValid())
            continue;
        const int days = int(options.today.daysTo(t.nextReview));
        if (days <= GovernorsReport::ReviewWindowDays)
            due.append({&t, days});
    }
    std::sort(due.begin(), due.end(), [](const Due& a, const Due& b) { return a.days < b.days; });
    if (due.isEmpty()) {
        blocks.append(
            ReportBlock::paragraph(tr("No tie is overdue for review or due in the next %1 days.")
                                       .arg(GovernorsReport::ReviewWindowDays)));
    } else {
        ReportBlock reviews = table(
            {tr("Partner"), tr("Review date"), tr("When"), tr("Staff owner")}, {3, 1.4, 1.6, 1.8});
        for (const Due& d : due) {
            const QString when = d.days < 0    ? tr("%1 days overdue").arg(-d.days)
                                 : d.days == 0 ? tr("today")
                                               : tr("in %1 days").arg(d.days);
            reviews.rows.append(
                {{partnerNames.value(d.tie->partnerId), ReportCell::Mark::None, true},
                 {longDate(d.tie->nextReview)},
                 {when, d.days < 0 ? ReportCell::Mark::Warning : ReportCell::Mark::None},
                 {d.tie->staffOwner}});
        }
        blocks.append(reviews);
    }
}

ReportBlock cover(const QString& title, const QString& subtitle,
                  const QVector<QPair<QString, QString>>& lines)
{
    ReportBlock block;
    block.kind = ReportBlock::Kind::Cover;
    block.text = title;
    block.items = {subtitle};
    block.figures = lines;
    return block;
}

} // namespace

QString GovernorsReport::academicYear(const QDate& day)
{
    const int start = day.month() >= 9 ? day.year() : day.year() - 1;
    return tr("September %1 – August %2").arg(start).arg(start + 1);
}

QStringList GovernorsReport::sectionHeadings()
{
    return {tr("1. At a glance"),
            tr("2. The community wheel"),
            tr("3. Coverage across CST's four approaches"),
            tr("4. Needs"),
            tr("5. Initiatives by approach"),
            tr("6. Partners by sector"),
            tr("7. Ties due for review")};
}

ReportDocument GovernorsReport::academy(const AcademyWheel& wheel, const Coverage& coverage,
                                        const Options& options)
{
    ReportDocument document;
    const QString period = options.period.isEmpty() ? academicYear(options.today) : options.period;
    const QString preparedBy =
        options.preparedBy.isEmpty() ? wheel.academy.headteacher : options.preparedBy;
    document.title = tr("Governors' summary: %1").arg(wheel.academy.name);
    document.author = preparedBy;
    document.produced = options.today;
    document.footerText = tr("Produced %1 with Civic Wheel").arg(longDate(options.today));

    QVector<QPair<QString, QString>> lines{{tr("URN"), wheel.academy.urn}};
    if (wheel.trust.id > 0)
        lines.append({tr("Trust"), wheel.trust.name});
    if (!wheel.academy.phase.isEmpty() || !wheel.academy.localAuthority.isEmpty())
        lines.append({tr("Phase and area"),
                      QStringList{wheel.academy.phase, wheel.academy.localAuthority}.join(
                          QStringLiteral(", "))});
    lines.append({tr("Period covered"), period});
    lines.append({tr("Produced"), longDate(options.today)});
    if (!preparedBy.isEmpty())
        lines.append({tr("Prepared by"), preparedBy});
    document.blocks.append(
        cover(wheel.academy.name, tr("Civic and community work: a summary for governors"), lines));
    document.blocks.append(ReportBlock::runningHeader(wheel.academy.name));
    appendAcademySections(document.blocks, wheel, coverage, options);
    return document;
}

ReportDocument GovernorsReport::trust(const TrustWheels& trust, const TrustCoverage& coverage,
                                      const Options& options)
{
    ReportDocument document;
    const QString name = trust.trust.name.isEmpty() ? tr("The trust") : trust.trust.name;
    const QString period = options.period.isEmpty() ? academicYear(options.today) : options.period;
    document.title = tr("Trust summary: %1").arg(name);
    document.author = options.preparedBy;
    document.produced = options.today;
    document.footerText = tr("Produced %1 with Civic Wheel").arg(longDate(options.today));

    QVector<QPair<QString, QString>> lines{{tr("Academies"), number(int(trust.academies.size()))},
                                           {tr("Period covered"), period},
                                           {tr("Produced"), longDate(options.today)}};
    if (!options.preparedBy.isEmpty())
        lines.append({tr("Prepared by"), options.preparedBy});
    document.blocks.append(
        cover(name,
              tr("Civic and community work across the trust: a summary for trustees "
                 "and governors"),
              lines));
    document.blocks.append(ReportBlock::runningHeader(name));

    const Coverage& totals = coverage.totals;
    document.blocks.append(ReportBlock::heading(tr("The trust at a glance")));
    document.blocks.append(figures({
        {tr("Academies"), number(int(trust.academies.size()))},
        {tr("Partners with a current tie"), number(totals.partners)},
        {tr("Active initiatives"), number(totals.activeInitiatives)},
        {tr("Needs met / unmet"),
         QStringLiteral("%1 / %2").arg(totals.needsMet).arg(totals.needsUnmet)},
        {tr("Pupils reached"), number(totals.pupilsReached)},
        {tr("Disadvantaged pupils reached"), number(totals.disadvantagedReached)},
        {tr("SEND pupils reached"), number(totals.sendReached)},
        {tr("Tie reviews overdue"), number(int(totals.overdueReviews.size()))},
    }));
    if (!totals.gaps.isEmpty()) {
        QStringList gaps;
        for (const Gap& gap : totals.gaps)
            gaps.append(gap.text);
        document.blocks.append(ReportBlock::subheading(tr("Trust-wide gaps")));
        document.blocks.append(ReportBlock::bullets(gaps));
    }

    document.blocks.append(ReportBlock::heading(tr("Academies compared")));
    document.blocks.append(
        ReportBlock::paragraph(tr("Active initiatives of each academy by CST approach.")));
    document.blocks.append(picture(ReportPicture::TrustComparisonChart, 0, 240));
    ReportBlock compared = table(
        {tr("Academy"), tr("URN"), tr("Partners"), tr("Active initiatives"), tr("Needs met"),
         tr("Needs unmet"), tr("Pupils reached"), tr("Disadv."), tr("SEND"), tr("Reviews overdue")},
        {2.6, 0.9, 0.9, 1, 0.8, 0.9, 0.9, 0.8, 0.7, 0.9});
    for (const Coverage& c : coverage.academies) {
        compared.rows.append({{c.academyName, ReportCell::Mark::None, true},
                              {c.urn},
                              {number(c.partners)},
                              {number(c.activeInitiatives)},
                              {number(c.needsMet)},
                              {number(c.needsUnmet),
                               c.needsUnmet ? ReportCell::Mark::Warning : ReportCell::Mark::None},
                              {number(c.pupilsReached)},
                              {number(c.disadvantagedReached)},
                              {number(c.sendReached)},
                              {number(int(c.overdueReviews.size()))}});
    }
    document.blocks.append(compared);

    for (int i = 0; i < trust.academies.size(); ++i) {
        const AcademyWheel& wheel = trust.academies[i];
        document.blocks.append(ReportBlock::pageBreak());
        document.blocks.append(ReportBlock::runningHeader(wheel.academy.name));
        document.blocks.append(ReportBlock::heading(wheel.academy.name));
        document.blocks.append(ReportBlock::note(tr("URN %1").arg(wheel.academy.urn)));
        appendAcademySections(document.blocks, wheel, coverage.academies.value(i), options);
    }
    return document;
}

} // namespace civic
