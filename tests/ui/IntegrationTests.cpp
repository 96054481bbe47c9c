// The pieces the main window ties together: imports as one undo step, the
// wheel page following edits, and erasing personal data for good.
#include "TestSupport.h"
#include "coverage/CoverageView.h"
#include "demo/DemoWheel.h"
#include "document/ImportRecordsCommand.h"
#include "document/WheelDocument.h"
#include "shell/MainWindow.h"
#include "shell/PersonalDataDialog.h"
#include "store/WheelStore.h"
#include "wheel/WheelCanvas.h"
#include "wheel/WheelView.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QListWidget>
#include <QMessageBox>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace civic;
using namespace civic::test;

namespace {

struct Demo
{
    TempFolder folder;
    QString path = folder.path(QStringLiteral("demo.wheel"));
    std::unique_ptr<ui::WheelDocument> document;

    Demo()
    {
        auto store = WheelStore::createWith(path, [](WheelStore& s) { return DemoWheel::seed(s); });
        REQUIRE(store.ok());
        document = std::make_unique<ui::WheelDocument>(std::move(store).value());
    }
    WheelStore& store() { return document->store(); }
};

/// Presses Yes on the next message box that appears.
void acceptNextMessageBox()
{
    QTimer::singleShot(0, [] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* box = qobject_cast<QMessageBox*>(w); box && box->isVisible()) {
                box->button(QMessageBox::Yes) ? box->button(QMessageBox::Yes)->click()
                                              : box->accept();
                return;
            }
        }
    });
}

} // namespace

TEST_CASE("An import that adds and changes academies is one undo step")
{
    Demo demo;
    const Academy original = demo.store().academyByUrn(DemoWheel::academyUrn()).value();
    auto work = [original](WheelStore& store) -> Result<ui::ImportRecordsCommand::Applied> {
        ui::ImportRecordsCommand::Applied applied;
        Academy added;
        added.urn = QStringLiteral("990077");
        added.name = QStringLiteral("Imported Academy");
        auto id = store.add(added);
        if (!id)
            return id.error();
        applied.added.append({EntityKind::Academy, *id});
        Academy changed = original;
        changed.pupilsOnRoll = 430;
        if (auto s = store.update(changed); !s)
            return s.error();
        applied.before.append(original);
        applied.after.append(changed);
        return applied;
    };
    demo.document->push(
        new ui::ImportRecordsCommand(demo.document.get(), QStringLiteral("Import"), work));
    REQUIRE(demo.document->undoStack()->count() == 1);
    const qint64 importedId = demo.store().academyByUrn(QStringLiteral("990077")).value().id;
    CHECK(demo.store().academy(original.id)->pupilsOnRoll == 430);

    demo.document->undoStack()->undo();
    CHECK_FALSE(demo.store().academyByUrn(QStringLiteral("990077")).ok());
    CHECK(demo.store().academy(original.id).value() == original);

    demo.document->undoStack()->redo();
    CHECK(demo.store().academyByUrn(QStringLiteral("990077")).value().id == importedId);
    CHECK(demo.store().academy(original.id)->pupilsOnRoll == 430);
}

TEST_CASE("A failed import is not recorded and changes nothing")
{
    Demo demo;
    const auto before = demo.store().counts().value();
    auto work = [](WheelStore& store) -> Result<ui::ImportRecordsCommand::Applied> {
        return store
            .transaction([&]() -> Status {
                Partner p;
                p.name = QStringLiteral("Half way");
                if (auto id = store.add(p); !id)
                    return id.error();
                return Error{QStringLiteral("Line 3: the sector is not one Civic Wheel knows.")};
            })
            .error();
    };
    demo.document->push(
        new ui::ImportRecordsCommand(demo.document.get(), QStringLiteral("Import"), work));
    CHECK(demo.document->undoStack()->count() == 0);
    CHECK(demo.store().counts()->partners == before.partners);
}

TEST_CASE("The wheel page follows the document and selects with the register")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("w.wheel"));
    REQUIRE(WheelStore::createWith(path, [](WheelStore& s) { return DemoWheel::seed(s); }).ok());
    ui::MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openWheel(path));
    auto* view = qobject_cast<ui::WheelView*>(window.areas()->widget(ui::MainWindow::WheelArea));
    REQUIRE(view);
    CHECK(view->layout().nodes.size() == 25);

    // A new partner appears on the wheel at once, and leaves it on undo.
    Partner p;
    p.name = QStringLiteral("Added Behind the Scenes");
    const qint64 partnerId = window.document()->store().add(p).value();
    Tie t;
    t.academyId = window.document()->academyId();
    t.partnerId = partnerId;
    REQUIRE(window.document()->store().add(t).ok());
    window.document()->reload();
    CHECK(view->layout().nodes.size() == 26);

    view->selectPartner(partnerId);
    CHECK(view->selectedPartner() == partnerId);
}

