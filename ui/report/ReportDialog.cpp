#include "report/ReportDialog.h"

#include "report/GovernorsPdf.h"
#include "store/WheelStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEventLoop>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace civic::ui {

ReportDialog::ReportDialog(const WheelStore& store, qint64 academyId, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_academyId(academyId)
{
    setWindowTitle(tr("Export governors' summary"));
    setModal(true);

    QString academyName = tr("This academy");
    if (auto academy = store.academy(academyId))
        academyName = academy->name;
    if (auto academies = store.academies())
        m_trustAcademies = int(academies->size());

    QLayout* options = buildOptions(academyName);
    QLayout* preview = buildPreview();
    auto* columns = new QHBoxLayout;
    columns->addLayout(options);
    columns->addLayout(preview, 1);

    m_progress = new QProgressBar(this);
    m_progress->setVisible(false);
    m_status = new QLabel(this);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setVisible(false);
    auto* busy = new QHBoxLayout;
    busy->addWidget(m_status, 1);
    busy->addWidget(m_progress, 1);
    busy->addWidget(m_cancelButton);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::AcceptRole);
    m_export->setDefault(true);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addLayout(busy);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &ReportDialog::reject);
    connectControls();

    resize(1000, 760);
    rebuildPreview();
}

// Whom the summary is for and what it says besides the figures.
QLayout* ReportDialog::buildOptions(const QString& academyName)
{
    auto* scope = new QGroupBox(tr("Summary for"), this);
    m_academyChoice = new QRadioButton(academyName, scope);
    m_trustChoice =
        new QRadioButton(tr("The whole trust (%n academies)", nullptr, m_trustAcademies), scope);
    m_academyChoice->setChecked(m_academyId > 0);
    m_trustChoice->setChecked(m_academyId <= 0);
    m_academyChoice->setEnabled(m_academyId > 0);
    m_trustChoice->setEnabled(m_trustAcademies > 1 || m_academyId <= 0);
    auto* scopeLayout = new QVBoxLayout(scope);
    scopeLayout->addWidget(m_academyChoice);
    scopeLayout->addWidget(m_trustChoice);

    auto* details = new QGroupBox(tr("Details"), this);
    m_period = new QLineEdit(details);
    m_period->setPlaceholderText(GovernorsReport::academicYear(QDate::currentDate()));
    m_period->setAccessibleName(tr("Period covered"));
    m_preparedBy = new QLineEdit(details);
    m_preparedBy->setPlaceholderText(tr("The headteacher"));
    m_preparedBy->setAccessibleName(tr("Prepared by"));
    m_contacts = new QCheckBox(tr("Include contact details"), details);
    auto* contactsNote =
        new QLabel(tr("Names, emails and phone numbers are personal data. Leave them out of "
                      "anything you share beyond the academy."),
                   details);
    contactsNote->setWordWrap(true);
    contactsNote->setStyleSheet(QStringLiteral("color: palette(mid);"));
    auto* form = new QFormLayout(details);
    form->addRow(tr("Period covered:"), m_period);
    form->addRow(tr("Prepared by:"), m_preparedBy);
    form->addRow(m_contacts);
    form->addRow(contactsNote);

    m_update = new QPushButton(tr("&Update preview"), this);
    auto* options = new QVBoxLayout;
    options->addWidget(scope);
    options->addWidget(details);
    options->addWidget(m_update);
    options->addStretch();
    return options;
}

// The page being previewed, with buttons to turn the pages.
QLayout* ReportDialog::buildPreview()
{
    m_pageImage = new QLabel(this);
    m_pageImage->setAlignment(Qt::AlignCenter);
    m_pageImage->setAccessibleName(tr("Page preview"));
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(m_pageImage);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setMinimumWidth(520);
    m_previous = new QPushButton(tr("◀ Previous"), this);
    m_next = new QPushButton(tr("Next ▶"), this);
    m_pageLabel = new QLabel(this);
    m_pageLabel->setAlignment(Qt::AlignCenter);
    auto* paging = new QHBoxLayout;
    paging->addWidget(m_previous);
    paging->addWidget(m_pageLabel, 1);
    paging->addWidget(m_next);
    auto* preview = new QVBoxLayout;
    preview->addWidget(m_scroll, 1);
    preview->addLayout(paging);
    return preview;
}

void ReportDialog::connectControls()
{
    connect(m_update, &QPushButton::clicked, this, &ReportDialog::rebuildPreview);
    connect(m_academyChoice, &QRadioButton::toggled, this, &ReportDialog::rebuildPreview);
    connect(m_contacts, &QCheckBox::toggled, this, &ReportDialog::rebuildPreview);
    connect(m_previous, &QPushButton::clicked, this, [this] { showPage(m_page - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showPage(m_page + 1); });
    connect(m_export, &QPushButton::clicked, this, &ReportDialog::chooseAndExport);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { m_cancel = true; });
    connect(&m_layoutWatcher, &QFutureWatcher<std::shared_ptr<ReportRenderer>>::finished, this,
            [this] {
                setBusy(false);
                m_renderer = m_layoutWatcher.result();
                if (!m_renderer) {
                    m_status->setText(tr("The summary could not be laid out."));
                    return;
                }
                showPage(0);
            });
}

