#include "RawReader.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace civic::bench {
namespace {

// A prepared statement finalised on every path.
class Statement
{
public:
    Statement(sqlite3* db, const char* sql)
        : m_db(db)
    {
        if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK)
            throw std::runtime_error(std::string("prepare: ") + sqlite3_errmsg(db) + " in " + sql);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    void bind(int index, int64_t value) { sqlite3_bind_int64(m_stmt, index, value); }
    bool step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc != SQLITE_DONE)
            throw std::runtime_error(std::string("step: ") + sqlite3_errmsg(m_db));
        return false;
    }
    int64_t i64(int col) const { return sqlite3_column_int64(m_stmt, col); }
    int i32(int col) const { return sqlite3_column_int(m_stmt, col); }
    bool isNull(int col) const { return sqlite3_column_type(m_stmt, col) == SQLITE_NULL; }
    std::string text(int col) const
    {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, col));
        return p ? std::string(p, size_t(sqlite3_column_bytes(m_stmt, col))) : std::string();
    }
    std::optional<int> optInt(int col) const
    {
        return isNull(col) ? std::nullopt : std::optional<int>(i32(col));
    }
    std::optional<double> optReal(int col) const
    {
        return isNull(col) ? std::nullopt
                           : std::optional<double>(sqlite3_column_double(m_stmt, col));
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
};

void exec(sqlite3* db, const char* sql)
{
    Statement s(db, sql);
    while (s.step()) {
    }
}

RawTrust readTrust(const Statement& s)
{
    return {s.i64(0), s.text(1), s.text(2), s.text(3)};
}

RawAcademy readAcademy(const Statement& s)
{
    RawAcademy a;
    a.id = s.i64(0);
    a.trustId = s.i64(1);
    a.urn = s.text(2);
    a.name = s.text(3);
    a.phase = s.text(4);
    a.localAuthority = s.text(5);
    a.postcode = s.text(6);
    a.headteacher = s.text(7);
    a.pupilsOnRoll = s.optInt(8);
    a.percentDisadvantaged = s.optReal(9);
    a.percentSend = s.optReal(10);
    a.notes = s.text(11);
    return a;
}

RawPartner readPartner(const Statement& s)
{
    return {s.i64(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)};
}

RawContact readContact(const Statement& s)
{
    return {s.i64(0), s.i64(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6), s.text(7)};
}

RawTie readTie(const Statement& s)
{
    RawTie t;
    t.id = s.i64(0);
    t.academyId = s.i64(1);
    t.partnerId = s.i64(2);
    t.strength = s.i32(3);
    t.role = s.text(4);
    t.narrative = s.text(5);
    t.staffOwner = s.text(6);
    t.executiveSponsor = s.text(7);
    t.started = s.text(8);
    t.nextReview = s.text(9);
    t.status = s.text(10);
    t.notes = s.text(11);
    return t;
}

RawNeed readNeed(const Statement& s)
{
    RawNeed n;
    n.id = s.i64(0);
    n.academyId = s.i64(1);
    n.title = s.text(2);
    n.category = s.text(3);
    n.severity = s.i32(4);
    n.evidence = s.text(5);
    n.affectsDisadvantaged = s.i32(6) != 0;
    n.affectsSend = s.i32(7) != 0;
    n.consulted = s.i32(8) != 0;
    n.status = s.text(9);
    n.identified = s.text(10);
    n.notes = s.text(11);
    return n;
}

RawInitiative readInitiative(const Statement& s)
{
    RawInitiative i;
    i.id = s.i64(0);
    i.academyId = s.i64(1);
    i.title = s.text(2);
    i.approach = s.text(3);
    i.status = s.text(4);
    i.staffLead = s.text(5);
    i.started = s.text(6);
    i.ends = s.text(7);
    i.description = s.text(8);
    i.outcomes = s.text(9);
    i.pupilsReached = s.i32(10);
    i.disadvantagedReached = s.i32(11);
    i.sendReached = s.i32(12);
    return i;
}

RawEngagement readEngagement(const Statement& s)
{
    return {s.i64(0), s.i64(1), s.i64(2), s.i64(3), s.text(4), s.text(5), s.text(6), s.text(7)};
}

// The store's column lists and its queries, written out by hand.
#define ACADEMY_COLS                                                                               \
    "t.id, t.trust_id, t.urn, t.name, t.phase, t.local_authority, t.postcode, t.headteacher, "     \
    "t.pupils_on_roll, t.percent_disadvantaged, t.percent_send, t.notes"
#define TRUST_COLS "t.id, t.name, t.companies_house_number, t.notes"
#define PARTNER_COLS(a)                                                                            \
    a ".id, " a ".name, " a ".sector, " a ".postcode, " a ".website, " a ".notes"
