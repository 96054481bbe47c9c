// The real program, started on the large trust under the offscreen platform:
// time from spawning it to its first painted main window, and its peak memory.
#include "ChildProcess.h"
#include "Measurements.h"
#include "store/WheelStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace civic::bench {
namespace {

constexpr double kStartupTargetMs = 1000;
constexpr double kMemoryTargetMb = 150;

struct GuiRuns
{
    double startupMs = 0; ///< median
    double peakMb = 0;    ///< highest of the runs
    QString problem;
};

GuiRuns runGui(const BenchContext& context, const QString& file, int runs)
{
    GuiRuns result;
    const QString home = context.scratch + QStringLiteral("/gui-home");
    QDir().mkpath(home);
    // A scratch home, so the program never touches the real user's settings.
    const QStringList environment{
        QStringLiteral("QT_QPA_PLATFORM=offscreen"),
        QStringLiteral("CIVICWHEEL_EXIT_AFTER_FIRST_PAINT=1"),
        QStringLiteral("XDG_CONFIG_HOME=") + home + QStringLiteral("/config"),
        QStringLiteral("XDG_DATA_HOME=") + home + QStringLiteral("/data"),
        QStringLiteral("XDG_CACHE_HOME=") + home + QStringLiteral("/cache")};
    QVector<double> times;
    for (int i = -1; i < runs; ++i) {
        const ChildRun run =
            ChildProcess::run(context.civicwheel, {file}, environment, "first paint", {}, 30000);
        if (!run.started || run.exitCode != 0 || run.msToLine < 0) {
            result.problem =
                QStringLiteral("civicwheel exited with %1 without reporting a first paint: %2")
                    .arg(run.exitCode)
                    .arg(run.output.left(300).trimmed());
            return result;
        }
        if (i < 0)
            continue; // the first start fills the disk cache
        times.append(run.msToLine);
        // The program's own VmHWM: wait4's ru_maxrss would also count this
        // benchmark's memory, which the forked child carries until exec.
        const QRegularExpressionMatch peak =
            QRegularExpression(QStringLiteral("peak memory (\\d+) kB")).match(run.output);
        if (!peak.hasMatch()) {
            result.problem = QStringLiteral("civicwheel did not report its peak memory: ") +
                             run.output.left(300).trimmed();
            return result;
        }
        result.peakMb = std::max(result.peakMb, peak.captured(1).toDouble() / 1024);
    }
    result.startupMs = median(times);
    return result;
}

} // namespace

QVector<Figure> measureGuiStartup(const BenchContext& context)
{
    const QString startName = QStringLiteral("GUI: start to first painted window");
    const QString memoryName = QStringLiteral("GUI: peak memory, large trust open");
    if (context.civicwheel.isEmpty() || !QFile::exists(context.civicwheel))
        return {Figure::failed(startName, QStringLiteral("< 1 s"),
                               QStringLiteral("civicwheel not built")),
                Figure::failed(memoryName, QStringLiteral("< 150 MB"),
                               QStringLiteral("civicwheel not built"))};
    const int runs = std::max(3, context.runs / 2);
    const GuiRuns large = runGui(context, context.file, runs);
    if (!large.problem.isEmpty())
        return {Figure::failed(startName, QStringLiteral("< 1 s"), large.problem),
                Figure::failed(memoryName, QStringLiteral("< 150 MB"), large.problem)};

    // The same program on an empty wheel: what the trust itself adds.
    const QString empty = context.scratch + QStringLiteral("/empty.wheel");
    if (!QFile::exists(empty))
        (void)WheelStore::create(empty);
    const GuiRuns baseline = runGui(context, empty, runs);

    QVector<Figure> figures;
    figures.append(
        Figure::time(startName, large.startupMs, kStartupTargetMs,
                     QStringLiteral("median of %1 starts, offscreen platform").arg(runs)));
    Figure memory{
        memoryName,
        QStringLiteral("%1 MB").arg(large.peakMb, 0, 'f', 1),
        {},
        {},
        QStringLiteral("< %1 MB").arg(kMemoryTargetMb),
        large.peakMb < kMemoryTargetMb ? Figure::Verdict::Ok : Figure::Verdict::Missed,
        QStringLiteral("peak RSS at first paint (VmHWM), highest of %1 starts").arg(runs)};
    figures.append(memory);
    if (baseline.problem.isEmpty()) {
        figures.append(Figure::info(QStringLiteral("  same, empty wheel: start"),
                                    Figure::ms(baseline.startupMs)));
        figures.append(Figure::info(QStringLiteral("  same, empty wheel: peak memory"),
                                    QStringLiteral("%1 MB").arg(baseline.peakMb, 0, 'f', 1)));
    }
    return figures;
}

} // namespace civic::bench
