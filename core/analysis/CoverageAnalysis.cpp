#include "analysis/CoverageAnalysis.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <unordered_map>
#include <vector>

namespace civic {
namespace {

// What one analysis runs over: an academy's records, or every academy's at
// once for a trust total. Pointers into the caller's wheels: nothing is copied.
using LastEngagements = QHash<QPair<qint64, qint64>, QDate>; // (academy, partner) -> latest date

LastEngagements lastEngagements(const QVector<const Engagement*>& engagements, const QDate& today)
{
    LastEngagements lastEngagement;
    lastEngagement.reserve(engagements.size());
    for (const Engagement* e : engagements) {
        if (!e->date.isValid() || e->date > today)
            continue;
        QDate& last = lastEngagement[qMakePair(e->academyId, e->partnerId)];
        if (!last.isValid() || e->date > last)
            last = e->date;
    }
    return lastEngagement;
}

struct Input
{
    qint64 academyId = 0;
    QString name;
    QString urn;
    bool trustWide = false;
    QVector<const Partner*> partners; // distinct
    QVector<const Tie*> ties;
    QVector<const Need*> needs;
    QVector<const Initiative*> initiatives;
    QVector<const Engagement*> engagements;
    /// The latest engagements of `engagements`, when the caller worked them
    /// out already; null: the analysis works them out.
    const LastEngagements* lastEngagements = nullptr;
};

template <typename T>
void appendAll(QVector<const T*>& to, const QVector<T>& from)
{
    for (const T& item : from)
        to.append(&item);
}

Input inputOf(const AcademyWheel& wheel)
{
    Input in;
    in.academyId = wheel.academy.id;
    in.name = wheel.academy.name;
    in.urn = wheel.academy.urn;
    in.partners.reserve(wheel.partners.size());
    appendAll(in.partners, wheel.partners);
    in.ties.reserve(wheel.ties.size());
    appendAll(in.ties, wheel.ties);
    appendAll(in.needs, wheel.needs);
    appendAll(in.initiatives, wheel.initiatives);
    appendAll(in.engagements, wheel.engagements);
    return in;
}

QString tr(const char* text)
{
    return QCoreApplication::translate("civic", text);
}

// The words an analysis repeats for thousands of records, translated and
// formatted once per call of CoverageAnalysis::analyse rather than per record.
class Texts
{
public:
    Texts()
    {
        for (Approach a : allValues<Approach>())
            m_approachLower[std::size_t(a)] = displayName(a).toLower();
        for (InitiativeStatus s : allValues<InitiativeStatus>())
            m_initiativeStatusLower[std::size_t(s)] = displayName(s).toLower();
        for (TieStatus s : allValues<TieStatus>())
            m_tieStatusLower[std::size_t(s)] = displayName(s).toLower();
        for (int s = 1; s <= 5; ++s)
            m_strength[std::size_t(s)] = strengthName(s);
    }

    /// QCoreApplication::translate("civic", text), looked up once per literal.
    QString tr(const char* text) { return format(text).text; }

