#include "shell/MainWindow.h"

#include "analysis/NeedStatusSummary.h"
#include "common/Format.h"
#include "coverage/CoverageView.h"
#include "demo/DefaultWheel.h"
#include "document/WheelDocument.h"
#include "editors/RecordEditing.h"
#include "registers/EngagementsModel.h"
#include "registers/InitiativesModel.h"
#include "registers/ModelRoles.h"
#include "registers/NeedsModel.h"
#include "registers/PartnersModel.h"
#include "registers/PartnersPage.h"
#include "registers/RegisterPage.h"
#include "registers/RegisterProxyModel.h"
#include "registers/ReviewsDueModel.h"
#include "shell/AboutDialog.h"
#include "shell/PersonalDataDialog.h"
#include "shell/PlaceholderPage.h"
#include "shell/Settings.h"
#include "shell/StorageWarningBanner.h"
#include "transfer/DataTransfer.h"
#include "wheel/WheelView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLockFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QUndoView>
#include <QVBoxLayout>

#include <algorithm>

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

} // namespace

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/civicwheel.svg")));
    setObjectName(QStringLiteral("MainWindow"));
    createPages();
    createActions();
    createMenus();
    installViews();

    m_counts = new QLabel;
    m_fileState = new QLabel;
    statusBar()->addWidget(m_counts, 1);
    statusBar()->addPermanentWidget(m_fileState);

    resize(1280, 760);
    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
    onDocumentChanged();
}

MainWindow::~MainWindow()
{
    // Children are deleted after this class is gone: stop them calling back into it first.
    closeWheel();
    for (QObject* sender : std::initializer_list<QObject*>{m_areas, m_partners, m_needs,
                                                           m_initiatives, m_engagements, m_reviews})
        disconnect(sender, nullptr, this, nullptr);
}

// Pages ---------------------------------------------------------------------------

