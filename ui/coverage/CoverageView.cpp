#include "coverage/CoverageView.h"

#include "analysis/CoverageAnalysis.h"
#include "common/BarChartPainter.h"
#include "common/Palette.h"
#include "coverage/ChartPanel.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegendMarker>
#include <QListWidget>
#include <QPainter>
#include <QProxyStyle>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace civic::ui {
namespace {

// One click on a gap jumps to it, as a link would: nobody should have to
// guess that a list wants a double click.
class SingleClickStyle : public QProxyStyle
{
public:
    int styleHint(StyleHint hint, const QStyleOption* option, const QWidget* widget,
                  QStyleHintReturn* returnData) const override
    {
        if (hint == QStyle::SH_ItemView_ActivateItemOnSingleClick)
            return 1;
        return QProxyStyle::styleHint(hint, option, widget, returnData);
    }
};

constexpr int GapRole = Qt::UserRole + 1;

void clearChart(QChart* chart)
{
    chart->removeAllSeries();
    const auto axes = chart->axes();
    for (QAbstractAxis* axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QFont chartFont(int pointSize, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(pointSize);
    font.setBold(bold);
    return font;
}

// A value axis from 0 with whole-number ticks, and room above the tallest bar
// for its value label when the bars carry one.
QValueAxis* countAxis(qreal max, bool roomForLabels = false)
{
    const qreal top = std::max<qreal>(max, 1);
    qreal step = 1;
    for (qreal scale = 1;; scale *= 10) {
        bool found = false;
        for (qreal base : {1.0, 2.0, 5.0}) {
            if (top / (base * scale) <= 5) {
                step = base * scale;
                found = true;
                break;
            }
        }
        if (found)
            break;
    }
    qreal end = std::ceil(top / step) * step;
    if (roomForLabels && end - max < step * 0.25)
        end += step;
    auto* axis = new QValueAxis;
    axis->setRange(0, end);
    axis->setTickCount(int(std::lround(end / step)) + 1);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setLabelsFont(chartFont(8));
    axis->setLabelsColor(Palette::ink());
    axis->setGridLineColor(Palette::muted().lighter(160));
    axis->setLinePenColor(Palette::muted());
    return axis;
}

QBarCategoryAxis* categoryAxis(const QStringList& categories)
{
    auto* axis = new QBarCategoryAxis;
    axis->append(categories);
    axis->setLabelsFont(chartFont(8));
    axis->setLabelsColor(Palette::ink());
    axis->setGridLineVisible(false);
    axis->setLinePenColor(Palette::muted());
    return axis;
}

QIcon dot(const QColor& colour)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(colour.darker(130));
    painter.setBrush(colour);
    painter.drawEllipse(QRectF(1.5, 1.5, 11, 11));
    return QIcon(pixmap);
}

QColor gapColour(const Gap& gap)
{
    switch (gap.kind) {
    case GapKind::UnmetPriorityNeed:
    case GapKind::UnmetNeed:
    case GapKind::NotConsulted:
        return Palette::unmet();
    case GapKind::MissingApproach:
        return gap.approach ? Palette::approach(*gap.approach) : Palette::muted();
    case GapKind::MissingSector:
        return gap.sector ? Palette::sector(*gap.sector, true) : Palette::muted();
    default:
        return Palette::muted();
    }
}

} // namespace

CoverageView::CoverageView(QWidget* parent)
    : QWidget(parent)
{
    m_heading = new QLabel(this);
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);

    buildAcademyCharts();
    buildTrustBox();

    auto* charts = new QWidget(this);
    auto* chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(8, 8, 8, 8);
    chartsLayout->addWidget(m_heading);
    chartsLayout->addWidget(m_academyStack);
    chartsLayout->addWidget(m_trustBox);
    chartsLayout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(charts);

    QWidget* side = buildGapList();

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(scroll, 1);
    layout->addWidget(side);

    refreshAcademy();
}