    /// texts.tr(text).arg(args...), without parsing the format again for
    /// every record: when the translation holds exactly the placeholders %1 to
    /// %N (N = the number of arguments) once each and no other "%", the
    /// arguments are spliced in where QString::arg would put them.
    template <typename... Args>
    QString fill(const char* text, const Args&... args)
    {
        const Format& f = format(text);
        if (!f.simple || f.holes.size() != int(sizeof...(Args)))
            return f.text.arg(args...);
        const std::array<const QString*, sizeof...(Args)> values{{&args...}};
        qsizetype size = f.text.size();
        for (const QString* value : values)
            size += value->size();
        QString result;
        result.reserve(size);
        qsizetype from = 0;
        for (const auto& hole : f.holes) {
            result.append(QStringView(f.text).mid(from, hole.first - from));
            result.append(*values[std::size_t(hole.second)]);
            from = hole.first + 2;
        }
        result.append(QStringView(f.text).mid(from));
        return result;
    }
    const QString& lower(Approach a) const { return m_approachLower[std::size_t(a)]; }
    const QString& lower(InitiativeStatus s) const
    {
        return m_initiativeStatusLower[std::size_t(s)];
    }
    const QString& lower(TieStatus s) const { return m_tieStatusLower[std::size_t(s)]; }
    QString strength(int s) const
    {
        return s >= 1 && s <= 5 ? m_strength[std::size_t(s)] : strengthName(s);
    }
    /// "3 March 2025", as QDate::toString("d MMMM yyyy") writes it.
    QString date(const QDate& date)
    {
        const qint64 key = date.toJulianDay();
        auto it = m_dates.constFind(key);
        if (it == m_dates.cend())
            it = m_dates.insert(key, date.toString(QStringLiteral("d MMMM yyyy")));
        return *it;
    }
    /// "Housing need (severity 4)".
    QString needLabel(NeedCategory category, int severity)
    {
        const qint64 key = qint64(category) * 1000 + severity;
        auto it = m_needLabels.constFind(key);
        if (it == m_needLabels.cend())
            it = m_needLabels.insert(
                key, tr("%1 need (severity %2)").arg(displayName(category)).arg(severity));
        return *it;
    }
    QString days(int n) { return n == 1 ? tr("1 day") : tr("%1 days").arg(n); }

private:
    struct Format
    {
        QString text;
        QVector<std::pair<qsizetype, int>> holes; ///< (position of "%", argument), in text order
        bool simple = false;                      ///< only %1 … %N, each once, and no other "%"
    };

    const Format& format(const char* text)
    {
        auto it = m_formats.find(text);
        if (it != m_formats.end())
            return it->second;
        Format f;
        f.text = civic::tr(text);
        std::vector<bool> seen;
        bool simple = true;
        for (qsizetype i = 0; simple && i < f.text.size(); ++i) {
            if (f.text.at(i) != QLatin1Char('%'))
                continue;
            const QChar digit = i + 1 < f.text.size() ? f.text.at(i + 1) : QChar();
            const bool more = i + 2 < f.text.size() && f.text.at(i + 2).isDigit();
            if (digit < QLatin1Char('1') || digit > QLatin1Char('9') || more) {
                simple = false;
                break;
            }
            const int n = digit.unicode() - '1';
            if (std::size_t(n) >= seen.size())
                seen.resize(std::size_t(n) + 1, false);
            if (seen[std::size_t(n)])
                simple = false;
            seen[std::size_t(n)] = true;
            f.holes.append({i, n});
        }
        f.simple = simple && std::find(seen.cbegin(), seen.cend(), false) == seen.cend();
        return m_formats.emplace(text, std::move(f)).first->second;
    }

