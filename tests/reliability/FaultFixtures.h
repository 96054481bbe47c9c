#pragma once

// What the fault tests write: big enough that a change needs room on disk.
#include "StoreFixtures.h"

namespace civic::test {

inline Partner bigPartner(const QString& name)
{
    Partner p;
    p.name = name;
    p.sector = Sector::CharityVoluntary;
    p.notes = QString(200000, QLatin1Char('z'));
    return p;
}

/// A partner, its tie and a contact, added in one transaction (the writes
/// the kill test makes).
inline Status addGroup(EmptyWheel& w, const QString& name)
{
    return w.store->transaction([&]() -> Status {
        auto pid = w.store->add(bigPartner(name));
        if (!pid)
            return pid.error();
        Tie t;
        t.academyId = w.academyId;
        t.partnerId = *pid;
        if (auto r = w.store->add(t); !r)
            return r.error();
        Contact c;
        c.partnerId = *pid;
        c.name = name + QStringLiteral(" contact");
        c.notes = QString(100000, QLatin1Char('c'));
        if (auto r = w.store->add(c); !r)
            return r.error();
        return {};
    });
}

/// Closes the store and opens the file again, so the connection is made
/// through whatever VFS is SQLite's default now.
inline void reopen(EmptyWheel& w)
{
    w.store.reset();
    auto opened = WheelStore::open(w.path);
    REQUIRE(opened.ok());
    w.store = std::move(opened).value();
}

} // namespace civic::test
