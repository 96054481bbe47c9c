#pragma once

#include "model/AcademyWheel.h"

namespace civic::test {

/// Builds a small AcademyWheel by hand, so a test states every record it
/// analyses and can work out the expected figures itself.
class WheelBuilder
{
public:
    explicit WheelBuilder(qint64 academyId = 1,
                          const QString& name = QStringLiteral("Test Academy"))
    {
        m_wheel.academy.id = academyId;
        m_wheel.academy.name = name;
        m_wheel.academy.urn = QString::number(100000 + academyId);
    }

    /// A partner and its tie with this academy; returns the partner id.
    qint64 partner(qint64 id, Sector sector, TieStatus status = TieStatus::Active, int strength = 3,
                   TieRole role = TieRole::Supports, Narrative narrative = Narrative::Civic,
                   QDate nextReview = {})
    {
        Partner p;
        p.id = id;
        p.name = QStringLiteral("Partner %1").arg(id);
        p.sector = sector;
        m_wheel.partners.append(p);
        Tie t;
        t.id = 1000 * m_wheel.academy.id + id;
        t.academyId = m_wheel.academy.id;
        t.partnerId = id;
        t.status = status;
        t.strength = strength;
        t.role = role;
        t.narrative = narrative;
        t.nextReview = nextReview;
        m_wheel.ties.append(t);
        return id;
    }

    qint64 need(qint64 id, NeedCategory category, int severity, bool disadvantaged = false,
                bool send = false, bool consulted = true, NeedStatus status = NeedStatus::Open)
    {
        Need n;
        n.id = id;
        n.academyId = m_wheel.academy.id;
        n.title = QStringLiteral("Need %1").arg(id);
        n.category = category;
        n.severity = severity;
        n.affectsDisadvantaged = disadvantaged;
        n.affectsSend = send;
        n.consulted = consulted;
        n.status = status;
        m_wheel.needs.append(n);
        return id;
    }

    qint64 initiative(qint64 id, Approach approach, InitiativeStatus status,
                      QVector<qint64> partners, QVector<qint64> needs, int pupils = 0,
                      int disadvantaged = 0, int send = 0)
    {
        Initiative i;
        i.id = id;
        i.academyId = m_wheel.academy.id;
        i.title = QStringLiteral("Initiative %1").arg(id);
        i.approach = approach;
        i.status = status;
        i.partnerIds = std::move(partners);
        i.needIds = std::move(needs);
        i.pupilsReached = pupils;
        i.disadvantagedReached = disadvantaged;
        i.sendReached = send;
        m_wheel.initiatives.append(i);
        return id;
    }

    void engagement(qint64 id, qint64 partnerId, const QDate& date)
    {
        Engagement e;
        e.id = id;
        e.academyId = m_wheel.academy.id;
        e.partnerId = partnerId;
        e.date = date;
        m_wheel.engagements.append(e);
    }

    const AcademyWheel& wheel() const { return m_wheel; }

private:
    AcademyWheel m_wheel;
};

} // namespace civic::test
