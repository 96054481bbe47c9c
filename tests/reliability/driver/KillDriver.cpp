// Test-only driver for the kill test (tests/reliability/KillTests.cpp).
//   civic_kill_driver run FILE    make the scripted edits, one transaction each,
//                                 until killed, continuing where the file stops
//   civic_kill_driver hold FILE   begin one big transaction, write enough that
//                                 SQLite spills pages into the file, print
//                                 "spilled" and wait to be killed
#include "KillScript.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace civic;
using namespace civic::killscript;

namespace {

int fail(const Error& error)
{
    std::fprintf(stderr, "driver: %s\n", qPrintable(error.fullText()));
    return 1;
}

Status step(WheelStore& store, Academy academy, int i)
{
    const int group = i / 3;
    const int phase = i % 3;
    return store.transaction([&]() -> Status {
        auto wheel = store.loadAcademy(academy.id);
        if (!wheel)
            return wheel.error();
        const Partner* partner = nullptr;
        for (const Partner& p : wheel->partners) {
            if (p.name == partnerName(group, phase == 2))
                partner = &p;
        }
        if (phase == 0) {
            Partner p;
            p.name = partnerName(group, false);
            p.sector = Sector::Business;
            p.notes = filler(group);
            auto pid = store.add(p);
            if (!pid)
                return pid.error();
            Tie t;
            t.academyId = academy.id;
            t.partnerId = *pid;
            t.strength = 1;
            t.notes = filler(group + 1);
            if (auto r = store.add(t); !r)
                return r.error();
            Contact c;
            c.partnerId = *pid;
            c.name = QStringLiteral("Person %1").arg(group);
            c.email = contactEmail(group);
            c.notes = filler(group + 2);
            if (auto r = store.add(c); !r)
                return r.error();
            Initiative in;
            in.academyId = academy.id;
            in.title = initiativeTitle(group, false);
            in.description = filler(group + 3);
            in.partnerIds = {*pid};
            if (auto r = store.add(in); !r)
                return r.error();
        } else {
            if (!partner)
                return Error{
                    QStringLiteral("group %1 has no partner at step %2").arg(group).arg(i)};
            const qint64 pid = partner->id;
            Tie tie;
            for (const Tie& t : wheel->ties)
                if (t.partnerId == pid)
                    tie = t;
            Contact contact;
            for (const Contact& c : wheel->contacts)
                if (c.partnerId == pid)
                    contact = c;
            Initiative initiative;
            for (const Initiative& in : wheel->initiatives)
                if (in.title.startsWith(initiativeTitle(group, false)))
                    initiative = in;
            if (phase == 1) {
                Partner p = *partner;
                p.name = partnerName(group, true);
                tie.strength = 4;
                contact.role = QStringLiteral("Updated");
                initiative.title = initiativeTitle(group, true);
                for (Status s : {store.update(p), store.update(tie), store.update(contact),
                                 store.update(initiative)})
                    if (!s)
                        return s;
            } else if (group % 2 == 1) {
                if (auto r = store.remove(EntityKind::Partner, pid); !r)
                    return r.error();
                if (auto r = store.remove(EntityKind::Initiative, initiative.id); !r)
                    return r.error();
            } else {
                Engagement e;
                e.academyId = academy.id;
                e.partnerId = pid;
                e.contactId = contact.id;
                e.date = QDate(2026, 1, 1).addDays(group);
                e.summary = QStringLiteral("Meeting %1").arg(group);
                e.notes = filler(group + 4);
                if (auto r = store.add(e); !r)
                    return r.error();
                initiative.pupilsReached = 10 * group;
                if (auto s = store.update(initiative); !s)
                    return s;
            }
        }
        academy.notes = stepMarker(i);
        return store.update(academy);
    });
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3)
        return 2;
    auto opened = WheelStore::open(args.at(2));
    if (!opened)
        return fail(opened.error());
    WheelStore& store = **opened;
    auto academies = store.academies();
    if (!academies || academies->isEmpty())
        return fail(Error{QStringLiteral("no academy")});
    const Academy academy = academies->first();

    if (args.at(1) == QLatin1String("hold")) {
        Status s = store.transaction([&]() -> Status {
            // First change pages the file already holds, so what spills is
            // not only new pages past the committed end of the file.
            // (Pages later inserts keep touching stay in memory; these do not.)
            auto wheel = store.loadAcademy(academy.id);
            if (!wheel)
                return wheel.error();
            for (Tie t : wheel->ties) {
                t.notes = QStringLiteral("Uncommitted edit");
                if (auto r = store.update(t); !r)
                    return r;
            }
            for (Contact c : wheel->contacts) {
                c.notes = QStringLiteral("Uncommitted edit");
                if (auto r = store.update(c); !r)
                    return r;
            }
            // Well past SQLite's 2 MB page cache, so dirty pages spill into the
            // database file before the transaction commits.
            for (int i = 0; i < 600; ++i) {
                Partner p;
                p.name = QStringLiteral("Uncommitted %1").arg(i);
                p.notes = QString(8000, QLatin1Char('u'));
                if (auto r = store.add(p); !r)
                    return r.error();
            }
            std::printf("spilled\n");
            std::fflush(stdout);
            QThread::sleep(60);
            return Error{QStringLiteral("not killed")};
        });
        return fail(s.error());
    }

    int next = 0;
    if (academy.notes.startsWith(QLatin1String("step=")))
        next = academy.notes.mid(5).toInt() + 1;
    std::printf("ready %d\n", next);
    std::fflush(stdout);
    for (int i = next;; ++i) {
        if (auto s = step(store, academy, i); !s)
            return fail(s.error());
        // Reported only once committed: the test holds the file to it.
        std::printf("done %d\n", i);
        std::fflush(stdout);
    }
}
