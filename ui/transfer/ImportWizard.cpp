#include "transfer/ImportWizard.h"

#include "common/Palette.h"
#include "document/ImportCommand.h"
#include "io/CsvReader.h"
#include "io/ImportPlanner.h"
#include "store/WheelStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace civic::ui {
namespace {

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

QString fateName(RowFate fate)
{
    switch (fate) {
    case RowFate::New:
        return ImportWizard::tr("New");
    case RowFate::Duplicate:
        return ImportWizard::tr("Duplicate");
    case RowFate::Error:
        return ImportWizard::tr("Error");
    }
    return {};
}

QColor fateTint(RowFate fate)
{
    switch (fate) {
    case RowFate::New:
        return QColor(0xE3, 0xF1, 0xFA); // a tint of Palette::met()
    case RowFate::Duplicate:
        return QColor(0xEE, 0xF0, 0xF2);
    case RowFate::Error:
        return QColor(0xFB, 0xE5, 0xD9); // a tint of Palette::unmet()
    }
    return Qt::white;
}

} // namespace

ImportWizard::ImportWizard(WheelStore& store, qint64 academyId, QWidget* parent)
    : QWizard(parent)
    , m_store(store)
    , m_academyId(academyId)
{
    setWindowTitle(tr("Import from a spreadsheet"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(FilePage, makeFilePage());
    setPage(ReadingPage, makeReadingPage());
    setPage(ColumnsPage, makeColumnsPage());
    setPage(PreviewPage, makePreviewPage());
    setPage(SummaryPage, makeSummaryPage());
    setButtonText(QWizard::FinishButton, tr("Import"));
    resize(760, 560);
}

ImportWizard::~ImportWizard() = default;

ImportKind ImportWizard::kind() const
{
    return ImportKind(m_kind->currentData().toInt());
}

void ImportWizard::setFile(const QString& path, ImportKind kind)
{
    m_path->setText(path);
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

QWizardPage* ImportWizard::makeFilePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(
        tr("Bring in a list your school keeps in Excel or another spreadsheet, saved as CSV. "
           "Nothing is changed until the last step, and the whole import can be undone."));
    auto* form = new QFormLayout;
    m_kind = new QComboBox(page);
    for (ImportKind k : {ImportKind::Partners, ImportKind::Needs, ImportKind::Initiatives,
                         ImportKind::Engagements})
        m_kind->addItem(ImportFields::displayName(k), int(k));
    form->addRow(tr("The file lists:"), m_kind);
    auto* row = new QHBoxLayout;
    m_path = new QLineEdit(page);
    m_path->setPlaceholderText(tr("partners.csv"));
    auto* browse = new QPushButton(tr("Browse…"), page);
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    form->addRow(tr("CSV file:"), row);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Choose a CSV file"), m_path->text(),
                                         tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(note(
        tr("Tip: in Excel, use File › Save As › “CSV UTF-8”. Partners bring their tie and one main "
           "contact; import partners before the needs, initiatives and engagements that "
           "mention them."),
        page));
    m_fileError = note(QString(), page);
    m_fileError->setStyleSheet(
        QStringLiteral("color: %1;").arg(Palette::unmet().darker(130).name()));
    layout->addWidget(m_fileError);
    layout->addStretch();
    return page;
}

QWizardPage* ImportWizard::makeReadingPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Check how the file is read"));
    page->setSubTitle(tr(
        "Civic Wheel has guessed the text encoding and what separates the columns. If accents or "
        "columns look wrong below, change them."));
    auto* form = new QFormLayout;
    m_encoding = new QComboBox(page);
    for (Encoding e : {Encoding::Utf8, Encoding::Utf8WithBom, Encoding::Windows1252})
        m_encoding->addItem(EncodingDetector::displayName(e), int(e));
    m_delimiter = new QComboBox(page);
    for (char d : {',', ';', '\t'})
        m_delimiter->addItem(CsvReader::delimiterName(d), int(d));
    form->addRow(tr("Encoding:"), m_encoding);
    form->addRow(tr("Columns separated by:"), m_delimiter);
    m_readingNote = note(QString(), page);
    m_raw = new QTableWidget(page);
    m_raw->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_raw->verticalHeader()->setVisible(false);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_readingNote);
    layout->addWidget(m_raw, 1);
    auto reread = [this] {
        QString error;
        readFile(&error);
        m_readingNote->setText(error);
        fillRawPreview();
    };
    connect(m_encoding, &QComboBox::activated, this, reread);
    connect(m_delimiter, &QComboBox::activated, this, reread);
    return page;
}

QWizardPage* ImportWizard::makeColumnsPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Match the columns"));
    page->setSubTitle(
        tr("Civic Wheel has matched your column headings to what it records. Check each one; "
           "columns you leave out are not imported."));
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_mappingHost = new QWidget(scroll);
    m_mappingForm = new QFormLayout(m_mappingHost);
    scroll->setWidget(m_mappingHost);
    m_mappingNote = note(QString(), page);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_mappingNote);
    return page;
}

