// SIGKILL at random points during scripted write-heavy edits: the file must
// always be sound and hold whole steps only (see driver/KillScript.h).
#include "KillScript.h"
#include "StoreFixtures.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QThread>

#include <csignal>
#include <random>
#include <signal.h>

using namespace civic;
using namespace civic::test;
using namespace civic::killscript;

namespace {

// How many steps the file says committed, after checking every group holds
// exactly what that many steps leave.
int verifyWheel(const QString& path)
{
    auto opened = WheelStore::open(path);
    INFO("open: " << opened.error().fullText());
    REQUIRE(opened.ok());
    WheelStore& store = **opened;
    auto problems = store.integrityProblems();
    REQUIRE(problems.ok());
    INFO(problems->join(QStringLiteral("; ")));
    REQUIRE(problems->isEmpty());

    auto academies = store.academies();
    REQUIRE(academies.ok());
    REQUIRE(academies->size() == 1);
    const QString notes = academies->first().notes;
    const int committed = notes.startsWith(QLatin1String("step=")) ? notes.mid(5).toInt() + 1 : 0;

    auto wheel = store.loadAcademy(academies->first().id);
    REQUIRE(wheel.ok());
    QHash<QString, Partner> partners;
    for (const Partner& p : wheel->partners)
        partners.insert(p.name, p);
    QHash<qint64, Tie> ties;
    for (const Tie& t : wheel->ties)
        ties.insert(t.partnerId, t);
    QHash<QString, Contact> contacts;
    for (const Contact& c : wheel->contacts)
        contacts.insert(c.email, c);
    QHash<QString, Initiative> initiatives;
    for (const Initiative& i : wheel->initiatives)
        initiatives.insert(i.title, i);
    QHash<qint64, int> engagements;
    for (const Engagement& e : wheel->engagements)
        engagements[e.partnerId] += 1;

    int presentGroups = 0;
    int engagementCount = 0;
    const int groups = committed / 3 + 2;
    for (int g = 0; g < groups; ++g) {
        const GroupState want = expected(g, std::clamp(committed - 3 * g, 0, 3));
        INFO("group " << g << " after " << committed << " committed steps");
        const QString pname = partnerName(g, want.renamed);
        const QString other = partnerName(g, !want.renamed);
        CHECK_FALSE(partners.contains(other));
        CHECK_FALSE(initiatives.contains(initiativeTitle(g, !want.renamed)));
        if (!want.present) {
            CHECK_FALSE(partners.contains(pname));
            CHECK_FALSE(contacts.contains(contactEmail(g)));
            CHECK_FALSE(initiatives.contains(initiativeTitle(g, want.renamed)));
            continue;
        }
        ++presentGroups;
        REQUIRE(partners.contains(pname));
        const Partner partner = partners.value(pname);
        CHECK(partner.notes == filler(g));
        REQUIRE(ties.contains(partner.id));
        CHECK(ties.value(partner.id).strength == want.strength);
        REQUIRE(contacts.contains(contactEmail(g)));
        CHECK(contacts.value(contactEmail(g)).role == want.contactRole);
        CHECK(contacts.value(contactEmail(g)).partnerId == partner.id);
        REQUIRE(initiatives.contains(initiativeTitle(g, want.renamed)));
        const Initiative initiative = initiatives.value(initiativeTitle(g, want.renamed));
        CHECK(initiative.partnerIds == QVector<qint64>{partner.id});
        CHECK(initiative.pupilsReached == want.pupilsReached);
        CHECK(engagements.value(partner.id) == (want.engagement ? 1 : 0));
        engagementCount += want.engagement ? 1 : 0;
    }
    // Nothing beyond the groups the script made.
    CHECK(wheel->partners.size() == presentGroups);
    CHECK(wheel->contacts.size() == presentGroups);
    CHECK(wheel->initiatives.size() == presentGroups);
    CHECK(wheel->engagements.size() == engagementCount);
    return committed;
}

} // namespace

TEST_CASE("SIGKILL at 200 random points never leaves a half-made change")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("killed.wheel"));
    {
        EmptyWheel seed; // a trust and an academy, then copied into place
        REQUIRE(seed.store->saveCopyAs(path).ok());
    }
    const char* seedText = std::getenv("CIVIC_KILL_SEED");
    const unsigned seed = seedText ? unsigned(std::strtoul(seedText, nullptr, 10)) : 20260115u;
    std::mt19937 random(seed);
    std::uniform_int_distribution<int> stepsBeforeKill(0, 2);
    std::uniform_real_distribution<double> intoStep(0.0, 1.5);
    WARN("kill test seed " << seed << " (set CIVIC_KILL_SEED to repeat another run)");

    // Each round lets the driver commit 0-2 steps, then kills it at a random
    // point of the next step (scaled by how long steps take on this machine,
    // so a slow sanitizer build is hit as evenly as a fast one).
    const int kills = 200;
    int lastReported = -1;
    int committed = 0;
    int awaited = 0;
    int journalsLeft = 0;
    double stepUs = 20000;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < kills; ++round) {
        INFO("round " << round);
        QProcess driver;
        driver.start(QStringLiteral(CIVIC_KILL_DRIVER), {QStringLiteral("run"), path});
        REQUIRE(driver.waitForStarted());
        QByteArray output;
        const int wanted = stepsBeforeKill(random);
        QElapsedTimer stepTimer;
        auto doneLines = [&] {
            return int(output.count("done "));
        };
        while (driver.state() == QProcess::Running &&
               (!output.contains("ready") || doneLines() < wanted)) {
            driver.waitForReadyRead(2000);
            const bool wasReady = output.contains("ready");
            output += driver.readAllStandardOutput();
            if (!wasReady && output.contains("ready"))
                stepTimer.start();
        }
        INFO(QString::fromUtf8(driver.readAllStandardError()));
        REQUIRE(output.contains("ready"));
        REQUIRE(doneLines() >= wanted);
        if (wanted > 0)
            stepUs = 0.8 * stepUs + 0.2 * (double(stepTimer.nsecsElapsed()) / 1000.0 / wanted);
        awaited += wanted;
        QThread::usleep(static_cast<unsigned long>(intoStep(random) * stepUs));
        REQUIRE(driver.state() == QProcess::Running);
        ::kill(pid_t(driver.processId()), SIGKILL);
        REQUIRE(driver.waitForFinished(5000));
        CHECK(driver.exitStatus() == QProcess::CrashExit);
        output += driver.readAllStandardOutput();
        for (const QByteArray& line : output.split('\n')) {
            if (line.startsWith("done "))
                lastReported = std::max(lastReported, line.mid(5).toInt());
        }
        if (QFileInfo(path + QStringLiteral("-journal")).size() > 0)
            ++journalsLeft;

        const int now = verifyWheel(path);
        // Monotonic, and everything the driver saw committed is there.
        CHECK(now >= committed);
        CHECK(now >= lastReported + 1);
        committed = now;
    }
    WARN(kills << " kills in " << timer.elapsed() << " ms; " << committed
               << " steps committed (about " << qRound(stepUs / 1000) << " ms each); "
               << journalsLeft << " kills left a journal behind for recovery");
    CHECK(committed >= awaited); // the driver did real work between kills
    CHECK(journalsLeft > 0);     // and some kills landed inside a transaction
}
