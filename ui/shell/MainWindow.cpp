#include "shell/MainWindow.h"

#include "demo/DefaultWheel.h"
#include "document/WheelDocument.h"
#include "editors/RecordEditing.h"
#include "registers/RegisterModel.h"
#include "registers/RegisterPage.h"
#include "shell/AboutDialog.h"
#include "shell/AcademySwitcher.h"
#include "shell/EditActions.h"
#include "shell/PersonalDataDialog.h"
#include "shell/RecentFilesMenu.h"
#include "shell/Settings.h"
#include "shell/StatusSummary.h"
#include "shell/StorageWarningBanner.h"
#include "shell/Workspace.h"
#include "transfer/DataTransfer.h"
#include "wheel/WheelView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLockFile>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoView>

#include <algorithm>

namespace civic::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/civicwheel.svg")));
    setObjectName(QStringLiteral("MainWindow"));
    createCentralWidget();
    createUndoDock();
    m_editActions = new EditActions(this, m_workspace);
    m_switcher = new AcademySwitcher;
    createFileMenu();
    createEditMenu();
    createViewMenu();
    createHelpMenu();
    m_transfer = new DataTransfer(this, m_importMenu, m_exportMenu);
    m_transfer->setWheelView(m_workspace->wheelView());
    m_status = new StatusSummary(statusBar());

    connect(m_workspace, &Workspace::addRequested, this, [this](EntityKind kind) {
        if (m_editing)
            m_editing->add(kind);
    });
    connect(m_workspace, &Workspace::editRequested, this, [this](EntityKind kind, qint64 id) {
        if (m_editing)
            m_editing->edit(kind, id);
    });
    connect(m_workspace->storageBanner(), &StorageWarningBanner::moveRequested, this,
            &MainWindow::moveWheel);

    resize(1280, 760);
    restoreGeometry(Settings::windowGeometry());
    restoreState(Settings::windowState());
    onDocumentChanged();
}

MainWindow::~MainWindow()
{
    // Children are deleted after this class is gone: stop them calling back into it first.
    closeWheel();
    disconnect(m_workspace, nullptr, nullptr, nullptr);
}

// The window's parts ---------------------------------------------------------------

void MainWindow::createCentralWidget()
{
    m_stack = new QStackedWidget;
    auto* welcome = new QLabel;
    welcome->setAlignment(Qt::AlignCenter);
    welcome->setWordWrap(true);
    welcome->setMargin(32);
    welcome->setText(
        tr("<h2>No wheel is open</h2><p>Open a wheel file with <b>File › Open</b> (Ctrl+O), "
           "or start a new one with <b>File › New</b> (Ctrl+N).</p>"));
    m_stack->addWidget(welcome);
    m_workspace = new Workspace;
    m_stack->addWidget(m_workspace);
    setCentralWidget(m_stack);
}

void MainWindow::createUndoDock()
{
    m_undoDock = new QDockWidget(tr("Undo history"), this);
    m_undoDock->setObjectName(QStringLiteral("undoDock"));
    m_undoView = new QUndoView;
    m_undoView->setEmptyLabel(tr("<opened>"));
    m_undoView->setAccessibleName(tr("Undo history"));
    m_undoDock->setWidget(m_undoView);
    addDockWidget(Qt::RightDockWidgetArea, m_undoDock);
    m_undoDock->hide();
}

void MainWindow::createFileMenu()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* create = file->addAction(tr("&New…"), this, &MainWindow::chooseNewFile);
    create->setObjectName(QStringLiteral("new"));
    create->setShortcut(QKeySequence::New);
    QAction* open = file->addAction(tr("&Open…"), this, &MainWindow::chooseFileToOpen);
    open->setObjectName(QStringLiteral("open"));
    open->setShortcut(QKeySequence::Open);
    auto* recent = new RecentFilesMenu(tr("Open &Recent"), file);
    connect(recent, &RecentFilesMenu::openRequested, this,
            [this](const QString& path) { openWheel(path); });
    file->addMenu(recent);
    m_saveCopy = file->addAction(tr("Save a &Copy As…"), this, &MainWindow::chooseCopyTarget);
    m_saveCopy->setObjectName(QStringLiteral("saveCopy"));
    m_saveCopy->setShortcut(QKeySequence::SaveAs);
    m_close = file->addAction(tr("&Close"), this, &MainWindow::closeWheel);
    m_close->setObjectName(QStringLiteral("close"));
    m_close->setShortcut(QKeySequence::Close);
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
}

void MainWindow::createEditMenu()
{
    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_editActions->fillEditMenu(edit);
    edit->addSeparator();
    m_personalData = edit->addAction(tr("&Personal Data…"), this, &MainWindow::showPersonalData);
    m_personalData->setObjectName(QStringLiteral("personalData"));
}

