// `civicwheel coverage`, run as a person would: its JSON must say what the
// analysis of the same file says, and its text must be readable.
#include "TestSupport.h"
#include "analysis/CoverageAnalysis.h"
#include "demo/DemoWheel.h"
#include "store/WheelStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace civic;
using namespace civic::test;

namespace {

const QDate kToday(2026, 11, 23);

QJsonObject parseJson(const QString& text)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    INFO(error.errorString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

// Compares one JSON coverage object with the analysis, field by field.
void checkMatches(const QJsonObject& json, const Coverage& c)
{
    CHECK(
        json.value(QStringLiteral("academy")).toObject().value(QStringLiteral("name")).toString() ==
        c.academyName);
    CHECK(json.value(QStringLiteral("empty")).toBool() == c.isEmpty());

    const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
    CHECK(summary.value(QStringLiteral("initiatives")).toInt() == c.initiatives);
    CHECK(summary.value(QStringLiteral("activeInitiatives")).toInt() == c.activeInitiatives);
    CHECK(summary.value(QStringLiteral("partnersInvolved")).toInt() == c.partnersInvolved);
    CHECK(summary.value(QStringLiteral("pupilsReached")).toInt() == c.pupilsReached);
    CHECK(summary.value(QStringLiteral("disadvantagedReached")).toInt() == c.disadvantagedReached);
    CHECK(summary.value(QStringLiteral("sendReached")).toInt() == c.sendReached);
    CHECK(summary.value(QStringLiteral("partners")).toInt() == c.partners);
    CHECK(summary.value(QStringLiteral("needsMet")).toInt() == c.needsMet);
    CHECK(summary.value(QStringLiteral("needsUnmet")).toInt() == c.needsUnmet);

    const QJsonArray approaches = json.value(QStringLiteral("approaches")).toArray();
    REQUIRE(approaches.size() == 4);
    for (int i = 0; i < 4; ++i) {
        const QJsonObject a = approaches.at(i).toObject();
        const ApproachCoverage& ac = c.approaches.at(i);
        CHECK(a.value(QStringLiteral("approach")).toString() == codeOf(ac.approach));
        CHECK(a.value(QStringLiteral("active")).toInt() == ac.activeInitiatives);
        CHECK(a.value(QStringLiteral("initiatives")).toInt() == ac.initiatives);
        CHECK(a.value(QStringLiteral("partners")).toInt() == ac.partners);
        CHECK(a.value(QStringLiteral("needsAddressed")).toInt() == ac.needsAddressed);
        CHECK(a.value(QStringLiteral("pupilsReached")).toInt() == ac.pupilsReached);
        CHECK(a.value(QStringLiteral("disadvantagedReached")).toInt() == ac.disadvantagedReached);
        CHECK(a.value(QStringLiteral("sendReached")).toInt() == ac.sendReached);
    }

    const QJsonArray needs = json.value(QStringLiteral("needs")).toArray();
    REQUIRE(needs.size() == c.needs.size());
    for (int i = 0; i < needs.size(); ++i) {
        CHECK(needs.at(i).toObject().value(QStringLiteral("id")).toInteger() ==
              c.needs.at(i).needId);
        CHECK(needs.at(i).toObject().value(QStringLiteral("met")).toBool() == c.needs.at(i).met);
    }

    const QJsonArray sectors = json.value(QStringLiteral("partnersBySector")).toArray();
    REQUIRE(sectors.size() == c.partnersBySector.size());
    for (int i = 0; i < sectors.size(); ++i)
        CHECK(sectors.at(i).toObject().value(QStringLiteral("total")).toInt() ==
              c.partnersBySector.at(i).total());

    const QJsonObject ties = json.value(QStringLiteral("ties")).toObject();
    CHECK(ties.value(QStringLiteral("led")).toInt() == c.tiesLed);
    CHECK(
        ties.value(QStringLiteral("byStatus")).toObject().value(QStringLiteral("ended")).toInt() ==
        c.tiesByStatus[std::size_t(TieStatus::Ended)]);
    CHECK(json.value(QStringLiteral("overdueReviews")).toArray().size() == c.overdueReviews.size());
    CHECK(json.value(QStringLiteral("quietTies")).toArray().size() == c.quietTies.size());

    const QJsonArray gaps = json.value(QStringLiteral("gaps")).toArray();
    REQUIRE(gaps.size() == c.gaps.size());
    for (int i = 0; i < gaps.size(); ++i) {
        const QJsonObject g = gaps.at(i).toObject();
        CHECK(g.value(QStringLiteral("kind")).toString() == gapKindCode(c.gaps.at(i).kind));
        CHECK(g.value(QStringLiteral("text")).toString() == c.gaps.at(i).text);
        if (c.gaps.at(i).hasRecord())
            CHECK(g.value(QStringLiteral("id")).toInteger() == c.gaps.at(i).id);
        else
            CHECK(g.value(QStringLiteral("id")).isNull());
    }
}

} // namespace

TEST_CASE("coverage --json matches the analysis of the same file")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.wheel"));
    Coverage expected;
    {
        auto store =
            WheelStore::createWith(path, [](WheelStore& s) { return DemoWheel::seed(s, kToday); });
        REQUIRE(store.ok());
        const auto academy = (*store)->academyByUrn(DemoWheel::academyUrn());
        REQUIRE(academy.ok());
        expected = CoverageAnalysis::analyse((*store)->loadAcademy(academy->id).value(), kToday);
    }

