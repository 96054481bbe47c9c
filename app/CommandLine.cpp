#include "CommandLine.h"

#include "Commands.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace civic::cli {

const QVector<Command>& commands()
{
    // Later features add their subcommands here; each lives in its own file.
    static const QVector<Command> all{
        {QStringLiteral("new"),
         QStringLiteral("FILE [--demo | --synthetic large|crowded [--seed N] [--scale K]]"),
         QStringLiteral(
             "Create a new wheel file (empty, with the demo academy, or a made-up trust)."),
         false, &runNew},
        {QStringLiteral("check"), QStringLiteral("FILE"),
         QStringLiteral("Show a wheel file's format, what it holds and whether it is sound."),
         false, &runCheck},
        {QStringLiteral("coverage"),
         QStringLiteral("FILE [--academy URN | --trust] [--json] [--today DATE]"),
         QStringLiteral("Coverage of the four approaches, needs met and unmet, partners by sector, "
                        "and the gaps."),
         false, &runCoverage},
        {QStringLiteral("export-wheel"),
         QStringLiteral("FILE [--academy URN] --out OUT.png|OUT.svg [--size PIXELS]"),
         QStringLiteral(
             "Draw an academy's community wheel, with its legend, as a PNG or SVG picture."),
         true, &runExportWheel},
        {QStringLiteral("export-pdf"),
         QStringLiteral("FILE [--academy URN | --trust] --out OUT.pdf [--include-contacts] "
                        "[--period TEXT] [--prepared-by NAME]"),
         QStringLiteral("Write the governors' summary as a PDF (no contact details unless asked)."),
         true, &runExportPdf},
        {QStringLiteral("subject-access"),
         QStringLiteral("FILE --contact EMAIL --out OUT.json|OUT.txt"),
         QStringLiteral("Export everything held about one contact (UK GDPR subject access)."),
         false, &runSubjectAccess},
        {QStringLiteral("erase-contact"), QStringLiteral("FILE --contact EMAIL"),
         QStringLiteral("Erase a contact for good, leaving no trace in the file."), false,
         &runEraseContact},
        {QStringLiteral("retention"), QStringLiteral("FILE [--erase-expired] [--today DATE]"),
         QStringLiteral("List contacts past their retention date; optionally erase them."), false,
         &runRetention},
        {QStringLiteral("import-csv"),
         QStringLiteral("FILE --academy URN --kind partners|needs|initiatives|engagements IN.csv "
                        "[--valid-rows-only]"),
         QStringLiteral("Import a CSV list into an academy: all rows or none."), false,
         &runImportCsv},
        {QStringLiteral("import-gias"), QStringLiteral("FILE IN.csv"),
         QStringLiteral("Create or update academies from a GIAS establishment download."), false,
         &runImportGias},
        {QStringLiteral("import-json"), QStringLiteral("FILE IN.json [--urn URN]"),
         QStringLiteral("Add a wheel shared by another school (open share JSON) as a new academy."),
         false, &runImportJson},
        {QStringLiteral("export-csv"),
         QStringLiteral("FILE [--academy URN] --out FOLDER [--include-personal]"),
         QStringLiteral("Write each register as a CSV file Excel opens."), false, &runExportCsv},
        {QStringLiteral("export-xlsx"),
         QStringLiteral("FILE [--academy URN] --out PATH [--include-personal]"),
         QStringLiteral("Write an Excel workbook: a sheet per register and coverage."), false,
         &runExportXlsx},
        {QStringLiteral("export-json"),
         QStringLiteral("FILE [--academy URN] --out PATH [--include-personal]"),
         QStringLiteral("Write the wheel to share openly (anonymised unless asked)."), false,
         &runExportJson},
        {QStringLiteral("export-graphml"), QStringLiteral("FILE [--academy URN] --out PATH"),
         QStringLiteral("Write the wheel's network for Gephi and other network tools."), false,
         &runExportGraphMl},
        {QStringLiteral("export-html"),
         QStringLiteral("FILE [--academy URN | --trust] --out OUT.html [--include-personal]"),
         QStringLiteral("Write a web page of the wheel anyone can open (anonymised unless asked)."),
         false, &runExportHtml},
    };
    return all;
}

