#pragma once

#include "analysis/Coverage.h"
#include "model/AcademyWheel.h"
#include "report/GovernorsReport.h"
#include "report/ReportDocument.h"

#include <QHash>

namespace civic {

/// The seven numbered sections of one academy's governors' summary (see
/// GovernorsReport::sectionHeadings), one method a section, appended after
/// the academy's cover or its heading in a trust summary.
class AcademySections
{
public:
    AcademySections(const AcademyWheel& wheel, const Coverage& coverage,
                    const GovernorsReport::Options& options);

    void appendTo(QVector<ReportBlock>& blocks) const;

private:
    void atAGlance(QVector<ReportBlock>& blocks) const;
    void mainGaps(QVector<ReportBlock>& blocks) const;
    void theWheel(QVector<ReportBlock>& blocks) const;
    void approaches(QVector<ReportBlock>& blocks) const;
    void needs(QVector<ReportBlock>& blocks) const;
    void initiatives(QVector<ReportBlock>& blocks) const;
    ReportBlock initiativesOf(Approach approach) const;
    void partners(QVector<ReportBlock>& blocks) const;
    QVector<ReportCell> partnerRow(const Partner& partner) const;
    QString contactsOf(const Partner& partner) const;
    void reviews(QVector<ReportBlock>& blocks) const;

    /// The names of these ids, "; "-separated; "none" when none is known.
    static QString names(const QVector<qint64>& ids, const QHash<qint64, QString>& lookup);

    const AcademyWheel& m_wheel;
    const Coverage& m_coverage;
    const GovernorsReport::Options& m_options;
    QStringList m_headings;
    QHash<qint64, QString> m_partnerNames;
    QHash<qint64, QString> m_needTitles;
    QHash<qint64, QString> m_initiativeTitles;
};

} // namespace civic