void MainWindow::createPages()
{
    m_stack = new QStackedWidget;
    m_welcome = new QLabel;
    m_welcome->setAlignment(Qt::AlignCenter);
    m_welcome->setWordWrap(true);
    m_welcome->setMargin(32);
    m_welcome->setText(
        tr("<h2>No wheel is open</h2><p>Open a wheel file with <b>File › Open</b> (Ctrl+O), "
           "or start a new one with <b>File › New</b> (Ctrl+N).</p>"));
    m_stack->addWidget(m_welcome);

    auto* workspace = new QWidget;
    auto* layout = new QVBoxLayout(workspace);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

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
    layout->addWidget(m_banner);

    m_areas = new QTabWidget;
    m_areas->setDocumentMode(true);
    m_areas->setAccessibleName(tr("Areas"));
    m_wheelPage = new PlaceholderPage(
        tr("Community wheel"),
        tr("The community wheel will appear here: the academy at the hub, "
           "sectors as wedges and each partner placed by the strength of its tie."));
    m_coveragePage = new PlaceholderPage(
        tr("Coverage"), tr("Coverage charts will appear here: the four civic approaches side by "
                           "side, needs met and not yet met, and the balance of sectors."));

    m_partners = new PartnersPage;
    m_needs = new RegisterPage(tr("Needs"), new NeedsModel);
    m_needs->addFilter(tr("Category"), tr("All categories"), Roles::Filter1,
                       choicesOf(allValues<NeedCategory>()));
    m_needs->addFilter(
        tr("Met or not"), tr("Met and not met"), Roles::Filter2,
        {{tr("Met"), QStringLiteral("met")}, {tr("Not met yet"), QStringLiteral("unmet")}});
    m_needs->setEmptyState(
        tr("No needs recorded yet — add the first one: something the community or your "
           "pupils need, such as food, housing or mental-health support."),
        tr("Add need…"));
    m_needs->searchField()->setPlaceholderText(tr("Search needs…"));

    m_initiatives = new RegisterPage(tr("Initiatives"), new InitiativesModel);
    m_initiatives->addFilter(tr("Approach"), tr("All approaches"), Roles::Filter1,
                             choicesOf(allValues<Approach>()));
    m_initiatives->addFilter(tr("Status"), tr("Any status"), Roles::Filter2,
                             choicesOf(allValues<InitiativeStatus>()));
    m_initiatives->setEmptyState(
        tr("No initiatives yet — add the first piece of work you do with partners, "
           "and choose which of CST's four civic approaches it follows."),
        tr("Add initiative…"));
    m_initiatives->searchField()->setPlaceholderText(tr("Search initiatives…"));

    auto* engagementsModel = new EngagementsModel;
    m_engagements = new RegisterPage(tr("Engagements"), engagementsModel);
    m_engagements->addFilter(tr("Partner"), tr("All partners"), Roles::PartnerId, {});
    m_engagements->addDateRange(tr("Dates"));
    m_engagements->setEmptyState(
        tr("No engagements logged yet — log a meeting, event or call with a partner "
           "to build up the history of your ties."),
        tr("Log engagement…"));
    m_engagements->searchField()->setPlaceholderText(tr("Search engagements…"));
    m_engagements->view()->sortByColumn(EngagementsModel::Date, Qt::DescendingOrder);
    m_engagements->setStretchColumn(EngagementsModel::Summary);

    m_reviews = new RegisterPage(tr("Reviews due"), new ReviewsDueModel);
    m_reviews->addFilter(tr("Overdue or soon"), tr("Overdue and soon"), Roles::Filter1,
                         {{tr("Overdue"), QStringLiteral("overdue")},
                          {tr("Due within 30 days"), QStringLiteral("soon")}});
    m_reviews->setEmptyState(
        tr("No reviews are due in the next 30 days. Ties whose review date has passed or "
           "is near will be listed here."),
        QString());
    m_reviews->view()->sortByColumn(ReviewsDueModel::NextReview, Qt::AscendingOrder);

    m_areas->addTab(m_wheelPage, tr("&Wheel"));
    m_areas->addTab(m_partners, tr("&Partners"));
    m_areas->addTab(m_needs, tr("&Needs"));
    m_areas->addTab(m_initiatives, tr("&Initiatives"));
    m_areas->addTab(m_engagements, tr("&Engagements"));
    m_areas->addTab(m_reviews, tr("&Reviews due"));
    m_areas->addTab(m_coveragePage, tr("&Coverage"));
    // Where the window was left, or the wheel the program is named after.
    const int area = Settings::lastArea(WheelArea);
    m_areas->setCurrentIndex(area >= 0 && area < m_areas->count() ? area : int(WheelArea));
    layout->addWidget(m_areas, 1);
    m_stack->addWidget(workspace);
    setCentralWidget(m_stack);

    for (RegisterPage* page : {static_cast<RegisterPage*>(m_partners), m_needs, m_initiatives,
                               m_engagements, m_reviews}) {
        connect(page, &RegisterPage::recordSelected, this, &MainWindow::updateActions);
        connect(page, &RegisterPage::addRequested, this, [this] {
            if (m_editing)
                m_editing->add(currentKind());
        });
        connect(page, &RegisterPage::recordActivated, this, [this](qint64 id) {
            if (m_editing)
                m_editing->edit(currentKind(), id);
        });
    }
    // A review due opens its partner; choosing one in either list selects it in the other.
    connect(m_reviews, &RegisterPage::recordSelected, m_partners, &PartnersPage::selectPartner);
    connect(m_areas, &QTabWidget::currentChanged, this, &MainWindow::updateActions);

    m_undoDock = new QDockWidget(tr("Undo history"), this);
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    m_undoView = new QUndoView;
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_undoView->setAccessibleName(tr("Undo history"));
    m_undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();
}

void MainWindow::replacePage(Area area, QWidget*& slot, QWidget* page)
{
    const QString label = m_areas->tabText(area);
    const bool wasCurrent = m_areas->currentIndex() == area;
    m_areas->removeTab(area);
    delete slot;
    slot = page;
    m_areas->insertTab(area, page, label);
    if (wasCurrent)
        m_areas->setCurrentIndex(area);
}

