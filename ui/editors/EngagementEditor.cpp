#include "editors/EngagementEditor.h"

#include "common/EnumCombo.h"
#include "model/Validation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace civic::ui {

EngagementEditor::EngagementEditor(const Engagement& engagement, const AcademyWheel& wheel,
                                   QWidget* parent)
    : EditorDialog(engagement.id ? tr("Change engagement") : tr("Log an engagement"), parent)
    , m_engagement(engagement)
    , m_wheel(wheel)
    , m_date(new QDateEdit(engagement.date.isValid() ? engagement.date : QDate::currentDate()))
    , m_partner(new QComboBox)
    , m_contact(new QComboBox)
    , m_kind(new QComboBox)
    , m_summary(new QLineEdit(engagement.summary))
    , m_notes(new QPlainTextEdit(engagement.notes))
{
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_partner->addItem(tr("Choose a partner…"), qint64(0));
    for (const Partner& partner : wheel.partners) {
        m_partner->addItem(partner.name, partner.id);
        if (partner.id == engagement.partnerId)
            m_partner->setCurrentIndex(m_partner->count() - 1);
    }
    fillContacts();
    connect(m_partner, &QComboBox::currentIndexChanged, this, &EngagementEditor::fillContacts);
    fillEnumCombo(m_kind, engagement.kind);
    m_summary->setPlaceholderText(tr("What happened, in a line"));
    m_notes->setMaximumHeight(80);

    auto* page = new QWidget;
    QFormLayout* form = newForm(page);
    addField(form, tr("&Date:"), m_date, [this] {
        return m_date->date() > QDate::currentDate().addYears(1)
                   ? tr("That date is more than a year ahead.")
                   : QString();
    });
    addField(form, tr("&Partner:"), m_partner, [this] {
        return m_partner->currentData().toLongLong() == 0 ? tr("Choose the partner this was with.")
                                                          : QString();
    });
    addField(form, tr("&With:"), m_contact);
    addField(form, tr("&Kind:"), m_kind);
    addField(form, tr("&Summary:"), m_summary,
             [this] { return Validation::requiredText(m_summary->text(), tr("A summary")); });
    addField(form, tr("No&tes:"), m_notes);
    setContent(page);
    resize(520, sizeHint().height());
}

void EngagementEditor::fillContacts()
{
    const qint64 keep =
        m_contact->count() ? m_contact->currentData().toLongLong() : m_engagement.contactId;
    m_contact->clear();
    m_contact->addItem(tr("No one in particular"), qint64(0));
    for (const Contact* contact : m_wheel.contactsOf(m_partner->currentData().toLongLong())) {
        m_contact->addItem(contact->role.isEmpty()
                               ? contact->name
                               : tr("%1 (%2)").arg(contact->name, contact->role),
                           contact->id);
        if (contact->id == keep)
            m_contact->setCurrentIndex(m_contact->count() - 1);
    }
}

Engagement EngagementEditor::engagement() const
{
    Engagement e = m_engagement;
    e.date = m_date->date();
    e.partnerId = m_partner->currentData().toLongLong();
    e.contactId = m_contact->currentData().toLongLong();
    e.kind = enumFromCombo(m_kind, EngagementKind::Meeting);
    e.summary = m_summary->text().trimmed();
    e.notes = m_notes->toPlainText().trimmed();
    return e;
}

} // namespace civic::ui
