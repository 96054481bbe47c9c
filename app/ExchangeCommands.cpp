// Headless import and export: CSV registers, GIAS downloads, Excel, open share JSON, GraphML,
// the web page.
#include "CommandLine.h"
#include "Commands.h"
#include "io/CsvExporter.h"
#include "io/CsvReader.h"
#include "io/GiasImporter.h"
#include "io/GraphMlExporter.h"
#include "io/HtmlExporter.h"
#include "io/ImportApplier.h"
#include "io/ImportPlanner.h"
#include "io/OpenShareJson.h"
#include "io/XlsxExporter.h"

#include <QDir>
#include <QFileInfo>

namespace civic::cli {
namespace {

const QCommandLineOption& academyOption()
{
    static const QCommandLineOption option(
        QStringLiteral("academy"), QStringLiteral("The academy's URN."), QStringLiteral("URN"));
    return option;
}

void printList(const QStringList& lines)
{
    for (const QString& line : lines)
        out() << "  " << line << '\n';
}

// Shared by the four export commands: opens the file read-only, chooses the
// academy and hands its wheel to `write`.
int runExport(const QString& name, const QStringList& arguments,
              const std::function<Status(const QString& out, const AcademyWheel&,
                                         const ExportOptions&, QString& done)>& write,
              bool hasRegisterOption = false, bool mayHoldPersonal = true)
{
    QCommandLineParser parser;
    parser.addOption(academyOption());
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Where to write the export."),
                                       QStringLiteral("PATH"));
    const QCommandLineOption personal(
        QStringLiteral("include-personal"),
        QStringLiteral("Include contacts, staff names and notes (left out by default)."));
    const QCommandLineOption registerOption(
        QStringLiteral("register"),
        QStringLiteral("Write only this register to the file PATH: partners, "
                       "contacts, needs, initiatives or engagements."),
        QStringLiteral("NAME"));
    parser.addOption(outOption);
    parser.addOption(personal);
    if (hasRegisterOption)
        parser.addOption(registerOption);
    if (!parse(parser, *findCommand(name), arguments, 1, 1))
        return UsageError;
    if (!parser.isSet(outOption)) {
        err() << "civicwheel " << name << ": say where to write with --out PATH\n";
        err().flush();
        return UsageError;
    }
    auto store = openWheel(parser.positionalArguments().first(), OpenOptions{true, false});
    if (!store)
        return Failure;
    const qint64 academyId = chooseAcademy(*store, parser.value(academyOption()));
    if (academyId == 0)
        return Failure;
    auto wheel = store->loadAcademy(academyId);
    if (!wheel) {
        report(wheel.error());
        return Failure;
    }
    const ExportOptions options =
        parser.isSet(personal) ? ExportOptions::everything() : ExportOptions{};
    QString done = hasRegisterOption && parser.isSet(registerOption) ? parser.value(registerOption)
                                                                     : QString();
    if (auto s = write(parser.value(outOption), *wheel, options, done); !s) {
        report(s.error());
        return Failure;
    }
    out() << done << '\n';
    if (mayHoldPersonal && !parser.isSet(personal))
        out() << "Contacts, staff names and notes were left out; add --include-personal to include "
                 "them.\n";
    out().flush();
    return Success;
}

} // namespace

