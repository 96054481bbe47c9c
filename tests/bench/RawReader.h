#pragma once

// The reference side of the load benchmark: the same rows the store reads
// for one academy and for the trust overview, with the same columns, joins
// and order, read with SQLite's C API into plain structs. It is what the
// store could do at best, so ours ÷ raw shows what Qt Sql and our mapping cost.

#include <cstdint>
#include <optional>
#include <sqlite3.h>
#include <string>
#include <vector>

namespace civic::bench {

struct RawTrust
{
    int64_t id = 0;
    std::string name, companiesHouseNumber, notes;
};

struct RawAcademy
{
    int64_t id = 0, trustId = 0;
    std::string urn, name, phase, localAuthority, postcode, headteacher;
    std::optional<int> pupilsOnRoll;
    std::optional<double> percentDisadvantaged, percentSend;
    std::string notes;
};

struct RawPartner
{
    int64_t id = 0;
    std::string name, sector, postcode, website, notes;
};

struct RawContact
{
    int64_t id = 0, partnerId = 0;
    std::string name, role, email, phone, notes, retainUntil;
};

struct RawTie
{
    int64_t id = 0, academyId = 0, partnerId = 0;
    int strength = 0;
    std::string role, narrative, staffOwner, executiveSponsor, started, nextReview, status, notes;
};

struct RawNeed
{
    int64_t id = 0, academyId = 0;
    std::string title, category;
    int severity = 0;
    std::string evidence;
    bool affectsDisadvantaged = false, affectsSend = false, consulted = false;
    std::string status, identified, notes;
};

struct RawInitiative
{
    int64_t id = 0, academyId = 0;
    std::string title, approach, status, staffLead, started, ends, description, outcomes;
    int pupilsReached = 0, disadvantagedReached = 0, sendReached = 0;
    std::vector<int64_t> partnerIds, needIds;
};

struct RawEngagement
{
    int64_t id = 0, academyId = 0, partnerId = 0, contactId = 0;
    std::string date, kind, summary, notes;
};

struct RawAcademyWheel
{
    RawAcademy academy;
    RawTrust trust;
    std::vector<RawPartner> partners;
    std::vector<RawTie> ties;
    std::vector<RawContact> contacts;
    std::vector<RawNeed> needs;
    std::vector<RawInitiative> initiatives;
    std::vector<RawEngagement> engagements;

    size_t rows() const
    {
        return 1 + partners.size() + ties.size() + contacts.size() + needs.size() +
               initiatives.size() + engagements.size();
    }
};

struct RawTrustWheels
{
    RawTrust trust;
    std::vector<RawAcademyWheel> academies;
};

/// One open file read with SQLite's C API. Errors throw std::runtime_error:
/// this is a measuring tool, and a failure ends the run.
class RawReader
{
public:
    /// Opens like the store does: read-write, then the quick integrity check
    /// and the connection's pragmas.
    explicit RawReader(const std::string& path);
    ~RawReader();
    RawReader(const RawReader&) = delete;
    RawReader& operator=(const RawReader&) = delete;

    RawAcademyWheel loadAcademy(int64_t academyId);
    RawTrustWheels loadTrust();

private:
    sqlite3* m_db = nullptr;
};

} // namespace civic::bench
