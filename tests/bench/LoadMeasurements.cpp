// Opening the file and loading what the main window shows, against the same
// rows read with SQLite's C API in the same run.
#include "Measurements.h"
#include "RawReader.h"
#include "store/WheelStore.h"

#include <QFile>

#include <malloc.h>
#include <memory>
#include <stdexcept>

namespace civic::bench {
namespace {

constexpr double kMaxRatio = 1.5;

struct Split
{
    QVector<double> open, load;
    double total() const
    {
        QVector<double> sums;
        for (int i = 0; i < open.size(); ++i)
            sums.append(open[i] + load[i]);
        return median(sums);
    }
};

// Ours and raw alternate run by run, so both see the same warm page cache.
template <typename Ours, typename Raw>
QVector<Figure> compare(const BenchContext& context, const QString& what, Ours ours, Raw raw)
{
    Split mine, theirs;
    QString mismatch;
    for (int i = -1; i < context.runs; ++i) { // run -1 warms the cache and is not counted
        std::unique_ptr<WheelStore> store;
        std::shared_ptr<void>
            ourData; // freed after the clock stops: the program keeps what it loads
        int ourRows = 0;
        const double ourOpen = millisecondsOf([&] {
            auto opened = WheelStore::open(context.file);
            if (!opened)
                throw std::runtime_error(opened.error().fullText().toStdString());
            store = std::move(opened).value();
        });
        const double ourLoad = millisecondsOf([&] { ourRows = ours(*store, ourData); });
        store.reset();

        std::unique_ptr<RawReader> reader;
        std::shared_ptr<void> rawData;
        size_t rawRows = 0;
        const double rawOpen = millisecondsOf([&] {
            reader = std::make_unique<RawReader>(QFile::encodeName(context.file).toStdString());
        });
        const double rawLoad = millisecondsOf([&] { rawRows = raw(*reader, rawData); });
        reader.reset();

        if (size_t(ourRows) != rawRows)
            mismatch =
                QStringLiteral("the store read %1 rows, raw SQLite %2").arg(ourRows).arg(rawRows);
        if (i < 0)
            continue;
        mine.open.append(ourOpen);
        mine.load.append(ourLoad);
        theirs.open.append(rawOpen);
        theirs.load.append(rawLoad);
    }
    if (!mismatch.isEmpty())
        return {Figure::failed(QStringLiteral("Open + load ") + what, QStringLiteral("≤ 1.5× raw"),
                               mismatch)};
    return {
        Figure::compared(QStringLiteral("Open + load ") + what, mine.total(), theirs.total(),
                         kMaxRatio),
        Figure::compared(QStringLiteral("  open: integrity check, settings"), median(mine.open),
                         median(theirs.open), 0),
        Figure::compared(QStringLiteral("  load ") + what, median(mine.load), median(theirs.load),
                         kMaxRatio),
    };
}

// This process's resident memory now, in MB (Linux), or -1.
double residentMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024;
    }
    return -1;
}

int rowsOf(const AcademyWheel& w)
{
    return int(1 + w.partners.size() + w.ties.size() + w.contacts.size() + w.needs.size() +
               w.initiatives.size() + w.engagements.size());
}

} // namespace

QVector<Figure> measureAcademyLoad(const BenchContext& context)
{
    const QString what = QStringLiteral("one academy (%1 partners)").arg(context.academyPartners);
    return compare(
        context, what,
        [&](WheelStore& store, std::shared_ptr<void>& keep) {
            auto wheel = store.loadAcademy(context.academyId);
            if (!wheel)
                throw std::runtime_error(wheel.error().fullText().toStdString());
            auto kept = std::make_shared<AcademyWheel>(std::move(wheel).value());
            keep = kept;
            return rowsOf(*kept);
        },
        [&](RawReader& reader, std::shared_ptr<void>& keep) {
            auto kept = std::make_shared<RawAcademyWheel>(reader.loadAcademy(context.academyId));
            keep = kept;
            return kept->rows();
        });
}

QVector<Figure> measureTrustLoad(const BenchContext& context)
{
    QVector<Figure> figures = compare(
        context, QStringLiteral("trust overview (40 academies)"),
        [](WheelStore& store, std::shared_ptr<void>& keep) {
            auto trust = store.loadTrust();
            if (!trust)
                throw std::runtime_error(trust.error().fullText().toStdString());
            auto kept = std::make_shared<TrustWheels>(std::move(trust).value());
            keep = kept;
            int rows = 0;
            for (const AcademyWheel& w : kept->academies)
                rows += rowsOf(w);
            return rows;
        },
        [](RawReader& reader, std::shared_ptr<void>& keep) {
            auto kept = std::make_shared<RawTrustWheels>(reader.loadTrust());
            keep = kept;
            size_t rows = 0;
            for (const RawAcademyWheel& w : kept->academies)
                rows += w.rows();
            return rows;
        });
    // What the overview holds in memory: a guide to the GUI's size once its
    // views keep the whole trust loaded.
    malloc_trim(0);
    const double before = residentMb();
    auto store = WheelStore::open(context.file, OpenOptions{true, false});
    auto trust = store ? (*store)->loadTrust() : Result<TrustWheels>(store.error());
    const double after = residentMb();
    if (trust && before >= 0)
        figures.append(Figure::info(QStringLiteral("  memory held by the loaded trust overview"),
                                    QStringLiteral("%1 MB").arg(after - before, 0, 'f', 1),
                                    QStringLiteral("growth of this process's VmRSS")));
    return figures;
}

} // namespace civic::bench
