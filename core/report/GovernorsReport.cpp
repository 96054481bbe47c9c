#include "report/GovernorsReport.h"

#include "report/AcademySections.h"
#include "report/ReportFormat.h"

#include <QCoreApplication>

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("GovernorsReport", text);
}

QString longDate(const QDate& date)
{
    return ReportFormat::longDate(date);
}

QString number(int n)
{
    return ReportFormat::number(n);
}

void trustAtAGlance(QVector<ReportBlock>& blocks, const TrustWheels& trust, const Coverage& totals)
{
    blocks.append(ReportBlock::heading(tr("The trust at a glance")));
    blocks.append(ReportBlock::keyFigures({
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
        blocks.append(ReportBlock::subheading(tr("Trust-wide gaps")));
        blocks.append(ReportBlock::bullets(gaps));
    }
}

void academiesCompared(QVector<ReportBlock>& blocks, const TrustCoverage& coverage)
{
    blocks.append(ReportBlock::heading(tr("Academies compared")));
    blocks.append(
        ReportBlock::paragraph(tr("Active initiatives of each academy by CST approach.")));
    blocks.append(ReportBlock::pictureOf(ReportPicture::TrustComparisonChart, 0, 240));
    ReportBlock compared = ReportBlock::table(
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
    blocks.append(compared);
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
    document.blocks.append(ReportBlock::cover(
        wheel.academy.name, tr("Civic and community work: a summary for governors"), lines));
    document.blocks.append(ReportBlock::runningHeader(wheel.academy.name));
    AcademySections(wheel, coverage, options).appendTo(document.blocks);
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
        ReportBlock::cover(name,
                           tr("Civic and community work across the trust: a summary for trustees "
                              "and governors"),
                           lines));
    document.blocks.append(ReportBlock::runningHeader(name));
    trustAtAGlance(document.blocks, trust, coverage.totals);
    academiesCompared(document.blocks, coverage);

    for (int i = 0; i < trust.academies.size(); ++i) {
        const AcademyWheel& wheel = trust.academies[i];
        document.blocks.append(ReportBlock::pageBreak());
        document.blocks.append(ReportBlock::runningHeader(wheel.academy.name));
        document.blocks.append(ReportBlock::heading(wheel.academy.name));
        document.blocks.append(ReportBlock::note(tr("URN %1").arg(wheel.academy.urn)));
        const Coverage academy = coverage.academies.value(i);
        AcademySections(wheel, academy, options).appendTo(document.blocks);
    }
    return document;
}

} // namespace civic
