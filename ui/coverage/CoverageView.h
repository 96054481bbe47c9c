#pragma once

#include "analysis/ApproachChart.h"
#include "analysis/Coverage.h"
#include "model/AcademyWheel.h"
#include "model/EntityKind.h"
#include "model/Result.h"

#include <QDate>
#include <QImage>
#include <QWidget>

class QChart;
class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QStackedWidget;

namespace civic::ui {

class ChartPanel;

/// The Coverage view: where the academy is strong and where the gaps are.
/// Charts of the four CST approaches, needs met and unmet, partners by sector
/// and (for a file of several academies) the trust compared, with the list of
/// gaps beside them. Pure presentation of CoverageAnalysis; it reads no file.
class CoverageView : public QWidget
{
    Q_OBJECT

public:
    enum class Chart
    {
        ApproachWork,     ///< ApproachChart::work: the four approaches side by side
        ApproachReach,    ///< ApproachChart::reach: the four approaches side by side
        NeedsByCategory,  ///< met and unmet needs per category, stacked
        PartnersBySector, ///< partners per sector in the wheel's sector colours
        TrustComparison,  ///< ApproachChart::trustComparison, stacked; only with more than one
                          ///< academy
    };
    /// What the trust comparison compares (ApproachChart's measures).
    using TrustMeasure = ApproachMeasure;

    explicit CoverageView(QWidget* parent = nullptr);
    ~CoverageView() override;

    /// Shows the coverage of this academy (call again after every edit or undo).
    void setWheel(const AcademyWheel& wheel);
    /// Feeds the trust comparison; it shows only when the file holds more than one academy.
    void setTrust(const TrustWheels& trust);
    /// Shows the trust as a whole: its totals in the charts (a partner tied to
    /// several academies counted once), the trust-wide gaps, and the comparison.
    void showTrustOverview(const TrustWheels& trust);
    /// The date the analysis is made for; by default the current date at each update.
    void setToday(const QDate& today);
    void setTrustMeasure(TrustMeasure measure);

    const Coverage& coverage() const { return m_coverage; }
    const TrustCoverage& trustCoverage() const { return m_trust; }

    /// The chart itself, for reading its series (tests) or restyling.
    QChart* chart(Chart which) const;
    /// False when guidance stands in its place, or the trust chart is hidden.
    bool isChartShown(Chart which) const;
    QImage chartImage(Chart which) const;
    /// Writes a chart as PNG, atomically.
    Status exportChart(Chart which, const QString& path) const;

    /// The gaps as the list shows them (the academy's, in importance order).
    const QVector<Gap>& gaps() const { return m_coverage.gaps; }
    /// Activates the gap at `row` of the list, as a click on it does.
    void activateGap(int row);

Q_SIGNALS:
    /// A gap about one record was chosen: show that row of its register.
    void gapActivated(civic::EntityKind kind, qint64 id);
    /// A gap about a missing approach with no waiting initiative was chosen.
    void approachGapActivated(civic::Approach approach);
    /// A gap about a missing sector with no tie at all was chosen.
    void sectorGapActivated(civic::Sector sector);

private:
    void buildAcademyCharts();
    void buildTrustBox();
    QWidget* buildGapList();
    QDate today() const;
    ChartPanel* panel(Chart which) const;
    void refreshAcademy();
    void refreshTrust();
    void fillApproachChart(ChartPanel* panel, const ChartData& data);
    void fillNeeds();
    void fillSectors();
    void fillGaps();
    void fillTrustComparison();
    void showGapDetail();

    QDate m_today;
    AcademyWheel m_wheel;
    bool m_hasWheel = false;
    bool m_trustOverview = false;
    Coverage m_coverage;
    TrustCoverage m_trust;
    TrustMeasure m_measure = TrustMeasure::ActiveInitiatives;

    QLabel* m_heading = nullptr;
    QStackedWidget* m_academyStack = nullptr;
    QLabel* m_academyGuidance = nullptr;
    ChartPanel* m_work = nullptr;
    ChartPanel* m_reach = nullptr;
    ChartPanel* m_needs = nullptr;
    ChartPanel* m_sectors = nullptr;
    QWidget* m_trustBox = nullptr;
    ChartPanel* m_trustChart = nullptr;
    QComboBox* m_measureBox = nullptr;
    QListWidget* m_gapList = nullptr;
    QLabel* m_gapDetail = nullptr;
};

} // namespace civic::ui