QWizardPage* ImportWizard::makePreviewPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr(
        "What will happen to each row. Duplicates of what the wheel already holds are left out."));
    m_counts = note(QString(), page);
    m_preview = new QTableWidget(0, 4, page);
    m_preview->setHorizontalHeaderLabels({tr("Line"), tr("Fate"), tr("Row"), tr("Why")});
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->verticalHeader()->setVisible(false);
    // Rows grow to show a whole error message once the table knows its width.
    m_preview->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Interactive);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    m_preview->setWordWrap(true);
    m_validOnly = new QCheckBox(page);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_counts);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_validOnly);
    connect(m_validOnly, &QCheckBox::toggled, page, &QWizardPage::completeChanged);
    return page;
}

QWizardPage* ImportWizard::makeSummaryPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Ready to import"));
    page->setSubTitle(tr("Choose Import to add these records to the academy's wheel."));
    page->setFinalPage(true);
    m_summary = note(QString(), page);
    m_summary->setTextFormat(Qt::RichText);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addStretch();
    return page;
}

bool ImportWizard::readFile(QString* error)
{
    CsvReadOptions options;
    options.encoding = Encoding(m_encoding->currentData().toInt());
    options.delimiter = char(m_delimiter->currentData().toInt());
    auto table = CsvReader::read(m_bytes, options);
    if (!table) {
        *error = table.message();
        m_table = CsvTable{};
        return false;
    }
    m_table = std::move(table).value();
    return true;
}

void ImportWizard::fillRawPreview()
{
    m_raw->clear();
    m_raw->setColumnCount(int(m_table.header.size()));
    m_raw->setHorizontalHeaderLabels(m_table.header);
    const int shown = int(std::min<qsizetype>(m_table.records.size(), 8));
    m_raw->setRowCount(shown);
    for (int r = 0; r < shown; ++r) {
        const QStringList& cells = m_table.records.at(r).cells;
        for (int c = 0; c < cells.size() && c < m_raw->columnCount(); ++c)
            m_raw->setItem(r, c, new QTableWidgetItem(cells.at(c).simplified()));
    }
    m_raw->resizeColumnsToContents();
    for (int c = 0; c < m_raw->columnCount(); ++c)
        m_raw->setColumnWidth(c, std::min(m_raw->columnWidth(c), 220));
}

void ImportWizard::buildMapping()
{
    while (m_mappingForm->rowCount() > 0)
        m_mappingForm->removeRow(0);
    m_mappingBoxes.clear();
    const ColumnMapping guess = ImportFields::guess(kind(), m_table.header);
    for (const ImportField& field : ImportFields::of(kind())) {
        auto* box = new QComboBox(m_mappingHost);
        box->addItem(tr("— not in the file —"), -1);
        for (int c = 0; c < m_table.header.size(); ++c)
            box->addItem(
                QStringLiteral("%1: %2").arg(ImportPlanner::columnLetter(c), m_table.header.at(c)),
                c);
        box->setCurrentIndex(box->findData(guess.column(field.key).value_or(-1)));
        const QString label =
            field.required ? tr("%1 (needed):").arg(field.header) : field.header + QLatin1Char(':');
        m_mappingForm->addRow(label, box);
        m_mappingBoxes.append({field.key, box});
    }
    const int mapped = int(guess.columns.size());
    m_mappingNote->setText(
        tr("%1 of the file's %2 columns were matched.").arg(mapped).arg(m_table.header.size()));
}

void ImportWizard::updatePlan()
{
    ColumnMapping mapping;
    for (const auto& [key, box] : std::as_const(m_mappingBoxes))
        mapping.set(key, box->currentData().toInt());
    auto context = ImportPlanner::context(m_store, m_academyId);
    m_plan = ImportPlan{};
    if (!context) {
        m_counts->setText(context.message());
        return;
    }
    auto plan = ImportPlanner::plan(m_table, kind(), mapping, *context);
    if (!plan) {
        m_counts->setText(plan.message());
        return;
    }
    m_plan = std::move(plan).value();
}