ReportDialog::~ReportDialog()
{
    m_cancel = true;
    m_layoutWatcher.waitForFinished();
    m_writeWatcher.waitForFinished();
}

GovernorsReport::Options ReportDialog::options() const
{
    GovernorsReport::Options o;
    o.period = m_period->text().trimmed();
    o.preparedBy = m_preparedBy->text().trimmed();
    o.includeContacts = m_contacts->isChecked();
    return o;
}

void ReportDialog::rebuildPreview()
{
    if (m_layoutWatcher.isRunning() || m_writeWatcher.isRunning())
        return;
    // Reading the file happens here, on the thread that owns the connection;
    // laying out hundreds of pages happens on a worker.
    const GovernorsReport::Options o = options();
    if (m_trustChoice->isChecked()) {
        auto trust = m_store.loadTrust();
        if (!trust) {
            m_status->setText(trust.message());
            return;
        }
        setBusy(true, tr("Laying out the trust summary…"));
        m_progress->setRange(0, 0);
        m_layoutWatcher.setFuture(QtConcurrent::run([wheels = std::move(trust).value(), o] {
            return std::shared_ptr<ReportRenderer>(GovernorsPdf::forTrust(wheels, o));
        }));
    } else {
        auto wheel = m_store.loadAcademy(m_academyId);
        if (!wheel) {
            m_status->setText(wheel.message());
            return;
        }
        setBusy(true, tr("Laying out the summary…"));
        m_progress->setRange(0, 0);
        m_layoutWatcher.setFuture(QtConcurrent::run([wheel = std::move(wheel).value(), o] {
            return std::shared_ptr<ReportRenderer>(GovernorsPdf::forAcademy(wheel, o));
        }));
    }
}

int ReportDialog::previewPageCount() const
{
    return m_renderer ? m_renderer->pageCount() : 0;
}

void ReportDialog::showPage(int page)
{
    if (!m_renderer || m_renderer->pageCount() == 0)
        return;
    m_page = std::clamp(page, 0, m_renderer->pageCount() - 1);
    const int width = std::max(400, m_scroll->viewport()->width() - 24);
    m_pageImage->setPixmap(QPixmap::fromImage(m_renderer->pageImage(m_page, width)));
    m_pageLabel->setText(tr("Page %1 of %2").arg(m_page + 1).arg(m_renderer->pageCount()));
    m_previous->setEnabled(m_page > 0);
    m_next->setEnabled(m_page + 1 < m_renderer->pageCount());
    m_status->setText(m_contacts->isChecked()
                          ? tr("This summary includes contact details (personal data).")
                          : QString());
}

void ReportDialog::setBusy(bool busy, const QString& what)
{
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_export->setEnabled(!busy);
    m_status->setText(what);
    if (busy)
        m_cancel = false;
}

void ReportDialog::chooseAndExport()
{
    if (!m_renderer)
        return;
    QString suggested = m_trustChoice->isChecked() ? tr("Trust summary") : tr("Governors' summary");
    suggested += QStringLiteral(" %1.pdf").arg(QDate::currentDate().toString(Qt::ISODate));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export governors' summary"),
                                     QDir(folder).filePath(suggested), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    const Status written = exportTo(path);
    if (!written && !m_cancel)
        QMessageBox::warning(this, tr("Export governors' summary"), written.message());
}

Status ReportDialog::exportTo(const QString& path)
{
    if (!m_renderer)
        return Error{tr("The summary is still being laid out; try again in a moment.")};
    setBusy(true, tr("Writing the PDF…"));
    m_progress->setRange(0, m_renderer->pageCount());
    m_progress->setValue(0);
    auto renderer = m_renderer;
    m_writeWatcher.setFuture(QtConcurrent::run([this, renderer, path] {
        return renderer->writePdf(path, [this](int page, int) {
            QMetaObject::invokeMethod(
                m_progress, [bar = m_progress, page] { bar->setValue(page); },
                Qt::QueuedConnection);
            return !m_cancel.load();
        });
    }));
    // The dialog stays responsive: wait in an event loop until the worker is done.
    QEventLoop loop;
    connect(&m_writeWatcher, &QFutureWatcher<Status>::finished, &loop, &QEventLoop::quit);
    if (m_writeWatcher.isRunning())
        loop.exec();
    setBusy(false);
    const Status written = m_writeWatcher.result();
    m_status->setText(written ? tr("Saved “%1”.").arg(QDir::toNativeSeparators(path))
                              : written.message());
    return written;
}

void ReportDialog::reject()
{
    if (m_writeWatcher.isRunning() || m_layoutWatcher.isRunning()) {
        m_cancel = true;
        return;
    }
    QDialog::reject();
}

} // namespace civic::ui
