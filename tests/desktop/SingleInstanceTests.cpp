#include "TestSupport.h"
#include "shell/SingleInstance.h"
#include "store/WheelStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QThread>

#include <catch2/catch.hpp>

using namespace civic;
using namespace civic::ui;

namespace {

// A user of their own for each test: runtime folder (the socket), settings
// and data, so the programs meet each other and nothing else.
struct User
{
    test::TempFolder home;

    User()
    {
        QDir().mkpath(runtime());
        QFile::setPermissions(runtime(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    QString runtime() const { return home.path(QStringLiteral("run")); }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.path(QStringLiteral("data")));
        env.remove(QStringLiteral("CIVICWHEEL_EXIT_AFTER_FIRST_PAINT"));
        return env;
    }

    void start(QProcess& process, const QStringList& arguments) const
    {
        process.setProcessEnvironment(environment());
        process.setWorkingDirectory(home.path(QString()));
        process.start(QStringLiteral(CIVICWHEEL_EXE), arguments);
        REQUIRE(process.waitForStarted());
    }

    /// Runs a second program to its end; its exit code and what it printed.
    std::pair<int, QString> run(const QStringList& arguments) const
    {
        QProcess process;
        start(process, arguments);
        if (!process.waitForFinished(20000)) {
            process.kill();
            process.waitForFinished();
            return {-1, QStringLiteral("timed out")};
        }
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
    }
};

bool waitFor(const std::function<bool()>& done, int timeoutMs = 20000)
{
    QElapsedTimer waited;
    waited.start();
    while (!done()) {
        if (waited.elapsed() > timeoutMs)
            return false;
        QThread::msleep(50);
    }
    return true;
}

/// The process id QLockFile writes on the first line of a lock.
qint64 lockHolder(const QString& wheel)
{
    QFile lock(wheel + QStringLiteral(".lock"));
    if (!lock.open(QIODevice::ReadOnly))
        return 0;
    return lock.readLine().trimmed().toLongLong();
}

QString makeWheel(const User& user, const QString& name)
{
    const QString path = user.home.path(name);
    REQUIRE(WheelStore::create(path));
    return path;
}

void stop(QProcess& process)
{
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished();
    }
}

} // namespace

TEST_CASE("A second program hands its file to the running one, which opens it in a new window")
{
    User user;
    const QString a = makeWheel(user, QStringLiteral("a.wheel"));
    const QString b = makeWheel(user, QStringLiteral("b.wheel"));

    QProcess primary;
    user.start(primary, {a});
    // Running: it listens, and holds a.wheel's lock.
    REQUIRE(waitFor([&] {
        return QFileInfo::exists(user.runtime() + QStringLiteral("/civicwheel.socket")) &&
               lockHolder(a) == primary.processId();
    }));

    // By a relative name, as a file manager in the folder might give it.
    const auto [code, out] = user.run({QStringLiteral("b.wheel")});
    CHECK(code == 0);
    CHECK(out == QStringLiteral("Civic Wheel is already running: “b.wheel” opens in a new "
                                "window there.\n"));
    // The running program opened it: it holds b.wheel's lock now, so the
    // second program did not fail on it nor keep it.
    CHECK(waitFor([&] { return lockHolder(b) == primary.processId(); }));

    // A file already open is not opened twice: its window is raised.
    const auto [againCode, againOut] = user.run({a});
    CHECK(againCode == 0);
    CHECK(againOut == QStringLiteral("Civic Wheel already shows “a.wheel”: its window is brought "
                                     "to the front.\n"));
    CHECK(lockHolder(a) == primary.processId());
    CHECK(primary.state() == QProcess::Running);

    stop(primary);
}

TEST_CASE("With no program running, the first one opens its own window and becomes the one "
          "others hand over to")
{
    User user;
    const QString a = makeWheel(user, QStringLiteral("a.wheel"));
    // A socket left by a program that crashed answers nobody: it is replaced.
    QFile stale(user.runtime() + QStringLiteral("/civicwheel.socket"));
    REQUIRE(stale.open(QIODevice::WriteOnly));
    stale.close();

    QProcess primary;
    user.start(primary, {a});
    REQUIRE(waitFor([&] { return lockHolder(a) == primary.processId(); }));
    const auto [code, out] = user.run({a});
    CHECK(code == 0);
    CHECK(out.contains(QStringLiteral("its window is brought to the front")));
    stop(primary);
}

TEST_CASE("Only one SingleInstance of a folder is primary at a time")
{
    test::TempFolder folder;
    auto first = std::make_unique<SingleInstance>(folder.path(QStringLiteral("run")));
    CHECK(first->claim());
    CHECK(first->isPrimary());
    CHECK(first->claim()); // asking again changes nothing

    SingleInstance second(folder.path(QStringLiteral("run")));
    CHECK_FALSE(second.claim());
    CHECK_FALSE(second.isPrimary());

    first.reset();
    CHECK(second.claim());
    CHECK(second.isPrimary());
}

TEST_CASE("Handing over with nobody listening says so, so the program opens the file itself")
{
    test::TempFolder folder;
    const SingleInstance lonely(folder.path(QStringLiteral("run")));
    QElapsedTimer waited;
    waited.start();
    CHECK(lonely.handOver(folder.path(QStringLiteral("x.wheel")), 300) ==
          SingleInstance::NotHandedOver);
    CHECK(waited.elapsed() < 3000);
}
