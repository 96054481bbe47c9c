#include "analysis/CoverageAnalysis.h"

#include "analysis/CoverageCounter.h"
#include "analysis/CoverageInput.h"
#include "analysis/GapRules.h"
#include "analysis/GapWording.h"

namespace civic {
namespace {

// Counting first, then the gap rules over what was counted.
Coverage analyseInput(const CoverageInput& in, const QDate& today, GapWording& wording)
{
    CoverageCounter counter(in, today);
    Coverage c = counter.count();
    GapRules(in, counter, wording).addGaps(c);
    return c;
}

} // namespace

QVector<Sector> CoverageAnalysis::keySectors()
{
    return {Sector::LocalAuthority,   Sector::Health,   Sector::PoliceSafety,
            Sector::CharityVoluntary, Sector::Families, Sector::SchoolsNetworks};
}

Coverage CoverageAnalysis::analyse(const AcademyWheel& wheel, const QDate& today)
{
    GapWording wording;
    return analyseInput(CoverageInput::of(wheel), today, wording);
}

TrustCoverage CoverageAnalysis::analyse(const TrustWheels& trust, const QDate& today)
{
    TrustCoverage result;
    result.trust = trust.trust;
    result.today = today;
    result.academies.reserve(trust.academies.size());

    CoverageInput all = CoverageInput::ofTrust(trust);
    // Work the latest engagements out once for every academy and the total
    // when the trust-wide ones answer each academy's lookups as its own would.
    LastEngagements shared;
    if (CoverageInput::recordsCarryTheirAcademy(trust)) {
        shared = CoverageInput::latestEngagements(all.engagements, today);
        all.lastEngagements = &shared;
    }
    GapWording wording; // shared: its phrases are translated once for the whole trust
    for (const AcademyWheel& wheel : trust.academies) {
        CoverageInput in = CoverageInput::of(wheel);
        in.lastEngagements = all.lastEngagements;
        result.academies.append(analyseInput(in, today, wording));
    }
    result.totals = analyseInput(all, today, wording);
    return result;
}

} // namespace civic