void CoverageView::buildAcademyCharts()
{
    m_work = new ChartPanel(
        tr("The four approaches: active initiatives, their partners and the needs they address"),
        QStringLiteral("coverage-approaches"), this);
    m_reach = new ChartPanel(tr("The four approaches: pupils reached by active initiatives"),
                             QStringLiteral("coverage-reach"), this);
    m_needs = new ChartPanel(tr("Needs met and not met, by category"),
                             QStringLiteral("coverage-needs"), this);
    m_sectors = new ChartPanel(tr("Partners by sector"), QStringLiteral("coverage-sectors"), this);

    auto* grid = new QWidget(this);
    auto* gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    gridLayout->setSpacing(12);
    gridLayout->addWidget(m_work, 0, 0);
    gridLayout->addWidget(m_reach, 0, 1);
    gridLayout->addWidget(m_needs, 1, 0);
    gridLayout->addWidget(m_sectors, 1, 1);

    m_academyGuidance = new QLabel(this);
    m_academyGuidance->setWordWrap(true);
    m_academyGuidance->setAlignment(Qt::AlignCenter);
    m_academyGuidance->setMargin(32);
    m_academyGuidance->setMinimumHeight(200);
    m_academyStack = new QStackedWidget(this);
    m_academyStack->addWidget(grid);
    m_academyStack->addWidget(m_academyGuidance);
}

void CoverageView::buildTrustBox()
{
    m_trustChart = new ChartPanel(tr("The academies of the trust compared"),
                                  QStringLiteral("coverage-trust"), this);
    m_measureBox = new QComboBox(this);
    for (TrustMeasure measure : {TrustMeasure::ActiveInitiatives, TrustMeasure::PartnersInvolved,
                                 TrustMeasure::PupilsReached, TrustMeasure::DisadvantagedReached,
                                 TrustMeasure::SendReached})
        m_measureBox->addItem(ApproachChart::measureName(measure), int(measure));
    connect(m_measureBox, &QComboBox::activated, this, [this](int index) {
        setTrustMeasure(TrustMeasure(m_measureBox->itemData(index).toInt()));
    });
    m_trustBox = new QWidget(this);
    auto* trustLayout = new QVBoxLayout(m_trustBox);
    trustLayout->setContentsMargins(0, 8, 0, 0);
    auto* measureRow = new QHBoxLayout;
    auto* measureLabel = new QLabel(tr("&Compare:"), m_trustBox);
    measureLabel->setBuddy(m_measureBox);
    measureRow->addWidget(measureLabel);
    measureRow->addWidget(m_measureBox);
    measureRow->addStretch(1);
    trustLayout->addLayout(measureRow);
    trustLayout->addWidget(m_trustChart);
    m_trustBox->hide();
}

QWidget* CoverageView::buildGapList()
{
    auto* gapsTitle = new QLabel(tr("Gaps, most important first"), this);
    QFont bold = gapsTitle->font();
    bold.setBold(true);
    gapsTitle->setFont(bold);
    m_gapList = new QListWidget(this);
    m_gapList->setWordWrap(true);
    m_gapList->setUniformItemSizes(false);
    m_gapList->setTextElideMode(Qt::ElideNone);
    m_gapList->setResizeMode(QListView::Adjust);
    m_gapList->setSpacing(2);
    auto* style = new SingleClickStyle;
    style->setParent(m_gapList);
    m_gapList->setStyle(style);
    connect(m_gapList, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) { activateGap(m_gapList->row(item)); });
    connect(m_gapList, &QListWidget::currentRowChanged, this, &CoverageView::showGapDetail);
    m_gapDetail = new QLabel(this);
    m_gapDetail->setWordWrap(true);
    m_gapDetail->setTextFormat(Qt::PlainText);
    m_gapDetail->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_gapDetail->setMinimumHeight(90);
    QPalette detailPalette = m_gapDetail->palette();
    detailPalette.setColor(QPalette::WindowText, Palette::ink());
    m_gapDetail->setPalette(detailPalette);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(8, 8, 8, 8);
    sideLayout->addWidget(gapsTitle);
    sideLayout->addWidget(m_gapList, 1);
    sideLayout->addWidget(m_gapDetail);
    side->setMinimumWidth(280);
    side->setMaximumWidth(380);
    return side;
}

CoverageView::~CoverageView() = default;

QDate CoverageView::today() const
{
    return m_today.isValid() ? m_today : QDate::currentDate();
}

void CoverageView::setToday(const QDate& today)
{
    m_today = today;
    if (m_hasWheel)
        refreshAcademy();
    if (!m_trust.academies.isEmpty())
        refreshTrust();
}

void CoverageView::setWheel(const AcademyWheel& wheel)
{
    m_wheel = wheel;
    m_hasWheel = true;
    m_trustOverview = false;
    refreshAcademy();
}

