#include "shell/Workspace.h"

#include "coverage/CoverageView.h"
#include "document/WheelDocument.h"
#include "registers/EngagementsModel.h"
#include "registers/InitiativesModel.h"
#include "registers/ModelRoles.h"
#include "registers/NeedsModel.h"
#include "registers/PartnersPage.h"
#include "registers/RegisterPage.h"
#include "registers/RegisterProxyModel.h"
#include "registers/ReviewsDueModel.h"
#include "shell/Settings.h"
#include "shell/StorageWarningBanner.h"
#include "wheel/WheelView.h"

#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace civic::ui {
namespace {

template <typename E>
QVector<QPair<QString, QVariant>> choicesOf(const QVector<E>& values)
{
    QVector<QPair<QString, QVariant>> choices;
    for (E value : values)
        choices.append({displayName(value), codeOf(value)});
    return choices;
}

RegisterPage* createNeeds()
{
    auto* page = new RegisterPage(Workspace::tr("Needs"), new NeedsModel);
    page->addFilter(Workspace::tr("Category"), Workspace::tr("All categories"), Roles::Filter1,
                    choicesOf(allValues<NeedCategory>()));
    page->addFilter(Workspace::tr("Met or not"), Workspace::tr("Met and not met"), Roles::Filter2,
                    {{Workspace::tr("Met"), QStringLiteral("met")},
                     {Workspace::tr("Not met yet"), QStringLiteral("unmet")}});
    page->setEmptyState(
        Workspace::tr("No needs recorded yet — add the first one: something the community or "
                      "your pupils need, such as food, housing or mental-health support."),
        Workspace::tr("Add need…"));
    page->searchField()->setPlaceholderText(Workspace::tr("Search needs…"));
    return page;
}

RegisterPage* createInitiatives()
{
    auto* page = new RegisterPage(Workspace::tr("Initiatives"), new InitiativesModel);
    page->addFilter(Workspace::tr("Approach"), Workspace::tr("All approaches"), Roles::Filter1,
                    choicesOf(allValues<Approach>()));
    page->addFilter(Workspace::tr("Status"), Workspace::tr("Any status"), Roles::Filter2,
                    choicesOf(allValues<InitiativeStatus>()));
    page->setEmptyState(
        Workspace::tr("No initiatives yet — add the first piece of work you do with partners, "
                      "and choose which of CST's four civic approaches it follows."),
        Workspace::tr("Add initiative…"));
    page->searchField()->setPlaceholderText(Workspace::tr("Search initiatives…"));
    return page;
}

RegisterPage* createEngagements()
{
    auto* page = new RegisterPage(Workspace::tr("Engagements"), new EngagementsModel);
    page->addFilter(Workspace::tr("Partner"), Workspace::tr("All partners"), Roles::PartnerId, {});
    page->addDateRange(Workspace::tr("Dates"));
    page->setEmptyState(
        Workspace::tr("No engagements logged yet — log a meeting, event or call with a partner "
                      "to build up the history of your ties."),
        Workspace::tr("Log engagement…"));
    page->searchField()->setPlaceholderText(Workspace::tr("Search engagements…"));
    page->view()->sortByColumn(EngagementsModel::Date, Qt::DescendingOrder);
    page->setStretchColumn(EngagementsModel::Summary);
    return page;
}

RegisterPage* createReviews()
{
    auto* page = new RegisterPage(Workspace::tr("Reviews due"), new ReviewsDueModel);
    page->addFilter(Workspace::tr("Overdue or soon"), Workspace::tr("Overdue and soon"),
                    Roles::Filter1,
                    {{Workspace::tr("Overdue"), QStringLiteral("overdue")},
                     {Workspace::tr("Due within 30 days"), QStringLiteral("soon")}});
    page->setEmptyState(Workspace::tr("No reviews are due in the next 30 days. Ties whose review "
                                      "date has passed or is near will be listed here."),
                        QString());
    page->view()->sortByColumn(ReviewsDueModel::NextReview, Qt::AscendingOrder);
    return page;
}

} // namespace

Workspace::Workspace(QWidget* parent)
    : QWidget(parent)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createReadOnlyBanner());
    // Under the read-only notice: a warning when the file sits in a cloud-sync
    // folder or on a network drive, where a half-synced copy can be lost.
    m_storageBanner = new StorageWarningBanner;
    layout->addWidget(m_storageBanner);
    createPages();
    layout->addWidget(m_areas, 1);
    connectPages();
}

Workspace::~Workspace()
{
    // The pages are deleted after this class is gone: stop them calling back into it first.
    for (QObject* sender :
         std::initializer_list<QObject*>{m_areas, m_wheelPage, m_coveragePage, m_partners, m_needs,
                                         m_initiatives, m_engagements, m_reviews})
        disconnect(sender, nullptr, this, nullptr);
}

