// Figures of features other issues deliver. Each function prints "not yet
// measured" until its feature lands; then replace its body with the
// measurement (the median of context.runs runs, see medianMs in Figure.h)
// and return Figure::time(...) against the same target.
#include "Measurements.h"

namespace civic::bench {

QVector<Figure> measureCoverage(const BenchContext& context)
{
    // When coverage analysis lands: load the trust once (context.file), then
    //   const double ms = medianMs(context.runs, [&] { /* coverage of all 40 academies */ });
    //   return {Figure::time(name, ms, 20)};
    Q_UNUSED(context);
    return {Figure::notYet(QStringLiteral("Coverage for all 40 academies"),
                           QStringLiteral("< 20 ms"),
                           QStringLiteral("coverage analysis not merged yet"))};
}

QVector<Figure> measureWheelRender(const BenchContext& context)
{
    // When the wheel renderer lands: load context.academyId (about 200
    // partners), then time layout + render into a 1600×1600 QImage.
    Q_UNUSED(context);
    return {Figure::notYet(QStringLiteral("Wheel layout + render, 200 partners, 1600×1600"),
                           QStringLiteral("< 30 ms"),
                           QStringLiteral("wheel renderer not merged yet"))};
}

QVector<Figure> measureAcademyPdf(const BenchContext& context)
{
    // When the governors' summary lands: one academy's PDF into context.scratch.
    Q_UNUSED(context);
    return {Figure::notYet(QStringLiteral("Governors' PDF, one academy"),
                           QStringLiteral("< 250 ms"),
                           QStringLiteral("PDF summary not merged yet"))};
}

QVector<Figure> measureTrustPdf(const BenchContext& context)
{
    // When the trust PDF lands: the whole trust's PDF into context.scratch.
    Q_UNUSED(context);
    return {Figure::notYet(QStringLiteral("Trust PDF, 40 academies"), QStringLiteral("< 5 s"),
                           QStringLiteral("PDF summary not merged yet"))};
}

} // namespace civic::bench
