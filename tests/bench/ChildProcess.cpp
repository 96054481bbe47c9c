#include "ChildProcess.h"

#include <QFile>

#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace civic::bench {

ChildRun ChildProcess::run(const QString& program, const QStringList& arguments,
                           const QStringList& environment, const QByteArray& lineMarker,
                           const QByteArray& input, int timeoutMs)
{
    ChildRun result;
    std::vector<QByteArray> argStore{QFile::encodeName(program)};
    for (const QString& a : arguments)
        argStore.push_back(a.toLocal8Bit());
    std::vector<char*> argv;
    for (QByteArray& a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    // Our environment with `environment`'s NAME=value entries replacing or added.
    std::vector<QByteArray> envStore;
    for (const QString& e : environment)
        envStore.push_back(e.toLocal8Bit());
    for (char** e = environ; *e; ++e) {
        const QByteArray entry(*e);
        const QByteArray name = entry.left(entry.indexOf('=') + 1);
        bool replaced = false;
        for (const QString& mine : environment)
            replaced = replaced || mine.toLocal8Bit().startsWith(name);
        if (!replaced)
            envStore.push_back(entry);
    }
    std::vector<char*> envp;
    for (QByteArray& e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    int out[2];
    int in[2];
    if (pipe2(out, O_CLOEXEC) != 0 || pipe2(in, O_CLOEXEC) != 0)
        return result;
    const auto start = std::chrono::steady_clock::now();
    auto elapsed = [&] {
        return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count();
    };
    const pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], 0);
        dup2(out[1], 1);
        dup2(out[1], 2);
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    close(in[0]);
    close(out[1]);
    if (pid < 0) {
        close(in[1]);
        close(out[0]);
        return result;
    }
    result.started = true;
    if (!input.isEmpty()) {
        const ssize_t written = write(in[1], input.constData(), size_t(input.size()));
        (void)written;
    }
    close(in[1]);

    QByteArray output;
    char buffer[4096];
    for (;;) {
        const int remaining = timeoutMs - int(elapsed());
        pollfd fd{out[0], POLLIN, 0};
        if (remaining <= 0 || poll(&fd, 1, remaining) <= 0) {
            kill(pid, SIGKILL);
            output += "\n[killed after timeout]\n";
            break;
        }
        const ssize_t n = read(out[0], buffer, sizeof buffer);
        if (n <= 0)
            break;
        output.append(buffer, int(n));
        if (!lineMarker.isEmpty() && result.msToLine < 0) {
            const int at = output.indexOf(lineMarker);
            if (at >= 0 && output.indexOf('\n', at) >= 0)
                result.msToLine = elapsed();
        }
    }
    close(out[0]);
    int status = 0;
    rusage usage{};
    wait4(pid, &status, 0, &usage);
    result.msTotal = elapsed();
    result.peakRssKb = usage.ru_maxrss;
    result.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    result.output = QString::fromLocal8Bit(output);
    return result;
}

} // namespace civic::bench
