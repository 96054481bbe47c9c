// `civicwheel coverage`: the coverage figures and gaps without a window.
#include "CommandLine.h"
#include "Commands.h"
#include "analysis/CoverageAnalysis.h"
#include "io/CoverageJson.h"

#include <QJsonDocument>

namespace civic::cli {
namespace {

QString padded(const QString& text, int width)
{
    return text.leftJustified(width, QLatin1Char(' '), true);
}
QString number(int value, int width)
{
    return QString::number(value).rightJustified(width);
}

void printCoverage(QTextStream& s, const Coverage& c, const QString& heading)
{
    s << heading << '\n' << QString(heading.size(), QLatin1Char('=')) << "\n\n";
    if (c.isEmpty()) {
        s << "Nothing recorded yet: no partners, needs or initiatives.\n\n";
    }

    s << "Initiatives by CST approach (active ones; pathway order)\n";
    s << "  " << padded(QStringLiteral("Approach"), 26)
      << "  Active  Other  Partners  Needs  Pupils  Disadv.  SEND\n";
    for (const ApproachCoverage& a : c.approaches) {
        s << "  " << padded(displayName(a.approach), 26) << "  " << number(a.activeInitiatives, 6)
          << ' ' << number(a.initiatives - a.activeInitiatives, 6) << ' ' << number(a.partners, 9)
          << ' ' << number(a.needsAddressed, 6) << ' ' << number(a.pupilsReached, 7) << ' '
          << number(a.disadvantagedReached, 8) << ' ' << number(a.sendReached, 5) << '\n';
    }
    s << "  " << padded(QStringLiteral("All approaches"), 26) << "  "
      << number(c.activeInitiatives, 6) << ' ' << number(c.initiatives - c.activeInitiatives, 6)
      << ' ' << number(c.partnersInvolved, 9) << ' ' << padded(QString(), 6) << ' '
      << number(c.pupilsReached, 7) << ' ' << number(c.disadvantagedReached, 8) << ' '
      << number(c.sendReached, 5) << "\n\n";

    s << "Needs: " << c.needsMet << " met, " << c.needsUnmet << " not met";
    if (c.needsClosed > 0)
        s << ", " << c.needsClosed << " closed";
    s << '\n';
    for (const CategoryNeeds& cat : c.needsByCategory)
        s << "  " << padded(displayName(cat.category), 28) << number(cat.met, 3) << " met "
          << number(cat.unmet, 3) << " not met\n";
    const QVector<NeedCoverage> unmet = c.unmetNeeds();
    if (!unmet.isEmpty()) {
        s << "  Not met, most pressing first:\n";
        for (const NeedCoverage& n : unmet) {
            QStringList flags;
            if (n.affectsDisadvantaged)
                flags << QStringLiteral("disadvantaged");
            if (n.affectsSend)
                flags << QStringLiteral("SEND");
            if (!n.consulted)
                flags << QStringLiteral("not consulted");
            s << "    [severity " << n.severity << "] " << n.title;
            if (!flags.isEmpty())
                s << " (" << flags.join(QStringLiteral(", ")) << ')';
            s << '\n';
        }
    }
    s << '\n';

    s << "Partners: " << c.partners << " with a current tie";
    if (const int ended = c.tiesByStatus[std::size_t(TieStatus::Ended)]; ended > 0)
        s << " (" << ended << (ended == 1 ? " ended tie" : " ended ties") << " not counted)";
    s << '\n';
    QStringList without;
    for (const SectorPartners& sp : c.partnersBySector) {
        if (sp.total() == 0) {
            without.append(displayName(sp.sector));
            continue;
        }
        s << "  " << padded(displayName(sp.sector), 28) << number(sp.total(), 3);
        if (sp.total() != sp.active)
            s << "  (" << sp.active << " active, " << sp.paused << " paused, " << sp.prospective
              << " prospective)";
        s << '\n';
    }
    if (!without.isEmpty())
        s << "  No partner yet: " << without.join(QStringLiteral(", ")) << '\n';
    s << "Ties by strength (1 occasional … 5 core):";
    for (std::size_t i = 0; i < c.tiesByStrength.size(); ++i)
        s << "  " << (i + 1) << ": " << c.tiesByStrength[i];
    s << '\n';
    s << "Ties by status:";
    for (TieStatus st : allValues<TieStatus>())
        s << "  " << displayName(st).toLower() << ' ' << c.tiesByStatus[std::size_t(st)];
    s << '\n';
    s << "The academy leads " << c.tiesLed << " and supports " << c.tiesSupported << '\n';
    s << "By leadership narrative:";
    for (Narrative n : allValues<Narrative>())
        s << "  " << displayName(n).toLower() << ' ' << c.tiesByNarrative[std::size_t(n)];
    s << '\n';
    s << "Reviews overdue: " << c.overdueReviews.size() << "; active ties with no engagement in "
      << CoverageAnalysis::QuietMonths << " months: " << c.quietTies.size() << "\n\n";

    s << "Gaps";
    if (c.gaps.isEmpty())
        s << ": none found.\n";
    else
        s << ", most important first:\n";
    int index = 0;
    for (const Gap& g : c.gaps)
        s << "  " << QString::number(++index).rightJustified(2) << ". " << g.text << '\n';
}

} // namespace

int runCoverage(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption academyOption(
        QStringLiteral("academy"),
        QStringLiteral("The academy to analyse (needed when the file holds several)."),
        QStringLiteral("URN"));
    const QCommandLineOption trustOption(
        QStringLiteral("trust"),
        QStringLiteral("Every academy of the file and the trust as a whole."));
    const QCommandLineOption jsonOption(
        QStringLiteral("json"),
        QStringLiteral("Print JSON (format described in docs/coverage-json.md)."));
    const QCommandLineOption todayOption(
        QStringLiteral("today"),
        QStringLiteral("Analyse as of this date instead of today (YYYY-MM-DD)."),
        QStringLiteral("DATE"));
    parser.addOptions({academyOption, trustOption, jsonOption, todayOption});
    const Command& command = *findCommand(QStringLiteral("coverage"));
    if (!parse(parser, command, arguments, 1, 1))
        return UsageError;
    if (parser.isSet(academyOption) && parser.isSet(trustOption)) {
        err() << "civicwheel coverage: give either --academy or --trust, not both\n"
              << "Usage: civicwheel coverage " << command.synopsis << '\n';
        err().flush();
        return UsageError;
    }
    QDate today = QDate::currentDate();
    if (parser.isSet(todayOption)) {
        today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!today.isValid()) {
            err() << "civicwheel coverage: --today wants a date written YYYY-MM-DD, such as "
                     "2026-09-01\n";
            err().flush();
            return UsageError;
        }
    }

