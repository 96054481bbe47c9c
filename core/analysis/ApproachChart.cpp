#include "analysis/ApproachChart.h"

#include <QCoreApplication>

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("civic", text);
}

struct Measured
{
    const char* name;
    ApproachMeasure measure;
};

// Three measures as categories (short names: Qt cuts a category label wider
// than its group of bars), a series per approach in its wheel colour,
// so the bars of one approach look alike wherever they are drawn.
ChartData perApproach(const Coverage& coverage, const char* title, const Measured (&measures)[3])
{
    ChartData chart;
    chart.title = tr(title);
    for (const Measured& m : measures)
        chart.categories.append(tr(m.name));
    for (const ApproachCoverage& a : coverage.approaches) {
        // Short names: a legend entry too wide for its line is cut.
        ChartData::Series s{approachShortName(a.approach), ChartData::Colour::of(a.approach), {}};
        for (const Measured& m : measures)
            s.values.append(ApproachChart::valueOf(a, m.measure));
        chart.series.append(s);
    }
    return chart;
}

} // namespace

ChartData ApproachChart::work(const Coverage& coverage)
{
    return perApproach(
        coverage, QT_TRANSLATE_NOOP("civic", "Initiatives, partners and needs"),
        {{QT_TRANSLATE_NOOP("civic", "Initiatives"), ApproachMeasure::ActiveInitiatives},
         {QT_TRANSLATE_NOOP("civic", "Partners"), ApproachMeasure::PartnersInvolved},
         {QT_TRANSLATE_NOOP("civic", "Needs met"), ApproachMeasure::NeedsAddressed}});
}

ChartData ApproachChart::reach(const Coverage& coverage)
{
    return perApproach(
        coverage, QT_TRANSLATE_NOOP("civic", "Pupils reached"),
        {{QT_TRANSLATE_NOOP("civic", "All pupils"), ApproachMeasure::PupilsReached},
         {QT_TRANSLATE_NOOP("civic", "Disadvantaged"), ApproachMeasure::DisadvantagedReached},
         {QT_TRANSLATE_NOOP("civic", "SEND"), ApproachMeasure::SendReached}});
}

ChartData ApproachChart::trustComparison(const TrustCoverage& trust, ApproachMeasure measure)
{
    ChartData chart;
    for (const Coverage& c : trust.academies)
        chart.categories.append(c.academyName);
    for (Approach a : allValues<Approach>()) {
        ChartData::Series s{approachShortName(a), ChartData::Colour::of(a), {}};
        for (const Coverage& c : trust.academies)
            s.values.append(valueOf(c.approach(a), measure));
        chart.series.append(s);
    }
    return chart;
}

double ApproachChart::valueOf(const ApproachCoverage& a, ApproachMeasure measure)
{
    switch (measure) {
    case ApproachMeasure::ActiveInitiatives:
        return a.activeInitiatives;
    case ApproachMeasure::PartnersInvolved:
        return a.partners;
    case ApproachMeasure::NeedsAddressed:
        return a.needsAddressed;
    case ApproachMeasure::PupilsReached:
        return a.pupilsReached;
    case ApproachMeasure::DisadvantagedReached:
        return a.disadvantagedReached;
    case ApproachMeasure::SendReached:
        return a.sendReached;
    }
    return 0;
}

QString ApproachChart::measureName(ApproachMeasure measure)
{
    switch (measure) {
    case ApproachMeasure::ActiveInitiatives:
        return tr("Active initiatives");
    case ApproachMeasure::PartnersInvolved:
        return tr("Partners involved");
    case ApproachMeasure::NeedsAddressed:
        return tr("Needs addressed");
    case ApproachMeasure::PupilsReached:
        return tr("Pupils reached");
    case ApproachMeasure::DisadvantagedReached:
        return tr("Disadvantaged pupils reached");
    case ApproachMeasure::SendReached:
        return tr("SEND pupils reached");
    }
    return {};
}

} // namespace civic
