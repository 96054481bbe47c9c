#pragma once

#include "analysis/Coverage.h"
#include "analysis/CoverageTexts.h"
#include "model/Initiative.h"
#include "model/Partner.h"

#include <QHash>
#include <QString>

namespace civic {

/// How a gap is put in words: its one-line text and the sentence or two
/// behind it. GapRules decides which gaps there are; this class only words
/// them, keeping the translated phrases it repeats for thousands of records.
class GapWording
{
public:
    /// A gap's words.
    struct Words
    {
        QString text;
        QString detail;
    };

    Words nothingRecorded(const QString& name);
    /// An open need with no active initiative; `initiativeById` names the
    /// planned or paused ones that address it.
    Words unmetNeed(const NeedCoverage& need,
                    const QHash<qint64, const Initiative*>& initiativeById);
    /// `waiting`: the approach's planned and paused initiatives, in record order.
    Words missingApproach(const ApproachCoverage& approach,
                          const QVector<const Initiative*>& waiting);
    Words noNeedsRecorded();
    /// `waiting`: the first partner of the sector with a current tie, if any.
    Words missingSector(const SectorPartners& sector, const Partner* waiting);
    Words reviewOverdue(const TieFollowUp& tie);
    Words notConsulted(const NeedCoverage& need);
    Words noRecentEngagement(const TieFollowUp& tie);

private:
    QString priorityPupils(const NeedCoverage& need);

    CoverageTexts m_texts;
};

} // namespace civic
