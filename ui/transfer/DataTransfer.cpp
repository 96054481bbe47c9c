#include "transfer/DataTransfer.h"

#include "document/ImportCommand.h"
#include "document/ImportRecordsCommand.h"
#include "document/WheelDocument.h"
#include "io/CsvExporter.h"
#include "io/CsvReader.h"
#include "io/GiasImporter.h"
#include "io/GraphMlExporter.h"
#include "io/HtmlExporter.h"
#include "io/OpenShareJson.h"
#include "io/XlsxExporter.h"
#include "report/ReportDialog.h"
#include "shell/MainWindow.h"
#include "store/WheelStore.h"
#include "transfer/ImportWizard.h"
#include "wheel/WheelView.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>

namespace civic::ui {
namespace {

QString documents()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

QString safeName(QString name)
{
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar& c : name) {
        if (forbidden.contains(c))
            c = QLatin1Char('-');
    }
    return name.trimmed();
}

} // namespace

DataTransfer::DataTransfer(MainWindow* window, QMenu* importMenu, QMenu* exportMenu)
    : QObject(window)
    , m_window(window)
{
    auto add = [this](QMenu* menu, const QString& text, void (DataTransfer::*slot)(),
                      const QString& name) {
        QAction* action = menu->addAction(text, this, slot);
        action->setObjectName(name);
        return action;
    };
    m_needsWritable << add(importMenu,
                           tr("Partners, Needs or Initiatives from a &Spreadsheet (CSV)…"),
                           &DataTransfer::importCsv, QStringLiteral("importCsv"));
    m_needsWritable << add(importMenu, tr("&Academies from Get Information about Schools (GIAS)…"),
                           &DataTransfer::importGias, QStringLiteral("importGias"));
    m_needsWritable << add(importMenu, tr("A Wheel &Shared by Another School (JSON)…"),
                           &DataTransfer::importSharedWheel, QStringLiteral("importJson"));

    m_summary = add(exportMenu, tr("&Governors' Summary (PDF)…"), &DataTransfer::exportSummary,
                    QStringLiteral("exportPdf"));
    m_summary->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    m_needsAcademy << add(exportMenu, tr("The Community &Wheel as a Picture (PNG or SVG)…"),
                          &DataTransfer::exportWheelPicture, QStringLiteral("exportWheel"));
    exportMenu->addSeparator();
    m_needsAcademy << add(exportMenu, tr("Registers as &CSV Files…"), &DataTransfer::exportCsv,
                          QStringLiteral("exportCsv"));
    m_needsAcademy << add(exportMenu, tr("&Excel Workbook…"), &DataTransfer::exportExcel,
                          QStringLiteral("exportXlsx"));
    m_needsAcademy << add(exportMenu, tr("Open Share File to Give Other Schools (&JSON)…"),
                          &DataTransfer::exportSharedWheel, QStringLiteral("exportJson"));
    m_needsAcademy << add(exportMenu, tr("Network for Gephi (Graph&ML)…"),
                          &DataTransfer::exportGraphMl, QStringLiteral("exportGraphMl"));
    m_needsAcademy << add(exportMenu, tr("&Web Page (HTML)…"), &DataTransfer::exportWebPage,
                          QStringLiteral("exportHtml"));
    update();
}

void DataTransfer::update()
{
    WheelDocument* document = m_window->document();
    const bool open = document != nullptr;
    const bool academy = open && document->hasAcademy();
    const bool writable = open && !document->isReadOnly();
    for (QAction* action : m_needsAcademy)
        action->setEnabled(academy);
    for (QAction* action : m_needsWritable)
        action->setEnabled(writable);
    // A CSV list goes into one academy; the others can start from an empty file.
    m_needsWritable.first()->setEnabled(writable && academy);
    m_summary->setEnabled(open && !document->academies().isEmpty());
}

bool DataTransfer::record(WheelDocument* document, QUndoCommand* command)
{
    // An import that fails is dropped by the undo stack (and its failure shown).
    const int before = document->undoStack()->count();
    document->push(command);
    return document->undoStack()->count() > before;
}