    const RunResult run = runCivicWheel({QStringLiteral("coverage"), path, QStringLiteral("--json"),
                                         QStringLiteral("--today"), QStringLiteral("2026-11-23")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const QJsonObject doc = parseJson(run.out);
    CHECK(doc.value(QStringLiteral("format")).toInt() == 1);
    CHECK(doc.value(QStringLiteral("scope")).toString() == QStringLiteral("academy"));
    CHECK(doc.value(QStringLiteral("date")).toString() == QStringLiteral("2026-11-23"));
    checkMatches(doc.value(QStringLiteral("coverage")).toObject(), expected);

    // Figures of the demo worked out from DemoWheel's tables: 3 active wider education
    // initiatives (Reading Buddies ended) reaching 180 + 60 + 210 pupils.
    const QJsonObject wider = doc.value(QStringLiteral("coverage"))
                                  .toObject()
                                  .value(QStringLiteral("approaches"))
                                  .toArray()
                                  .at(0)
                                  .toObject();
    CHECK(wider.value(QStringLiteral("active")).toInt() == 3);
    CHECK(wider.value(QStringLiteral("pupilsReached")).toInt() == 450);
}

TEST_CASE("coverage --trust --json holds every academy and the totals")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.wheel"));
    TrustCoverage expected;
    {
        auto store = WheelStore::createWith(path, [](WheelStore& s) {
            if (auto seeded = DemoWheel::seed(s, kToday); !seeded)
                return seeded;
            Academy second;
            second.trustId = s.trust().value().id;
            second.urn = QStringLiteral("990002");
            second.name = QStringLiteral("Aldergate Academy");
            return s.add(second).ok() ? Status() : Status(Error{QStringLiteral("could not add")});
        });
        REQUIRE(store.ok());
        expected = CoverageAnalysis::analyse((*store)->loadTrust().value(), kToday);
    }
    REQUIRE(expected.academies.size() == 2);

    const RunResult run = runCivicWheel({QStringLiteral("coverage"), path,
                                         QStringLiteral("--trust"), QStringLiteral("--json"),
                                         QStringLiteral("--today"), QStringLiteral("2026-11-23")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const QJsonObject doc = parseJson(run.out);
    CHECK(doc.value(QStringLiteral("scope")).toString() == QStringLiteral("trust"));
    CHECK(doc.value(QStringLiteral("trust")).toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("Riverside Learning Trust"));
    checkMatches(doc.value(QStringLiteral("totals")).toObject(), expected.totals);
    const QJsonArray academies = doc.value(QStringLiteral("academies")).toArray();
    REQUIRE(academies.size() == 2);
    for (int i = 0; i < 2; ++i)
        checkMatches(academies.at(i).toObject(), expected.academies.at(i));
    // Aldergate (first by name) has nothing recorded.
    CHECK(academies.at(0).toObject().value(QStringLiteral("empty")).toBool());
}

TEST_CASE("coverage prints readable text and refuses what it cannot do")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.wheel"));
    REQUIRE(runCivicWheel({QStringLiteral("new"), path, QStringLiteral("--demo")}).exitCode == 0);

    const RunResult text = runCivicWheel({QStringLiteral("coverage"), path});
    INFO(text.err);
    REQUIRE(text.exitCode == 0);
    CHECK(text.out.contains(QStringLiteral("Millbrook Primary Academy")));
    CHECK(text.out.contains(QStringLiteral("Community convening")));
    CHECK(text.out.contains(QStringLiteral("No active community convening initiative yet")));
    CHECK(text.out.contains(QStringLiteral("Housing need (severity 4) has no active initiative")));

    CHECK(runCivicWheel({QStringLiteral("coverage"), path, QStringLiteral("--academy"),
                         QStringLiteral("123456")})
              .exitCode == 1);
    CHECK(runCivicWheel(
              {QStringLiteral("coverage"), path, QStringLiteral("--today"), QStringLiteral("soon")})
              .exitCode == 2);
    CHECK(runCivicWheel({QStringLiteral("coverage"), path, QStringLiteral("--trust"),
                         QStringLiteral("--academy"), QStringLiteral("990001")})
              .exitCode == 2);
    CHECK(runCivicWheel({QStringLiteral("coverage")}).exitCode == 2);
}