void MainWindow::createViewMenu()
{
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
    createToolBar(view);
}

void MainWindow::createToolBar(QMenu* view)
{
    QToolBar* tools = addToolBar(tr("Main toolbar"));
    tools->setObjectName(QStringLiteral("mainToolbar"));
    tools->setMovable(false);
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* academyLabel = new QLabel(tr(" Academy: "));
    academyLabel->setBuddy(m_switcher);
    tools->addWidget(academyLabel);
    tools->addWidget(m_switcher);
    tools->addSeparator();
    m_editActions->fillToolBar(tools);
    view->addAction(tools->toggleViewAction());
}

void MainWindow::createHelpMenu()
{
    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Civic Wheel"), this, &MainWindow::about)
        ->setObjectName(QStringLiteral("about"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

// Seams for tests and the views ------------------------------------------------------

void MainWindow::installWheelPage(QWidget* page)
{
    m_workspace->replacePage(WheelArea, page);
}

void MainWindow::installCoveragePage(QWidget* page)
{
    m_workspace->replacePage(CoverageArea, page);
}

QWidget* MainWindow::wheelPage() const
{
    return m_workspace->wheelPage();
}

QWidget* MainWindow::coveragePage() const
{
    return m_workspace->coveragePage();
}

void MainWindow::showRecord(EntityKind kind, qint64 id)
{
    m_workspace->showRecord(kind, id);
}

PartnersPage* MainWindow::partnersPage() const
{
    return m_workspace->partnersPage();
}

RegisterPage* MainWindow::registerPage(Area area) const
{
    return m_workspace->registerPage(area);
}

QTabWidget* MainWindow::areas() const
{
    return m_workspace->areas();
}

void MainWindow::showArea(Area area)
{
    m_workspace->showArea(area);
}

QAction* MainWindow::action(const QString& name) const
{
    return findChild<QAction*>(name);
}

QFrame* MainWindow::readOnlyBanner() const
{
    return m_workspace->readOnlyBanner();
}

QComboBox* MainWindow::academySwitcher() const
{
    return m_switcher;
}

// Dialogs ---------------------------------------------------------------------------

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
    m_editActions->setDocument(nullptr, nullptr);
    delete m_editing;
    m_editing = nullptr;
    delete m_document;
    m_document = nullptr;
    onDocumentChanged();
    m_workspace->storageBanner()->hide();
}

void MainWindow::adopt(std::unique_ptr<WheelStore> store)
{
    closeWheel();
    const QString backup = store->migrationBackupPath();
    m_document = new WheelDocument(std::move(store), this);
    m_editing = new RecordEditing(m_document, this);
    m_undoView->setStack(m_document->undoStack());
    m_editActions->setDocument(m_document, m_editing);
    connect(m_document, &WheelDocument::changed, this, &MainWindow::onDocumentChanged);
    connect(m_document, &WheelDocument::failed, this, &MainWindow::showFailure);
    Settings::addRecentFile(m_document->path());
    m_workspace->storageBanner()->inspect(m_document->path());
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
    Settings::saveLastArea(m_workspace->currentArea());
    QMainWindow::closeEvent(event);
}

// Reacting to the document ------------------------------------------------------------

void MainWindow::onDocumentChanged()
{
    const bool open = m_document != nullptr;
    m_stack->setCurrentIndex(open ? 1 : 0);
    m_workspace->showDocument(m_document);
    if (open && m_document->loadError())
        statusBar()->showMessage(m_document->loadError()->message, 10000);
    m_switcher->showDocument(m_document);
    m_transfer->update();
    m_personalData->setEnabled(open);
    m_saveCopy->setEnabled(open);
    m_close->setEnabled(open);
    updateTitle();
    m_status->showDocument(m_document, registerPage(ReviewsArea)->model()->rowCount());
    m_editActions->update();
}

void MainWindow::updateTitle()
{
    QString title = tr("Civic Wheel");
    if (m_document) {
        const QString file = QFileInfo(m_document->path()).fileName();
        QString who = m_document->isTrustOverview()
                          ? (m_document->trustWheels().trust.name.isEmpty()
                                 ? tr("Trust overview")
                                 : m_document->trustWheels().trust.name)
                      : m_document->hasAcademy() ? m_document->wheel().academy.name
                                                 : tr("No academy yet");
        title = tr("%1 — %2").arg(who, file);
        if (m_document->isReadOnly())
            title += tr(" [read-only]");
    }
    setWindowTitle(title);
}

} // namespace civic::ui
