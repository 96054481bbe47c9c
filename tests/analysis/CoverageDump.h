#pragma once

#include "analysis/Coverage.h"

#include <QStringList>

namespace civic::test {

/// Every figure, need, follow-up and gap of a Coverage as plain text, one
/// record a line, so a golden file under tests/data/coverage can be read and
/// checked by hand and compared byte for byte.
class CoverageDump
{
public:
    static QString of(const Coverage& c)
    {
        QStringList out;
        out << QStringLiteral("coverage of %1 (academy %2, URN %3) on %4")
                   .arg(c.academyName, QString::number(c.academyId), orDash(c.urn), date(c.today));
        out << QStringLiteral("empty %1").arg(yesNo(c.isEmpty()));
        for (const ApproachCoverage& a : c.approaches)
            out << QStringLiteral("approach %1: initiatives %2 (active %3, planned %4, paused %5, "
                                  "ended %6), partners %7, needs %8, pupils %9, disadvantaged %10, "
                                  "send %11")
                       .arg(codeOf(a.approach))
                       .arg(a.initiatives)
                       .arg(a.activeInitiatives)
                       .arg(a.plannedInitiatives)
                       .arg(a.pausedInitiatives)
                       .arg(a.endedInitiatives)
                       .arg(a.partners)
                       .arg(a.needsAddressed)
                       .arg(a.pupilsReached)
                       .arg(a.disadvantagedReached)
                       .arg(a.sendReached);
        out << QStringLiteral("initiatives %1, active %2, partners involved %3, pupils %4, "
                              "disadvantaged %5, send %6")
                   .arg(c.initiatives)
                   .arg(c.activeInitiatives)
                   .arg(c.partnersInvolved)
                   .arg(c.pupilsReached)
                   .arg(c.disadvantagedReached)
                   .arg(c.sendReached);
        out << QStringLiteral("needs met %1, unmet %2, closed %3, not consulted %4")
                   .arg(c.needsMet)
                   .arg(c.needsUnmet)
                   .arg(c.needsClosed)
                   .arg(c.needsNotConsulted);
        for (const NeedCoverage& n : c.needs)
            out << need(n);
        for (const CategoryNeeds& n : c.needsByCategory)
            out << QStringLiteral("category %1: met %2, unmet %3")
                       .arg(codeOf(n.category))
                       .arg(n.met)
                       .arg(n.unmet);
        out << QStringLiteral("partners %1").arg(c.partners);
        for (const SectorPartners& s : c.partnersBySector)
            out << QStringLiteral("sector %1: active %2, paused %3, prospective %4")
                       .arg(codeOf(s.sector))
                       .arg(s.active)
                       .arg(s.paused)
                       .arg(s.prospective);
        out << QStringLiteral("ties by strength %1 %2 %3 %4 %5")
                   .arg(c.tiesByStrength[0])
                   .arg(c.tiesByStrength[1])
                   .arg(c.tiesByStrength[2])
                   .arg(c.tiesByStrength[3])
                   .arg(c.tiesByStrength[4]);
        out << QStringLiteral("ties by status prospective %1, active %2, paused %3, ended %4")
                   .arg(c.tiesByStatus[0])
                   .arg(c.tiesByStatus[1])
                   .arg(c.tiesByStatus[2])
                   .arg(c.tiesByStatus[3]);
        out << QStringLiteral("ties led %1, supported %2").arg(c.tiesLed).arg(c.tiesSupported);
        out << QStringLiteral("ties by narrative trust %1, civic %2, system %3")
                   .arg(c.tiesByNarrative[0])
                   .arg(c.tiesByNarrative[1])
                   .arg(c.tiesByNarrative[2]);
        for (const TieFollowUp& f : c.quietTies)
            out << QStringLiteral("quiet ") + followUp(f);
        for (const TieFollowUp& f : c.overdueReviews)
            out << QStringLiteral("overdue ") + followUp(f);
        for (const Gap& g : c.gaps)
            out << gap(g);
        return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

private:
    static QString date(const QDate& d)
    {
        return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("none");
    }
    static QString yesNo(bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); }
    static QString orDash(const QString& s) { return s.isEmpty() ? QStringLiteral("-") : s; }
    static QString ids(const QVector<qint64>& list)
    {
        QStringList parts;
        for (qint64 id : list)
            parts << QString::number(id);
        return QLatin1Char('[') + parts.join(QLatin1Char(' ')) + QLatin1Char(']');
    }

    static QString need(const NeedCoverage& n)
    {
        return QStringLiteral("need %1 (academy %2) %3 severity %4 %5, disadvantaged %6, send %7, "
                              "consulted %8, met %9, active %10, inactive %11: %12")
            .arg(QString::number(n.needId), QString::number(n.academyId), codeOf(n.category),
                 QString::number(n.severity), codeOf(n.status), yesNo(n.affectsDisadvantaged),
                 yesNo(n.affectsSend), yesNo(n.consulted), yesNo(n.met))
            .arg(ids(n.activeInitiativeIds), ids(n.inactiveInitiativeIds), n.title);
    }

    static QString followUp(const TieFollowUp& f)
    {
        return QStringLiteral("tie %1 (academy %2) partner %3 %4 %5 strength %6, review %7, last "
                              "engagement %8, days overdue %9: %10")
            .arg(QString::number(f.tieId), QString::number(f.academyId),
                 QString::number(f.partnerId), codeOf(f.sector), codeOf(f.status),
                 QString::number(f.strength), date(f.nextReview), date(f.lastEngagement),
                 QString::number(f.daysOverdue))
            .arg(f.partnerName);
    }

    static QString entity(EntityKind kind)
    {
        switch (kind) {
        case EntityKind::Trust:
            return QStringLiteral("trust");
        case EntityKind::Academy:
            return QStringLiteral("academy");
        case EntityKind::Partner:
            return QStringLiteral("partner");
        case EntityKind::Contact:
            return QStringLiteral("contact");
        case EntityKind::Tie:
            return QStringLiteral("tie");
        case EntityKind::Need:
            return QStringLiteral("need");
        case EntityKind::Initiative:
            return QStringLiteral("initiative");
        case EntityKind::Engagement:
            return QStringLiteral("engagement");
        }
        return {};
    }

    static QString gap(const Gap& g)
    {
        return QStringLiteral("gap %1 (academy %2) %3 %4, approach %5, sector %6\n  text: %7\n  "
                              "detail: %8")
            .arg(gapKindCode(g.kind), QString::number(g.academyId), entity(g.entity),
                 QString::number(g.id), g.approach ? codeOf(*g.approach) : QStringLiteral("-"),
                 g.sector ? codeOf(*g.sector) : QStringLiteral("-"), g.text, g.detail);
    }
};

} // namespace civic::test
