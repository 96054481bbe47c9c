#include "ApproachTally.h"

#include <QSet>

namespace civic {

QVector<ApproachTally> ApproachTally::count(const AcademyWheel& wheel)
{
    QVector<ApproachTally> tallies;
    for (Approach approach : allValues<Approach>()) {
        ApproachTally t;
        t.approach = approach;
        QSet<qint64> partners;
        QSet<qint64> needs;
        for (const Initiative& i : wheel.initiatives) {
            if (i.approach != approach)
                continue;
            ++t.initiatives;
            t.pupilsReached += i.pupilsReached;
            t.disadvantagedReached += i.disadvantagedReached;
            t.sendReached += i.sendReached;
            for (qint64 id : i.partnerIds)
                partners.insert(id);
            for (qint64 id : i.needIds)
                needs.insert(id);
        }
        t.partners = int(partners.size());
        t.needs = int(needs.size());
        tallies.append(t);
    }
    return tallies;
}

} // namespace civic
