// Golden coverage: every figure, need, follow-up and gap, written out by
// CoverageDump and compared byte for byte with files under tests/data/coverage.
// small-wheel.txt was worked out by hand from the records below; demo.txt was
// checked by hand against DemoWheel's tables; the synthetic trust's files and
// the JSON files pin today's output so that a change to how the analysis is
// put together cannot move a figure or a word. Set CIVIC_WRITE_GOLDEN=1 to
// write a missing golden file (then check it before committing).
#include "CoverageDump.h"
#include "TestSupport.h"
#include "WheelBuilder.h"
#include "analysis/CoverageAnalysis.h"
#include "demo/DemoWheel.h"
#include "demo/SyntheticTrust.h"
#include "store/WheelStore.h"

#include <QCryptographicHash>
#include <QFile>

#include <catch2/catch.hpp>
#include <memory>

using namespace civic;
using namespace civic::test;

namespace {

QString goldenPath(const QString& name)
{
    return dataPath(QStringLiteral("coverage/") + name);
}

// The golden file's text; writes `actual` there first when asked to and the
// file is missing.
QString golden(const QString& name, const QString& actual)
{
    const QString path = goldenPath(name);
    if (!QFile::exists(path) && qEnvironmentVariableIsSet("CIVIC_WRITE_GOLDEN"))
        writeBytes(path, actual.toUtf8());
    INFO(path.toStdString());
    REQUIRE(QFile::exists(path));
    return QString::fromUtf8(fileBytes(path));
}

// Compares line by line first, so a failure names the first line that moved.
void checkGolden(const QString& name, const QString& actual)
{
    const QString expected = golden(name, actual);
    const QStringList want = expected.split(QLatin1Char('\n'));
    const QStringList got = actual.split(QLatin1Char('\n'));
    for (int i = 0; i < std::min(want.size(), got.size()); ++i) {
        INFO(name.toStdString() << " line " << (i + 1));
        REQUIRE(got.at(i) == want.at(i));
    }
    CHECK(got.size() == want.size());
    CHECK(actual == expected);
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

// A dump too long to read whole (thousands of needs and ties): every line but
// the need, quiet and overdue ones, which are counted and hashed instead.
QString summarised(const QString& dump)
{
    QStringList kept;
    QMap<QString, QStringList> listed;
    const QStringList prefixes = {QStringLiteral("need "), QStringLiteral("quiet "),
                                  QStringLiteral("overdue ")};
    for (const QString& line : dump.split(QLatin1Char('\n'))) {
        const auto prefix = std::find_if(prefixes.cbegin(), prefixes.cend(),
                                         [&line](const QString& p) { return line.startsWith(p); });
        if (prefix == prefixes.cend())
            kept << line;
        else
            listed[*prefix] << line;
    }
    for (const QString& prefix : prefixes) {
        const QStringList& lines = listed.value(prefix);
        kept << QStringLiteral("%1lines: %2, first: %3, sha256 %4")
                    .arg(prefix)
                    .arg(lines.size())
                    .arg(lines.isEmpty() ? QStringLiteral("-") : lines.first())
                    .arg(sha256(lines.join(QLatin1Char('\n')).toUtf8()));
    }
    return kept.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

// The wheel small-wheel.txt was worked out from, record by record (see the
// comments there for what each record exercises).
AcademyWheel smallWheel()
{
    WheelBuilder b;
    // Ties: two overdue reviews (one on a paused tie), an ended tie whose past
    // review does not count, a tie both quiet and one day overdue.
    b.partner(1, Sector::LocalAuthority, TieStatus::Active, 5, TieRole::Leads, Narrative::Civic,
              QDate(2026, 6, 5));
    b.partner(2, Sector::Health, TieStatus::Prospective, 2, TieRole::Supports, Narrative::Civic);
    b.partner(3, Sector::CharityVoluntary, TieStatus::Active, 3, TieRole::Supports,
              Narrative::Trust, QDate(2026, 7, 1));
    b.partner(4, Sector::Cultural, TieStatus::Paused, 1, TieRole::Supports, Narrative::System,
              QDate(2026, 5, 16));
    b.partner(5, Sector::Business, TieStatus::Ended, 4, TieRole::Leads, Narrative::Civic,
              QDate(2026, 1, 1));
    b.partner(6, Sector::Families, TieStatus::Active, 2, TieRole::Leads, Narrative::Trust,
              QDate(2026, 6, 14));
    b.need(11, NeedCategory::Housing, 4, true, false, false);
    b.need(12, NeedCategory::MentalHealth, 5, false, true, true);
    b.need(13, NeedCategory::Attendance, 3, false, false, false, NeedStatus::Monitoring);
    b.need(14, NeedCategory::FoodPoverty, 2, false, false, true);
    b.need(15, NeedCategory::Safety, 5, false, false, true, NeedStatus::Closed);
    b.need(16, NeedCategory::Attendance, 4, true, true, true);
    b.initiative(21, Approach::ProblemIdentification, InitiativeStatus::Active, {1, 3}, {12}, 40,
                 10, 12);
    b.initiative(22, Approach::WiderEducation, InitiativeStatus::Active, {3, 6}, {13}, 100, 30, 5);
    b.initiative(23, Approach::Relational, InitiativeStatus::Paused, {4}, {11}, 20, 5, 1);
    b.initiative(24, Approach::CommunityConvening, InitiativeStatus::Ended, {5}, {14}, 7, 1, 0);
    b.initiative(25, Approach::Relational, InitiativeStatus::Planned, {2}, {});
    b.engagement(31, 1, QDate(2026, 5, 1));
    b.engagement(32, 3, QDate(2025, 11, 1));
    b.engagement(33, 6, QDate(2026, 7, 1)); // after today: does not count
    b.engagement(34, 1, QDate(2026, 2, 1)); // not the latest
    return b.wheel();
}

const QDate kDemoToday(2026, 11, 23);

// The large synthetic trust (seed 7), made once for all the cases that use it.
struct Synthetic
{
    TempFolder folder;
    QString path;
    TrustWheels trust;
};

const Synthetic& synthetic()
{
    // Destroyed at exit, so the scratch folder goes with it.
    static const std::unique_ptr<Synthetic> made = [] {
        auto s = std::make_unique<Synthetic>();
        s->path = s->folder.path(QStringLiteral("large.wheel"));
        auto store = WheelStore::createWith(s->path, [](WheelStore& w) {
            return SyntheticTrust::generate(w, SyntheticTrust::Spec::large(), 7);
        });
        REQUIRE(store.ok());
        s->trust = (*store)->loadTrust().value();
        return s;
    }();
    return *made;
}

const QDate kSyntheticToday(2025, 9, 1); // SyntheticTrust::Spec::large's today

} // namespace

TEST_CASE("Golden: a small hand-built wheel gives the figures and gaps worked out by hand")
{
    checkGolden(QStringLiteral("small-wheel.txt"),
                CoverageDump::of(CoverageAnalysis::analyse(smallWheel(), QDate(2026, 6, 15))));
}

TEST_CASE("Golden: the demo academy gives the hand-checked figures and gaps")
{
    TempFolder folder;
    auto store =
        WheelStore::createWith(folder.path(QStringLiteral("demo.wheel")),
                               [](WheelStore& s) { return DemoWheel::seed(s, kDemoToday); });
    REQUIRE(store.ok());
    const auto academy = (*store)->academyByUrn(DemoWheel::academyUrn());
    REQUIRE(academy.ok());
    const Coverage c =
        CoverageAnalysis::analyse((*store)->loadAcademy(academy->id).value(), kDemoToday);
    checkGolden(QStringLiteral("demo.txt"), CoverageDump::of(c));

    // The same academy seen as the only one of its trust: the same figures,
    // and totals that differ only in naming the trust and keeping its gaps.
    const TrustCoverage trust =
        CoverageAnalysis::analyse((*store)->loadTrust().value(), kDemoToday);
    REQUIRE(trust.academies.size() == 1);
    CHECK(CoverageDump::of(trust.academies.first()) == CoverageDump::of(c));
    checkGolden(QStringLiteral("demo-trust-totals.txt"), CoverageDump::of(trust.totals));
}

TEST_CASE("Golden: one academy of the large synthetic trust and the trust totals")
{
    const Synthetic& s = synthetic();
    const TrustCoverage trust = CoverageAnalysis::analyse(s.trust, kSyntheticToday);
    REQUIRE(trust.academies.size() == 40);
    // The first academy by name, analysed with the trust and on its own.
    const QString academy = CoverageDump::of(trust.academies.first());
    checkGolden(QStringLiteral("synthetic-academy.txt"), academy);
    CHECK(CoverageDump::of(CoverageAnalysis::analyse(s.trust.academies.first(), kSyntheticToday)) ==
          academy);
    checkGolden(QStringLiteral("synthetic-trust-totals.txt"),
                summarised(CoverageDump::of(trust.totals)));

    // Every academy's dump, hashed in order: a change anywhere shows.
    QByteArray all;
    for (const Coverage& c : trust.academies)
        all += CoverageDump::of(c).toUtf8();
    checkGolden(QStringLiteral("synthetic-academies.sha256"), sha256(all) + QLatin1Char('\n'));
}

TEST_CASE("Golden: coverage --json writes the same bytes for the demo and the synthetic trust")
{
    TempFolder folder;
    const QString demo = folder.path(QStringLiteral("demo.wheel"));
    {
        auto store = WheelStore::createWith(
            demo, [](WheelStore& s) { return DemoWheel::seed(s, kDemoToday); });
        REQUIRE(store.ok());
    }
    const RunResult academy =
        runCivicWheel({QStringLiteral("coverage"), demo, QStringLiteral("--json"),
                       QStringLiteral("--today"), QStringLiteral("2026-11-23")});
    REQUIRE(academy.exitCode == 0);
    checkGolden(QStringLiteral("demo-coverage.json"), academy.out);
    const RunResult text = runCivicWheel({QStringLiteral("coverage"), demo,
                                          QStringLiteral("--today"), QStringLiteral("2026-11-23")});
    REQUIRE(text.exitCode == 0);
    checkGolden(QStringLiteral("demo-coverage.txt"), text.out);

    const RunResult trust = runCivicWheel(
        {QStringLiteral("coverage"), synthetic().path, QStringLiteral("--trust"),
         QStringLiteral("--json"), QStringLiteral("--today"), QStringLiteral("2025-09-01")});
    REQUIRE(trust.exitCode == 0);
    checkGolden(QStringLiteral("synthetic-trust-coverage.json.sha256"),
                QStringLiteral("%1 bytes, sha256 %2\n")
                    .arg(trust.out.toUtf8().size())
                    .arg(sha256(trust.out.toUtf8())));
}