void ImportWizard::fillPreview()
{
    // Every error row, and the other rows up to a limit: a 10,000-row file
    // should not make the preview crawl.
    constexpr int kOtherRowsShown = 500;
    QVector<const PlannedRow*> shown;
    int others = 0;
    for (const PlannedRow& row : std::as_const(m_plan.rows)) {
        if (row.fate == RowFate::Error || others++ < kOtherRowsShown)
            shown.append(&row);
    }
    m_preview->setRowCount(int(shown.size()));
    for (int r = 0; r < shown.size(); ++r) {
        const PlannedRow& row = *shown.at(r);
        const QString why =
            row.fate == RowFate::Error && row.column >= 0
                ? tr("Column %1 (%2): %3")
                      .arg(ImportPlanner::columnLetter(row.column), row.columnName, row.reason)
                : row.reason;
        const QStringList texts{QString::number(row.line), fateName(row.fate), row.label, why};
        for (int c = 0; c < texts.size(); ++c) {
            auto* item = new QTableWidgetItem(texts.at(c));
            item->setBackground(fateTint(row.fate));
            item->setToolTip(texts.at(c));
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->setColumnWidth(2, 240);
    const int fresh = m_plan.count(RowFate::New);
    const int duplicates = m_plan.count(RowFate::Duplicate);
    const int errors = m_plan.count(RowFate::Error);
    if (!m_plan.rows.isEmpty() || m_counts->text().isEmpty())
        m_counts->setText(tr("<b>%1 new</b>, %2 duplicate, %3 with errors, of %4 rows.")
                              .arg(fresh)
                              .arg(duplicates)
                              .arg(errors)
                              .arg(m_plan.rows.size()));
    m_validOnly->setVisible(errors > 0);
    m_validOnly->setText(
        errors == 1
            ? tr("Import only the valid rows and leave out the row with errors")
            : tr("Import only the valid rows and leave out the %1 rows with errors").arg(errors));
    m_validOnly->setChecked(false);
}

void ImportWizard::initializePage(int id)
{
    switch (id) {
    case ReadingPage: {
        const Encoding detected = EncodingDetector::detect(m_bytes);
        m_encoding->setCurrentIndex(m_encoding->findData(int(detected)));
        m_encoding->setItemText(m_encoding->currentIndex(),
                                EncodingDetector::displayName(detected) + tr(" – detected"));
        QString error;
        readFile(&error);
        const char delimiter =
            CsvReader::detectDelimiter(EncodingDetector::decode(m_bytes.left(4096), detected));
        m_delimiter->setCurrentIndex(m_delimiter->findData(int(delimiter)));
        readFile(&error);
        m_readingNote->setText(
            error.isEmpty()
                ? tr("%1 rows of data under the header row.").arg(m_table.records.size())
                : error);
        fillRawPreview();
        break;
    }
    case ColumnsPage:
        buildMapping();
        break;
    case PreviewPage:
        m_counts->clear();
        updatePlan();
        fillPreview();
        break;
    case SummaryPage: {
        const int fresh = m_plan.count(RowFate::New);
        QString text = tr("<p><b>%1 %2</b> will be added to the wheel.</p>")
                           .arg(fresh)
                           .arg(ImportFields::displayName(kind()).toLower());
        if (const int d = m_plan.count(RowFate::Duplicate))
            text += d == 1 ? tr("<p>1 duplicate row is left out.</p>")
                           : tr("<p>%1 duplicate rows are left out.</p>").arg(d);
        if (const int e = m_plan.count(RowFate::Error))
            text += e == 1 ? tr("<p>1 row with errors is left out.</p>")
                           : tr("<p>%1 rows with errors are left out.</p>").arg(e);
        text += tr("<p>Everything is added in one step: <i>Edit › Undo</i> takes the whole import "
                   "back out.</p>");
        m_summary->setText(text);
        break;
    }
    default:
        break;
    }
    QWizard::initializePage(id);
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage: {
        QFile file(m_path->text());
        if (m_path->text().trimmed().isEmpty() || !file.open(QIODevice::ReadOnly)) {
            m_fileError->setText(m_path->text().trimmed().isEmpty()
                                     ? tr("Choose a CSV file to import.")
                                     : tr("Civic Wheel cannot open this file."));
            return false;
        }
        m_bytes = file.readAll();
        // Read once with the guesses so a file that is no CSV at all is refused here.
        auto table = CsvReader::readFile(m_path->text());
        if (!table) {
            m_fileError->setText(table.message());
            return false;
        }
        m_fileError->clear();
        return true;
    }
    case ReadingPage:
        return !m_table.header.isEmpty();
    case ColumnsPage:
        for (const auto& [key, box] : std::as_const(m_mappingBoxes)) {
            const auto field = ImportFields::find(kind(), key);
            if (field && field->required && box->currentData().toInt() < 0) {
                m_mappingNote->setText(tr("Choose the column that holds “%1”: every row needs one.")
                                           .arg(field->header));
                return false;
            }
        }
        return true;
    case PreviewPage:
        if (m_plan.rows.isEmpty())
            return false;
        if (m_plan.hasErrors() && !m_validOnly->isChecked()) {
            m_counts->setText(m_counts->text() + QLatin1Char(' ') +
                              tr("Correct the rows with errors in the file and start again, or "
                                 "tick the box below."));
            return false;
        }
        return m_plan.count(RowFate::New) > 0;
    default:
        return true;
    }
}

std::unique_ptr<ImportCommand> ImportWizard::takeCommand()
{
    if (result() != QDialog::Accepted || m_plan.count(RowFate::New) == 0)
        return nullptr;
    const ImportMode mode =
        m_validOnly->isChecked() ? ImportMode::ValidRowsOnly : ImportMode::AllOrNothing;
    return std::make_unique<ImportCommand>(m_store, m_plan, mode);
}

} // namespace civic::ui