void MainWindow::installViews()
{
    auto* wheel = new WheelView;
    wheel->setAccessibleName(tr("Community wheel"));
    installWheelPage(wheel);
    // Choosing a partner on the wheel chooses it in the register, and back.
    connect(wheel, &WheelView::partnerSelected, m_partners, &PartnersPage::selectPartner);
    connect(m_partners, &PartnersPage::partnerSelected, wheel, &WheelView::selectPartner);
    connect(wheel, &WheelView::partnerActivated, this, [this](qint64 id) {
        if (m_editing && id > 0)
            m_editing->edit(EntityKind::Partner, id);
    });

    auto* coverage = new CoverageView;
    coverage->setAccessibleName(tr("Coverage"));
    installCoveragePage(coverage);
    connect(coverage, &CoverageView::gapActivated, this, &MainWindow::showRecord);
    connect(coverage, &CoverageView::approachGapActivated, this,
            [this](Approach) { showArea(InitiativesArea); });
    connect(coverage, &CoverageView::sectorGapActivated, this,
            [this](Sector) { showArea(PartnersArea); });

    m_transfer = new DataTransfer(this, m_importMenu, m_exportMenu);
    m_transfer->setWheelView(wheel);

    // Under the read-only notice: a warning when the file sits in a cloud-sync
    // folder or on a network drive, where a half-synced copy can be lost.
    m_storageBanner = new StorageWarningBanner;
    if (auto* column = qobject_cast<QVBoxLayout*>(m_banner->parentWidget()->layout()))
        column->insertWidget(column->indexOf(m_banner) + 1, m_storageBanner);
    connect(m_storageBanner, &StorageWarningBanner::moveRequested, this, &MainWindow::moveWheel);
}

void MainWindow::moveWheel()
{
    if (!m_document)
        return;
    const QString from = m_document->path();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString to = QFileDialog::getSaveFileName(
        this, tr("Move the wheel to a folder on this computer"),
        QDir(folder).filePath(QFileInfo(from).fileName()), tr("Civic Wheel files (*.wheel)"));
    if (to.isEmpty() || QFileInfo(to).absoluteFilePath() == QFileInfo(from).absoluteFilePath())
        return;
    if (auto s = m_document->store().saveCopyAs(to); !s) {
        showFailure(s.error());
        return;
    }
    if (openWheel(to))
        QMessageBox::information(
            this, tr("Wheel moved"),
            tr("Civic Wheel now uses “%1”.\n\nThe old copy is still at “%2”: delete it once you "
               "are sure, so nobody keeps working on it.")
                .arg(QDir::toNativeSeparators(to), QDir::toNativeSeparators(from)));
}