TEST_CASE("Erasing contacts past retention removes them and clears the undo history")
{
    Demo demo;
    auto contacts = demo.store().contacts().value();
    REQUIRE(contacts.size() >= 2);
    Contact expired = contacts.first();
    expired.retainUntil = QDate::currentDate().addDays(-1);
    REQUIRE(demo.store().update(expired).ok());
    // Something on the undo stack that the erasure must clear.
    Partner p;
    p.name = QStringLiteral("Undoable");
    demo.document->push(new ui::ImportRecordsCommand(
        demo.document.get(), QStringLiteral("Add"),
        [p](WheelStore& store) -> Result<ui::ImportRecordsCommand::Applied> {
            auto id = store.add(p);
            if (!id)
                return id.error();
            return ui::ImportRecordsCommand::Applied{{{EntityKind::Partner, *id}}, {}, {}, {}};
        }));
    REQUIRE(demo.document->undoStack()->count() == 1);

    ui::PersonalDataDialog dialog(demo.document.get());
    REQUIRE(dialog.retentionList()->count() == 1);
    CHECK(dialog.retentionList()->item(0)->text().contains(expired.name));
    acceptNextMessageBox();
    CHECK(dialog.erase({expired.id}, expired.name));
    CHECK_FALSE(demo.store().contact(expired.id).ok());
    CHECK(demo.document->undoStack()->count() == 0);
    CHECK(dialog.retentionList()->count() == 0);
    CHECK(demo.store().contacts()->size() == contacts.size() - 1);
}

TEST_CASE("The trust overview compares the academies and explains the empty wheel")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("trust.wheel"));
    {
        auto store = WheelStore::createWith(path, [](WheelStore& s) { return DemoWheel::seed(s); });
        REQUIRE(store.ok());
        Academy second;
        second.trustId = store.value()->trust()->id;
        second.urn = QStringLiteral("990002");
        second.name = QStringLiteral("Harbourside Secondary Academy");
        REQUIRE(store.value()->add(second).ok());
    }
    ui::MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openWheel(path));
    window.document()->showTrustOverview();
    REQUIRE(window.document()->isTrustOverview());
    // Both academies, by name, and the whole trust to choose from, the trust chosen.
    QComboBox* switcher = window.academySwitcher();
    REQUIRE(switcher->count() == 3);
    CHECK(switcher->itemText(0) == QStringLiteral("Harbourside Secondary Academy (URN 990002)"));
    CHECK(switcher->itemText(1) == QStringLiteral("Millbrook Primary Academy (URN 990001)"));
    CHECK(switcher->currentText() == QStringLiteral("Whole trust: overview"));
    CHECK(switcher->isEnabled());
    CHECK(window.windowTitle() == QStringLiteral("Riverside Learning Trust — trust.wheel"));

    auto* wheel = qobject_cast<ui::WheelView*>(window.areas()->widget(ui::MainWindow::WheelArea));
    REQUIRE(wheel);
    CHECK(wheel->layout().nodes.isEmpty());
    CHECK(wheel->canvas()->accessibleDescription().contains(QStringLiteral("choose an academy")));

    auto* coverage =
        qobject_cast<ui::CoverageView*>(window.areas()->widget(ui::MainWindow::CoverageArea));
    REQUIRE(coverage);
    CHECK(coverage->trustCoverage().academies.size() == 2);
    // The charts show the trust's totals: the demo academy's 25 ties, the new one has none.
    CHECK(coverage->coverage().academyName == QStringLiteral("Riverside Learning Trust"));
    CHECK(coverage->coverage().tiesTotal() == 25);
    CHECK(coverage->isChartShown(ui::CoverageView::Chart::TrustComparison));

    const QString shots = qEnvironmentVariable("CIVIC_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        for (auto area : {ui::MainWindow::WheelArea, ui::MainWindow::CoverageArea}) {
            window.showArea(area);
            QTest::qWait(20);
            window.grab().save(
                QDir(shots).filePath(QStringLiteral("trust-area%1.png").arg(int(area))));
        }
    }
}
