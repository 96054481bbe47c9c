#include "report/GovernorsPdf.h"

#include "analysis/ApproachChart.h"
#include "analysis/CoverageAnalysis.h"
#include "common/BarChartPainter.h"
#include "wheel/WheelRenderer.h"

#include <QHash>
#include <QPainter>

namespace civic::ui {
namespace {

constexpr double PointInDots = ReportRenderer::Dpi / 72.0;

/// Counts and reach of one academy's approaches, side by side.
void paintApproaches(QPainter& painter, const QRectF& target, const Coverage& coverage)
{
    const double gap = 24 * PointInDots;
    const double half = (target.width() - gap) / 2;
    BarChartPainter::of(ApproachChart::work(coverage))
        .paint(painter, QRectF(target.left(), target.top(), half, target.height()), PointInDots);
    BarChartPainter::of(ApproachChart::reach(coverage))
        .paint(painter, QRectF(target.left() + half + gap, target.top(), half, target.height()),
               PointInDots);
}

void paintTrustComparison(QPainter& painter, const QRectF& target, const TrustCoverage& coverage)
{
    BarChartPainter chart = BarChartPainter::of(
        ApproachChart::trustComparison(coverage, ApproachMeasure::ActiveInitiatives));
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
