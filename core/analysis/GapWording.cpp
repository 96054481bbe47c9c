#include "analysis/GapWording.h"

#include <QCoreApplication>
#include <QStringList>

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("civic", text);
}

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

QString titles(const QVector<qint64>& ids, const QHash<qint64, const Initiative*>& byId)
{
    QStringList names;
    for (qint64 id : ids) {
        if (const Initiative* initiative = byId.value(id))
            names.append(initiative->title);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

GapWording::Words GapWording::nothingRecorded(const QString& name)
{
    return {m_texts.tr("Nothing recorded yet for %1").arg(name),
            m_texts.tr("Start with the academy's partners, then the community's needs and the "
                       "initiatives that meet them: the charts fill in as you go.")};
}

QString GapWording::priorityPupils(const NeedCoverage& need)
{
    if (need.affectsDisadvantaged && need.affectsSend)
        return m_texts.tr("disadvantaged and SEND pupils");
    if (need.affectsDisadvantaged)
        return m_texts.tr("disadvantaged pupils");
    if (need.affectsSend)
        return m_texts.tr("SEND pupils");
    return {};
}

GapWording::Words GapWording::unmetNeed(const NeedCoverage& n,
                                        const QHash<qint64, const Initiative*>& initiativeById)
{
    QStringList detail;
    QString first = quoted(n.title);
    if (n.bearsOnPriorityPupils())
        first += m_texts.fill(" bears on %1", priorityPupils(n));
    detail.append(first + QLatin1Char('.'));
    if (!n.inactiveInitiativeIds.isEmpty())
        detail.append(m_texts.fill("Only an initiative that is not active addresses it: %1.",
                                   titles(n.inactiveInitiativeIds, initiativeById)));
    if (!n.consulted)
        detail.append(m_texts.tr("The people affected have not been consulted."));
    const QString label = m_texts.needLabel(n.category, n.severity);
    const QString text = n.inactiveInitiativeIds.isEmpty()
                             ? m_texts.fill("%1 has no initiative", label)
                             : m_texts.fill("%1 has no active initiative", label);
    return {text, detail.join(QLatin1Char(' '))};
}

GapWording::Words GapWording::missingApproach(const ApproachCoverage& ac,
                                              const QVector<const Initiative*>& waiting)
{
    const QString name = m_texts.lower(ac.approach);
    QStringList waitingNames;
    for (const Initiative* i : waiting)
        waitingNames.append(m_texts.tr("%1 (%2)").arg(i->title, m_texts.lower(i->status)));
    QString detail = approachDescription(ac.approach);
    if (!waitingNames.isEmpty())
        detail = m_texts.tr("Not yet active: %1. ").arg(waitingNames.join(QStringLiteral(", "))) +
                 detail;
    const QString text = ac.initiatives == ac.endedInitiatives
                             ? m_texts.tr("No %1 initiative yet").arg(name)
                             : m_texts.tr("No active %1 initiative yet").arg(name);
    return {text, detail};
}

GapWording::Words GapWording::noNeedsRecorded()
{
    return {m_texts.tr("No community needs recorded"),
            m_texts.tr("Record what pupils and the community need, and which initiatives address "
                       "it, so coverage can show which needs are met.")};
}

GapWording::Words GapWording::missingSector(const SectorPartners& sp, const Partner* waiting)
{
    const Sector s = sp.sector;
    if (sp.total() == 0)
        return {m_texts.tr("No tie with %1").arg(sectorPhrase(s)),
                m_texts.tr("No partner of the sector \u201C%1\u201D is on the wheel.")
                    .arg(displayName(s))};
    return {m_texts.tr("No active tie with %1").arg(sectorPhrase(s)),
            m_texts.tr("%1 prospective, %2 paused: %3 is the place to start.")
                .arg(sp.prospective)
                .arg(sp.paused)
                .arg(waiting ? waiting->name : displayName(s))};
}

GapWording::Words GapWording::reviewOverdue(const TieFollowUp& f)
{
    return {m_texts.fill("Review of the tie with %1 is %2 overdue", f.partnerName,
                         m_texts.days(f.daysOverdue)),
            m_texts.fill("The review was due on %1; the tie is %2, strength %3.",
                         m_texts.date(f.nextReview), m_texts.lower(f.status),
                         m_texts.strength(f.strength))};
}

GapWording::Words GapWording::notConsulted(const NeedCoverage& n)
{
    return {m_texts.fill("%1: the people affected were not consulted",
                         m_texts.needLabel(n.category, n.severity)),
            m_texts.fill("%1 is addressed, but nobody has asked those it affects whether the "
                         "work meets it.",
                         quoted(n.title))};
}

GapWording::Words GapWording::noRecentEngagement(const TieFollowUp& f)
{
    const QString text =
        m_texts.fill("No engagement with %1 in the last six months", f.partnerName);
    if (f.lastEngagement.isValid())
        return {text, m_texts.fill("An active tie of strength %1; last engagement logged on %2.",
                                   m_texts.strength(f.strength), m_texts.date(f.lastEngagement))};
    return {text, m_texts.fill("An active tie of strength %1; no engagement has been logged yet.",
                               m_texts.strength(f.strength))};
}

} // namespace civic
