#pragma once

#include "model/Result.h"
#include "store/WheelStore.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace civic::cli {

/// Exit codes of every headless subcommand.
enum ExitCode
{
    Success = 0,
    Failure = 1,
    UsageError = 2
};

/// One headless subcommand: `civicwheel NAME ARGS...`.
struct Command
{
    QString name;
    QString synopsis; ///< arguments, e.g. "FILE [--demo]"
    QString summary;  ///< one line for `civicwheel --help`
    bool paints;      ///< draws pictures or PDFs: needs a (possibly offscreen) QGuiApplication
    int (*run)(const QStringList& arguments);
};

/// Every subcommand, in the order `--help` lists them.
const QVector<Command>& commands();
const Command* findCommand(const QString& name);

QTextStream& out();
QTextStream& err();

/// Parses `arguments` for `command`; on a usage error prints it with the
/// synopsis and returns false (the caller exits with UsageError).
bool parse(QCommandLineParser& parser, const Command& command, const QStringList& arguments,
           int minPositional, int maxPositional);

/// Opens a wheel for a subcommand, printing the reason to stderr on failure.
std::unique_ptr<WheelStore> openWheel(const QString& path, const OpenOptions& options = {});

/// The academy named by --academy URN, or the only academy when the file holds
/// one. Prints the reason to stderr and returns id 0 when it cannot choose.
qint64 chooseAcademy(const WheelStore& store, const QString& urn);

/// Prints `error` to stderr as the command line shows failures.
void report(const Error& error);

int printHelp();
int printVersion();

} // namespace civic::cli
