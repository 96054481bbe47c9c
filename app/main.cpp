// Civic Wheel: the program's entry point. A known subcommand runs headless;
// anything else opens the main window.

#include "CommandLine.h"
#include "FirstPaintProbe.h"
#include "shell/MainWindow.h"

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
    ui::MainWindow window;
    // For civicwheel-bench: report the first paint of the window, then quit.
    if (qEnvironmentVariableIsSet("CIVICWHEEL_EXIT_AFTER_FIRST_PAINT"))
        new cli::FirstPaintProbe(&window, started);
    window.show();
    if (first.isEmpty())
        window.openDefaultWheel();
    else
        window.openWheel(first);
    return app.exec();
}