void CoverageView::showTrustOverview(const TrustWheels& trust)
{
    m_wheel = AcademyWheel();
    m_hasWheel = true;
    m_trustOverview = true;
    setTrust(trust);
    refreshAcademy();
}

void CoverageView::setTrust(const TrustWheels& trust)
{
    m_trust = CoverageAnalysis::analyse(trust, today());
    refreshTrust();
}

void CoverageView::setTrustMeasure(TrustMeasure measure)
{
    m_measure = measure;
    const int index = m_measureBox->findData(int(measure));
    if (index >= 0)
        m_measureBox->setCurrentIndex(index);
    fillTrustComparison();
}

ChartPanel* CoverageView::panel(Chart which) const
{
    switch (which) {
    case Chart::ApproachWork:
        return m_work;
    case Chart::ApproachReach:
        return m_reach;
    case Chart::NeedsByCategory:
        return m_needs;
    case Chart::PartnersBySector:
        return m_sectors;
    case Chart::TrustComparison:
        return m_trustChart;
    }
    return m_work;
}

QChart* CoverageView::chart(Chart which) const
{
    return panel(which)->chart();
}

bool CoverageView::isChartShown(Chart which) const
{
    if (which == Chart::TrustComparison)
        return !m_trustBox->isHidden() && m_trustChart->isChartShown();
    return m_academyStack->currentIndex() == 0 && panel(which)->isChartShown();
}

QImage CoverageView::chartImage(Chart which) const
{
    return panel(which)->image();
}

Status CoverageView::exportChart(Chart which, const QString& path) const
{
    return panel(which)->exportPng(path);
}

void CoverageView::refreshAcademy()
{
    if (m_trustOverview)
        m_coverage = m_trust.totals;
    else
        m_coverage = m_hasWheel ? CoverageAnalysis::analyse(m_wheel, today()) : Coverage{};
    const Coverage& c = m_coverage;

    if (!m_hasWheel) {
        m_heading->setText(tr("Open a wheel to see its coverage."));
    } else if (c.isEmpty()) {
        m_heading->setText(tr("Coverage of %1").arg(c.academyName));
    } else {
        m_heading->setText(tr("%1 on %2: %3 active initiatives with %4 partners; %5 of %6 needs "
                              "met; %7 pupils reached "
                              "(%8 disadvantaged, %9 SEND).")
                               .arg(c.academyName, c.today.toString(QStringLiteral("d MMMM yyyy")))
                               .arg(c.activeInitiatives)
                               .arg(c.partnersInvolved)
                               .arg(c.needsMet)
                               .arg(c.needsMet + c.needsUnmet)
                               .arg(c.pupilsReached)
                               .arg(c.disadvantagedReached)
                               .arg(c.sendReached));
    }

    if (!m_hasWheel || c.isEmpty()) {
        m_academyGuidance->setText(m_hasWheel ? tr("Nothing is recorded for %1 yet.\n\nAdd the "
                                                   "academy's partners on the wheel, the "
                                                   "community's needs in the Needs register, and "
                                                   "the initiatives that meet them, each "
                                                   "with its CST approach. These charts then show "
                                                   "where the academy is strong and "
                                                   "where the gaps are.")
                                                    .arg(c.academyName)
                                              : tr("No academy is open."));
        m_academyStack->setCurrentIndex(1);
    } else {
        m_academyStack->setCurrentIndex(0);
    }

    fillApproachChart(m_work, ApproachChart::work(c));
    if (c.activeInitiatives == 0)
        m_work->showGuidance(
            tr("No initiative is active yet. Record the academy's initiatives, each with its "
               "CST approach, and set the running ones to Active."));
    fillApproachChart(m_reach, ApproachChart::reach(c));
    if (c.pupilsReached == 0 && c.disadvantagedReached == 0 && c.sendReached == 0)
        m_reach->showGuidance(
            tr("No pupils reached are recorded yet. Record on each active initiative how "
               "many pupils it reaches, and how many of them are disadvantaged or have SEND."));
    fillNeeds();
    fillSectors();
    fillGaps();
}