    std::unordered_map<const char*, Format> m_formats; // node-based: references stay valid
    std::array<QString, 4> m_approachLower;
    std::array<QString, 4> m_initiativeStatusLower;
    std::array<QString, 4> m_tieStatusLower;
    std::array<QString, 6> m_strength;
    QHash<qint64, QString> m_dates;
    QHash<qint64, QString> m_needLabels;
};

QString quoted(const QString& title)
{
    // The same text as QStringLiteral("\u201C%1\u201D").arg(title), without parsing a format.
    QString text;
    text.reserve(title.size() + 2);
    text.append(QChar(0x201C));
    text.append(title);
    text.append(QChar(0x201D));
    return text;
}

// 3 for active, 2 paused, 1 prospective, 0 ended: the liveliest tie wins.
int liveliness(TieStatus status)
{
    switch (status) {
    case TieStatus::Active:
        return 3;
    case TieStatus::Paused:
        return 2;
    case TieStatus::Prospective:
        return 1;
    case TieStatus::Ended:
        return 0;
    }
    return 0;
}

QString sectorPhrase(Sector sector)
{
    switch (sector) {
    case Sector::LocalAuthority:
        return tr("the local authority");
    case Sector::Health:
        return tr("health partners");
    case Sector::PoliceSafety:
        return tr("police or community safety partners");
    case Sector::CharityVoluntary:
        return tr("charities or voluntary groups");
    case Sector::Families:
        return tr("families or parent groups");
    case Sector::SchoolsNetworks:
        return tr("other schools or school networks");
    default:
        return tr("%1 partners").arg(displayName(sector).toLower());
    }
}

QString priorityPupils(Texts& texts, const NeedCoverage& need)
{
    if (need.affectsDisadvantaged && need.affectsSend)
        return texts.tr("disadvantaged and SEND pupils");
    if (need.affectsDisadvantaged)
        return texts.tr("disadvantaged pupils");
    if (need.affectsSend)
        return texts.tr("SEND pupils");
    return {};
}

QString titles(const QVector<qint64>& ids, const QHash<qint64, const Initiative*>& byId)
{
    QStringList names;
    for (qint64 id : ids) {
        if (const Initiative* initiative = byId.value(id))
            names.append(initiative->title);
    }
    return names.join(QStringLiteral(", "));
}

bool needBefore(const NeedCoverage& a, const NeedCoverage& b)
{
    if (a.met != b.met)
        return !a.met;
    if (a.bearsOnPriorityPupils() != b.bearsOnPriorityPupils())
        return a.bearsOnPriorityPupils();
    if (a.severity != b.severity)
        return a.severity > b.severity;
    const int byTitle = QString::localeAwareCompare(a.title, b.title);
    return byTitle != 0 ? byTitle < 0 : a.needId < b.needId;
}

// std::stable_sort's order, got by sorting positions rather than the records
// themselves: no strings and lists moved at every merge.
template <typename T, typename Less>
void stableSortByPosition(QVector<T>& records, Less less)
{
    QVector<int> order(records.size());
    std::iota(order.begin(), order.end(), 0);
    const QVector<T>& all = records;
    std::stable_sort(order.begin(), order.end(),
                     [&all, &less](int a, int b) { return less(all[a], all[b]); });
    QVector<T> sorted;
    sorted.reserve(records.size());
    for (int index : order)
        sorted.append(std::move(records[index]));
    records = std::move(sorted);
}

Coverage analyseInput(const Input& in, const QDate& today, Texts& texts)
{
    Coverage c;
    c.today = today;
    c.academyId = in.trustWide ? 0 : in.academyId;
    c.academyName = in.name;
    c.urn = in.urn;

    QHash<qint64, const Partner*> partnerById;
    partnerById.reserve(in.partners.size());
    for (const Partner* p : in.partners)
        partnerById.insert(p->id, p);
    QHash<qint64, const Initiative*> initiativeById; // only need gaps name initiatives
    if (!in.trustWide) {
        initiativeById.reserve(in.initiatives.size());
        for (const Initiative* i : in.initiatives)
            initiativeById.insert(i->id, i);
    }

    // Open and monitored needs, in record order until sorted below; the
    // initiatives loop fills in which initiatives address them.
    QHash<qint64, int> needIndex; // need id -> its first entry in c.needs
    needIndex.reserve(in.needs.size());
    QVector<int> sameNeed; // index -> next entry with the same need id, or -1
    c.needs.reserve(in.needs.size());
    for (const Need* n : in.needs) {
        if (n->status == NeedStatus::Closed) {
            ++c.needsClosed;
            continue;
        }
        NeedCoverage nc;
        nc.needId = n->id;
        nc.academyId = n->academyId;
        nc.title = n->title;
        nc.category = n->category;
        nc.severity = n->severity;
        nc.affectsDisadvantaged = n->affectsDisadvantaged;
        nc.affectsSend = n->affectsSend;
        nc.consulted = n->consulted;
        nc.status = n->status;
        const int index = int(c.needs.size());
        c.needs.append(nc);
        sameNeed.append(-1);
        auto it = needIndex.find(n->id);
        if (it == needIndex.end()) {
            needIndex.insert(n->id, index);
        } else {
            int last = *it;
            while (sameNeed[last] >= 0)
                last = sameNeed[last];
            sameNeed[last] = index;
        }
    }
    auto addressing = [&](qint64 needId, qint64 initiativeId, bool active) {
        const auto it = needIndex.constFind(needId);
        if (it == needIndex.cend())
            return;
        for (int index = *it; index >= 0; index = sameNeed[index]) {
            NeedCoverage& nc = c.needs[index];
            (active ? nc.activeInitiativeIds : nc.inactiveInitiativeIds).append(initiativeId);
        }
    };

    // Initiatives by approach ----------------------------------------------
    const QVector<Approach> approaches = allValues<Approach>();
    for (Approach a : approaches) {
        ApproachCoverage ac;
        ac.approach = a;
        c.approaches.append(ac);
    }
    // Ids collected here, then sorted and counted distinct.
    std::array<std::vector<qint64>, 4> partnersOf;
    std::array<std::vector<qint64>, 4> needsOf;
    for (const Initiative* i : in.initiatives) {
        const int ai = int(i->approach);
        ApproachCoverage& ac = c.approaches[ai];
        ++ac.initiatives;
        switch (i->status) {
        case InitiativeStatus::Planned:
            ++ac.plannedInitiatives;
            break;
        case InitiativeStatus::Active:
            ++ac.activeInitiatives;
            break;
        case InitiativeStatus::Paused:
            ++ac.pausedInitiatives;
            break;
        case InitiativeStatus::Ended:
            ++ac.endedInitiatives;
            break;
        }
        if (i->status == InitiativeStatus::Active) {
            partnersOf[ai].insert(partnersOf[ai].end(), i->partnerIds.cbegin(),
                                  i->partnerIds.cend());
            for (qint64 n : i->needIds) {
                needsOf[ai].push_back(n);
                addressing(n, i->id, true);
            }
            ac.pupilsReached += i->pupilsReached;
            ac.disadvantagedReached += i->disadvantagedReached;
            ac.sendReached += i->sendReached;
        } else if (i->status != InitiativeStatus::Ended) {
            for (qint64 n : i->needIds)
                addressing(n, i->id, false);
        }
    }
    auto distinct = [](std::vector<qint64>& ids) {
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        return int(ids.size());
    };
    std::vector<qint64> involved;
    for (ApproachCoverage& ac : c.approaches) {
        std::vector<qint64>& partnerIds = partnersOf[std::size_t(ac.approach)];
        ac.partners = distinct(partnerIds);
        ac.needsAddressed = distinct(needsOf[std::size_t(ac.approach)]);
        involved.insert(involved.end(), partnerIds.cbegin(), partnerIds.cend());
        c.initiatives += ac.initiatives;
        c.activeInitiatives += ac.activeInitiatives;
        c.pupilsReached += ac.pupilsReached;
        c.disadvantagedReached += ac.disadvantagedReached;
        c.sendReached += ac.sendReached;
    }
    c.partnersInvolved = distinct(involved);

    // Needs ------------------------------------------------------------------
    std::array<CategoryNeeds, 14> byCategory{};
    std::array<bool, 14> categorySeen{};
    for (NeedCoverage& nc : c.needs) {
        nc.met = !nc.activeInitiativeIds.isEmpty();
        (nc.met ? c.needsMet : c.needsUnmet)++;
        if (!nc.consulted)
            ++c.needsNotConsulted;
        const auto ci = std::size_t(nc.category);
        if (ci < byCategory.size()) {
            categorySeen[ci] = true;
            byCategory[ci].category = nc.category;
            (nc.met ? byCategory[ci].met : byCategory[ci].unmet)++;
        }
    }
    stableSortByPosition(c.needs, needBefore);
    for (NeedCategory category : allValues<NeedCategory>()) {
        const auto ci = std::size_t(category);
        if (ci < byCategory.size() && categorySeen[ci])
            c.needsByCategory.append(byCategory[ci]);
    }

    // Ties -----------------------------------------------------------------
    const QDate quietSince = today.addMonths(-CoverageAnalysis::QuietMonths);
    LastEngagements ownLastEngagements;
    if (!in.lastEngagements)
        ownLastEngagements = lastEngagements(in.engagements, today);
    const LastEngagements& lastEngagement =
        in.lastEngagements ? *in.lastEngagements : ownLastEngagements;
    QHash<qint64, TieStatus> liveliest; // partner id -> liveliest current tie
    liveliest.reserve(in.ties.size());
    for (const Tie* t : in.ties) {
        ++c.tiesByStatus[std::size_t(t->status)];
        if (t->status == TieStatus::Ended)
            continue;
        if (t->strength >= 1 && t->strength <= 5)
            ++c.tiesByStrength[std::size_t(t->strength - 1)];
        (t->role == TieRole::Leads ? c.tiesLed : c.tiesSupported)++;
        ++c.tiesByNarrative[std::size_t(t->narrative)];
        auto it = liveliest.find(t->partnerId);
        if (it == liveliest.end())
            liveliest.insert(t->partnerId, t->status);
        else if (liveliness(t->status) > liveliness(*it))
            *it = t->status;

        const bool overdue = t->nextReview.isValid() && t->nextReview < today;
        const bool active = t->status == TieStatus::Active;
        if (!overdue && !active)
            continue;
        const QDate last = lastEngagement.value(qMakePair(t->academyId, t->partnerId));
        const bool quiet = active && (!last.isValid() || last < quietSince);
        if (!overdue && !quiet)
            continue;
        const Partner* partner = partnerById.value(t->partnerId);
        TieFollowUp f;
        f.tieId = t->id;
        f.academyId = t->academyId;
        f.partnerId = t->partnerId;
        f.partnerName = partner ? partner->name : QString();
        f.sector = partner ? partner->sector : Sector::Other;
        f.status = t->status;
        f.strength = t->strength;
        f.nextReview = t->nextReview;
        f.lastEngagement = last;
        if (quiet)
            c.quietTies.append(f);
        if (overdue) {
            f.daysOverdue = int(t->nextReview.daysTo(today));
            c.overdueReviews.append(f);
        }
    }
    stableSortByPosition(c.overdueReviews, [](const TieFollowUp& a, const TieFollowUp& b) {
        if (a.daysOverdue != b.daysOverdue)
            return a.daysOverdue > b.daysOverdue;
        return a.partnerName < b.partnerName;
    });
    stableSortByPosition(c.quietTies, [](const TieFollowUp& a, const TieFollowUp& b) {
        if (a.strength != b.strength)
            return a.strength > b.strength;
        if (a.lastEngagement != b.lastEngagement)
            return !a.lastEngagement.isValid() ||
                   (b.lastEngagement.isValid() && a.lastEngagement < b.lastEngagement);
        return a.partnerName < b.partnerName;
    });

    for (Sector s : allValues<Sector>()) {
        SectorPartners sp;
        sp.sector = s;
        c.partnersBySector.append(sp);
    }
    for (auto it = liveliest.cbegin(); it != liveliest.cend(); ++it) {
        const Partner* partner = partnerById.value(it.key());
        if (!partner)
            continue;
        SectorPartners& sp = c.partnersBySector[int(partner->sector)];
        switch (*it) {
        case TieStatus::Active:
            ++sp.active;
            break;
        case TieStatus::Paused:
            ++sp.paused;
            break;
        case TieStatus::Prospective:
            ++sp.prospective;
            break;
        case TieStatus::Ended:
            break;
        }
        ++c.partners;
    }

    // Gaps, most important kind first ----------------------------------------------
    const qint64 gapAcademy = c.academyId;
    auto gap = [&](GapKind kind, const QString& text, const QString& detail, EntityKind entity,
                   qint64 id) {
        Gap g;
        g.kind = kind;
        g.text = text;
        g.detail = detail;
        g.entity = entity;
        g.id = id;
        g.academyId = gapAcademy;
        c.gaps.append(g);
        return &c.gaps.last();
    };

    if (c.isEmpty()) {
        gap(GapKind::NothingRecorded, texts.tr("Nothing recorded yet for %1").arg(in.name),
            texts.tr(
                "Start with the academy's partners, then the community's needs and the initiatives "
                "that "
                "meet them: the charts fill in as you go."),
            EntityKind::Academy, in.trustWide ? 0 : in.academyId);
        return c;
    }

    auto needGap = [&](const NeedCoverage& n, GapKind kind) {
        QStringList detail;
        QString first = quoted(n.title);
        if (n.bearsOnPriorityPupils())
            first += texts.fill(" bears on %1", priorityPupils(texts, n));
        detail.append(first + QLatin1Char('.'));
        if (!n.inactiveInitiativeIds.isEmpty())
            detail.append(texts.fill("Only an initiative that is not active addresses it: %1.",
                                     titles(n.inactiveInitiativeIds, initiativeById)));
        if (!n.consulted)
            detail.append(texts.tr("The people affected have not been consulted."));
        const QString text =
            n.inactiveInitiativeIds.isEmpty()
                ? texts.fill("%1 has no initiative", texts.needLabel(n.category, n.severity))
                : texts.fill("%1 has no active initiative",
                             texts.needLabel(n.category, n.severity));
        gap(kind, text, detail.join(QLatin1Char(' ')), EntityKind::Need, n.needId);
    };
    if (!in.trustWide) {
        for (const NeedCoverage& n : c.needs) {
            if (!n.met && n.bearsOnPriorityPupils())
                needGap(n, GapKind::UnmetPriorityNeed);
        }
        for (const NeedCoverage& n : c.needs) {
            if (!n.met && !n.bearsOnPriorityPupils())
                needGap(n, GapKind::UnmetNeed);
        }
    }

    for (const ApproachCoverage& ac : c.approaches) {
        if (ac.activeInitiatives > 0)
            continue;
        const QString name = texts.lower(ac.approach);
        QStringList waiting;
        qint64 firstWaiting = 0;
        for (const Initiative* i : in.initiatives) {
            if (i->approach == ac.approach &&
                (i->status == InitiativeStatus::Planned || i->status == InitiativeStatus::Paused)) {
                waiting.append(texts.tr("%1 (%2)").arg(i->title, texts.lower(i->status)));
                if (firstWaiting == 0)
                    firstWaiting = i->id;
            }
        }
        QString detail = approachDescription(ac.approach);
        if (!waiting.isEmpty())
            detail =
                texts.tr("Not yet active: %1. ").arg(waiting.join(QStringLiteral(", "))) + detail;
        Gap* g = gap(GapKind::MissingApproach,
                     ac.initiatives == ac.endedInitiatives
                         ? texts.tr("No %1 initiative yet").arg(name)
                         : texts.tr("No active %1 initiative yet").arg(name),
                     detail, EntityKind::Initiative, firstWaiting);
        g->approach = ac.approach;
    }

    if (c.needs.isEmpty() && c.needsClosed == 0)
        gap(GapKind::NoNeedsRecorded, texts.tr("No community needs recorded"),
            texts.tr(
                "Record what pupils and the community need, and which initiatives address it, so "
                "coverage can "
                "show which needs are met."),
            EntityKind::Need, 0);

    for (Sector s : CoverageAnalysis::keySectors()) {
        const SectorPartners& sp = c.sector(s);
        if (sp.active > 0)
            continue;
        const Partner* waiting = nullptr;
        for (const Tie* t : in.ties) {
            const Partner* p = partnerById.value(t->partnerId);
            if (p && p->sector == s && t->status != TieStatus::Ended) {
                waiting = p;
                break;
            }
        }
        Gap* g = sp.total() == 0
                     ? gap(GapKind::MissingSector, texts.tr("No tie with %1").arg(sectorPhrase(s)),
                           texts.tr("No partner of the sector \u201C%1\u201D is on the wheel.")
                               .arg(displayName(s)),
                           EntityKind::Partner, 0)
                     : gap(GapKind::MissingSector,
                           texts.tr("No active tie with %1").arg(sectorPhrase(s)),
                           texts.tr("%1 prospective, %2 paused: %3 is the place to start.")
                               .arg(sp.prospective)
                               .arg(sp.paused)
                               .arg(waiting ? waiting->name : displayName(s)),
                           EntityKind::Partner, waiting ? waiting->id : 0);
        g->sector = s;
    }

    if (in.trustWide)
        return c;

    for (const TieFollowUp& f : c.overdueReviews) {
        Gap* g = gap(GapKind::ReviewOverdue,
                     texts.fill("Review of the tie with %1 is %2 overdue", f.partnerName,
                                texts.days(f.daysOverdue)),
                     texts.fill("The review was due on %1; the tie is %2, strength %3.",
                                texts.date(f.nextReview), texts.lower(f.status),
                                texts.strength(f.strength)),
                     EntityKind::Partner, f.partnerId);
        g->sector = f.sector;
    }

    for (const NeedCoverage& n : c.needs) {
        if (n.met && !n.consulted)
            gap(GapKind::NotConsulted,
                texts.fill("%1: the people affected were not consulted",
                           texts.needLabel(n.category, n.severity)),
                texts.fill(
                    "%1 is addressed, but nobody has asked those it affects whether the work "
                    "meets it.",
                    quoted(n.title)),
                EntityKind::Need, n.needId);
    }

    for (const TieFollowUp& f : c.quietTies) {
        Gap* g =
            gap(GapKind::NoRecentEngagement,
                texts.fill("No engagement with %1 in the last six months", f.partnerName),
                f.lastEngagement.isValid()
                    ? texts.fill("An active tie of strength %1; last engagement logged on %2.",
                                 texts.strength(f.strength), texts.date(f.lastEngagement))
                    : texts.fill("An active tie of strength %1; no engagement has been logged yet.",
                                 texts.strength(f.strength)),
                EntityKind::Partner, f.partnerId);
        g->sector = f.sector;
    }
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
    Texts texts;
    return analyseInput(inputOf(wheel), today, texts);
}

TrustCoverage CoverageAnalysis::analyse(const TrustWheels& trust, const QDate& today)
{
    TrustCoverage result;
    result.trust = trust.trust;
    result.today = today;
    result.academies.reserve(trust.academies.size());

    Input all;
    all.trustWide = true;
    all.name = trust.trust.name;
    QSet<qint64> partnerSeen;
    Texts texts;
    for (const AcademyWheel& wheel : trust.academies) {
        for (const Partner& p : wheel.partners) {
            if (!partnerSeen.contains(p.id)) {
                partnerSeen.insert(p.id);
                all.partners.append(&p);
            }
        }
        appendAll(all.ties, wheel.ties);
        appendAll(all.needs, wheel.needs);
        appendAll(all.initiatives, wheel.initiatives);
        appendAll(all.engagements, wheel.engagements);
    }
    // Every academy's ties and engagements carry its own id (as the store
    // loads them), so the trust-wide latest engagements answer each academy's
    // lookups exactly as its own would: work them out once for all of them
    // and the trust total.
    QSet<qint64> academyIds;
    bool ownRecords = true;
    for (const AcademyWheel& wheel : trust.academies) {
        const qint64 id = wheel.academy.id;
        if (academyIds.contains(id))
            ownRecords = false;
        academyIds.insert(id);
        for (const Tie& t : wheel.ties)
            ownRecords = ownRecords && t.academyId == id;
        for (const Engagement& e : wheel.engagements)
            ownRecords = ownRecords && e.academyId == id;
    }
    LastEngagements shared;
    if (ownRecords) {
        shared = lastEngagements(all.engagements, today);
        all.lastEngagements = &shared;
    }
    for (const AcademyWheel& wheel : trust.academies) {
        Input in = inputOf(wheel);
        in.lastEngagements = all.lastEngagements;
        result.academies.append(analyseInput(in, today, texts));
    }
    if (all.name.isEmpty())
        all.name = QCoreApplication::translate("civic", "the trust");
    result.totals = analyseInput(all, today, texts);
    return result;
}

} // namespace civic
