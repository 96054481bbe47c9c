#include "CommandLine.h"
#include "Commands.h"
#include "demo/DemoWheel.h"
#include "demo/SyntheticTrust.h"

#include <QDir>
#include <QFileInfo>

#include <optional>

namespace civic::cli {

int runNew(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Seed the file with the fictional demo academy."));
    const QCommandLineOption synthetic(
        QStringLiteral("synthetic"),
        QStringLiteral("Fill the file with a made-up trust for benchmarks: %1.")
            .arg(SyntheticTrust::Spec::presetNames().join(QStringLiteral(" or "))),
        QStringLiteral("SIZE"));
    const QCommandLineOption seed(
        QStringLiteral("seed"),
        QStringLiteral("With --synthetic: the seed (same seed, same file; default 1)."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption scale(
        QStringLiteral("scale"),
        QStringLiteral(
            "With --synthetic: K times the trust, same proportions (1 to %1; default 1).")
            .arg(SyntheticTrust::Spec::MaxScale),
        QStringLiteral("K"), QStringLiteral("1"));
    parser.addOptions({demo, synthetic, seed, scale});
    if (!parse(parser, *findCommand(QStringLiteral("new")), arguments, 1, 1))
        return UsageError;
    const QString path = parser.positionalArguments().first();

    auto usageError = [](const QString& message) {
        err() << "civicwheel new: " << message << '\n';
        err().flush();
        return UsageError;
    };
    if (parser.isSet(demo) && parser.isSet(synthetic))
        return usageError(QStringLiteral("choose either --demo or --synthetic, not both."));
    if (parser.isSet(seed) && !parser.isSet(synthetic))
        return usageError(QStringLiteral("--seed only applies with --synthetic."));
    if (parser.isSet(scale) && !parser.isSet(synthetic))
        return usageError(QStringLiteral("--scale only applies with --synthetic."));

    std::function<Status(WheelStore&)> populate;
    std::optional<SyntheticTrust::Spec> spec;
    if (parser.isSet(demo)) {
        populate = [](WheelStore& store) {
            return DemoWheel::seed(store);
        };
    } else if (parser.isSet(synthetic)) {
        spec = SyntheticTrust::Spec::preset(parser.value(synthetic));
        if (!spec)
            return usageError(
                QStringLiteral("unknown size “%1”; choose %2.")
                    .arg(parser.value(synthetic),
                         SyntheticTrust::Spec::presetNames().join(QStringLiteral(" or "))));
        bool ok = false;
        const quint32 n = parser.value(seed).toUInt(&ok);
        if (!ok)
            return usageError(
                QStringLiteral("the seed must be a whole number from 0 to 4294967295."));
        const int factor = parser.value(scale).toInt(&ok);
        if (!ok || factor < 1 || factor > SyntheticTrust::Spec::MaxScale)
            return usageError(QStringLiteral("the scale must be a whole number from 1 to %1.")
                                  .arg(SyntheticTrust::Spec::MaxScale));
        spec = spec->scaled(factor);
        populate = [spec, n](WheelStore& store) {
            return SyntheticTrust::generate(store, *spec, n);
        };
    }

    auto store = WheelStore::createWith(path, populate);
    if (!store) {
        report(store.error());
        return Failure;
    }
    out() << "Created " << QDir::toNativeSeparators((*store)->path());
    if (parser.isSet(demo))
        out() << " with the demo academy (URN " << DemoWheel::academyUrn() << ").\n";
    else if (spec)
        out() << " with a made-up trust of " << spec->academies
              << (spec->academies == 1 ? " academy" : " academies") << " and " << spec->partners
              << " partners (seed " << parser.value(seed) << ").\n";
    else
        out() << ". It holds no academy yet: open it in Civic Wheel to add one, or import the "
                 "trust's academies.\n";
    out().flush();
    return Success;
}

int runCheck(const QStringList& arguments)
{
    QCommandLineParser parser;
    if (!parse(parser, *findCommand(QStringLiteral("check")), arguments, 1, 1))
        return UsageError;
    const QString path = parser.positionalArguments().first();

    OpenOptions options;
    options.inspectOnly = true; // checking never changes the file, not even to upgrade it
    auto store = openWheel(path, options);
    if (!store)
        return Failure;

    const int version = store->fileSchemaVersion();
    out() << "File:        " << QDir::toNativeSeparators(store->path()) << '\n';
    out() << "Format:      " << version;
    if (version > WheelStore::SchemaVersion)
        out() << " – made by a newer version of Civic Wheel; this version reads up to "
              << WheelStore::SchemaVersion << " and opens it read-only";
    else if (version < WheelStore::SchemaVersion)
        out() << " – older; it will be upgraded to " << WheelStore::SchemaVersion << " when opened";
    out() << '\n';
    if (store->accessMode() == AccessMode::ReadOnlyOnDisk)
        out() << "Access:      read-only on disk\n";

    auto counts = store->counts();
    if (!counts) {
        report(counts.error());
        return Failure;
    }
    out() << "Trusts:      " << counts->trusts << '\n'
          << "Academies:   " << counts->academies << '\n'
          << "Partners:    " << counts->partners << '\n'
          << "Contacts:    " << counts->contacts << '\n'
          << "Ties:        " << counts->ties << '\n'
          << "Needs:       " << counts->needs << '\n'
          << "Initiatives: " << counts->initiatives << '\n'
          << "Engagements: " << counts->engagements << '\n';

    auto problems = store->integrityProblems();
    if (!problems) {
        out().flush();
        report(problems.error());
        return Failure;
    }
    if (!problems->isEmpty()) {
        out() << "Integrity:   PROBLEMS FOUND\n";
        for (const QString& problem : *problems)
            out() << "  " << problem << '\n';
        out().flush();
        report(Error{QStringLiteral("The file is damaged. Open your most recent backup copy.")});
        return Failure;
    }
    out() << "Integrity:   ok\n";
    out().flush();
    return Success;
}

} // namespace civic::cli
