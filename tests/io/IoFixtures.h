#pragma once

#include "TestSupport.h"
#include "demo/DemoWheel.h"
#include "io/CsvReader.h"
#include "io/ImportApplier.h"
#include "io/ImportPlanner.h"
#include "store/WheelStore.h"

#include <QFile>

#include <catch2/catch.hpp>

namespace civic::test {

/// A fresh wheel file with one academy (URN 100001), or the demo academy.
struct IoWheel
{
    TempFolder folder;
    QString path = folder.path(QStringLiteral("test.wheel"));
    std::unique_ptr<WheelStore> store;
    qint64 academyId = 0;

    explicit IoWheel(bool demo = false, const QString& urn = QStringLiteral("100001"))
    {
        auto created = WheelStore::createWith(path, [&](WheelStore& s) -> Status {
            if (demo)
                return DemoWheel::seed(s, QDate(2026, 11, 23));
            Academy academy;
            academy.urn = urn;
            academy.name = QStringLiteral("Test Academy");
            auto id = s.add(academy);
            return id ? Status() : Status(id.error());
        });
        REQUIRE(created.ok());
        store = std::move(created).value();
        academyId = store->academies()->first().id;
    }

    AcademyWheel wheel() const { return store->loadAcademy(academyId).value(); }

    /// read → guess → plan, from CSV text.
    ImportPlan plan(const QByteArray& csv, ImportKind kind) const
    {
        auto table = CsvReader::read(csv);
        REQUIRE(table.ok());
        auto context = ImportPlanner::context(*store, academyId);
        REQUIRE(context.ok());
        auto plan =
            ImportPlanner::plan(*table, kind, ImportFields::guess(kind, table->header), *context);
        INFO(plan.message().toStdString());
        REQUIRE(plan.ok());
        return plan.value();
    }

    Result<ImportOutcome> import(const QByteArray& csv, ImportKind kind,
                                 ImportMode mode = ImportMode::AllOrNothing)
    {
        return ImportApplier::apply(*store, plan(csv, kind), mode);
    }
};

/// An academy's wheel as sorted lines of text with ids replaced by names, so
/// two wheels stored under different ids compare equal when they say the same.
inline QStringList canonical(const AcademyWheel& w, bool withContacts = true)
{
    QStringList lines;
    auto partnerName = [&](qint64 id) {
        return w.partner(id) ? w.partner(id)->name : QStringLiteral("?");
    };
    auto date = [](const QDate& d) {
        return d.toString(Qt::ISODate);
    };
    for (const Partner& p : w.partners) {
        lines.append(QStringLiteral("partner|%1|%2|%3|%4|%5")
                         .arg(p.name, codeOf(p.sector), p.postcode, p.website, p.notes));
        if (const Tie* t = w.tieFor(p.id))
            lines.append(QStringLiteral("tie|%1|%2|%3|%4|%5|%6|%7|%8|%9")
                             .arg(p.name)
                             .arg(t->strength)
                             .arg(codeOf(t->role), codeOf(t->narrative), codeOf(t->status),
                                  t->staffOwner, t->executiveSponsor, date(t->started),
                                  date(t->nextReview) + t->notes));
    }
    if (withContacts) {
        for (const Contact& c : w.contacts)
            lines.append(QStringLiteral("contact|%1|%2|%3|%4|%5|%6")
                             .arg(partnerName(c.partnerId), c.name, c.role, c.email, c.phone,
                                  date(c.retainUntil)));
    }
    for (const Need& n : w.needs)
        lines.append(QStringLiteral("need|%1|%2|%3|%4|%5%6%7|%8|%9")
                         .arg(n.title, codeOf(n.category))
                         .arg(n.severity)
                         .arg(n.evidence)
                         .arg(int(n.affectsDisadvantaged))
                         .arg(int(n.affectsSend))
                         .arg(int(n.consulted))
                         .arg(codeOf(n.status), date(n.identified) + n.notes));
    for (const Initiative& i : w.initiatives) {
        QStringList partners;
        for (qint64 id : i.partnerIds)
            partners.append(partnerName(id));
        partners.sort();
        QStringList needs;
        for (qint64 id : i.needIds)
            needs.append(w.need(id) ? w.need(id)->title : QStringLiteral("?"));
        needs.sort();
        lines.append(QStringLiteral("initiative|%1|%2|%3|%4|%5|%6|%7|%8|%9")
                         .arg(i.title, codeOf(i.approach), codeOf(i.status), i.staffLead,
                              date(i.started), date(i.ends), i.description, i.outcomes,
                              QStringLiteral("%1/%2/%3")
                                  .arg(i.pupilsReached)
                                  .arg(i.disadvantagedReached)
                                  .arg(i.sendReached)) +
                     QLatin1Char('|') + partners.join(QLatin1Char(';')) + QLatin1Char('|') +
                     needs.join(QLatin1Char(';')));
    }
    for (const Engagement& e : w.engagements) {
        const Contact* c = w.contact(e.contactId);
        lines.append(QStringLiteral("engagement|%1|%2|%3|%4|%5|%6")
                         .arg(partnerName(e.partnerId), date(e.date), codeOf(e.kind), e.summary,
                              withContacts && c ? c->name : QString(), e.notes));
    }
    lines.sort();
    return lines;
}

} // namespace civic::test