// The chart the governors' summary draws too (ApproachChart), its bars upright.
void CoverageView::fillApproachChart(ChartPanel* target, const ChartData& data)
{
    QChart* chart = target->chart();
    clearChart(chart);
    auto* series = new QBarSeries;
    for (const ChartData::Series& s : data.series) {
        auto* set = new QBarSet(s.name);
        for (double v : s.values)
            set->append(v);
        const QColor colour = BarChartPainter::colour(s.colour);
        set->setColor(colour);
        set->setBorderColor(colour.darker(120));
        set->setLabelColor(Palette::ink());
        set->setLabelFont(chartFont(7));
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsFormat(QStringLiteral("@value"));
    series->setBarWidth(0.85);
    chart->addSeries(series);
    QBarCategoryAxis* x = categoryAxis(data.categories);
    QValueAxis* y = countAxis(data.largestValue(), true);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(true);
    chart->legend()->setFont(chartFont(8));
    target->showChart();
}

void CoverageView::fillNeeds()
{
    QChart* chart = m_needs->chart();
    clearChart(chart);
    const Coverage& c = m_coverage;
    if (c.needsByCategory.isEmpty()) {
        m_needs->showGuidance(
            c.needsClosed > 0 ? tr("Every need recorded is closed.")
                              : tr("No needs recorded yet. Record what pupils and the community "
                                   "need, and link each initiative to the needs it addresses."));
        return;
    }
    auto* met = new QBarSet(tr("Met (an active initiative addresses it)"));
    auto* unmet = new QBarSet(tr("Not met"));
    met->setColor(Palette::met());
    unmet->setColor(Palette::unmet());
    met->setBorderColor(Palette::met().darker(120));
    unmet->setBorderColor(Palette::unmet().darker(120));
    QStringList categories;
    qreal max = 0;
    // Horizontal bars grow upwards from the first category: add in reverse so
    // the list reads top-down in display order, like every other list.
    for (auto it = c.needsByCategory.crbegin(); it != c.needsByCategory.crend(); ++it) {
        categories.append(displayName(it->category));
        met->append(it->met);
        unmet->append(it->unmet);
        max = std::max<qreal>(max, it->met + it->unmet);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(met);
    series->append(unmet);
    series->setBarWidth(0.6);
    chart->addSeries(series);
    QBarCategoryAxis* y = categoryAxis(categories);
    QValueAxis* x = countAxis(max, true);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(true);
    chart->legend()->setFont(chartFont(8));
    m_needs->setMinimumHeight(std::max(280, 110 + 30 * int(categories.size())));
    m_needs->showChart();
}

void CoverageView::fillSectors()
{
    QChart* chart = m_sectors->chart();
    clearChart(chart);
    const Coverage& c = m_coverage;
    if (c.partners == 0) {
        m_sectors->showGuidance(
            tr("No partners on the wheel yet. Add the organisations the academy works with; "
               "this chart then shows which sectors are strong and which are missing."));
        return;
    }
    // One set per sector and status so each bar takes its sector's colour from
    // the wheel; the strong tone is active ties, the pale one the rest. All
    // thirteen sectors are listed: a missing sector is a gap worth seeing.
    auto* series = new QHorizontalStackedBarSeries;
    QStringList categories;
    QVector<SectorPartners> sectors = c.partnersBySector;
    std::reverse(sectors.begin(), sectors.end());
    qreal max = 0;
    for (const SectorPartners& s : sectors) {
        categories.append(displayName(s.sector));
        max = std::max<qreal>(max, s.total());
    }
    const int n = int(sectors.size());
    for (int i = 0; i < n; ++i) {
        const SectorPartners& s = sectors.at(i);
        const QColor strong = Palette::sector(s.sector, true);
        auto* active = new QBarSet(displayName(s.sector));
        auto* other = new QBarSet(displayName(s.sector));
        for (int j = 0; j < n; ++j) {
            active->append(j == i ? s.active : 0);
            other->append(j == i ? s.paused + s.prospective : 0);
        }
        active->setColor(strong);
        active->setBorderColor(strong.darker(120));
        other->setColor(Palette::sector(s.sector, false));
        other->setBorderColor(strong);
        series->append(active);
        series->append(other);
    }
    // Two empty sets name the two tones in the legend.
    auto* activeKey = new QBarSet(tr("Active ties"));
    auto* otherKey = new QBarSet(tr("Prospective or paused"));
    activeKey->setColor(Palette::hub());
    otherKey->setColor(Palette::paper());
    otherKey->setBorderColor(Palette::hub());
    for (int j = 0; j < n; ++j) {
        activeKey->append(0);
        otherKey->append(0);
    }
    series->append(activeKey);
    series->append(otherKey);
    series->setBarWidth(0.7);
    chart->addSeries(series);
    QBarCategoryAxis* y = categoryAxis(categories);
    QValueAxis* x = countAxis(max, true);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(true);
    chart->legend()->setFont(chartFont(8));
    const auto markers = chart->legend()->markers(series);
    for (int i = 0; i < markers.size(); ++i)
        markers.at(i)->setVisible(i >= 2 * n);
    m_sectors->setMinimumHeight(110 + 30 * n);
    m_sectors->showChart();
}

void CoverageView::fillGaps()
{
    m_gapList->clear();
    for (const Gap& gap : m_coverage.gaps) {
        auto* item = new QListWidgetItem(dot(gapColour(gap)), gap.text, m_gapList);
        QString tip = gap.detail;
        if (gap.hasRecord())
            tip += QLatin1Char('\n') + tr("Click to show it in its register.");
        item->setToolTip(tip);
        item->setData(GapRole, m_gapList->count() - 1);
    }
    if (m_coverage.gaps.isEmpty() && m_hasWheel) {
        auto* item =
            new QListWidgetItem(tr("No gaps found: every open need has an active initiative, every "
                                   "approach is in use and every tie is up to date."),
                                m_gapList);
        item->setFlags(Qt::ItemIsEnabled);
    }
    showGapDetail();
}

void CoverageView::showGapDetail()
{
    const int row = m_gapList->currentRow();
    if (row < 0 || row >= m_coverage.gaps.size()) {
        m_gapDetail->setText(m_coverage.gaps.isEmpty()
                                 ? QString()
                                 : tr("Choose a gap to read more; a click on it shows "
                                      "its row in the register."));
        return;
    }
    m_gapDetail->setText(m_coverage.gaps.at(row).detail);
}

void CoverageView::activateGap(int row)
{
    if (row < 0 || row >= m_coverage.gaps.size())
        return;
    const Gap& gap = m_coverage.gaps.at(row);
    if (gap.hasRecord())
        Q_EMIT gapActivated(gap.entity, gap.id);
    else if (gap.approach)
        Q_EMIT approachGapActivated(*gap.approach);
    else if (gap.sector)
        Q_EMIT sectorGapActivated(*gap.sector);
}

void CoverageView::refreshTrust()
{
    const bool compare = m_trust.academies.size() > 1;
    m_trustBox->setVisible(compare);
    if (compare)
        fillTrustComparison();
}

void CoverageView::fillTrustComparison()
{
    QChart* chart = m_trustChart->chart();
    clearChart(chart);
    if (m_trust.academies.size() < 2)
        return;
    const QString measure = ApproachChart::measureName(m_measure);
    m_trustChart->setTitle(
        tr("The academies of %1 compared: %2 by approach")
            .arg(m_trust.trust.name.isEmpty() ? tr("the trust") : m_trust.trust.name,
                 measure.toLower()));
    // The chart the governors' summary draws too, lying down: bars grow
    // upwards from the first category, so academies go in reverse to read
    // top-down by name.
    const ChartData data = ApproachChart::trustComparison(m_trust, m_measure);
    QStringList categories = data.categories;
    std::reverse(categories.begin(), categories.end());
    auto* series = new QHorizontalStackedBarSeries;
    for (const ChartData::Series& s : data.series) {
        auto* set = new QBarSet(s.name);
        for (auto v = s.values.crbegin(); v != s.values.crend(); ++v)
            set->append(*v);
        const QColor colour = BarChartPainter::colour(s.colour);
        set->setColor(colour);
        set->setBorderColor(colour.darker(120));
        series->append(set);
    }
    const qreal max = data.largestTotal();
    series->setBarWidth(0.75);
    chart->addSeries(series);
    QBarCategoryAxis* y = categoryAxis(categories);
    QValueAxis* x = countAxis(max);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setVisible(true);
    chart->legend()->setFont(chartFont(8));
    m_trustChart->setMinimumHeight(std::max(300, 120 + 30 * int(categories.size())));
    if (max == 0)
        m_trustChart->showGuidance(tr("No academy of the trust has a figure to compare yet."));
    else
        m_trustChart->showChart();
}

} // namespace civic::ui