void DataTransfer::finished(const QString& message)
{
    m_window->statusBar()->showMessage(message, 12000);
}

bool DataTransfer::askPersonalData(bool& include, bool offerNotes)
{
    QMessageBox box(
        QMessageBox::Question, tr("Personal data"),
        offerNotes
            ? tr("Leave out personal data?\n\nContacts' names, emails and phone numbers, staff "
                 "names and free-text notes are left out unless you include them. Include "
                 "them only in a copy that stays within the academy.")
            : tr("Leave out personal data?"),
        QMessageBox::Cancel, m_window);
    QPushButton* leaveOut = box.addButton(tr("Leave It Out"), QMessageBox::AcceptRole);
    QPushButton* includeIt = box.addButton(tr("Include It"), QMessageBox::ActionRole);
    box.setDefaultButton(leaveOut);
    box.exec();
    if (box.clickedButton() == leaveOut) {
        include = false;
        return true;
    }
    if (box.clickedButton() == includeIt) {
        include = true;
        return true;
    }
    return false;
}

QString DataTransfer::savePath(const QString& title, const QString& suggestedName,
                               const QString& filter)
{
    return QFileDialog::getSaveFileName(
        m_window, title, QDir(documents()).filePath(safeName(suggestedName)), filter);
}

// Imports --------------------------------------------------------------------------

void DataTransfer::importCsv()
{
    WheelDocument* document = m_window->document();
    if (!document || !document->hasAcademy())
        return;
    auto* wizard = new ImportWizard(document->store(), document->academyId(), m_window);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &QDialog::accepted, this, [this, wizard] {
        WheelDocument* document = m_window->document();
        std::unique_ptr<ImportCommand> command = wizard->takeCommand();
        if (!document || !command)
            return;
        ImportCommand* raw = command.release();
        if (record(document, raw))
            finished(raw->summary());
    });
    wizard->open();
}

