// civicwheel-bench: the figures of BENCHMARKS.md, measured on a generated
// large trust. Not a test: it prints a table and leaves judging to people.
#include "BenchContext.h"
#include "MachineInfo.h"
#include "Measurements.h"
#include "demo/SyntheticTrust.h"
#include "store/WheelStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <exception>

using namespace civic;
using namespace civic::bench;

namespace {

struct Bench
{
    const char* key;
    QVector<Figure> (*measure)(const BenchContext&);
};

// Every line of the table, in order. A new figure is one function in
// Measurements.h and one row here.
const Bench kBenches[] = {
    {"academy", &measureAcademyLoad},    {"trust", &measureTrustLoad},
    {"coverage", &measureCoverage},      {"wheel", &measureWheelRender},
    {"academy-pdf", &measureAcademyPdf}, {"trust-pdf", &measureTrustPdf},
    {"csv", &measureCsvImport},          {"gui", &measureGuiStartup},
};

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QString verdictText(Figure::Verdict verdict)
{
    switch (verdict) {
    case Figure::Verdict::Ok:
        return QStringLiteral("OK");
    case Figure::Verdict::Missed:
        return QStringLiteral("MISSED");
    case Figure::Verdict::NotYetMeasured:
        return QStringLiteral("—");
    case Figure::Verdict::Info:
        return {};
    case Figure::Verdict::Failed:
        return QStringLiteral("FAILED");
    }
    return {};
}

QStringList cells(const Figure& f)
{
    const QString ours = f.verdict == Figure::Verdict::NotYetMeasured
                             ? QStringLiteral("not yet measured")
                         : f.verdict == Figure::Verdict::Failed ? QStringLiteral("failed")
                                                                : f.ours;
    return {f.name, ours, f.reference, f.ratio, f.target, verdictText(f.verdict), f.note};
}

const QStringList kHeader{QStringLiteral("Figure"),     QStringLiteral("Ours"),
                          QStringLiteral("Raw SQLite"), QStringLiteral("Ratio"),
                          QStringLiteral("Target"),     QStringLiteral("Result"),
                          QStringLiteral("Note")};

void printTable(const QVector<Figure>& figures, bool markdown)
{
    QVector<QStringList> rows{kHeader};
    for (const Figure& f : figures)
        rows.append(cells(f));
    if (markdown) {
        for (int r = 0; r < rows.size(); ++r) {
            QStringList row = rows[r];
            // Markdown collapses leading spaces: keep sub-lines visibly indented.
            if (row[0].startsWith(QLatin1String("  ")))
                row[0] = QStringLiteral("↳ ") + row[0].trimmed();
            out() << "| " << row.join(QStringLiteral(" | ")) << " |\n";
            if (r == 0)
                out() << "|---|---:|---:|---:|---|---|---|\n";
        }
        return;
    }
    QVector<int> widths(kHeader.size(), 0);
    for (const QStringList& row : rows)
        for (int c = 0; c < row.size(); ++c)
            widths[c] = std::max(widths[c], int(row[c].size()));
    for (int r = 0; r < rows.size(); ++r) {
        QString line;
        for (int c = 0; c < rows[r].size(); ++c) {
            const bool number = c >= 1 && c <= 3;
            line += (number ? rows[r][c].rightJustified(widths[c])
                            : rows[r][c].leftJustified(widths[c])) +
                    QStringLiteral("  ");
        }
        while (line.endsWith(QLatin1Char(' ')))
            line.chop(1);
        out() << line << '\n';
        if (r == 0) {
            int total = 0;
            for (int w : widths)
                total += w + 2;
            out() << QString(total - 2, QLatin1Char('-')) << '\n';
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    // Painting measurements (wheel, PDF) need fonts and a GUI application,
    // never a screen.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("civicwheel-bench"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures Civic Wheel on a large made-up trust (see BENCHMARKS.md)."));
    parser.addHelpOption();
    const QCommandLineOption fileOption(
        QStringLiteral("file"),
        QStringLiteral("Measure this wheel file instead of generating the large trust."),
        QStringLiteral("FILE"));
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Runs per figure; the median is shown (default 7)."),
        QStringLiteral("N"), QStringLiteral("7"));
    const QCommandLineOption seedOption(QStringLiteral("seed"),
                                        QStringLiteral("Seed of the generated trust (default 1)."),
                                        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Measure only these figures (comma-separated keys; see --list)."),
        QStringLiteral("KEYS"));
    const QCommandLineOption listOption(QStringLiteral("list"),
                                        QStringLiteral("List the figures' keys and stop."));
    const QCommandLineOption markdownOption(
        QStringLiteral("markdown"),
        QStringLiteral("Print the table as Markdown, for BENCHMARKS.md."));
    const QCommandLineOption civicwheelOption(
        QStringLiteral("civicwheel"),
        QStringLiteral("The civicwheel program to start for the GUI figures."),
        QStringLiteral("PATH"), QStringLiteral(CIVICWHEEL_EXE));
    parser.addOptions({fileOption, runsOption, seedOption, onlyOption, listOption, markdownOption,
                       civicwheelOption});
    parser.process(app);

    if (parser.isSet(listOption)) {
        for (const Bench& bench : kBenches)
            out() << bench.key << '\n';
        return 0;
    }
    const QStringList only = parser.value(onlyOption).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& key : only) {
        if (std::none_of(std::begin(kBenches), std::end(kBenches),
                         [&](const Bench& b) { return key == QLatin1String(b.key); })) {
            QTextStream(stderr) << "civicwheel-bench: unknown figure “" << key
                                << "”; see --list.\n";
            return 2;
        }
    }

    QTemporaryDir scratch(QDir::tempPath() + QStringLiteral("/civicwheel-bench-XXXXXX"));
    if (!scratch.isValid()) {
        QTextStream(stderr) << "civicwheel-bench: cannot make a scratch folder in "
                            << QDir::tempPath() << '\n';
        return 1;
    }

    BenchContext context;
    context.scratch = scratch.path();
    context.runs = std::max(1, parser.value(runsOption).toInt());
    context.civicwheel = parser.value(civicwheelOption);
    context.sqlite3Cli = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));

    QVector<Figure> figures;
    if (parser.isSet(fileOption)) {
        context.file = QFileInfo(parser.value(fileOption)).absoluteFilePath();
    } else {
        context.file = scratch.filePath(QStringLiteral("large.wheel"));
        const quint32 seed = parser.value(seedOption).toUInt();
        Status generated;
        const double ms = millisecondsOf([&] {
            auto store = WheelStore::createWith(context.file, [&](WheelStore& s) {
                return SyntheticTrust::generate(s, SyntheticTrust::Spec::large(), seed);
            });
            generated = store ? Status() : Status(store.error());
        });
        if (!generated) {
            QTextStream(stderr) << "civicwheel-bench: could not generate the large trust: "
                                << generated.error().fullText() << '\n';
            return 1;
        }
        figures.append(
            Figure::info(QStringLiteral("Generate the large trust (once)"), Figure::ms(ms),
                         QStringLiteral("civicwheel new --synthetic large, seed %1").arg(seed)));
    }

    // The academy measured alone: the one with most partners, the heaviest wheel.
    {
        auto store = WheelStore::open(context.file, OpenOptions{true, false});
        auto trust = store ? (*store)->loadTrust() : Result<TrustWheels>(store.error());
        if (!trust || trust->academies.isEmpty()) {
            QTextStream(stderr) << "civicwheel-bench: " << context.file
                                << " holds no academy to measure"
                                << (trust ? QString()
                                          : QStringLiteral(": ") + trust.error().fullText())
                                << '\n';
            return 1;
        }
        for (const AcademyWheel& wheel : trust->academies) {
            if (wheel.partners.size() > context.academyPartners) {
                context.academyPartners = int(wheel.partners.size());
                context.academyId = wheel.academy.id;
                context.academyName = wheel.academy.name;
            }
        }
    }

    out() << "Civic Wheel benchmark: " << QDir::toNativeSeparators(context.file) << '\n'
          << "Each figure is the median of " << context.runs
          << " runs after a warm-up run (GUI: see its note).\n"
          << "One academy = " << context.academyName << ", " << context.academyPartners
          << " partners.\n\n";
    for (const auto& [key, value] : MachineInfo::describe())
        out() << (key + QLatin1Char(':')).leftJustified(8) << value << '\n';
    out() << '\n';
    out().flush();

    for (const Bench& bench : kBenches) {
        if (!only.isEmpty() && !only.contains(QLatin1String(bench.key)))
            continue;
        try {
            figures.append(bench.measure(context));
        } catch (const std::exception& e) {
            figures.append(
                Figure::failed(QLatin1String(bench.key), {}, QString::fromUtf8(e.what())));
        }
    }
    printTable(figures, parser.isSet(markdownOption));

    int ok = 0, missed = 0, notYet = 0, failed = 0;
    for (const Figure& f : figures) {
        ok += f.verdict == Figure::Verdict::Ok;
        missed += f.verdict == Figure::Verdict::Missed;
        notYet += f.verdict == Figure::Verdict::NotYetMeasured;
        failed += f.verdict == Figure::Verdict::Failed;
    }
    out() << '\n'
          << ok << " OK, " << missed << " missed, " << notYet << " not yet measured, " << failed
          << " failed.\n";
    out().flush();
    return failed > 0 ? 1 : 0;
}
