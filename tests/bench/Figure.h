#pragma once

#include <QString>
#include <QVector>

#include <algorithm>
#include <chrono>
#include <functional>

namespace civic::bench {

/// One line of the benchmark's table: what was measured, against what target.
struct Figure
{
    enum class Verdict
    {
        Ok,
        Missed,
        NotYetMeasured,
        Info,
        Failed
    };

    QString name;
    QString ours;      ///< "12.3 ms", "84 MB", or empty when not measured
    QString reference; ///< the raw SQLite (or sqlite3 CLI) figure, if any
    QString ratio;     ///< "1.21×", if compared
    QString target;    ///< "< 20 ms", "≤ 1.5× raw"
    Verdict verdict = Verdict::Info;
    QString note;

    static QString ms(double value)
    {
        return QStringLiteral("%1 ms").arg(value, 0, 'f', value < 10 ? 2 : 1);
    }

    /// A time against an upper bound in milliseconds.
    static Figure time(const QString& name, double oursMs, double targetMs,
                       const QString& note = {})
    {
        const QString bound = targetMs >= 1000
                                  ? QStringLiteral("%1 s").arg(targetMs / 1000, 0, 'g', 3)
                                  : QStringLiteral("%1 ms").arg(targetMs, 0, 'g', 4);
        return {name,
                ms(oursMs),
                {},
                {},
                QStringLiteral("< ") + bound,
                oursMs < targetMs ? Verdict::Ok : Verdict::Missed,
                note};
    }

    /// Ours against a reference, the ratio bounded by `maxRatio` (0: shown only).
    static Figure compared(const QString& name, double oursMs, double referenceMs, double maxRatio,
                           const QString& note = {})
    {
        const double r = referenceMs > 0 ? oursMs / referenceMs : 0;
        Figure f{
            name,          ms(oursMs), ms(referenceMs), QStringLiteral("%1×").arg(r, 0, 'f', 2), {},
            Verdict::Info, note};
        if (maxRatio > 0) {
            f.target = QStringLiteral("≤ %1× raw").arg(maxRatio, 0, 'g', 3);
            f.verdict = r <= maxRatio ? Verdict::Ok : Verdict::Missed;
        }
        return f;
    }

    /// A figure whose feature has not landed yet: printed, never invented.
    static Figure notYet(const QString& name, const QString& target, const QString& note = {})
    {
        return {name, {}, {}, {}, target, Verdict::NotYetMeasured, note};
    }

    static Figure failed(const QString& name, const QString& target, const QString& why)
    {
        return {name, {}, {}, {}, target, Verdict::Failed, why};
    }

    static Figure info(const QString& name, const QString& value, const QString& note = {})
    {
        return {name, value, {}, {}, {}, Verdict::Info, note};
    }
};

/// Milliseconds taken by `work`.
inline double millisecondsOf(const std::function<void()>& work)
{
    const auto start = std::chrono::steady_clock::now();
    work();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
        .count();
}

inline double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/// The median time of `runs` runs of `work`, after one unmeasured warm-up run.
inline double medianMs(int runs, const std::function<void()>& work)
{
    work();
    QVector<double> times;
    for (int i = 0; i < runs; ++i)
        times.append(millisecondsOf(work));
    return median(times);
}

} // namespace civic::bench
