// Civic Wheel: the program's entry point. A known subcommand runs headless;
// anything else opens the main window, or hands the file to the Civic Wheel
// already running for this user, which opens it in a new window.

#include "CommandLine.h"
#include "FirstPaintProbe.h"
#include "shell/MainWindow.h"
#include "shell/SingleInstance.h"
#include "shell/WindowOpener.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>

#include <memory>

namespace {

bool hasDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsSet("DISPLAY") || qEnvironmentVariableIsSet("WAYLAND_DISPLAY") ||
           qEnvironmentVariableIsSet("QT_QPA_PLATFORM");
#else
    return true;
#endif
}

void setIdentity()
{
    QCoreApplication::setApplicationName(QStringLiteral("civicwheel"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CIVIC_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Civic Wheel"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.civicwheel.CivicWheel"));
}

/// When Civic Wheel already runs for this user, gives it `path` to open in a
/// window and returns the exit code; -1 when there is nobody to give it to.
int handOver(const civic::ui::SingleInstance& instance, const QString& path)
{
    using civic::ui::SingleInstance;
    const SingleInstance::Outcome outcome = instance.handOver(path);
    if (outcome == SingleInstance::NotHandedOver)
        return -1;
    const QString name =
        path.isEmpty() ? QStringLiteral("your default wheel") : QFileInfo(path).fileName();
    civic::cli::out() << (outcome == SingleInstance::Raised
                              ? QStringLiteral("Civic Wheel already shows “%1”: its window is "
                                               "brought to the front.\n")
                              : QStringLiteral("Civic Wheel is already running: “%1” opens in a "
                                               "new window there.\n"))
                             .arg(name);
    civic::cli::out().flush();
    return civic::cli::Success;
}

} // namespace

int main(int argc, char* argv[])
{
    using namespace civic;
    QElapsedTimer started;
    started.start();
    setIdentity();

    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    const QString first = arguments.value(0);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") ||
        first == QLatin1String("help")) {
        QCoreApplication app(argc, argv);
        return cli::printHelp();
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        QCoreApplication app(argc, argv);
        return cli::printVersion();
    }
    if (const cli::Command* command = cli::findCommand(first)) {
        const QStringList rest = arguments.mid(1);
        if (command->paints) {
            // Pictures and PDFs need fonts and painting, never a screen.
            if (!hasDisplay())
                qputenv("QT_QPA_PLATFORM", "offscreen");
            QGuiApplication app(argc, argv);
            return command->run(rest);
        }
        QCoreApplication app(argc, argv);
        return command->run(rest);
    }
    if (arguments.size() > 1 || first.startsWith(QLatin1Char('-')) ||
        (!first.isEmpty() && !QFileInfo::exists(first) && !first.contains(QLatin1Char('.')))) {
        QCoreApplication app(argc, argv);
        cli::err() << "civicwheel: unknown command or option “" << first << "”.\n"
                   << "Run `civicwheel --help` to see the commands.\n";
        cli::err().flush();
        return cli::UsageError;
    }

    if (!hasDisplay()) {
        QCoreApplication app(argc, argv);
        cli::err() << "civicwheel: there is no display here, so the window cannot open.\n"
                      "Without a display you can still work with wheel files, for example:\n"
                      "  civicwheel check FILE         what a file holds and whether it is sound\n"
                      "  civicwheel new FILE --demo    create a file with the demo academy\n"
                      "Run `civicwheel --help` for every command.\n";
        cli::err().flush();
        return cli::Failure;
    }

    QApplication app(argc, argv);
    // The benchmark measures a window of its own, so it never hands over.
    const bool probing = qEnvironmentVariableIsSet("CIVICWHEEL_EXIT_AFTER_FIRST_PAINT");
    ui::SingleInstance instance;
    if (!probing && !instance.claim()) {
        if (const int handed = handOver(instance, first); handed >= 0)
            return handed;
    }
    ui::WindowOpener windows;
    QObject::connect(&instance, &ui::SingleInstance::openRequested, &windows,
                     [&windows, &instance](const QString& path) {
                         bool raised = false;
                         windows.open(path, &raised);
                         instance.answer(raised ? ui::SingleInstance::Raised
                                                : ui::SingleInstance::Opened);
                     });
    ui::MainWindow* window = windows.open(first);
    // For civicwheel-bench: report the first paint of the window, then quit.
    if (probing)
        new cli::FirstPaintProbe(window, started);
    return app.exec();
}
