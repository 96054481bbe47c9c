#pragma once

// The scripted series of edits the kill test runs, shared by the driver that
// makes them and the test that checks what survived a SIGKILL. Each step is
// one transaction that touches several tables and records its own number in
// the academy's notes, so the checker knows exactly which steps committed and
// can tell a half-made step from a whole one.

#include "store/WheelStore.h"

#include <QString>

namespace civic::killscript {

/// Step i belongs to group i / 3 and is its phase i % 3:
///  0: add a partner, its tie, a contact and an initiative linking the partner;
///  1: rename partner and initiative, strengthen the tie, give the contact a role;
///  2: odd groups remove the partner (and with it tie, contact, links) and the
///     initiative; even groups log an engagement and record pupils reached.
inline QString partnerName(int group, bool renamed)
{
    return QStringLiteral("Partner %1%2")
        .arg(group)
        .arg(renamed ? QStringLiteral(" (renamed)") : QString());
}
inline QString initiativeTitle(int group, bool renamed)
{
    return QStringLiteral("Initiative %1%2")
        .arg(group)
        .arg(renamed ? QStringLiteral(" (renamed)") : QString());
}
inline QString contactEmail(int group)
{
    return QStringLiteral("contact%1@example.org").arg(group);
}
/// Bulky notes so every step writes several pages.
inline QString filler(int group)
{
    return QString(3000, QLatin1Char('a' + group % 26));
}
inline QString stepMarker(int step)
{
    return QStringLiteral("step=%1").arg(step);
}

/// What the file must hold for `group` once `applied` of its steps committed.
struct GroupState
{
    bool present = false; ///< partner, tie, contact and initiative exist
    bool renamed = false;
    int strength = 1;
    QString contactRole;
    bool engagement = false;
    int pupilsReached = 0;
};

inline GroupState expected(int group, int applied)
{
    GroupState s;
    if (applied <= 0)
        return s;
    s.present = true;
    if (applied >= 2) {
        s.renamed = true;
        s.strength = 4;
        s.contactRole = QStringLiteral("Updated");
    }
    if (applied >= 3) {
        if (group % 2 == 1)
            return GroupState{};
        s.engagement = true;
        s.pupilsReached = 10 * group;
    }
    return s;
}

} // namespace civic::killscript
