#pragma once

#include "model/AcademyWheel.h"
#include "model/EntityKind.h"
#include "shell/MainWindow.h"

#include <QWidget>

class QFrame;
class QLabel;
class QTabWidget;

namespace civic::ui {

class PartnersPage;
class RegisterPage;
class StorageWarningBanner;
class WheelDocument;
class WheelView;

/// What the main window shows while a wheel is open: the read-only and
/// storage notices over the areas' tabs (the wheel, the registers, coverage),
/// and the moves from one area to another.
class Workspace : public QWidget
{
    Q_OBJECT

public:
    using Area = MainWindow::Area;

    explicit Workspace(QWidget* parent = nullptr);
    ~Workspace() override;

    QTabWidget* areas() const { return m_areas; }
    Area currentArea() const;
    void showArea(Area area);
    /// Shows the register row of a record (from a gap, a wheel node...).
    void showRecord(civic::EntityKind kind, qint64 id);
    /// Puts `page` in the Wheel or Coverage area in place of the one there (takes ownership).
    void replacePage(Area area, QWidget* page);

    QWidget* wheelPage() const { return m_wheelPage; }
    QWidget* coveragePage() const { return m_coveragePage; }
    /// The wheel view, or nullptr once another page has replaced it.
    WheelView* wheelView() const;
    PartnersPage* partnersPage() const { return m_partners; }
    /// The register shown in `area`, or nullptr for the Wheel and Coverage areas.
    RegisterPage* registerPage(Area area) const;
    QFrame* readOnlyBanner() const { return m_banner; }
    StorageWarningBanner* storageBanner() const { return m_storageBanner; }

    /// The kind of record the current area is about (partners on the Wheel and Coverage).
    EntityKind currentKind() const;
    /// The record selected in the current area's register (the partners' elsewhere), 0 if none.
    qint64 currentId() const;

    /// Shows `document`'s records in every area, or nothing when it is null.
    void showDocument(const WheelDocument* document);

Q_SIGNALS:
    /// Another record or another area was chosen.
    void selectionChanged();
    /// A register's own Add button was pressed.
    void addRequested(civic::EntityKind kind);
    /// A record was opened (double-click, Enter) in a register or on the wheel.
    void editRequested(civic::EntityKind kind, qint64 id);

private:
    QFrame* createReadOnlyBanner();
    void createPages();
    void connectPages();
    void showWheel(const WheelDocument* document);
    void showCoverage(const WheelDocument* document);
    void showReadOnly(const WheelDocument* document);
    /// The engagement register's partner filter follows the academy's partners.
    void followPartners(const AcademyWheel& wheel);

    QFrame* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    StorageWarningBanner* m_storageBanner = nullptr;
    QTabWidget* m_areas = nullptr;
    QWidget* m_wheelPage = nullptr;
    QWidget* m_coveragePage = nullptr;
    PartnersPage* m_partners = nullptr;
    RegisterPage* m_needs = nullptr;
    RegisterPage* m_initiatives = nullptr;
    RegisterPage* m_engagements = nullptr;
    RegisterPage* m_reviews = nullptr;
};

} // namespace civic::ui
