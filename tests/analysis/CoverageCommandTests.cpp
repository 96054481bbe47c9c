// `civicwheel coverage`, run as a person would: its JSON must give the demo's
// figures as worked out by hand from DemoWheel's tables, and its text must be readable.
#include "TestSupport.h"
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

QStringList strings(const QJsonArray& array, const QString& key)
{
    QStringList out;
    for (const QJsonValue& v : array)
        out.append(v.toObject().value(key).toVariant().toString());
    return out;
}

// The demo academy's figures on 23 November 2026, worked out by hand from
// DemoWheel's tables (kPartners, kNeeds, kInitiatives, kEngagements). Records
// are numbered from 1 in table order: needs hunger 1, housing 2, camhs 3,
// ehcp 4, absence 5, aspiration 6, digital 7, asb 8; partners secondary 1 …
// friends 25; Millbrook Together is initiative 10. A trust total of the demo
// (with an empty second academy) has the same figures; only its gaps differ.
void checkDemoFigures(const QJsonObject& json)
{
    const QJsonObject summary = json.value(QStringLiteral("summary")).toObject();
    CHECK(summary.value(QStringLiteral("initiatives")).toInt() == 10);
    // All but Reading Buddies (ended), Laptops for Learning (paused) and Millbrook Together
    // (planned).
    CHECK(summary.value(QStringLiteral("activeInitiatives")).toInt() == 7);
    // Wider education 5 (museum, library, harland, college, theatre), problem identification 8
    // (mhst, camhs, nursing, foodbank, earlyhelp, greenway, homestart, forum), relational 1 (send):
    // no partner in two approaches.
    CHECK(summary.value(QStringLiteral("partnersInvolved")).toInt() == 5 + 8 + 1);
    CHECK(summary.value(QStringLiteral("pupilsReached")).toInt() == 450 + 283 + 38);
    CHECK(summary.value(QStringLiteral("disadvantagedReached")).toInt() == 157 + 184 + 15);
    CHECK(summary.value(QStringLiteral("sendReached")).toInt() == 54 + 45 + 38);
    CHECK(summary.value(QStringLiteral("partners")).toInt() == 24); // 25 less the ended PTA
    CHECK(summary.value(QStringLiteral("ties")).toInt() == 25);
    CHECK(summary.value(QStringLiteral("needsMet")).toInt() == 5);
    CHECK(summary.value(QStringLiteral("needsUnmet")).toInt() == 3); // housing, digital, asb
    CHECK(summary.value(QStringLiteral("needsClosed")).toInt() == 0);
    CHECK(summary.value(QStringLiteral("needsNotConsulted")).toInt() == 3);

    // active, recorded, planned, paused, ended, partners, needs, pupils, disadvantaged, SEND
    const int approaches[4][10] = {{3, 4, 0, 0, 1, 5, 1, 180 + 60 + 210, 62 + 24 + 71, 21 + 7 + 26},
                                   {3, 4, 0, 1, 0, 8, 3, 85 + 150 + 48, 41 + 112 + 31, 19 + 17 + 9},
                                   {1, 1, 0, 0, 0, 1, 1, 38, 15, 38},
                                   {0, 1, 1, 0, 0, 0, 0, 0, 0, 0}};
    const char* const keys[10] = {"active",         "initiatives",   "planned",
                                  "paused",         "ended",         "partners",
                                  "needsAddressed", "pupilsReached", "disadvantagedReached",
                                  "sendReached"};
    const QJsonArray byApproach = json.value(QStringLiteral("approaches")).toArray();
    REQUIRE(byApproach.size() == 4);
    CHECK(strings(byApproach, QStringLiteral("approach")) ==
          QStringList{QStringLiteral("wider-education"), QStringLiteral("problem-identification"),
                      QStringLiteral("relational"), QStringLiteral("community-convening")});
    for (int a = 0; a < 4; ++a) {
        for (int k = 0; k < 10; ++k) {
            INFO("approach " << a << " " << keys[k]);
            CHECK(byApproach.at(a).toObject().value(QString::fromLatin1(keys[k])).toInt() ==
                  approaches[a][k]);
        }
    }

    // Unmet first, those bearing on priority pupils first, then by severity, then title.
    const QJsonArray needs = json.value(QStringLiteral("needs")).toArray();
    CHECK(strings(needs, QStringLiteral("id")) ==
          QStringList{QStringLiteral("2"), QStringLiteral("7"), QStringLiteral("8"),
                      QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("1"),
                      QStringLiteral("5"), QStringLiteral("6")});
    CHECK(strings(needs, QStringLiteral("met")) ==
          QStringList{QStringLiteral("false"), QStringLiteral("false"), QStringLiteral("false"),
                      QStringLiteral("true"), QStringLiteral("true"), QStringLiteral("true"),
                      QStringLiteral("true"), QStringLiteral("true")});

    const QJsonArray sectors = json.value(QStringLiteral("partnersBySector")).toArray();
    CHECK(strings(sectors, QStringLiteral("total")) ==
          QString::fromLatin1("3 1 2 3 2 2 4 3 2 0 1 1 0").split(QLatin1Char(' ')));

    const QJsonObject ties = json.value(QStringLiteral("ties")).toObject();
    CHECK(ties.value(QStringLiteral("led")).toInt() == 6);
    CHECK(ties.value(QStringLiteral("supported")).toInt() == 18);
    const QJsonObject byStatus = ties.value(QStringLiteral("byStatus")).toObject();
    CHECK(byStatus.value(QStringLiteral("prospective")).toInt() == 3);
    CHECK(byStatus.value(QStringLiteral("active")).toInt() == 20);
    CHECK(byStatus.value(QStringLiteral("paused")).toInt() == 1);
    CHECK(byStatus.value(QStringLiteral("ended")).toInt() == 1);
    CHECK(ties.value(QStringLiteral("byStrength")).toArray() == QJsonArray{3, 5, 7, 5, 4});
    const QJsonObject byNarrative = ties.value(QStringLiteral("byNarrative")).toObject();
    CHECK(byNarrative.value(QStringLiteral("trust")).toInt() == 2);
    CHECK(byNarrative.value(QStringLiteral("civic")).toInt() == 17);
    CHECK(byNarrative.value(QStringLiteral("system")).toInt() == 5);

    // Reviews due 40, 21, 12 and 5 days ago (the PTA's, 90 days ago, is an ended tie).
    const QJsonArray overdue = json.value(QStringLiteral("overdueReviews")).toArray();
    CHECK(strings(overdue, QStringLiteral("partnerId")) ==
          QStringList{QStringLiteral("7"), QStringLiteral("5"), QStringLiteral("20"),
                      QStringLiteral("13")});
    CHECK(strings(overdue, QStringLiteral("daysOverdue")) ==
          QStringList{QStringLiteral("40"), QStringLiteral("21"), QStringLiteral("12"),
                      QStringLiteral("5")});
    // Active ties never engaged or last engaged before 23 May 2026: strongest first, then
    // never engaged, then longest quiet.
    CHECK(strings(json.value(QStringLiteral("quietTies")).toArray(), QStringLiteral("partnerId")) ==
          QStringList{QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("19"),
                      QStringLiteral("16"), QStringLiteral("22"), QStringLiteral("23")});
}

} // namespace