void MainWindow::showPersonalData()
{
    if (!m_document)
        return;
    auto* dialog = new PersonalDataDialog(m_document, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showRecord(EntityKind kind, qint64 id)
{
    Area area = PartnersArea;
    switch (kind) {
    case EntityKind::Need:
        area = NeedsArea;
        break;
    case EntityKind::Initiative:
        area = InitiativesArea;
        break;
    case EntityKind::Engagement:
        area = EngagementsArea;
        break;
    case EntityKind::Partner:
    case EntityKind::Tie:
    case EntityKind::Contact:
        area = PartnersArea;
        break;
    case EntityKind::Academy:
    case EntityKind::Trust:
        return;
    }
    showArea(area);
    if (RegisterPage* page = registerPage(area))
        page->selectRecord(id);
}

void MainWindow::installWheelPage(QWidget* page)
{
    replacePage(WheelArea, m_wheelPage, page);
}
void MainWindow::installCoveragePage(QWidget* page)
{
    replacePage(CoverageArea, m_coveragePage, page);
}

RegisterPage* MainWindow::registerPage(Area area) const
{
    switch (area) {
    case PartnersArea:
        return m_partners;
    case NeedsArea:
        return m_needs;
    case InitiativesArea:
        return m_initiatives;
    case EngagementsArea:
        return m_engagements;
    case ReviewsArea:
        return m_reviews;
    default:
        return nullptr;
    }
}

void MainWindow::showArea(Area area)
{
    m_areas->setCurrentIndex(area);
}

QAction* MainWindow::action(const QString& name) const
{
    return findChild<QAction*>(name);
}

// Actions and menus ---------------------------------------------------------------

void MainWindow::createActions()
{
    auto make = [this](const QString& name, const QString& text, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_undo = make(QStringLiteral("undo"), tr("&Undo"), [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    m_undo->setShortcuts(QKeySequence::Undo);
    m_redo = make(QStringLiteral("redo"), tr("&Redo"), [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });
    m_redo->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_add = make(QStringLiteral("add"), tr("&Add…"), [this] {
        if (!m_editing)
            return;
        if (currentKind() == EntityKind::Partner && m_areas->currentIndex() == ReviewsArea)
            showArea(PartnersArea);
        m_editing->add(currentKind());
    });
    m_add->setShortcuts(
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), QKeySequence(Qt::Key_Insert)});
    m_edit = make(QStringLiteral("edit"), tr("&Edit…"), [this] {
        if (m_editing)
            m_editing->edit(currentKind(), currentId());
    });
    m_edit->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_E), QKeySequence(Qt::Key_F2)});
    m_delete = make(QStringLiteral("delete"), tr("&Delete…"), [this] {
        if (m_editing)
            m_editing->remove(currentKind(), currentId());
    });
    m_delete->setShortcut(QKeySequence::Delete);
    m_find = make(QStringLiteral("find"), tr("&Find…"), [this] {
        auto area = Area(m_areas->currentIndex());
        if (!registerPage(area)) {
            area = PartnersArea;
            showArea(area);
        }
        registerPage(area)->focusSearch();
    });
    m_find->setShortcut(QKeySequence::Find);
    m_logEngagement = make(QStringLiteral("logEngagement"), tr("&Log an Engagement…"), [this] {
        if (m_editing)
            m_editing->addEngagement(currentKind() == EntityKind::Partner ? currentId() : 0);
    });
    m_logEngagement->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_addAcademy = make(QStringLiteral("addAcademy"), tr("Add an &Academy…"), [this] {
        if (m_editing)
            m_editing->addAcademy();
    });
    m_editAcademy = make(QStringLiteral("editAcademy"), tr("Academy &Details…"), [this] {
        if (m_editing && m_document->hasAcademy())
            m_editing->edit(EntityKind::Academy, m_document->academyId());
    });
    m_deleteAcademy = make(QStringLiteral("deleteAcademy"), tr("Delete This Academy…"), [this] {
        if (m_editing && m_document->hasAcademy())
            m_editing->remove(EntityKind::Academy, m_document->academyId());
    });
    m_saveCopy =
        make(QStringLiteral("saveCopy"), tr("Save a &Copy As…"), &MainWindow::chooseCopyTarget);
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    m_close = make(QStringLiteral("close"), tr("&Close"), &MainWindow::closeWheel);
    m_close->setShortcut(QKeySequence::Close);

    m_switcher = new QComboBox;
    m_switcher->setObjectName(QStringLiteral("academySwitcher"));
    m_switcher->setAccessibleName(tr("Academy shown"));
    m_switcher->setToolTip(tr("The academy whose wheel and registers are shown"));
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_switcher->setMinimumContentsLength(24);
    connect(m_switcher, &QComboBox::activated, this, [this](int index) {
        if (!m_document)
            return;
        const qint64 id = m_switcher->itemData(index).toLongLong();
        if (id == -1)
            m_document->showTrustOverview();
        else
            m_document->setAcademy(id);
    });
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(tr("&New…"), this, &MainWindow::chooseNewFile);
    create->setObjectName(QStringLiteral("new"));
    create->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFileToOpen);
    open->setObjectName(QStringLiteral("open"));
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    file->addAction(m_saveCopy);
    file->addAction(m_close);
    file->addSeparator();
    m_importMenu = file->addMenu(tr("&Import"));
    m_exportMenu = file->addMenu(tr("E&xport"));
    m_nothingToExport = m_exportMenu->addAction(tr("Nothing to export yet"));
    m_nothingToExport->setEnabled(false);
    // The placeholder shows only while no export has been added.
    connect(m_exportMenu, &QMenu::aboutToShow, this, [this] {
        const auto actions = m_exportMenu->actions();
        m_nothingToExport->setVisible(
            std::none_of(actions.cbegin(), actions.cend(), [this](QAction* a) {
                return a != m_nothingToExport && !a->isSeparator();
            }));
    });
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quit"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(m_undo);
    edit->addAction(m_redo);
    edit->addSeparator();
    edit->addAction(m_add);
    edit->addAction(m_edit);
    edit->addAction(m_delete);
    edit->addSeparator();
    edit->addAction(m_logEngagement);
    edit->addAction(m_find);
    QMenu* academy = edit->addMenu(tr("A&cademy"));
    academy->addAction(m_editAcademy);
    academy->addAction(m_addAcademy);
    academy->addSeparator();
    academy->addAction(m_deleteAcademy);
    edit->addSeparator();
    m_personalData = edit->addAction(tr("&Personal Data…"), this, &MainWindow::showPersonalData);
    m_personalData->setObjectName(QStringLiteral("personalData"));

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QStringList names{tr("Wheel"),       tr("Partners"),    tr("Needs"),   tr("Initiatives"),
                            tr("Engagements"), tr("Reviews Due"), tr("Coverage")};
    for (int i = 0; i < names.size(); ++i) {
        QAction* go = view->addAction(names.at(i), this, [this, i] { showArea(Area(i)); });
        go->setObjectName(QStringLiteral("area%1").arg(i));
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }
    view->addSeparator();
    QAction* history = m_undoDock->toggleViewAction();
    history->setText(tr("Undo &History"));
    history->setObjectName(QStringLiteral("undoHistory"));
    history->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    view->addAction(history);

    QToolBar* tools = addToolBar(tr("Main toolbar"));
    tools->setObjectName(QStringLiteral("mainToolbar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* academyLabel = new QLabel(tr(" Academy: "));
    academyLabel->setBuddy(m_switcher);
    tools->addWidget(academyLabel);
    tools->addWidget(m_switcher);
    tools->addSeparator();
    tools->addAction(m_add);
    tools->addAction(m_edit);
    tools->addAction(m_delete);
    tools->addAction(m_logEngagement);
    tools->addSeparator();
    tools->addAction(m_undo);
    tools->addAction(m_redo);
    view->addAction(tools->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Civic Wheel"), this, &MainWindow::about)
        ->setObjectName(QStringLiteral("about"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings::recentFiles();
    for (const QString& path : files) {
        QAction* open = m_recentMenu->addAction(QFileInfo(path).fileName(), this,
                                                [this, path] { openWheel(path); });
        open->setToolTip(QDir::toNativeSeparators(path));
        open->setStatusTip(QDir::toNativeSeparators(path));
    }
    if (files.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear the List"), this, [] { Settings::clearRecentFiles(); });
}

void MainWindow::about()
{
    auto* dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

// Files ---------------------------------------------------------------------------

WheelStore* MainWindow::store() const
{
    return m_document ? &m_document->store() : nullptr;
}

bool MainWindow::openDefaultWheel()
{
    auto store = DefaultWheel::openOrCreate();
    if (!store) {
        showFailure(store.error());
        return false;
    }
    adopt(std::move(store).value());
    return true;
}

bool MainWindow::openWheel(const QString& path, const OpenOptions& options)
{
    if (m_document && QFileInfo(path).absoluteFilePath() == m_document->path()) {
        statusBar()->showMessage(tr("“%1” is already open.").arg(QFileInfo(path).fileName()), 5000);
        return true;
    }
    auto store = WheelStore::open(path, options);
    if (!store) {
        // Open in another copy of Civic Wheel: offer a look without changing it.
        QLockFile probe(QFileInfo(path).absoluteFilePath() + QStringLiteral(".lock"));
        if (!options.readOnly && QFileInfo::exists(path) && !probe.tryLock(0) &&
            probe.error() == QLockFile::LockFailedError) {
            offerReadOnly(path, store.error());
        } else {
            probe.unlock();
            if (!QFileInfo::exists(path))
                Settings::removeRecentFile(QFileInfo(path).absoluteFilePath());
            showFailure(store.error());
        }
        return false;
    }
    adopt(std::move(store).value());
    return true;
}

bool MainWindow::newWheel(const QString& path)
{
    auto store = WheelStore::create(path);
    if (!store) {
        showFailure(store.error());
        return false;
    }
    adopt(std::move(store).value());
    // A new file holds no academy yet: offer to add it straight away.
    if (m_editing && m_document->academies().isEmpty())
        m_editing->addAcademy();
    return true;
}

bool MainWindow::saveCopyAs(const QString& path)
{
    if (!m_document)
        return false;
    if (auto s = m_document->store().saveCopyAs(path); !s) {
        showFailure(s.error());
        return false;
    }
    statusBar()->showMessage(tr("A copy was saved as “%1”.").arg(QDir::toNativeSeparators(path)),
                             8000);
    return true;
}

void MainWindow::closeWheel()
{
    if (!m_document)
        return;
    m_undoView->setStack(nullptr);
    delete m_editing;
    m_editing = nullptr;
    delete m_document;
    m_document = nullptr;
    onDocumentChanged();
    if (m_storageBanner)
        m_storageBanner->hide();
}

void MainWindow::adopt(std::unique_ptr<WheelStore> store)
{
    closeWheel();
    const QString backup = store->migrationBackupPath();
    m_document = new WheelDocument(std::move(store), this);
    m_editing = new RecordEditing(m_document, this);
    m_undoView->setStack(m_document->undoStack());
    connect(m_document, &WheelDocument::changed, this, &MainWindow::onDocumentChanged);
    connect(m_document, &WheelDocument::failed, this, &MainWindow::showFailure);
    connect(m_document->undoStack(), &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
    connect(m_document->undoStack(), &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
    connect(m_document->undoStack(), &QUndoStack::undoTextChanged, this,
            &MainWindow::updateActions);
    connect(m_document->undoStack(), &QUndoStack::redoTextChanged, this,
            &MainWindow::updateActions);
    Settings::addRecentFile(m_document->path());
    if (m_storageBanner)
        m_storageBanner->inspect(m_document->path());
    onDocumentChanged();
    if (!backup.isEmpty())
        statusBar()->showMessage(
            tr("This file was upgraded to the new format; the original was kept as “%1”.")
                .arg(QDir::toNativeSeparators(backup)),
            15000);
}

void MainWindow::showFailure(const Error& error)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Civic Wheel"), error.message,
                                QMessageBox::Ok, this);
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    box->setObjectName(QStringLiteral("failureBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::offerReadOnly(const QString& path, const Error& error)
{
    auto* box = new QMessageBox(QMessageBox::Question, tr("Civic Wheel"), error.message,
                                QMessageBox::NoButton, this);
    box->setInformativeText(
        tr("You can open it read-only to look at it without changing anything."));
    QPushButton* readOnly = box->addButton(tr("Open Read-Only"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    if (!error.detail.isEmpty())
        box->setDetailedText(error.detail);
    box->setObjectName(QStringLiteral("offerReadOnly"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, readOnly, path] {
        if (box->clickedButton() == readOnly) {
            OpenOptions options;
            options.readOnly = true;
            openWheel(path, options);
        }
    });
    box->open();
}

void MainWindow::chooseFileToOpen()
{
    const QString folder =
        m_document ? QFileInfo(m_document->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open a wheel"), folder, tr("Civic Wheel files (*.wheel);;All files (*)"));
    if (!path.isEmpty())
        openWheel(path);
}

void MainWindow::chooseNewFile()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New wheel"),
                                                QDir::homePath() + tr("/community.wheel"),
                                                tr("Civic Wheel files (*.wheel)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".wheel");
    newWheel(path);
}

void MainWindow::chooseCopyTarget()
{
    if (!m_document)
        return;
    const QFileInfo info(m_document->path());
    QString path = QFileDialog::getSaveFileName(this, tr("Save a copy"),
                                                info.absolutePath() + QLatin1Char('/') +
                                                    info.completeBaseName() + tr(" copy.wheel"),
                                                tr("Civic Wheel files (*.wheel)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".wheel");
    saveCopyAs(path);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Nothing to save: every change went to the file when it was made.
    Settings::saveWindow(saveGeometry(), saveState());
    Settings::saveLastArea(m_areas->currentIndex());
    QMainWindow::closeEvent(event);
}

// Reacting to the document ------------------------------------------------------------

void MainWindow::onDocumentChanged()
{
    m_stack->setCurrentIndex(m_document ? 1 : 0);
    const AcademyWheel empty;
    const AcademyWheel& wheel = m_document ? m_document->wheel() : empty;
    for (Area area : {PartnersArea, NeedsArea, InitiativesArea, EngagementsArea, ReviewsArea})
        registerPage(area)->model()->setWheel(wheel);

    // The engagement register's partner filter follows the academy's partners.
    if (auto* partnerFilter = m_engagements->findChild<QComboBox*>()) {
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

    QString unavailable;
    if (m_document && m_document->isTrustOverview())
        unavailable = tr(
            "The trust overview compares the academies on the Wheel and Coverage pages.\nChoose an "
            "academy in the list at the top to see and change its records.");
    else if (m_document && m_document->academies().isEmpty())
        unavailable = tr("This wheel has no academy yet.\nAdd your academy with Edit › Academy › "
                         "Add an Academy, "
                         "then record its partners, needs and initiatives here.");
    const bool editable = m_document && !m_document->isReadOnly();
    for (Area area : {PartnersArea, NeedsArea, InitiativesArea, EngagementsArea, ReviewsArea}) {
        registerPage(area)->setUnavailable(unavailable);
        registerPage(area)->setEditable(editable);
    }

    const int reviews = m_reviews->model()->rowCount();
    m_areas->setTabText(ReviewsArea,
                        reviews ? tr("&Reviews due (%1)").arg(reviews) : tr("&Reviews due"));

    // The views follow every edit, undo and redo at once.
    if (auto* view = qobject_cast<WheelView*>(m_wheelPage)) {
        if (m_document && m_document->hasAcademy())
            view->setWheel(wheel);
        else if (m_document && m_document->isTrustOverview())
            view->clearWheel(
                tr("The whole trust is shown: choose an academy in the list at the top to see "
                   "its wheel. The Coverage page compares the academies."));
        else if (m_document)
            view->clearWheel(
                tr("This wheel has no academy yet. Add yours with Edit › Academy › Add an "
                   "Academy, or import the trust's academies with File › Import."));
        else
            view->clearWheel();
    }
    if (auto* view = qobject_cast<CoverageView*>(m_coveragePage)) {
        if (m_document && m_document->isTrustOverview()) {
            view->showTrustOverview(m_document->trustWheels());
        } else {
            view->setWheel(wheel);
            if (m_document && m_document->academies().size() > 1)
                view->setTrust(m_document->trustWheels());
            else
                view->setTrust(TrustWheels{});
        }
    }

    if (m_document && m_document->isReadOnly()) {
        m_bannerText->setText(
            tr("<b>Read-only.</b> %1 You can look and export, but not change anything.")
                .arg(m_document->store().readOnlyReason().toHtmlEscaped()));
        m_banner->show();
    } else {
        m_banner->hide();
    }
    if (m_document && m_document->loadError())
        statusBar()->showMessage(m_document->loadError()->message, 10000);

    fillSwitcher();
    if (m_transfer)
        m_transfer->update();
    if (m_personalData)
        m_personalData->setEnabled(m_document != nullptr);
    QString title = tr("Civic Wheel");
    if (m_document) {
        const QString file = QFileInfo(m_document->path()).fileName();
        QString who = m_document->isTrustOverview()
                          ? (m_document->trustWheels().trust.name.isEmpty()
                                 ? tr("Trust overview")
                                 : m_document->trustWheels().trust.name)
                      : m_document->hasAcademy() ? wheel.academy.name
                                                 : tr("No academy yet");
        title = tr("%1 — %2").arg(who, file);
        if (m_document->isReadOnly())
            title += tr(" [read-only]");
    }
    setWindowTitle(title);
    updateStatus();
    updateActions();
}

void MainWindow::fillSwitcher()
{
    const QSignalBlocker blocker(m_switcher);
    m_switcher->clear();
    if (!m_document) {
        m_switcher->setEnabled(false);
        return;
    }
    for (const Academy& academy : m_document->academies())
        m_switcher->addItem(tr("%1 (URN %2)").arg(academy.name, academy.urn), academy.id);
    if (m_document->academies().size() > 1)
        m_switcher->addItem(tr("Whole trust: overview"), qint64(-1));
    if (m_document->academies().isEmpty())
        m_switcher->addItem(tr("No academy yet"), qint64(0));
    const int index =
        m_switcher->findData(m_document->isTrustOverview() ? qint64(-1) : m_document->academyId());
    m_switcher->setCurrentIndex(qMax(0, index));
    m_switcher->setEnabled(m_switcher->count() > 1);
}

EntityKind MainWindow::currentKind() const
{
    switch (m_areas->currentIndex()) {
    case NeedsArea:
        return EntityKind::Need;
    case InitiativesArea:
        return EntityKind::Initiative;
    case EngagementsArea:
        return EntityKind::Engagement;
    default:
        return EntityKind::Partner;
    }
}

qint64 MainWindow::currentId() const
{
    switch (m_areas->currentIndex()) {
    case WheelArea:
    case CoverageArea:
        return m_partners->currentId();
    default:
        return registerPage(Area(m_areas->currentIndex()))->currentId();
    }
}

void MainWindow::updateActions()
{
    if (!m_undo)
        return;
    const bool open = m_document != nullptr;
    const bool editable = open && !m_document->isReadOnly();
    const bool academy = open && m_document->hasAcademy();
    const bool selected = academy && currentId() > 0;
    const bool coverage = m_areas->currentIndex() == CoverageArea;
    const QUndoStack* stack = open ? m_document->undoStack() : nullptr;
    m_undo->setEnabled(editable && stack->canUndo());
    m_redo->setEnabled(editable && stack->canRedo());
    m_undo->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText())
                                              : tr("&Undo"));
    m_redo->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText())
                                              : tr("&Redo"));
    const QString noun = entityNoun(currentKind());
    m_add->setText(tr("&Add %1…").arg(noun));
    m_add->setEnabled(editable && academy && !coverage);
    m_edit->setText(editable ? tr("&Edit %1…").arg(noun) : tr("&View %1…").arg(noun));
    m_edit->setEnabled(selected && !coverage);
    m_delete->setText(tr("&Delete %1…").arg(noun));
    m_delete->setEnabled(editable && selected && !coverage &&
                         m_areas->currentIndex() != ReviewsArea);
    m_logEngagement->setEnabled(editable && academy && !m_document->wheel().partners.isEmpty());
    m_find->setEnabled(academy);
    m_addAcademy->setEnabled(editable);
    m_editAcademy->setEnabled(academy);
    m_deleteAcademy->setEnabled(editable && academy);
    m_saveCopy->setEnabled(open);
    m_close->setEnabled(open);
    m_nothingToExport->setEnabled(false);
}

void MainWindow::updateStatus()
{
    if (!m_document) {
        m_counts->clear();
        m_fileState->clear();
        return;
    }
    if (m_document->hasAcademy()) {
        const AcademyWheel& wheel = m_document->wheel();
        const NeedStatusSummary needs(wheel);
        QStringList parts{
            Format::count(int(wheel.partners.size()), "%1 partner", "%1 partners"),
            Format::count(needs.needCount(), "%1 need", "%1 needs") +
                tr(" (%1 met)").arg(needs.metCount()),
            Format::count(int(wheel.initiatives.size()), "%1 initiative", "%1 initiatives"),
            Format::count(int(wheel.engagements.size()), "%1 engagement", "%1 engagements")};
        if (int due = m_reviews->model()->rowCount())
            parts << Format::count(due, "%1 review due", "%1 reviews due");
        m_counts->setText(parts.join(QStringLiteral(" · ")));
    } else {
        const EntityCounts c = m_document->counts();
        m_counts->setText(Format::count(c.academies, "%1 academy", "%1 academies") +
                          QStringLiteral(" · ") +
                          Format::count(c.partners, "%1 partner", "%1 partners"));
    }
    QString state;
    switch (m_document->store().accessMode()) {
    case AccessMode::ReadWrite:
        state = tr("Every change is saved as you make it");
        break;
    case AccessMode::ReadOnlyRequested:
        state = tr("Read-only (opened that way)");
        break;
    case AccessMode::ReadOnlyOnDisk:
        state = tr("Read-only (the file cannot be written)");
        break;
    case AccessMode::ReadOnlyNewerSchema:
        state = tr("Read-only (made by a newer Civic Wheel)");
        break;
    }
    m_fileState->setText(state + QStringLiteral(" · ") + QFileInfo(m_document->path()).fileName());
    m_fileState->setToolTip(QDir::toNativeSeparators(m_document->path()));
}

} // namespace civic::ui