void DataTransfer::importGias()
{
    WheelDocument* document = m_window->document();
    if (!document || document->isReadOnly())
        return;
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import academies from GIAS"), documents(),
                                     tr("GIAS establishment downloads (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    auto table = CsvReader::readFile(path);
    if (!table) {
        QMessageBox::warning(m_window, tr("Import academies"), table.message());
        return;
    }
    auto trust = document->store().trust();
    auto plan = GiasImporter::plan(*table, document->academies(), trust ? *trust : Trust{});
    if (!plan) {
        QMessageBox::warning(m_window, tr("Import academies"), plan.message());
        return;
    }
    const GiasPlan gias = *plan;
    const int errors = gias.count(GiasRow::Fate::Error);
    QString question =
        tr("%n new academies", nullptr, gias.count(GiasRow::Fate::Create)) + QStringLiteral(", ") +
        tr("%n to update", nullptr, gias.count(GiasRow::Fate::Update)) + QStringLiteral(", ") +
        tr("%n unchanged", nullptr, gias.count(GiasRow::Fate::Unchanged)) + QStringLiteral(", ") +
        tr("%n skipped (closed or not an academy)", nullptr, gias.count(GiasRow::Fate::Skipped)) +
        QLatin1Char('.');
    if (errors > 0) {
        QStringList problems;
        for (const GiasRow& row : gias.rows) {
            if (row.fate == GiasRow::Fate::Error && problems.size() < 8)
                problems.append(tr("Line %1: %2").arg(row.line).arg(row.reason));
        }
        QMessageBox::warning(m_window, tr("Import academies"),
                             tr("Nothing was imported: %n rows cannot be read.", nullptr, errors) +
                                 QStringLiteral("\n\n") + problems.join(QLatin1Char('\n')));
        return;
    }
    if (QMessageBox::question(m_window, tr("Import academies"),
                              question + QStringLiteral("\n\n") + tr("Import them?")) !=
        QMessageBox::Yes)
        return;

    auto work = [gias](WheelStore& store) -> Result<ImportRecordsCommand::Applied> {
        ImportRecordsCommand::Applied applied;
        auto trustBefore = store.trust();
        auto academiesBefore = store.academies();
        if (!trustBefore || !academiesBefore)
            return Error{tr("Civic Wheel could not read the academies.")};
        QHash<QString, Academy> byUrn;
        for (const Academy& a : *academiesBefore)
            byUrn.insert(a.urn, a);
        auto outcome = GiasImporter::apply(store, gias);
        if (!outcome)
            return outcome.error();
        auto trustAfter = store.trust();
        auto academiesAfter = store.academies();
        if (!trustAfter || !academiesAfter)
            return Error{tr("Civic Wheel could not read the academies.")};
        if (trustBefore->id == 0 && trustAfter->id > 0)
            applied.added.append({EntityKind::Trust, trustAfter->id});
        for (const Academy& a : *academiesAfter) {
            const auto old = byUrn.constFind(a.urn);
            if (old == byUrn.cend()) {
                applied.added.append({EntityKind::Academy, a.id});
            } else if (!(*old == a)) {
                applied.before.append(*old);
                applied.after.append(a);
            }
        }
        applied.summary =
            tr("Academies: %1 added, %2 updated.").arg(outcome->added).arg(outcome->updated);
        return applied;
    };
    auto* command = new ImportRecordsCommand(document, tr("Import academies from GIAS"), work);
    if (record(document, command))
        finished(command->applied().summary);
}

void DataTransfer::importSharedWheel()
{
    WheelDocument* document = m_window->document();
    if (!document || document->isReadOnly())
        return;
    const QString path =
        QFileDialog::getOpenFileName(m_window, tr("Import a shared wheel"), documents(),
                                     tr("Open share files (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    auto shared = OpenShareJson::readFile(path);
    if (!shared) {
        QMessageBox::warning(m_window, tr("Import a shared wheel"), shared.message());
        return;
    }
    const AcademyWheel wheel = *shared;
    if (QMessageBox::question(m_window, tr("Import a shared wheel"),
                              tr("Add “%1” as a new academy to learn from? It brings %n partners",
                                 nullptr, int(wheel.partners.size()))
                                      .arg(wheel.academy.name) +
                                  tr(", %n needs", nullptr, int(wheel.needs.size())) +
                                  tr(" and %n initiatives. It stands apart from your trust.",
                                     nullptr, int(wheel.initiatives.size()))) != QMessageBox::Yes)
        return;
    auto work = [wheel](WheelStore& store) -> Result<ImportRecordsCommand::Applied> {
        auto partnersBefore = store.partners();
        if (!partnersBefore)
            return partnersBefore.error();
        QSet<qint64> known;
        for (const Partner& p : *partnersBefore)
            known.insert(p.id);
        auto academyId = OpenShareJson::importInto(store, wheel);
        if (!academyId)
            return academyId.error();
        ImportRecordsCommand::Applied applied;
        applied.added.append({EntityKind::Academy, *academyId});
        // Partners are the file's, not the academy's: the ones it brought go with it on undo.
        auto partnersAfter = store.partners();
        if (!partnersAfter)
            return partnersAfter.error();
        for (const Partner& p : *partnersAfter) {
            if (!known.contains(p.id))
                applied.added.append({EntityKind::Partner, p.id});
        }
        applied.summary = tr("Added the shared wheel of %1.").arg(wheel.academy.name);
        return applied;
    };
    auto* command = new ImportRecordsCommand(
        document, tr("Import the shared wheel of %1").arg(wheel.academy.name), work);
    if (record(document, command)) {
        finished(command->applied().summary);
        if (!command->applied().added.isEmpty())
            document->setAcademy(command->applied().added.first().id);
    }
}

// Exports --------------------------------------------------------------------------

void DataTransfer::exportSummary()
{
    WheelDocument* document = m_window->document();
    if (!document)
        return;
    auto* dialog = new ReportDialog(document->store(), document->academyId(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DataTransfer::exportWheelPicture()
{
    if (m_wheelView)
        m_wheelView->exportPicture();
}

void DataTransfer::exportCsv()
{
    WheelDocument* document = m_window->document();
    if (!document || !document->hasAcademy())
        return;
    bool personal = false;
    if (!askPersonalData(personal))
        return;
    const QString folder = QFileDialog::getExistingDirectory(
        m_window, tr("Choose a folder for the CSV files"), documents());
    if (folder.isEmpty())
        return;
    auto written = CsvExporter::exportAll(folder, document->wheel(),
                                          personal ? ExportOptions::everything() : ExportOptions{});
    if (!written) {
        QMessageBox::warning(m_window, tr("Export CSV"), written.message());
        return;
    }
    finished(tr("Wrote %n CSV files to “%1”.", nullptr, int(written->size()))
                 .arg(QDir::toNativeSeparators(folder)));
}

void DataTransfer::exportExcel()
{
    WheelDocument* document = m_window->document();
    if (!document || !document->hasAcademy())
        return;
    bool personal = false;
    if (!askPersonalData(personal))
        return;
    const QString path = savePath(tr("Export an Excel workbook"),
                                  document->wheel().academy.name + QStringLiteral(".xlsx"),
                                  tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (auto s = XlsxExporter::write(path, document->wheel(),
                                     personal ? ExportOptions::everything() : ExportOptions{});
        !s) {
        QMessageBox::warning(m_window, tr("Export Excel"), s.message());
        return;
    }
    finished(tr("Saved “%1”.").arg(QDir::toNativeSeparators(path)));
}

void DataTransfer::exportSharedWheel()
{
    WheelDocument* document = m_window->document();
    if (!document || !document->hasAcademy())
        return;
    bool personal = false;
    if (!askPersonalData(personal))
        return;
    const QString path = savePath(tr("Export an open share file"),
                                  document->wheel().academy.name + tr(" (shared wheel).json"),
                                  tr("Open share files (*.json)"));
    if (path.isEmpty())
        return;
    if (auto s = OpenShareJson::exportTo(path, document->wheel(),
                                         personal ? ExportOptions::everything() : ExportOptions{});
        !s) {
        QMessageBox::warning(m_window, tr("Export open share file"), s.message());
        return;
    }
    finished(personal
                 ? tr("Saved “%1” with personal data: keep it within the academy.")
                       .arg(QDir::toNativeSeparators(path))
                 : tr("Saved “%1”, anonymised for sharing.").arg(QDir::toNativeSeparators(path)));
}

void DataTransfer::exportGraphMl()
{
    WheelDocument* document = m_window->document();
    if (!document || !document->hasAcademy())
        return;
    const QString path = savePath(tr("Export the network"),
                                  document->wheel().academy.name + QStringLiteral(".graphml"),
                                  tr("GraphML networks (*.graphml)"));
    if (path.isEmpty())
        return;
    if (auto s = GraphMlExporter::exportTo(path, document->wheel()); !s) {
        QMessageBox::warning(m_window, tr("Export network"), s.message());
        return;
    }
    finished(tr("Saved “%1”.").arg(QDir::toNativeSeparators(path)));
}

void DataTransfer::exportWebPage()
{
    WheelDocument* document = m_window->document();
    if (!document || !document->hasAcademy())
        return;
    bool personal = false;
    if (!askPersonalData(personal))
        return;
    const QString path =
        savePath(tr("Export a web page"), document->wheel().academy.name + QStringLiteral(".html"),
                 tr("Web pages (*.html)"));
    if (path.isEmpty())
        return;
    if (auto s = HtmlExporter::exportTo(path, document->wheel(),
                                        personal ? ExportOptions::everything() : ExportOptions{});
        !s) {
        QMessageBox::warning(m_window, tr("Export web page"), s.message());
        return;
    }
    finished(personal ? tr("Saved “%1” with personal data, readable by you alone: keep it within "
                           "the academy.")
                            .arg(QDir::toNativeSeparators(path))
                      : tr("Saved “%1”, anonymised: it opens in any browser and loads nothing "
                           "from the internet.")
                            .arg(QDir::toNativeSeparators(path)));
}

} // namespace civic::ui
