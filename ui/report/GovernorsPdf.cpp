#include "report/GovernorsPdf.h"

#include "analysis/CoverageAnalysis.h"
#include "common/BarChartPainter.h"
#include "common/Palette.h"
#include "wheel/WheelRenderer.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>

namespace civic::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("GovernorsPdf", text);
}

constexpr double PointInDots = ReportRenderer::Dpi / 72.0;

/// Counts and reach of one academy's approaches, side by side.
void paintApproaches(QPainter& painter, const QRectF& target, const Coverage& coverage)
{
    const QVector<QColor> series{Palette::hub(), QColor(0x6f, 0x86, 0x9c),
                                 QColor(0xb3, 0xc1, 0xcd)};
    QStringList categories;
    QVector<QColor> colours;
    for (const ApproachCoverage& a : coverage.approaches) {
        categories.append(approachShortName(a.approach));
        colours.append(Palette::approach(a.approach));
    }
    BarChartPainter counts;
    counts.title = tr("Initiatives, partners and needs");
    counts.categories = categories;
    counts.categoryColours = colours;
    counts.series = {{tr("Active initiatives"), series[0], {}},
                     {tr("Partners"), series[1], {}},
                     {tr("Needs addressed"), series[2], {}}};
    BarChartPainter reach;
    reach.title = tr("Pupils reached");
    reach.categories = categories;
    reach.categoryColours = colours;
    reach.series = {{tr("All pupils"), series[0], {}},
                    {tr("Disadvantaged"), series[1], {}},
                    {tr("SEND"), series[2], {}}};
    for (const ApproachCoverage& a : coverage.approaches) {
        counts.series[0].values.append(a.activeInitiatives);
        counts.series[1].values.append(a.partners);
        counts.series[2].values.append(a.needsAddressed);
        reach.series[0].values.append(a.pupilsReached);
        reach.series[1].values.append(a.disadvantagedReached);
        reach.series[2].values.append(a.sendReached);
    }
    const double gap = 24 * PointInDots;
    const double half = (target.width() - gap) / 2;
    counts.paint(painter, QRectF(target.left(), target.top(), half, target.height()), PointInDots);
    reach.paint(painter, QRectF(target.left() + half + gap, target.top(), half, target.height()),
                PointInDots);
}

void paintTrustComparison(QPainter& painter, const QRectF& target, const TrustCoverage& coverage)
{
    BarChartPainter chart;
    for (const Coverage& c : coverage.academies)
        chart.categories.append(c.academyName);
    for (Approach a : allValues<Approach>()) {
        BarChartPainter::Series s{displayName(a), Palette::approach(a), {}};
        for (const Coverage& c : coverage.academies)
            s.values.append(c.approach(a).activeInitiatives);
        chart.series.append(s);
    }
    chart.showValues = coverage.academies.size() <= 8;
    chart.paint(painter, target, PointInDots);
}

} // namespace

std::unique_ptr<ReportRenderer> GovernorsPdf::forAcademy(const AcademyWheel& wheel,
                                                         const GovernorsReport::Options& options)
{
    auto shared = std::make_shared<const AcademyWheel>(wheel);
    auto coverage =
        std::make_shared<const Coverage>(CoverageAnalysis::analyse(wheel, options.today));
    ReportDocument document = GovernorsReport::academy(*shared, *coverage, options);
    auto pictures = [shared, coverage](QPainter& painter, const QRectF& target, ReportPicture kind,
                                       qint64) {
        switch (kind) {
        case ReportPicture::Wheel: {
            WheelRenderer::RenderOptions render;
            render.background = false;
            WheelRenderer::paint(painter, *shared, target, {}, render);
            break;
        }
        case ReportPicture::ApproachChart:
            paintApproaches(painter, target, *coverage);
            break;
        case ReportPicture::TrustComparisonChart:
            break;
        }
    };
    return std::make_unique<ReportRenderer>(std::move(document), pictures);
}

std::unique_ptr<ReportRenderer> GovernorsPdf::forTrust(const TrustWheels& trust,
                                                       const GovernorsReport::Options& options)
{
    auto shared = std::make_shared<const TrustWheels>(trust);
    auto coverage =
        std::make_shared<const TrustCoverage>(CoverageAnalysis::analyse(trust, options.today));
    ReportDocument document = GovernorsReport::trust(*shared, *coverage, options);
    auto index = std::make_shared<QHash<qint64, int>>();
    for (int i = 0; i < shared->academies.size(); ++i)
        index->insert(shared->academies[i].academy.id, i);
    auto pictures = [shared, coverage, index](QPainter& painter, const QRectF& target,
                                              ReportPicture kind, qint64 academyId) {
        const int i = index->value(academyId, -1);
        switch (kind) {
        case ReportPicture::Wheel:
            if (i >= 0) {
                WheelRenderer::RenderOptions render;
                render.background = false;
                WheelRenderer::paint(painter, shared->academies[i], target, {}, render);
            }
            break;
        case ReportPicture::ApproachChart:
            if (i >= 0)
                paintApproaches(painter, target, coverage->academies[i]);
            break;
        case ReportPicture::TrustComparisonChart:
            paintTrustComparison(painter, target, *coverage);
            break;
        }
    };
    return std::make_unique<ReportRenderer>(std::move(document), pictures);
}

} // namespace civic::ui
