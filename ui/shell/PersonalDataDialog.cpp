#include "shell/PersonalDataDialog.h"

#include "document/WheelDocument.h"
#include "privacy/SubjectAccess.h"
#include "store/WheelStore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUndoStack>
#include <QVBoxLayout>

namespace civic::ui {

PersonalDataDialog::PersonalDataDialog(WheelDocument* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Personal data"));
    const bool writable = !document->isReadOnly();

    auto* retention = new QGroupBox(tr("Contacts past their retention date"), this);
    m_expiredNote = new QLabel(retention);
    m_expiredNote->setWordWrap(true);
    m_expired = new QListWidget(retention);
    m_expired->setAccessibleName(tr("Contacts past their retention date"));
    m_eraseTicked = new QPushButton(tr("&Erase Ticked Contacts…"), retention);
    m_eraseTicked->setEnabled(writable);
    auto* retentionLayout = new QVBoxLayout(retention);
    retentionLayout->addWidget(m_expiredNote);
    retentionLayout->addWidget(m_expired, 1);
    retentionLayout->addWidget(m_eraseTicked, 0, Qt::AlignRight);

    auto* person = new QGroupBox(tr("One person (by email address)"), this);
    m_email = new QLineEdit(person);
    m_email->setPlaceholderText(tr("name@example.org"));
    m_email->setAccessibleName(tr("Email address of the person"));
    auto* exportButton = new QPushButton(tr("E&xport Everything Held…"), person);
    auto* eraseButton = new QPushButton(tr("Erase This &Person…"), person);
    eraseButton->setEnabled(writable);
    m_result = new QLabel(person);
    m_result->setWordWrap(true);
    auto* help = new QLabel(
        tr("A subject access request: export everything the wheel holds about the person, "
           "as JSON or as readable text (choose .txt). Erasure deletes them and their "
           "details from engagement notes, and leaves no trace in the file."),
        person);
    help->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(m_email, 1);
    row->addWidget(exportButton);
    row->addWidget(eraseButton);
    auto* personLayout = new QVBoxLayout(person);
    personLayout->addWidget(help);
    personLayout->addLayout(row);
    personLayout->addWidget(m_result);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(retention, 1);
    layout->addWidget(person);
    layout->addWidget(buttons);

    connect(m_eraseTicked, &QPushButton::clicked, this, &PersonalDataDialog::eraseTicked);
    connect(exportButton, &QPushButton::clicked, this, &PersonalDataDialog::exportPerson);
    connect(eraseButton, &QPushButton::clicked, this, &PersonalDataDialog::erasePerson);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(720, 560);
    refresh();
}

void PersonalDataDialog::refresh()
{
    m_expired->clear();
    auto expired = m_document->store().contactsPastRetention(QDate::currentDate());
    if (!expired) {
        m_expiredNote->setText(expired.message());
        return;
    }
    QHash<qint64, QString> partnerNames;
    if (auto partners = m_document->store().partners()) {
        for (const Partner& p : *partners)
            partnerNames.insert(p.id, p.name);
    }
    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    for (const Contact& contact : *expired) {
        auto* item = new QListWidgetItem(
            tr("%1 (%2) at %3: keep until %4")
                .arg(contact.name, contact.email.isEmpty() ? tr("no email") : contact.email,
                     partnerNames.value(contact.partnerId),
                     locale.toString(contact.retainUntil, QLocale::ShortFormat)),
            m_expired);
        item->setData(Qt::UserRole, contact.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_expiredNote->setText(
        expired->isEmpty()
            ? tr("No contact is past the date it was to be kept until. Set a contact's "
                 "retention date in its editor (Partners › a partner › Contacts).")
            : tr("%n contacts are past the date they were to be kept until. Tick those to "
                 "erase; untick any you still need and update their date instead.",
                 nullptr, int(expired->size())));
    m_eraseTicked->setEnabled(!expired->isEmpty() && !m_document->isReadOnly());
}

bool PersonalDataDialog::erase(const QVector<qint64>& ids, const QString& who)
{
    if (ids.isEmpty())
        return false;
    const auto answer = QMessageBox::warning(
        this, tr("Erase personal data"),
        tr("Erase %1 for good?\n\nTheir details are removed from the file and from engagement "
           "notes that "
           "name them. This cannot be undone, so the undo history is cleared too.")
            .arg(who),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    auto report = m_document->store().eraseContacts(ids);
    if (!report) {
        QMessageBox::warning(this, tr("Erase personal data"), report.message());
        return false;
    }
    // Undo commands hold copies of what they changed: none may bring the person back.
    m_document->undoStack()->clear();
    m_document->reload();
    m_result->setText(tr("Erased %n contacts", nullptr, report->contactsErased) +
                      tr("; %n engagement notes cleaned.", nullptr, report->engagementsRedacted));
    refresh();
    return true;
}

void PersonalDataDialog::eraseTicked()
{
    QVector<qint64> ids;
    for (int i = 0; i < m_expired->count(); ++i) {
        if (m_expired->item(i)->checkState() == Qt::Checked)
            ids.append(m_expired->item(i)->data(Qt::UserRole).toLongLong());
    }
    erase(ids, tr("%n contacts", nullptr, int(ids.size())));
}

void PersonalDataDialog::exportPerson()
{
    auto contact = SubjectAccess::findByEmail(m_document->store(), m_email->text().trimmed());
    if (!contact) {
        m_result->setText(contact.message());
        return;
    }
    auto gathered = SubjectAccess::gather(m_document->store(), contact->id);
    if (!gathered) {
        m_result->setText(gathered.message());
        return;
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save everything held about %1").arg(contact->name),
        QDir(folder).filePath(tr("Subject access – %1.json").arg(contact->name)),
        tr("JSON (*.json);;Readable text (*.txt)"));
    if (path.isEmpty())
        return;
    const QByteArray bytes = path.endsWith(QLatin1String(".txt"), Qt::CaseInsensitive)
                                 ? gathered->toText().toUtf8()
                                 : gathered->toJson();
    if (auto s = SubjectAccess::writePrivateFile(path, bytes); !s) {
        m_result->setText(s.message());
        return;
    }
    m_result->setText(tr("Saved “%1”, readable by you only: it is personal data.")
                          .arg(QDir::toNativeSeparators(path)));
}

void PersonalDataDialog::erasePerson()
{
    auto contact = SubjectAccess::findByEmail(m_document->store(), m_email->text().trimmed());
    if (!contact) {
        m_result->setText(contact.message());
        return;
    }
    erase({contact->id}, contact->name);
}

} // namespace civic::ui