int runImportCsv(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(academyOption());
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        QStringLiteral("What the file holds: partners, needs, initiatives or engagements."),
        QStringLiteral("KIND"));
    const QCommandLineOption validOnly(
        QStringLiteral("valid-rows-only"),
        QStringLiteral("Import the rows that can be read and leave out the others."));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"),
        QStringLiteral("utf-8 or windows-1252 (detected when not given)."), QStringLiteral("NAME"));
    parser.addOption(kindOption);
    parser.addOption(validOnly);
    parser.addOption(encodingOption);
    if (!parse(parser, *findCommand(QStringLiteral("import-csv")), arguments, 2, 2))
        return UsageError;
    const auto kind = ImportFields::fromCode(parser.value(kindOption));
    if (!kind) {
        err() << "civicwheel import-csv: say what the file holds with --kind "
                 "partners|needs|initiatives|engagements\n";
        err().flush();
        return UsageError;
    }
    CsvReadOptions readOptions;
    if (parser.isSet(encodingOption)) {
        readOptions.encoding = EncodingDetector::fromCode(parser.value(encodingOption));
        if (!readOptions.encoding) {
            err() << "civicwheel import-csv: unknown encoding " << parser.value(encodingOption)
                  << " (use utf-8 or windows-1252)\n";
            err().flush();
            return UsageError;
        }
    }
    auto store = openWheel(parser.positionalArguments().at(0));
    if (!store)
        return Failure;
    const qint64 academyId = chooseAcademy(*store, parser.value(academyOption()));
    if (academyId == 0)
        return Failure;

    auto bytes = CsvReader::fileBytes(parser.positionalArguments().at(1));
    if (!bytes) {
        report(bytes.error());
        return Failure;
    }
    auto context = ImportPlanner::context(*store, academyId);
    if (!context) {
        report(context.error());
        return Failure;
    }
    const ImportMode mode =
        parser.isSet(validOnly) ? ImportMode::ValidRowsOnly : ImportMode::AllOrNothing;
    // Read and planned on a second thread while this one writes (BENCHMARKS.md).
    CsvImportReport read;
    auto outcome =
        ImportApplier::importCsv(*store, *bytes, readOptions, *kind, *context, mode, read);
    if (!read.planned) { // the file could not be read, or a required column is missing
        report(outcome.error());
        return Failure;
    }
    const ImportPlan& plan = read.plan;
    out() << "Read " << plan.rows.size() << " rows ("
          << EncodingDetector::displayName(read.table.encoding) << ", "
          << CsvReader::delimiterName(read.table.delimiter) << "-separated).\n";
    if (!outcome) {
        out() << "Added: 0\nDuplicates: " << plan.count(RowFate::Duplicate)
              << "\nErrors: " << plan.count(RowFate::Error) << '\n';
        printList(plan.errorMessages());
        out().flush();
        report(Error{outcome.error().message});
        return Failure;
    }
    out() << "Added: " << outcome->rowsAdded << '\n'
          << "Updated: 0\n"
          << "Duplicates: " << outcome->duplicates << '\n';
    for (const PlannedRow& row : plan.rows) {
        if (row.fate == RowFate::Duplicate)
            out() << "  Line " << row.line << ": " << row.label << " – " << row.reason << '\n';
    }
    out() << "Errors: " << outcome->errors << (outcome->errors > 0 ? " (left out)" : "") << '\n';
    printList(outcome->errorMessages);
    out().flush();
    return Success;
}

int runImportGias(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, *findCommand(QStringLiteral("import-gias")), arguments, 2, 2))
        return UsageError;
    auto store = openWheel(parser.positionalArguments().at(0));
    if (!store)
        return Failure;
    auto outcome = GiasImporter::importFile(*store, parser.positionalArguments().at(1));
    if (!outcome) {
        report(outcome.error());
        return Failure;
    }
    out() << "Added: " << outcome->added << '\n'
          << "Updated: " << outcome->updated << '\n'
          << "Unchanged: " << outcome->unchanged << '\n'
          << "Skipped: " << outcome->skipped << '\n';
    printList(outcome->problems);
    out() << "Errors: 0\n";
    out().flush();
    return Success;
}

int runImportJson(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption urnOption(
        QStringLiteral("urn"),
        QStringLiteral("Store the shared academy under this URN instead of its own."),
        QStringLiteral("URN"));
    parser.addOption(urnOption);
    if (!parse(parser, *findCommand(QStringLiteral("import-json")), arguments, 2, 2))
        return UsageError;
    auto store = openWheel(parser.positionalArguments().at(0));
    if (!store)
        return Failure;
    auto shared = OpenShareJson::readFile(parser.positionalArguments().at(1));
    if (!shared) {
        report(shared.error());
        return Failure;
    }
    auto id = OpenShareJson::importInto(*store, *shared, parser.value(urnOption));
    if (!id) {
        report(id.error());
        return Failure;
    }
    auto academy = store->academy(*id);
    out() << "Added the shared wheel of " << shared->academy.name << " as academy "
          << (academy ? academy->urn : QString()) << ": " << shared->partners.size()
          << " partners, " << shared->needs.size() << " needs, " << shared->initiatives.size()
          << " initiatives.\n";
    out().flush();
    return Success;
}

int runExportCsv(const QStringList& arguments)
{
    return runExport(
        QStringLiteral("export-csv"), arguments,
        [](const QString& path, const AcademyWheel& wheel, const ExportOptions& options,
           QString& done) -> Status {
            if (!done.isEmpty()) {
                const auto which = RegisterTable::fromCode(done);
                if (!which)
                    return Error{
                        QStringLiteral(
                            "There is no register called “%1”: use partners, contacts, needs, "
                            "initiatives or engagements.")
                            .arg(done)};
                if (*which == Register::Contacts && !options.contacts)
                    return Error{QStringLiteral(
                        "The contacts register holds personal data: add --include-personal "
                        "to export it.")};
                if (auto s = CsvExporter::exportRegister(path, wheel, *which, options); !s)
                    return s;
                done = QStringLiteral("Wrote %1").arg(QDir::toNativeSeparators(path));
                return {};
            }
            auto written = CsvExporter::exportAll(path, wheel, options);
            if (!written)
                return written.error();
            QStringList names;
            for (const QString& file : *written)
                names.append(QFileInfo(file).fileName());
            done = QStringLiteral("Wrote %1 in %2")
                       .arg(names.join(QStringLiteral(", ")), QDir::toNativeSeparators(path));
            return {};
        },
        true);
}

