#include "editors/ContactEditor.h"

#include "common/OptionalDateEdit.h"
#include "model/Validation.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace civic::ui {

ContactEditor::ContactEditor(const Contact& contact, QWidget* parent)
    : EditorDialog(contact.id ? tr("Change contact") : tr("Add a contact"), parent)
    , m_contact(contact)
    , m_name(new QLineEdit(contact.name))
    , m_role(new QLineEdit(contact.role))
    , m_email(new QLineEdit(contact.email))
    , m_phone(new QLineEdit(contact.phone))
    , m_retainUntil(new OptionalDateEdit(tr("Not set")))
    , m_notes(new QPlainTextEdit(contact.notes))
{
    m_retainUntil->setDate(contact.retainUntil);
    m_notes->setMaximumHeight(70);
    auto* page = new QWidget;
    QFormLayout* form = newForm(page);
    auto* gdpr = new QLabel(
        tr("Contact details are personal data. Record only what you need to work together."));
    gdpr->setWordWrap(true);
    form->addRow(gdpr);
    addField(form, tr("&Name:"), m_name,
             [this] { return Validation::requiredText(m_name->text(), tr("The name")); });
    addField(form, tr("&Role:"), m_role);
    addField(form, tr("&Email:"), m_email, [this] { return Validation::email(m_email->text()); });
    addField(form, tr("&Phone:"), m_phone, [this] { return Validation::phone(m_phone->text()); });
    addField(form, tr("Review &details by:"), m_retainUntil);
    addField(form, tr("No&tes:"), m_notes);
    setContent(page);
    resize(460, sizeHint().height());
}

Contact ContactEditor::contact() const
{
    Contact c = m_contact;
    c.name = m_name->text().trimmed();
    c.role = m_role->text().trimmed();
    c.email = m_email->text().trimmed();
    c.phone = m_phone->text().trimmed();
    c.retainUntil = m_retainUntil->date();
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

} // namespace civic::ui
