#pragma once

#include <QStringList>

namespace civic::bench {

/// What one run of a child program took.
struct ChildRun
{
    bool started = false;
    int exitCode = -1;
    double msToLine =
        -1; ///< from spawning to the first output line containing the marker; -1 if none
    double msTotal = 0; ///< from spawning to exit
    /// wait4's ru_maxrss. Beware: Linux counts the memory of this process that
    /// the forked child held until exec, so it is never below our own size.
    long peakRssKb = 0;
    QString output; ///< stdout and stderr together
};

/// Runs `program` with `arguments`, with `environment` added to ours, and
/// times it from the spawn to a marker line and to its exit (QProcess would
/// add its own event-loop latency to the marker's time).
class ChildProcess
{
public:
    static ChildRun run(const QString& program, const QStringList& arguments,
                        const QStringList& environment = {}, const QByteArray& lineMarker = {},
                        const QByteArray& input = {}, int timeoutMs = 60000);
};

} // namespace civic::bench