QFrame* Workspace::createReadOnlyBanner()
{
    m_banner = new QFrame;
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setStyleSheet(QStringLiteral(
        "#readOnlyBanner { background: #fff4d6; border-bottom: 1px solid #e0c070; }"));
    auto* bannerLayout = new QHBoxLayout(m_banner);
    m_bannerText = new QLabel;
    m_bannerText->setWordWrap(true);
    m_bannerText->setStyleSheet(QStringLiteral("color: #4a3a00;"));
    bannerLayout->addWidget(m_bannerText, 1);
    m_banner->setAccessibleName(tr("Read-only notice"));
    m_banner->hide();
    return m_banner;
}

void Workspace::createPages()
{
    m_areas = new QTabWidget;
    m_areas->setDocumentMode(true);
    m_areas->setAccessibleName(tr("Areas"));
    auto* wheel = new WheelView;
    wheel->setAccessibleName(tr("Community wheel"));
    m_wheelPage = wheel;
    auto* coverage = new CoverageView;
    coverage->setAccessibleName(tr("Coverage"));
    m_coveragePage = coverage;
    m_partners = new PartnersPage;
    m_needs = createNeeds();
    m_initiatives = createInitiatives();
    m_engagements = createEngagements();
    m_reviews = createReviews();

    m_areas->addTab(m_wheelPage, tr("&Wheel"));
    m_areas->addTab(m_partners, tr("&Partners"));
    m_areas->addTab(m_needs, tr("&Needs"));
    m_areas->addTab(m_initiatives, tr("&Initiatives"));
    m_areas->addTab(m_engagements, tr("&Engagements"));
    m_areas->addTab(m_reviews, tr("&Reviews due"));
    m_areas->addTab(m_coveragePage, tr("&Coverage"));
    // Where the window was left, or the wheel the program is named after.
    const int area = Settings::lastArea(MainWindow::WheelArea);
    m_areas->setCurrentIndex(area >= 0 && area < m_areas->count() ? area
                                                                  : int(MainWindow::WheelArea));
}

void Workspace::connectPages()
{
    for (RegisterPage* page : {static_cast<RegisterPage*>(m_partners), m_needs, m_initiatives,
                               m_engagements, m_reviews}) {
        connect(page, &RegisterPage::recordSelected, this, &Workspace::selectionChanged);
        connect(page, &RegisterPage::addRequested, this,
                [this] { Q_EMIT addRequested(currentKind()); });
        connect(page, &RegisterPage::recordActivated, this,
                [this](qint64 id) { Q_EMIT editRequested(currentKind(), id); });
    }
    // A review due opens its partner; choosing one in either list selects it in the other.
    connect(m_reviews, &RegisterPage::recordSelected, m_partners, &PartnersPage::selectPartner);
    connect(m_areas, &QTabWidget::currentChanged, this, &Workspace::selectionChanged);

    // Choosing a partner on the wheel chooses it in the register, and back.
    auto* wheel = wheelView();
    connect(wheel, &WheelView::partnerSelected, m_partners, &PartnersPage::selectPartner);
    connect(m_partners, &PartnersPage::partnerSelected, wheel, &WheelView::selectPartner);
    connect(wheel, &WheelView::partnerActivated, this, [this](qint64 id) {
        if (id > 0)
            Q_EMIT editRequested(EntityKind::Partner, id);
    });

    auto* coverage = qobject_cast<CoverageView*>(m_coveragePage);
    connect(coverage, &CoverageView::gapActivated, this, &Workspace::showRecord);
    connect(coverage, &CoverageView::approachGapActivated, this,
            [this](Approach) { showArea(MainWindow::InitiativesArea); });
    connect(coverage, &CoverageView::sectorGapActivated, this,
            [this](Sector) { showArea(MainWindow::PartnersArea); });
}

// Moving between areas ------------------------------------------------------------

Workspace::Area Workspace::currentArea() const
{
    return Area(m_areas->currentIndex());
}

void Workspace::showArea(Area area)
{
    m_areas->setCurrentIndex(area);
}

void Workspace::showRecord(EntityKind kind, qint64 id)
{
    Area area = MainWindow::PartnersArea;
    switch (kind) {
    case EntityKind::Need:
        area = MainWindow::NeedsArea;
        break;
    case EntityKind::Initiative:
        area = MainWindow::InitiativesArea;
        break;
    case EntityKind::Engagement:
        area = MainWindow::EngagementsArea;
        break;
    case EntityKind::Partner:
    case EntityKind::Tie:
    case EntityKind::Contact:
        area = MainWindow::PartnersArea;
        break;
    case EntityKind::Academy:
    case EntityKind::Trust:
        return;
    }
    showArea(area);
    if (RegisterPage* page = registerPage(area))
        page->selectRecord(id);
}

void Workspace::replacePage(Area area, QWidget* page)
{
    QWidget*& slot = area == MainWindow::WheelArea ? m_wheelPage : m_coveragePage;
    const QString label = m_areas->tabText(area);
    const bool wasCurrent = m_areas->currentIndex() == area;
    m_areas->removeTab(area);
    delete slot;
    slot = page;
    m_areas->insertTab(area, page, label);
    if (wasCurrent)
        m_areas->setCurrentIndex(area);
}