#define CONTACT_COLS(a)                                                                            \
    a ".id, " a ".partner_id, " a ".name, " a ".role, " a ".email, " a ".phone, " a ".notes, " a   \
      ".retain_until"
#define TIE_COLS                                                                                   \
    "t.id, t.academy_id, t.partner_id, t.strength, t.role, t.narrative, t.staff_owner, "           \
    "t.executive_sponsor, t.started, t.next_review, t.status, t.notes"
#define NEED_COLS                                                                                  \
    "t.id, t.academy_id, t.title, t.category, t.severity, t.evidence, t.affects_disadvantaged, "   \
    "t.affects_send, t.consulted, t.status, t.identified, t.notes"
#define INITIATIVE_COLS                                                                            \
    "t.id, t.academy_id, t.title, t.approach, t.status, t.staff_lead, t.started, t.ends, "         \
    "t.description, t.outcomes, t.pupils_reached, t.disadvantaged_reached, t.send_reached"
#define ENGAGEMENT_COLS                                                                            \
    "t.id, t.academy_id, t.partner_id, t.contact_id, t.occurred_on, t.kind, t.summary, t.notes"

template <typename T, typename Read>
std::vector<T> readAll(sqlite3* db, const char* sql, Read read, int64_t id = 0)
{
    Statement s(db, sql);
    if (id)
        s.bind(1, id);
    std::vector<T> rows;
    while (s.step())
        rows.push_back(read(s));
    return rows;
}

void readLinks(sqlite3* db, std::vector<RawInitiative>& initiatives, const char* partnersSql,
               const char* needsSql, int64_t id)
{
    std::unordered_map<int64_t, size_t> index;
    index.reserve(initiatives.size());
    for (size_t i = 0; i < initiatives.size(); ++i)
        index.emplace(initiatives[i].id, i);
    for (int which = 0; which < 2; ++which) {
        Statement s(db, which == 0 ? partnersSql : needsSql);
        if (id)
            s.bind(1, id);
        while (s.step()) {
            const auto it = index.find(s.i64(0));
            if (it == index.end())
                continue;
            auto& ids =
                which == 0 ? initiatives[it->second].partnerIds : initiatives[it->second].needIds;
            ids.push_back(s.i64(1));
        }
    }
}

} // namespace

RawReader::RawReader(const std::string& path)
{
    if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK)
        throw std::runtime_error("cannot open " + path);
    sqlite3_busy_timeout(m_db, 5000);
    Statement check(m_db, "PRAGMA quick_check");
    if (!check.step() || check.text(0) != "ok")
        throw std::runtime_error("quick_check failed on " + path);
    exec(m_db, "PRAGMA user_version");
    exec(m_db, "PRAGMA foreign_keys = ON");
    exec(m_db, "PRAGMA secure_delete = ON");
    exec(m_db, "PRAGMA journal_mode = DELETE");
    exec(m_db, "PRAGMA synchronous = FULL");
}

RawReader::~RawReader()
{
    sqlite3_close(m_db);
}

RawAcademyWheel RawReader::loadAcademy(int64_t academyId)
{
    RawAcademyWheel w;
    auto academies = readAll<RawAcademy>(
        m_db, "SELECT " ACADEMY_COLS " FROM academies t WHERE t.id = ?", readAcademy, academyId);
    if (academies.empty())
        throw std::runtime_error("no such academy");
    w.academy = academies.front();
    if (w.academy.trustId > 0) {
        auto trusts = readAll<RawTrust>(m_db, "SELECT " TRUST_COLS " FROM trusts t WHERE t.id = ?",
                                        readTrust, w.academy.trustId);
        if (!trusts.empty())
            w.trust = trusts.front();
    }
    w.partners = readAll<RawPartner>(
        m_db,
        "SELECT " PARTNER_COLS("p") " FROM partners p JOIN ties x ON x.partner_id = p.id "
                                    "WHERE x.academy_id = ? ORDER BY p.name, p.id",
        readPartner, academyId);
    w.ties = readAll<RawTie>(m_db,
                             "SELECT " TIE_COLS " FROM ties t WHERE t.academy_id = ? ORDER BY t.id",
                             readTie, academyId);
    w.contacts = readAll<RawContact>(
        m_db,
        "SELECT " CONTACT_COLS("c") " FROM contacts c JOIN ties x ON x.partner_id = c.partner_id "
                                    "WHERE x.academy_id = ? ORDER BY c.name, c.id",
        readContact, academyId);
    w.needs = readAll<RawNeed>(
        m_db, "SELECT " NEED_COLS " FROM needs t WHERE t.academy_id = ? ORDER BY t.id", readNeed,
        academyId);
    w.initiatives = readAll<RawInitiative>(
        m_db, "SELECT " INITIATIVE_COLS " FROM initiatives t WHERE t.academy_id = ? ORDER BY t.id",
        readInitiative, academyId);
    w.engagements = readAll<RawEngagement>(m_db,
                                           "SELECT " ENGAGEMENT_COLS
                                           " FROM engagements t WHERE t.academy_id = ? "
                                           "ORDER BY t.occurred_on DESC, t.id DESC",
                                           readEngagement, academyId);
    readLinks(m_db, w.initiatives,
              "SELECT l.initiative_id, l.partner_id FROM initiative_partners l JOIN initiatives i "
              "ON i.id = l.initiative_id "
              "WHERE i.academy_id = ? ORDER BY l.initiative_id, l.partner_id",
              "SELECT l.initiative_id, l.need_id FROM initiative_needs l JOIN initiatives i ON "
              "i.id = l.initiative_id "
              "WHERE i.academy_id = ? ORDER BY l.initiative_id, l.need_id",
              academyId);
    return w;
}

