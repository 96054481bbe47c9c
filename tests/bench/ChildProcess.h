#pragma once

#include <QStringList>

namespace civic::bench {

/// What one run of a child program took.
struct ChildRun
{
    bool started = false;
    int exitCode = -1;
    double msToLine = -1;  ///< from spawning to the first output line containing the marker; -1 if none
    double msTotal = 0;    ///< from spawning to exit
    long peakRssKb = 0;    ///< the child's peak resident memory (wait4's ru_maxrss)
    QString output;        ///< stdout and stderr together
};

/// Runs `program` with `arguments`, with `environment` added to ours; times
/// it from the spawn and reads its peak memory from the kernel. Kept apart
/// from QProcess, which does not give the child's resource usage.
class ChildProcess
{
public:
    static ChildRun run(const QString& program, const QStringList& arguments, const QStringList& environment = {},
                        const QByteArray& lineMarker = {}, const QByteArray& input = {}, int timeoutMs = 60000);
};

} // namespace civic::bench