const Command* findCommand(const QString& name)
{
    for (const Command& command : commands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

bool parse(QCommandLineParser& parser, const Command& command, const QStringList& arguments,
           int minPositional, int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this command's usage."));
    parser.addOption(help);
    QStringList argv{QStringLiteral("civicwheel ") + command.name};
    argv.append(arguments);
    auto usage = [&] {
        return QStringLiteral("Usage: civicwheel %1 %2\n").arg(command.name, command.synopsis);
    };
    if (!parser.parse(argv)) {
        err() << "civicwheel " << command.name << ": " << parser.errorText() << '\n' << usage();
        err().flush();
        return false;
    }
    if (parser.isSet(help)) {
        out() << command.summary << '\n' << usage();
        const QString options = parser.helpText().section(QStringLiteral("Options:"), 1);
        if (!options.trimmed().isEmpty())
            out() << "\nOptions:" << options;
        out().flush();
        // Help is not an error but the command must not run either.
        std::exit(Success);
    }
    const auto count = parser.positionalArguments().size();
    if (count < minPositional || (maxPositional >= 0 && count > maxPositional)) {
        err() << "civicwheel " << command.name << ": "
              << (count < minPositional ? "missing arguments" : "too many arguments") << '\n'
              << usage();
        err().flush();
        return false;
    }
    return true;
}

void report(const Error& error)
{
    err() << "civicwheel: " << error.message;
    if (!error.detail.isEmpty())
        err() << "\n  (" << error.detail << ')';
    err() << '\n';
    err().flush();
}

std::unique_ptr<WheelStore> openWheel(const QString& path, const OpenOptions& options)
{
    auto store = WheelStore::open(path, options);
    if (!store) {
        report(store.error());
        return nullptr;
    }
    return std::move(store).value();
}

qint64 chooseAcademy(const WheelStore& store, const QString& urn)
{
    if (!urn.isEmpty()) {
        auto academy = store.academyByUrn(urn);
        if (!academy) {
            report(academy.error());
            return 0;
        }
        return academy->id;
    }
    auto academies = store.academies();
    if (!academies) {
        report(academies.error());
        return 0;
    }
    if (academies->isEmpty()) {
        report(Error{QStringLiteral(
            "This wheel file holds no academy yet. Add one in Civic Wheel, or import "
            "the trust's academies with `civicwheel import-gias`.")});
        return 0;
    }
    if (academies->size() > 1) {
        QStringList choices;
        for (const Academy& academy : *academies)
            choices.append(QStringLiteral("  %1  %2").arg(academy.urn, academy.name));
        report(Error{
            QStringLiteral("This wheel file holds %1 academies; say which with --academy URN:\n%2")
                .arg(academies->size())
                .arg(choices.join(QLatin1Char('\n')))});
        return 0;
    }
    return academies->first().id;
}

int printVersion()
{
    out() << "Civic Wheel " << QStringLiteral(CIVIC_VERSION) << '\n'
          << "Licence: GNU General Public License, version 3 or later\n";
    out().flush();
    return Success;
}

int printHelp()
{
    out() << "Civic Wheel " << QStringLiteral(CIVIC_VERSION)
          << " – plan and show a school's civic partnerships.\n\n"
             "Usage:\n"
             "  civicwheel [FILE]            open FILE (or your default wheel) in the window\n"
             "  civicwheel COMMAND ARGS...   run a command without a window\n\n"
             "Commands:\n";
    for (const Command& command : commands())
        out() << "  "
              << QStringLiteral("%1 %2").arg(command.name, command.synopsis).leftJustified(44)
              << ' ' << command.summary << '\n';
    out() << "\nRun `civicwheel COMMAND --help` for a command's options.\n"
             "Exit status: 0 success, 1 failure, 2 usage error.\n";
    out().flush();
    return Success;
}

} // namespace civic::cli
