// Golden import plans: small hand-made CSV files under tests/data/import, one
// per kind, each row's fate, message and values written out by hand in the
// file's .expected beside it. The wheel they are planned against is built
// here: what each expected line says follows from it and from the file.
#include "GoldenFile.h"
#include "IoFixtures.h"

using namespace civic;
using namespace civic::test;

namespace {

QString date(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString yesNo(bool b)
{
    return b ? QStringLiteral("yes") : QStringLiteral("no");
}

/// The wheel the files are planned against: Test Academy with Millbrook
/// Library (MB1 1AA, contact Grace Adeyemi) and Harbour Youth Club tied, the
/// need "Holiday hunger", the initiative "Reading Buddies" and one visit to
/// the library on 14 March 2026 ("Class visit"); and Fenwick Rowing Club
/// (DV4 2RC), tied only to a second academy.
struct PlanWheel
{
    IoWheel w;
    QHash<qint64, QString> partners; // ids → names
    QHash<qint64, QString> needs;
    QHash<qint64, QString> contacts;

    PlanWheel()
    {
        WheelStore& s = *w.store;
        auto partner = [&](const char* name, const char* postcode, Sector sector) {
            Partner p;
            p.name = QString::fromUtf8(name);
            p.postcode = QString::fromUtf8(postcode);
            p.sector = sector;
            const qint64 id = s.add(p).value();
            partners.insert(id, p.name);
            return id;
        };
        auto tie = [&](qint64 academyId, qint64 partnerId) {
            Tie t;
            t.academyId = academyId;
            t.partnerId = partnerId;
            REQUIRE(s.add(t).ok());
        };
        const qint64 library = partner("Millbrook Library", "MB1 1AA", Sector::Cultural);
        const qint64 harbour = partner("Harbour Youth Club", "", Sector::CharityVoluntary);
        tie(w.academyId, library);
        tie(w.academyId, harbour);
        Academy second;
        second.urn = QStringLiteral("100002");
        second.name = QStringLiteral("Second Academy");
        const qint64 secondId = s.add(second).value();
        tie(secondId, partner("Fenwick Rowing Club", "DV4 2RC", Sector::Other));

        Contact grace;
        grace.partnerId = library;
        grace.name = QStringLiteral("Grace Adeyemi");
        const qint64 graceId = s.add(grace).value();
        contacts.insert(graceId, grace.name);
        Need hunger;
        hunger.academyId = w.academyId;
        hunger.title = QStringLiteral("Holiday hunger");
        const qint64 hungerId = s.add(hunger).value();
        needs.insert(hungerId, hunger.title);
        Initiative reading;
        reading.academyId = w.academyId;
        reading.title = QStringLiteral("Reading Buddies");
        reading.partnerIds = {library};
        REQUIRE(s.add(reading).ok());
        Engagement visit;
        visit.academyId = w.academyId;
        visit.partnerId = library;
        visit.contactId = graceId;
        visit.date = QDate(2026, 3, 14);
        visit.kind = EngagementKind::Visit;
        visit.summary = QStringLiteral("Class visit");
        REQUIRE(s.add(visit).ok());
    }

    static QString namesOf(const QHash<qint64, QString>& names, const QVector<qint64>& ids)
    {
        QStringList list;
        for (qint64 id : ids)
            list.append(names.value(id, QStringLiteral("?")));
        return list.join(QStringLiteral("; "));
    }

    /// What the plan says of each row, in the form of the .expected files.
    QString describe(const ImportPlan& plan) const
    {
        QStringList lines;
        for (const PlannedRow& r : plan.rows) {
            if (r.fate == RowFate::Error) {
                lines.append(QStringLiteral("line %1: error: %2").arg(r.line).arg(r.message()));
                continue;
            }
            QString head = QStringLiteral("line %1: %2 “%3”")
                               .arg(r.line)
                               .arg(r.fate == RowFate::New ? QStringLiteral("new")
                                                           : QStringLiteral("duplicate"),
                                    r.label);
            if (!r.reason.isEmpty())
                head += QStringLiteral(" – ") + r.reason;
            lines.append(head);
            if (r.fate == RowFate::New)
                lines.append(values(plan.kind, r));
        }
        return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    }

    QStringList values(ImportKind kind, const PlannedRow& r) const
    {
        QStringList lines;
        switch (kind) {
        case ImportKind::Partners: {
            const Partner& p = r.partner;
            const Tie& t = r.tie;
            CHECK(t.academyId == w.academyId);
            lines.append(QStringLiteral("  partner: %1|%2|%3|%4|%5")
                             .arg(p.name, codeOf(p.sector), p.postcode, p.website, p.notes));
            lines.append(QStringLiteral("  tie: %1|%2|%3|%4|%5|%6|%7|%8|%9")
                             .arg(t.strength)
                             .arg(codeOf(t.role), codeOf(t.narrative), codeOf(t.status),
                                  t.staffOwner, t.executiveSponsor, date(t.started),
                                  date(t.nextReview), t.notes));
            if (r.hasContact) {
                const Contact& c = r.contact;
                lines.append(QStringLiteral("  contact: %1|%2|%3|%4|%5")
                                 .arg(c.name, c.role, c.email, c.phone, date(c.retainUntil)));
            }
            if (r.existingPartnerId)
                lines.append(QStringLiteral("  ties to: ") + partners.value(r.existingPartnerId));
            break;
        }
        case ImportKind::Needs: {
            const Need& n = r.need;
            CHECK(n.academyId == w.academyId);
            lines.append(QStringLiteral("  need: %1|%2|%3|%4|%5|%6|%7|%8|%9")
                             .arg(n.title, codeOf(n.category))
                             .arg(n.severity)
                             .arg(yesNo(n.affectsDisadvantaged), yesNo(n.affectsSend),
                                  yesNo(n.consulted), codeOf(n.status), date(n.identified),
                                  n.evidence) +
                         QLatin1Char('|') + n.notes);
            break;
        }
        case ImportKind::Initiatives: {
            const Initiative& i = r.initiative;
            CHECK(i.academyId == w.academyId);
            lines.append(QStringLiteral("  initiative: %1|%2|%3|%4|%5|%6|%7|%8|%9")
                             .arg(i.title, codeOf(i.approach), codeOf(i.status), i.staffLead,
                                  date(i.started), date(i.ends),
                                  QStringLiteral("%1/%2/%3")
                                      .arg(i.pupilsReached)
                                      .arg(i.disadvantagedReached)
                                      .arg(i.sendReached),
                                  i.description, i.outcomes));
            lines.append(QStringLiteral("  partners: ") + namesOf(partners, i.partnerIds));
            lines.append(QStringLiteral("  needs: ") + namesOf(needs, i.needIds));
            break;
        }
        case ImportKind::Engagements: {
            const Engagement& e = r.engagement;
            CHECK(e.academyId == w.academyId);
            lines.append(QStringLiteral("  engagement: %1|%2|%3|%4|%5|%6")
                             .arg(partners.value(e.partnerId, QStringLiteral("?")), date(e.date),
                                  codeOf(e.kind), e.summary,
                                  e.contactId ? contacts.value(e.contactId) : QString(), e.notes));
            break;
        }
        }
        return lines;
    }
};

} // namespace

TEST_CASE("Hand-made import files plan as their hand-checked expectations say")
{
    const auto [kind, name] = GENERATE(table<ImportKind, const char*>({
        {ImportKind::Partners, "partners"},
        {ImportKind::Needs, "needs"},
        {ImportKind::Initiatives, "initiatives"},
        {ImportKind::Engagements, "engagements"},
    }));
    INFO(name);
    PlanWheel wheel;
    const QString base = QStringLiteral("import/") + QString::fromUtf8(name);
    const ImportPlan plan = wheel.w.plan(testData(base + QStringLiteral(".csv")), kind);
    const QString expected = QString::fromUtf8(testData(base + QStringLiteral(".expected")));
    CHECK(wheel.describe(plan) == expected);
    CHECK(plan.academyId == wheel.w.academyId);
    // The plan's own summary agrees with the rows.
    CHECK(plan.count(RowFate::New) + plan.count(RowFate::Duplicate) + plan.count(RowFate::Error) ==
          plan.rows.size());
    CHECK(plan.errorMessages().size() == expected.count(QStringLiteral(": error: ")));
}