    OpenOptions options;
    options.readOnly = true; // reading figures never changes the file
    auto store = openWheel(parser.positionalArguments().first(), options);
    if (!store)
        return Failure;

    const bool json = parser.isSet(jsonOption);
    if (parser.isSet(trustOption)) {
        auto wheels = store->loadTrust();
        if (!wheels) {
            report(wheels.error());
            return Failure;
        }
        const TrustCoverage coverage = CoverageAnalysis::analyse(*wheels, today);
        if (json) {
            out() << QString::fromUtf8(QJsonDocument(CoverageJson::trustDocument(coverage))
                                           .toJson(QJsonDocument::Indented));
        } else {
            const QString name =
                coverage.trust.name.isEmpty() ? QStringLiteral("the file") : coverage.trust.name;
            printCoverage(
                out(), coverage.totals,
                QStringLiteral("Coverage of %1 as a whole (%2) on %3")
                    .arg(name,
                         coverage.academies.size() == 1
                             ? QStringLiteral("1 academy")
                             : QStringLiteral("%1 academies").arg(coverage.academies.size()),
                         today.toString(QStringLiteral("d MMMM yyyy"))));
            for (const Coverage& academy : coverage.academies) {
                out() << '\n';
                printCoverage(out(), academy,
                              QStringLiteral("%1 (URN %2)").arg(academy.academyName, academy.urn));
            }
        }
        out().flush();
        return Success;
    }

    const qint64 academyId = chooseAcademy(*store, parser.value(academyOption));
    if (academyId == 0)
        return Failure;
    auto wheel = store->loadAcademy(academyId);
    if (!wheel) {
        report(wheel.error());
        return Failure;
    }
    const Coverage coverage = CoverageAnalysis::analyse(*wheel, today);
    if (json)
        out() << QString::fromUtf8(
            QJsonDocument(CoverageJson::academyDocument(coverage)).toJson(QJsonDocument::Indented));
    else
        printCoverage(out(), coverage,
                      QStringLiteral("Coverage of %1 (URN %2) on %3")
                          .arg(coverage.academyName, coverage.urn,
                               today.toString(QStringLiteral("d MMMM yyyy"))));
    out().flush();
    return Success;
}

} // namespace civic::cli
