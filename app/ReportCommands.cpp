#include "CommandLine.h"
#include "Commands.h"
#include "report/GovernorsPdf.h"

#include <QDir>

namespace civic::cli {

int runExportPdf(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption academy(QStringLiteral("academy"),
                                     QStringLiteral("The academy's URN."), QStringLiteral("URN"));
    const QCommandLineOption trust(
        QStringLiteral("trust"),
        QStringLiteral("One summary for the whole trust, a section per academy."));
    const QCommandLineOption outPath(QStringLiteral("out"),
                                     QStringLiteral("Where to write the PDF."),
                                     QStringLiteral("OUT.pdf"));
    const QCommandLineOption contacts(
        QStringLiteral("include-contacts"),
        QStringLiteral("Include contacts' names, emails and phone numbers (personal data)."));
    const QCommandLineOption period(
        QStringLiteral("period"),
        QStringLiteral("The period covered (default: this academic year)."),
        QStringLiteral("TEXT"));
    const QCommandLineOption preparedBy(
        QStringLiteral("prepared-by"),
        QStringLiteral("Who prepared it (default: the headteacher)."), QStringLiteral("NAME"));
    parser.addOptions({academy, trust, outPath, contacts, period, preparedBy});
    if (!parse(parser, *findCommand(QStringLiteral("export-pdf")), arguments, 1, 1))
        return UsageError;
    if (!parser.isSet(outPath)) {
        err() << "civicwheel export-pdf: say where to write the PDF with --out OUT.pdf\n";
        err().flush();
        return UsageError;
    }
    if (parser.isSet(academy) && parser.isSet(trust)) {
        err() << "civicwheel export-pdf: choose either --academy URN or --trust, not both\n";
        err().flush();
        return UsageError;
    }

    OpenOptions open;
    open.readOnly = true; // a report never changes the wheel
    auto store = openWheel(parser.positionalArguments().first(), open);
    if (!store)
        return Failure;

    GovernorsReport::Options options;
    options.includeContacts = parser.isSet(contacts);
    options.period = parser.value(period);
    options.preparedBy = parser.value(preparedBy);

    std::unique_ptr<ui::ReportRenderer> renderer;
    if (parser.isSet(trust)) {
        auto wheels = store->loadTrust();
        if (!wheels) {
            report(wheels.error());
            return Failure;
        }
        if (wheels->academies.isEmpty()) {
            report(Error{QStringLiteral(
                "This wheel file holds no academy yet, so there is nothing to summarise.")});
            return Failure;
        }
        renderer = ui::GovernorsPdf::forTrust(*wheels, options);
    } else {
        const qint64 id = chooseAcademy(*store, parser.value(academy));
        if (id == 0)
            return Failure;
        auto wheel = store->loadAcademy(id);
        if (!wheel) {
            report(wheel.error());
            return Failure;
        }
        renderer = ui::GovernorsPdf::forAcademy(*wheel, options);
    }

    const QString target = parser.value(outPath);
    if (auto written = renderer->writePdf(target); !written) {
        report(written.error());
        return Failure;
    }
    out() << "Wrote " << QDir::toNativeSeparators(target) << " (" << renderer->pageCount()
          << " pages)";
    if (options.includeContacts)
        out() << " with contact details: it holds personal data, share it with care";
    out() << ".\n";
    out().flush();
    return Success;
}

} // namespace civic::cli