TEST_CASE("coverage --json gives the demo academy's figures and gaps worked out by hand")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.wheel"));
    REQUIRE(WheelStore::createWith(path, [](WheelStore& s) {
                return DemoWheel::seed(s, kToday);
            }).ok());

    const RunResult run = runCivicWheel({QStringLiteral("coverage"), path, QStringLiteral("--json"),
                                         QStringLiteral("--today"), QStringLiteral("2026-11-23")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const QJsonObject doc = parseJson(run.out);
    CHECK(doc.value(QStringLiteral("format")).toInt() == 1);
    CHECK(doc.value(QStringLiteral("scope")).toString() == QStringLiteral("academy"));
    CHECK(doc.value(QStringLiteral("date")).toString() == QStringLiteral("2026-11-23"));
    const QJsonObject coverage = doc.value(QStringLiteral("coverage")).toObject();
    const QJsonObject academy = coverage.value(QStringLiteral("academy")).toObject();
    CHECK(academy.value(QStringLiteral("name")).toString() ==
          QStringLiteral("Millbrook Primary Academy"));
    CHECK(academy.value(QStringLiteral("urn")).toString() == QStringLiteral("990001"));
    CHECK_FALSE(coverage.value(QStringLiteral("empty")).toBool());
    checkDemoFigures(coverage);

    // Three unmet needs, the one approach with nothing active, four overdue
    // reviews and six quiet ties; every key sector has an active tie and every
    // met need was consulted.
    const QJsonArray gaps = coverage.value(QStringLiteral("gaps")).toArray();
    CHECK(strings(gaps, QStringLiteral("kind")) ==
          QStringList{
              QStringLiteral("unmet-priority-need"), QStringLiteral("unmet-priority-need"),
              QStringLiteral("unmet-need"), QStringLiteral("missing-approach"),
              QStringLiteral("review-overdue"), QStringLiteral("review-overdue"),
              QStringLiteral("review-overdue"), QStringLiteral("review-overdue"),
              QStringLiteral("no-recent-engagement"), QStringLiteral("no-recent-engagement"),
              QStringLiteral("no-recent-engagement"), QStringLiteral("no-recent-engagement"),
              QStringLiteral("no-recent-engagement"), QStringLiteral("no-recent-engagement")});
    CHECK(strings(gaps, QStringLiteral("id")) ==
          QString::fromLatin1("2 7 8 10 7 5 20 13 3 2 19 16 22 23").split(QLatin1Char(' ')));
    REQUIRE(gaps.size() == 14);
    CHECK(gaps.at(0).toObject().value(QStringLiteral("text")).toString() ==
          QStringLiteral("Housing need (severity 4) has no active initiative"));
    CHECK(gaps.at(3).toObject().value(QStringLiteral("text")).toString() ==
          QStringLiteral("No active community convening initiative yet"));
    CHECK(gaps.at(3).toObject().value(QStringLiteral("approach")).toString() ==
          QStringLiteral("community-convening"));
    CHECK(
        gaps.at(4).toObject().value(QStringLiteral("text")).toString() ==
        QStringLiteral(
            "Review of the tie with Dale Valley NHS Foundation Trust – CAMHS is 40 days overdue"));
    CHECK(gaps.at(13).toObject().value(QStringLiteral("detail")).toString() ==
          QStringLiteral("An active tie of strength 2 – developing; last engagement logged on 27 "
                         "January 2026."));
}

TEST_CASE("coverage --trust --json holds every academy and the totals")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("demo.wheel"));
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
    }

    const RunResult run = runCivicWheel({QStringLiteral("coverage"), path,
                                         QStringLiteral("--trust"), QStringLiteral("--json"),
                                         QStringLiteral("--today"), QStringLiteral("2026-11-23")});
    INFO(run.err);
    REQUIRE(run.exitCode == 0);
    const QJsonObject doc = parseJson(run.out);
    CHECK(doc.value(QStringLiteral("scope")).toString() == QStringLiteral("trust"));
    CHECK(doc.value(QStringLiteral("trust")).toObject().value(QStringLiteral("name")).toString() ==
          QStringLiteral("Riverside Learning Trust"));

    // Aldergate records nothing, so the trust's totals are Millbrook's figures;
    // of the gaps only the trust-wide kinds remain: no active convening.
    const QJsonObject totals = doc.value(QStringLiteral("totals")).toObject();
    checkDemoFigures(totals);
    const QJsonArray totalGaps = totals.value(QStringLiteral("gaps")).toArray();
    REQUIRE(totalGaps.size() == 1);
    CHECK(totalGaps.at(0).toObject().value(QStringLiteral("kind")).toString() ==
          QStringLiteral("missing-approach"));
    CHECK(totalGaps.at(0).toObject().value(QStringLiteral("id")).toInt() == 10);

    const QJsonArray academies = doc.value(QStringLiteral("academies")).toArray();
    REQUIRE(academies.size() == 2);
    // Aldergate (first by name) has nothing recorded: zeros and one gap saying where to start.
    const QJsonObject aldergate = academies.at(0).toObject();
    CHECK(aldergate.value(QStringLiteral("empty")).toBool());
    CHECK(aldergate.value(QStringLiteral("summary"))
              .toObject()
              .value(QStringLiteral("ties"))
              .toInt() == 0);
    const QJsonArray aldergateGaps = aldergate.value(QStringLiteral("gaps")).toArray();
    REQUIRE(aldergateGaps.size() == 1);
    CHECK(aldergateGaps.at(0).toObject().value(QStringLiteral("text")).toString() ==
          QStringLiteral("Nothing recorded yet for Aldergate Academy"));
    const QJsonObject millbrook = academies.at(1).toObject();
    CHECK(millbrook.value(QStringLiteral("academy")).toObject().value(QStringLiteral("name")) ==
          QStringLiteral("Millbrook Primary Academy"));
    checkDemoFigures(millbrook);
    CHECK(millbrook.value(QStringLiteral("gaps")).toArray().size() == 14);
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
