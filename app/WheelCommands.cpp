#include "CommandLine.h"
#include "Commands.h"
#include "wheel/WheelExport.h"

#include <QDir>

namespace civic::cli {

int runExportWheel(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption academy(
        QStringLiteral("academy"),
        QStringLiteral("The academy's URN (needed when the file holds several)."),
        QStringLiteral("URN"));
    const QCommandLineOption output(QStringLiteral("out"),
                                    QStringLiteral("The picture to write: a .png or .svg file."),
                                    QStringLiteral("OUT"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QStringLiteral("Width and height in pixels (default %1).")
                                      .arg(ui::WheelExport::DefaultSize),
                                  QStringLiteral("PIXELS"));
    parser.addOptions({academy, output, size});
    const Command& command = *findCommand(QStringLiteral("export-wheel"));
    if (!parse(parser, command, arguments, 1, 1))
        return UsageError;
    auto usage = [&](const QString& problem) {
        err() << "civicwheel export-wheel: " << problem << '\n'
              << "Usage: civicwheel export-wheel " << command.synopsis << '\n';
        err().flush();
        return UsageError;
    };
    if (!parser.isSet(output))
        return usage(
            QStringLiteral("say where to write the picture with --out OUT.png or --out OUT.svg"));
    const QString outPath = parser.value(output);
    if (auto format = ui::WheelExport::formatFor(outPath); !format)
        return usage(format.message());
    int pixels = ui::WheelExport::DefaultSize;
    if (parser.isSet(size)) {
        bool ok = false;
        pixels = parser.value(size).toInt(&ok);
        if (!ok || pixels < ui::WheelExport::MinimumSize || pixels > ui::WheelExport::MaximumSize)
            return usage(QStringLiteral("--size must be a whole number of pixels from %1 to %2")
                             .arg(ui::WheelExport::MinimumSize)
                             .arg(ui::WheelExport::MaximumSize));
    }

    auto store = openWheel(parser.positionalArguments().first());
    if (!store)
        return Failure;
    const qint64 academyId = chooseAcademy(*store, parser.value(academy));
    if (academyId == 0)
        return Failure;
    auto wheel = store->loadAcademy(academyId);
    if (!wheel) {
        report(wheel.error());
        return Failure;
    }
    if (auto written = ui::WheelExport::write(*wheel, outPath, pixels); !written) {
        report(written.error());
        return Failure;
    }
    out() << "Wrote the wheel of " << wheel->academy.name << " (" << wheel->partners.size()
          << " partners) to " << QDir::toNativeSeparators(outPath) << " at " << pixels << " × "
          << pixels << " pixels.\n";
    out().flush();
    return Success;
}

} // namespace civic::cli