int runExportXlsx(const QStringList& arguments)
{
    return runExport(QStringLiteral("export-xlsx"), arguments,
                     [](const QString& path, const AcademyWheel& wheel,
                        const ExportOptions& options, QString& done) {
                         done = QStringLiteral("Wrote %1").arg(QDir::toNativeSeparators(path));
                         return XlsxExporter::write(path, wheel, options);
                     });
}

int runExportJson(const QStringList& arguments)
{
    return runExport(QStringLiteral("export-json"), arguments,
                     [](const QString& path, const AcademyWheel& wheel,
                        const ExportOptions& options, QString& done) {
                         done = QStringLiteral("Wrote %1").arg(QDir::toNativeSeparators(path));
                         return OpenShareJson::exportTo(path, wheel, options);
                     });
}

int runExportGraphMl(const QStringList& arguments)
{
    return runExport(
        QStringLiteral("export-graphml"), arguments,
        [](const QString& path, const AcademyWheel& wheel, const ExportOptions&, QString& done) {
            done = QStringLiteral("Wrote %1").arg(QDir::toNativeSeparators(path));
            return GraphMlExporter::exportTo(path, wheel);
        },
        false, false);
}

namespace {

// The page of academy `academyId`, or of the whole trust when it is 0.
Status writeHtml(WheelStore& store, const QString& path, qint64 academyId,
                 const ExportOptions& options)
{
    if (academyId == 0) {
        auto wheels = store.loadTrust();
        if (!wheels)
            return wheels.error();
        if (wheels->academies.isEmpty())
            return Error{QStringLiteral(
                "This wheel file holds no academy yet, so there is nothing to show.")};
        return HtmlExporter::exportTrustTo(path, *wheels, options);
    }
    auto wheel = store.loadAcademy(academyId);
    if (!wheel)
        return wheel.error();
    return HtmlExporter::exportTo(path, *wheel, options);
}

} // namespace

int runExportHtml(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(academyOption());
    const QCommandLineOption trust(
        QStringLiteral("trust"),
        QStringLiteral("One page for the whole trust: its academies, each opening its wheel."));
    const QCommandLineOption outOption(QStringLiteral("out"),
                                       QStringLiteral("Where to write the page."),
                                       QStringLiteral("OUT.html"));
    const QCommandLineOption personal(
        QStringLiteral("include-personal"),
        QStringLiteral("Include contacts, staff names and notes, for internal use only; the "
                       "page is then readable by you alone."));
    parser.addOptions({trust, outOption, personal});
    const Command& command = *findCommand(QStringLiteral("export-html"));
    if (!parse(parser, command, arguments, 1, 1))
        return UsageError;
    if (!parser.isSet(outOption)) {
        err() << "civicwheel export-html: say where to write the page with --out OUT.html\n";
        err().flush();
        return UsageError;
    }
    if (parser.isSet(academyOption()) && parser.isSet(trust)) {
        err() << "civicwheel export-html: choose either --academy URN or --trust, not both\n";
        err().flush();
        return UsageError;
    }
    auto store = openWheel(parser.positionalArguments().first(), OpenOptions{true, false});
    if (!store)
        return Failure;
    const ExportOptions options =
        parser.isSet(personal) ? ExportOptions::everything() : ExportOptions{};
    qint64 academyId = 0; // the trust
    if (!parser.isSet(trust)) {
        academyId = chooseAcademy(*store, parser.value(academyOption()));
        if (academyId == 0)
            return Failure; // chooseAcademy has said why
    }
    const QString path = parser.value(outOption);
    if (auto s = writeHtml(*store, path, academyId, options); !s) {
        report(s.error());
        return Failure;
    }
    out() << "Wrote " << QDir::toNativeSeparators(path) << '\n';
    out() << (parser.isSet(personal)
                  ? "It holds personal data: for internal use only, readable by you alone.\n"
                  : "Contacts, staff names and notes were left out; add --include-personal to "
                    "include them.\n");
    out().flush();
    return Success;
}

} // namespace civic::cli
