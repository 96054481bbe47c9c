#pragma once

#include "model/EntityKind.h"
#include "model/Result.h"
#include "store/WheelStore.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QComboBox;
class QDockWidget;
class QFrame;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QUndoView;

namespace civic::ui {

class DataTransfer;
class PartnersPage;
class StorageWarningBanner;
class RecordEditing;
class RegisterPage;
class WheelDocument;

/// The program's window over one open wheel file: the areas (Wheel,
/// registers, Coverage), menus, toolbar, undo history and status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The areas, in tab order.
    enum Area
    {
        WheelArea,
        PartnersArea,
        NeedsArea,
        InitiativesArea,
        EngagementsArea,
        ReviewsArea,
        CoverageArea
    };

    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens the user's default wheel, creating it with the demo on first run.
    bool openDefaultWheel();
    /// Opens `path`; on failure says why and keeps what was open before.
    bool openWheel(const QString& path, const OpenOptions& options = {});
    /// Creates a new, empty wheel at `path`, opens it and offers to add the academy.
    bool newWheel(const QString& path);
    /// Writes a copy of the open file to `path`.
    bool saveCopyAs(const QString& path);
    /// Closes the open file (nothing to save: every change is already in it).
    void closeWheel();

    WheelStore* store() const;
    WheelDocument* document() const { return m_document; }
    RecordEditing* editing() const { return m_editing; }

    // Seams for the views and exports built elsewhere -------------------------
    /// Puts `page` in the Wheel area in place of the placeholder (takes ownership).
    void installWheelPage(QWidget* page);
    /// Shows the register row of a record (from a gap, a wheel node...).
    void showRecord(civic::EntityKind kind, qint64 id);
    /// Puts `page` in the Coverage area in place of the placeholder (takes ownership).
    void installCoveragePage(QWidget* page);
    QWidget* wheelPage() const { return m_wheelPage; }
    QWidget* coveragePage() const { return m_coveragePage; }
    /// File › Export: add one action per export; the “nothing yet” entry hides itself.
    QMenu* exportMenu() const { return m_exportMenu; }
    QMenu* importMenu() const { return m_importMenu; }
    PartnersPage* partnersPage() const { return m_partners; }
    /// The register shown in `area`, or nullptr for the Wheel and Coverage areas.
    RegisterPage* registerPage(Area area) const;

    QTabWidget* areas() const { return m_areas; }
    void showArea(Area area);
    QAction* action(const QString& name) const; ///< by objectName, for tests and wiring
    QDockWidget* undoDock() const { return m_undoDock; }
    QFrame* readOnlyBanner() const { return m_banner; }
    QComboBox* academySwitcher() const { return m_switcher; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPages();
    void installViews();
    /// Moves the open wheel (a copy, then opens the copy) out of a risky folder.
    void moveWheel();
    void showPersonalData();
    void createActions();
    void createMenus();
    void adopt(std::unique_ptr<WheelStore> store);
    void showFailure(const Error& error);
    void offerReadOnly(const QString& path, const Error& error);
    void onDocumentChanged();
    void fillSwitcher();
    void updateActions();
    void updateStatus();
    void updateRecentMenu();
    void replacePage(Area area, QWidget*& slot, QWidget* page);
    EntityKind currentKind() const;
    qint64 currentId() const;
    void chooseFileToOpen();
    void chooseNewFile();
    void chooseCopyTarget();
    void about();

    WheelDocument* m_document = nullptr;
    RecordEditing* m_editing = nullptr;

    QStackedWidget* m_stack = nullptr; // welcome page / workspace
    QLabel* m_welcome = nullptr;
    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    QTabWidget* m_areas = nullptr;
    QWidget* m_wheelPage = nullptr;
    QWidget* m_coveragePage = nullptr;
    PartnersPage* m_partners = nullptr;
    RegisterPage* m_needs = nullptr;
    RegisterPage* m_initiatives = nullptr;
    RegisterPage* m_engagements = nullptr;
    RegisterPage* m_reviews = nullptr;
    QComboBox* m_switcher = nullptr;
    QDockWidget* m_undoDock = nullptr;
    QUndoView* m_undoView = nullptr;
    QLabel* m_counts = nullptr;
    QLabel* m_fileState = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_exportMenu = nullptr;
    QMenu* m_importMenu = nullptr;
    QAction* m_personalData = nullptr;
    DataTransfer* m_transfer = nullptr;
    StorageWarningBanner* m_storageBanner = nullptr;
    QAction* m_nothingToExport = nullptr;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QAction* m_add = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_find = nullptr;
    QAction* m_logEngagement = nullptr;
    QAction* m_addAcademy = nullptr;
    QAction* m_editAcademy = nullptr;
    QAction* m_deleteAcademy = nullptr;
    QAction* m_saveCopy = nullptr;
    QAction* m_close = nullptr;
};

} // namespace civic::ui