WheelView* Workspace::wheelView() const
{
    return qobject_cast<WheelView*>(m_wheelPage);
}

RegisterPage* Workspace::registerPage(Area area) const
{
    switch (area) {
    case MainWindow::PartnersArea:
        return m_partners;
    case MainWindow::NeedsArea:
        return m_needs;
    case MainWindow::InitiativesArea:
        return m_initiatives;
    case MainWindow::EngagementsArea:
        return m_engagements;
    case MainWindow::ReviewsArea:
        return m_reviews;
    default:
        return nullptr;
    }
}

EntityKind Workspace::currentKind() const
{
    switch (m_areas->currentIndex()) {
    case MainWindow::NeedsArea:
        return EntityKind::Need;
    case MainWindow::InitiativesArea:
        return EntityKind::Initiative;
    case MainWindow::EngagementsArea:
        return EntityKind::Engagement;
    default:
        return EntityKind::Partner;
    }
}

qint64 Workspace::currentId() const
{
    switch (m_areas->currentIndex()) {
    case MainWindow::WheelArea:
    case MainWindow::CoverageArea:
        return m_partners->currentId();
    default:
        return registerPage(currentArea())->currentId();
    }
}

// Showing the document ------------------------------------------------------------

void Workspace::showDocument(const WheelDocument* document)
{
    const AcademyWheel empty;
    const AcademyWheel& wheel = document ? document->wheel() : empty;
    const QList<RegisterPage*> registers{m_partners, m_needs, m_initiatives, m_engagements,
                                         m_reviews};
    for (RegisterPage* page : registers)
        page->model()->setWheel(wheel);
    followPartners(wheel);

    QString unavailable;
    if (document && document->isTrustOverview())
        unavailable = tr(
            "The trust overview compares the academies on the Wheel and Coverage pages.\nChoose an "
            "academy in the list at the top to see and change its records.");
    else if (document && document->academies().isEmpty())
        unavailable = tr("This wheel has no academy yet.\nAdd your academy with Edit › Academy › "
                         "Add an Academy, "
                         "then record its partners, needs and initiatives here.");
    const bool editable = document && !document->isReadOnly();
    for (RegisterPage* page : registers) {
        page->setUnavailable(unavailable);
        page->setEditable(editable);
    }

    const int reviews = m_reviews->model()->rowCount();
    m_areas->setTabText(MainWindow::ReviewsArea,
                        reviews ? tr("&Reviews due (%1)").arg(reviews) : tr("&Reviews due"));

    // The views follow every edit, undo and redo at once.
    showWheel(document);
    showCoverage(document);
    showReadOnly(document);
}

void Workspace::followPartners(const AcademyWheel& wheel)
{
    auto* partnerFilter = m_engagements->findChild<QComboBox*>();
    if (!partnerFilter)
        return;
    const QVariant chosen = partnerFilter->currentData();
    const QSignalBlocker blocker(partnerFilter);
    while (partnerFilter->count() > 1)
        partnerFilter->removeItem(1);
    for (const Partner& partner : wheel.partners)
        partnerFilter->addItem(partner.name, partner.id);
    const int keep = partnerFilter->findData(chosen);
    partnerFilter->setCurrentIndex(keep < 0 ? 0 : keep);
    if (keep < 0)
        m_engagements->proxy()->setRoleFilter(Roles::PartnerId, {});
}

void Workspace::showWheel(const WheelDocument* document)
{
    WheelView* view = wheelView();
    if (!view)
        return;
    if (document && document->hasAcademy())
        view->setWheel(document->wheel());
    else if (document && document->isTrustOverview())
        view->clearWheel(
            tr("The whole trust is shown: choose an academy in the list at the top to see "
               "its wheel. The Coverage page compares the academies."));
    else if (document)
        view->clearWheel(tr("This wheel has no academy yet. Add yours with Edit › Academy › Add "
                            "an Academy, or import the trust's academies with File › Import."));
    else
        view->clearWheel();
}

void Workspace::showCoverage(const WheelDocument* document)
{
    auto* view = qobject_cast<CoverageView*>(m_coveragePage);
    if (!view)
        return;
    if (document && document->isTrustOverview()) {
        view->showTrustOverview(document->trustWheels());
        return;
    }
    view->setWheel(document ? document->wheel() : AcademyWheel{});
    if (document && document->academies().size() > 1)
        view->setTrust(document->trustWheels());
    else
        view->setTrust(TrustWheels{});
}

void Workspace::showReadOnly(const WheelDocument* document)
{
    if (document && document->isReadOnly()) {
        m_bannerText->setText(
            tr("<b>Read-only.</b> %1 You can look and export, but not change anything.")
                .arg(document->store().readOnlyReason().toHtmlEscaped()));
        m_banner->show();
    } else {
        m_banner->hide();
    }
}

} // namespace civic::ui
