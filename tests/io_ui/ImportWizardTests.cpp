// The import wizard and the import as one undo step, on the offscreen platform.
#include "TestSupport.h"
#include "demo/DemoWheel.h"
#include "document/ImportCommand.h"
#include "store/WheelStore.h"
#include "transfer/ImportWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QTableWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace civic;
using namespace civic::test;
using civic::ui::ImportCommand;
using civic::ui::ImportWizard;

namespace {

struct DemoFile
{
    TempFolder folder;
    QString path = folder.path(QStringLiteral("demo.wheel"));
    std::unique_ptr<WheelStore> store;
    qint64 academyId = 0;
    DemoFile()
    {
        auto created = WheelStore::createWith(
            path, [](WheelStore& s) { return DemoWheel::seed(s, QDate(2026, 11, 23)); });
        REQUIRE(created.ok());
        store = std::move(created).value();
        academyId = store->academies()->first().id;
    }
};

// Saves a picture of the wizard when CIVIC_SCREENSHOTS names a folder (for people, not for the
// test).
void shoot(ImportWizard& wizard, const char* name)
{
    const QString folder = qEnvironmentVariable("CIVIC_SCREENSHOTS");
    QCoreApplication::processEvents();
    if (!folder.isEmpty())
        wizard.grab().save(folder + QLatin1Char('/') + QLatin1String(name) +
                           QStringLiteral(".png"));
}

} // namespace

TEST_CASE("The wizard walks a Windows-1252 semicolon file to an undoable import")
{
    DemoFile demo;
    const QString csv = demo.folder.path(QStringLiteral("partners.csv"));
    writeBytes(csv, "Organisation;Type;Post code;Contact;E-mail;Telephone\r\n"
                    "Caf\xE9 Rouge Community Kitchen;charity;MB1 4CK;Zo\xEB "
                    "Martin;zoe@example.org;01632 960555\r\n"
                    "Millbrook Library;museum;;;;\r\n"
                    "Starfield Observatory;Spaceport;;;;\r\n"
                    "Dale Valley Rotary Club;Charity;DV1 7RC;;;\r\n");
    const QByteArray before = fileBytes(demo.path);
    const int partnersBefore = demo.store->counts()->partners;

    ImportWizard wizard(*demo.store, demo.academyId);
    wizard.setFile(csv, ImportKind::Partners);
    wizard.show();
    shoot(wizard, "1-file");
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ReadingPage);
    shoot(wizard, "2-reading");
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::ColumnsPage);
    shoot(wizard, "3-columns");
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::PreviewPage);
    shoot(wizard, "4-preview");

    const ImportPlan& plan = wizard.plan();
    REQUIRE(plan.rows.size() == 4);
    CHECK(plan.rows[0].fate == RowFate::New);
    CHECK(plan.rows[0].label ==
          QStringLiteral("Café Rouge Community Kitchen")); // read as Windows-1252
    CHECK(plan.rows[0].contact.name == QStringLiteral("Zoë Martin"));
    CHECK(plan.rows[1].fate == RowFate::Duplicate);
    CHECK(plan.rows[2].fate == RowFate::Error);
    CHECK(plan.rows[2].line == 4);

    // With an error row the wizard stops until the person chooses valid rows only.
    wizard.next();
    CHECK(wizard.currentId() == ImportWizard::PreviewPage);
    auto* validOnly = wizard.findChild<QCheckBox*>();
    REQUIRE(validOnly);
    validOnly->setChecked(true);
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::SummaryPage);
    shoot(wizard, "5-summary");
    CHECK(fileBytes(demo.path) == before); // nothing written by the wizard itself
    wizard.accept();

    auto command = wizard.takeCommand();
    REQUIRE(command);
    ImportCommand* raw = command.get();
    QUndoStack stack;
    stack.push(command.release());
    REQUIRE(raw->status().ok());
    CHECK(stack.count() == 1);
    CHECK(raw->outcome().rowsAdded == 2);
    CHECK(demo.store->counts()->partners == partnersBefore + 2);
    CHECK(raw->summary().contains(QStringLiteral("Added 2 partners")));

    stack.undo();
    CHECK(demo.store->counts()->partners == partnersBefore);
    CHECK(demo.store->counts()->contacts ==
          demo.store->loadAcademy(demo.academyId)->contacts.size());
    stack.redo();
    CHECK(demo.store->counts()->partners == partnersBefore + 2);
}

TEST_CASE("A command whose import fails drops out of the undo stack")
{
    DemoFile demo;
    ImportPlan plan;
    plan.kind = ImportKind::Partners;
    plan.academyId = demo.academyId;
    PlannedRow bad;
    bad.line = 2;
    bad.fate = RowFate::Error;
    bad.reason = QStringLiteral("unreadable");
    plan.rows.append(bad);
    QUndoStack stack;
    auto* command = new ImportCommand(*demo.store, plan);
    stack.push(command); // deleted by the stack: obsolete after a failed redo
    CHECK(stack.count() == 0);
}