RawTrustWheels RawReader::loadTrust()
{
    RawTrustWheels result;
    auto trusts = readAll<RawTrust>(
        m_db, "SELECT " TRUST_COLS " FROM trusts t ORDER BY t.id LIMIT 1", readTrust);
    auto academies = readAll<RawAcademy>(
        m_db, "SELECT " ACADEMY_COLS " FROM academies t ORDER BY t.name, t.id", readAcademy);
    auto partners = readAll<RawPartner>(
        m_db, "SELECT " PARTNER_COLS("t") " FROM partners t ORDER BY t.name, t.id", readPartner);
    auto ties = readAll<RawTie>(m_db, "SELECT " TIE_COLS " FROM ties t ORDER BY t.id", readTie);
    auto contacts = readAll<RawContact>(
        m_db, "SELECT " CONTACT_COLS("t") " FROM contacts t ORDER BY t.name, t.id", readContact);
    auto needs =
        readAll<RawNeed>(m_db, "SELECT " NEED_COLS " FROM needs t ORDER BY t.id", readNeed);
    auto initiatives = readAll<RawInitiative>(
        m_db, "SELECT " INITIATIVE_COLS " FROM initiatives t ORDER BY t.id", readInitiative);
    auto engagements = readAll<RawEngagement>(m_db,
                                              "SELECT " ENGAGEMENT_COLS " FROM engagements t "
                                              "ORDER BY t.occurred_on DESC, t.id DESC",
                                              readEngagement);
    readLinks(m_db, initiatives,
              "SELECT l.initiative_id, l.partner_id FROM initiative_partners l JOIN initiatives i "
              "ON i.id = l.initiative_id "
              "ORDER BY l.initiative_id, l.partner_id",
              "SELECT l.initiative_id, l.need_id FROM initiative_needs l JOIN initiatives i ON "
              "i.id = l.initiative_id "
              "ORDER BY l.initiative_id, l.need_id",
              0);

    // Shared out per academy exactly as WheelStore::loadTrust does.
    if (!trusts.empty())
        result.trust = trusts.front();
    std::unordered_map<int64_t, size_t> academyIndex;
    for (const RawAcademy& academy : academies) {
        academyIndex.emplace(academy.id, result.academies.size());
        RawAcademyWheel wheel;
        wheel.academy = academy;
        if (academy.trustId == result.trust.id)
            wheel.trust = result.trust;
        result.academies.push_back(std::move(wheel));
    }
    std::unordered_map<int64_t, std::vector<size_t>> academiesOfPartner;
    for (RawTie& tie : ties) {
        const auto it = academyIndex.find(tie.academyId);
        if (it == academyIndex.end())
            continue;
        academiesOfPartner[tie.partnerId].push_back(it->second);
        result.academies[it->second].ties.push_back(std::move(tie));
    }
    for (const RawPartner& partner : partners) {
        const auto it = academiesOfPartner.find(partner.id);
        if (it != academiesOfPartner.end())
            for (size_t index : it->second)
                result.academies[index].partners.push_back(partner);
    }
    for (const RawContact& contact : contacts) {
        const auto it = academiesOfPartner.find(contact.partnerId);
        if (it != academiesOfPartner.end())
            for (size_t index : it->second)
                result.academies[index].contacts.push_back(contact);
    }
    auto share = [&](auto& items, auto member) {
        for (auto& item : items) {
            const auto it = academyIndex.find(item.academyId);
            if (it != academyIndex.end())
                (result.academies[it->second].*member).push_back(std::move(item));
        }
    };
    share(needs, &RawAcademyWheel::needs);
    share(initiatives, &RawAcademyWheel::initiatives);
    share(engagements, &RawAcademyWheel::engagements);
    return result;
}

} // namespace civic::bench
