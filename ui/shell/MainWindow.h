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

class AcademySwitcher;
class DataTransfer;
class EditActions;
class PartnersPage;
class RecordEditing;
class RegisterPage;
class StatusSummary;
class WheelDocument;
class Workspace;

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
    /// Puts `page` in the Wheel area in place of the wheel view (takes ownership).
    void installWheelPage(QWidget* page);
    /// Shows the register row of a record (from a gap, a wheel node...).
    void showRecord(civic::EntityKind kind, qint64 id);
    /// Puts `page` in the Coverage area in place of the coverage view (takes ownership).
    void installCoveragePage(QWidget* page);
    QWidget* wheelPage() const;
    QWidget* coveragePage() const;
    /// File › Export: add one action per export; the “nothing yet” entry hides itself.
    QMenu* exportMenu() const { return m_exportMenu; }
    QMenu* importMenu() const { return m_importMenu; }
    PartnersPage* partnersPage() const;
    /// The register shown in `area`, or nullptr for the Wheel and Coverage areas.
    RegisterPage* registerPage(Area area) const;

    QTabWidget* areas() const;
    void showArea(Area area);
    QAction* action(const QString& name) const; ///< by objectName, for tests and wiring
    QDockWidget* undoDock() const { return m_undoDock; }
    QFrame* readOnlyBanner() const;
    QComboBox* academySwitcher() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createCentralWidget();
    void createUndoDock();
    void createFileMenu();
    void createEditMenu();
    void createViewMenu();
    void createToolBar(QMenu* view);
    void createHelpMenu();
    /// Moves the open wheel (a copy, then opens the copy) out of a risky folder.
    void moveWheel();
    void showPersonalData();
    void adopt(std::unique_ptr<WheelStore> store);
    void showFailure(const Error& error);
    void offerReadOnly(const QString& path, const Error& error);
    void onDocumentChanged();
    void updateTitle();
    void chooseFileToOpen();
    void chooseNewFile();
    void chooseCopyTarget();
    void about();

    WheelDocument* m_document = nullptr;
    RecordEditing* m_editing = nullptr;

    QStackedWidget* m_stack = nullptr; // welcome page / workspace
    Workspace* m_workspace = nullptr;
    EditActions* m_editActions = nullptr;
    AcademySwitcher* m_switcher = nullptr;
    StatusSummary* m_status = nullptr;
    QDockWidget* m_undoDock = nullptr;
    QUndoView* m_undoView = nullptr;
    QMenu* m_exportMenu = nullptr;
    QMenu* m_importMenu = nullptr;
    QAction* m_nothingToExport = nullptr;
    QAction* m_personalData = nullptr;
    QAction* m_saveCopy = nullptr;
    QAction* m_close = nullptr;
    DataTransfer* m_transfer = nullptr;
};

} // namespace civic::ui
