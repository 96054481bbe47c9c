// Figures of the features built on the store: coverage, the wheel picture and
// the governors' PDFs, each the median of context.runs runs on the large
// trust (loaded once, outside the clock, as the program holds it in memory).
#include "Measurements.h"
#include "analysis/CoverageAnalysis.h"
#include "report/GovernorsPdf.h"
#include "store/WheelStore.h"
#include "wheel/WheelRenderer.h"

#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <stdexcept>

namespace civic::bench {
namespace {

// The synthetic trust's fixed "today" (SyntheticTrust::Spec::large()), so
// overdue reviews and recent engagements are what the generator meant.
const QDate kToday(2025, 9, 1);

TrustWheels loadTrust(const BenchContext& context)
{
    auto store = WheelStore::open(context.file, OpenOptions{true, false});
    if (!store)
        throw std::runtime_error(store.error().fullText().toStdString());
    auto trust = (*store)->loadTrust();
    if (!trust)
        throw std::runtime_error(trust.error().fullText().toStdString());
    return std::move(trust).value();
}

AcademyWheel loadAcademy(const BenchContext& context)
{
    auto store = WheelStore::open(context.file, OpenOptions{true, false});
    if (!store)
        throw std::runtime_error(store.error().fullText().toStdString());
    auto wheel = (*store)->loadAcademy(context.academyId);
    if (!wheel)
        throw std::runtime_error(wheel.error().fullText().toStdString());
    return std::move(wheel).value();
}

GovernorsReport::Options reportOptions()
{
    GovernorsReport::Options options;
    options.today = kToday;
    return options;
}

} // namespace

QVector<Figure> measureCoverage(const BenchContext& context)
{
    const TrustWheels trust = loadTrust(context);
    int gaps = 0;
    const double ms = medianMs(context.runs, [&] {
        const TrustCoverage coverage = CoverageAnalysis::analyse(trust, kToday);
        gaps = int(coverage.academies.size());
    });
    if (gaps != trust.academies.size())
        return {Figure::failed(QStringLiteral("Coverage for all 40 academies"),
                               QStringLiteral("< 20 ms"),
                               QStringLiteral("coverage covered %1 of %2 academies")
                                   .arg(gaps)
                                   .arg(trust.academies.size()))};
    return {
        Figure::time(QStringLiteral("Coverage for all %1 academies").arg(trust.academies.size()),
                     ms, 20, QStringLiteral("CoverageAnalysis::analyse(trust, today)"))};
}

namespace {

/// The first `count` partners of `wheel` (by name) with their ties, contacts
/// and engagements, and initiatives' links to them only: the academy the
/// wheel's target speaks of (200 partners), cut from the busiest real one.
AcademyWheel withPartners(const AcademyWheel& wheel, int count)
{
    AcademyWheel cut = wheel;
    cut.partners = wheel.partners.mid(0, count);
    QSet<qint64> kept;
    for (const Partner& p : cut.partners)
        kept.insert(p.id);
    auto keep = [&](auto& items, auto partnerOf) {
        items.erase(
            std::remove_if(items.begin(), items.end(),
                           [&](const auto& item) { return !kept.contains(partnerOf(item)); }),
            items.end());
    };
    keep(cut.ties, [](const Tie& t) { return t.partnerId; });
    keep(cut.contacts, [](const Contact& c) { return c.partnerId; });
    keep(cut.engagements, [](const Engagement& e) { return e.partnerId; });
    for (Initiative& i : cut.initiatives)
        keep(i.partnerIds, [](qint64 id) { return id; });
    return cut;
}

struct WheelTimes
{
    double layout = 0;
    double paint = 0;
    double total = 0;
};

WheelTimes timeWheel(const AcademyWheel& wheel, const BenchContext& context, QImage& image)
{
    WheelLayout::Options options;
    options.canvas = QSizeF(1600, 1600);
    QVector<double> layoutTimes, paintTimes, totals;
    for (int i = -1; i < context.runs; ++i) { // run -1 warms font and glyph caches
        WheelLayout::Result layout;
        const double layoutMs =
            millisecondsOf([&] { layout = ui::WheelRenderer::layout(wheel, options); });
        const double paintMs = millisecondsOf([&] {
            QPainter painter(&image); // the renderer turns antialiasing on itself
            ui::WheelRenderer::paint(painter, layout, QRectF(0, 0, 1600, 1600));
        });
        if (i < 0)
            continue;
        layoutTimes.append(layoutMs);
        paintTimes.append(paintMs);
        totals.append(layoutMs + paintMs);
    }
    return {median(layoutTimes), median(paintTimes), median(totals)};
}

} // namespace

QVector<Figure> measureWheelRender(const BenchContext& context)
{
    const AcademyWheel busiest = loadAcademy(context);
    const AcademyWheel wheel = withPartners(busiest, 200);
    QImage image(1600, 1600, QImage::Format_ARGB32_Premultiplied);
    const WheelTimes times = timeWheel(wheel, context, image);
    image.save(context.scratch + QStringLiteral("/wheel.png")); // to look at, after the clock
    const WheelTimes all = timeWheel(busiest, context, image);
    return {
        Figure::time(
            QStringLiteral("Wheel layout + render, %1 partners, 1600×1600")
                .arg(wheel.partners.size()),
            times.total, 30,
            QStringLiteral(
                "into a QImage (ARGB32, antialiased); the busiest academy's first 200 partners")),
        Figure::info(QStringLiteral("  layout (WheelRenderer::layout)"), Figure::ms(times.layout)),
        Figure::info(QStringLiteral("  paint (WheelRenderer::paint)"), Figure::ms(times.paint)),
        Figure::info(
            QStringLiteral("  the whole busiest academy, %1 partners").arg(busiest.partners.size()),
            Figure::ms(all.total)),
    };
}

QVector<Figure> measureAcademyPdf(const BenchContext& context)
{
    const AcademyWheel wheel = loadAcademy(context);
    const QString path = context.scratch + QStringLiteral("/academy.pdf");
    QString problem;
    int pages = 0;
    const double ms = medianMs(context.runs, [&] {
        auto renderer = ui::GovernorsPdf::forAcademy(wheel, reportOptions());
        pages = renderer->pageCount();
        if (auto written = renderer->writePdf(path); !written)
            problem = written.error().fullText();
    });
    if (!problem.isEmpty())
        return {Figure::failed(QStringLiteral("Governors' PDF, one academy"),
                               QStringLiteral("< 250 ms"), problem)};
    return {Figure::time(QStringLiteral("Governors' PDF, one academy"), ms, 250,
                         QStringLiteral("%1 pages, %2 kB, content built and written")
                             .arg(pages)
                             .arg(QFile(path).size() / 1024))};
}

QVector<Figure> measureTrustPdf(const BenchContext& context)
{
    const TrustWheels trust = loadTrust(context);
    const QString path = context.scratch + QStringLiteral("/trust.pdf");
    QString problem;
    int pages = 0;
    // Seconds per run: fewer runs keep the whole benchmark short.
    const int runs = std::min(context.runs, 3);
    const double ms = medianMs(runs, [&] {
        auto renderer = ui::GovernorsPdf::forTrust(trust, reportOptions());
        pages = renderer->pageCount();
        if (auto written = renderer->writePdf(path); !written)
            problem = written.error().fullText();
    });
    if (!problem.isEmpty())
        return {Figure::failed(QStringLiteral("Trust PDF, 40 academies"), QStringLiteral("< 5 s"),
                               problem)};
    return {Figure::time(QStringLiteral("Trust PDF, %1 academies").arg(trust.academies.size()), ms,
                         5000,
                         QStringLiteral("%1 pages, %2 kB; median of %3 runs")
                             .arg(pages)
                             .arg(QFile(path).size() / 1024)
                             .arg(runs))};
}

} // namespace civic::bench
