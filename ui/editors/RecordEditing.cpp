#include "editors/RecordEditing.h"

#include "document/AddCommand.h"
#include "document/RemoveCommand.h"
#include "document/SavePartnerCommand.h"
#include "document/UpdateCommand.h"
#include "document/WheelDocument.h"
#include "editors/AcademyEditor.h"
#include "editors/ContactEditor.h"
#include "editors/EngagementEditor.h"
#include "editors/InitiativeEditor.h"
#include "editors/NeedEditor.h"
#include "editors/PartnerEditor.h"
#include "editors/RemovalPrompt.h"

#include <QMessageBox>
#include <QPushButton>
#include <QUndoStack>

#include <algorithm>

namespace civic::ui {

RecordEditing::RecordEditing(WheelDocument* document, QWidget* window)
    : QObject(document)
    , m_document(document)
    , m_window(window)
{}

namespace {

// Opens `dialog` window-modally and runs `onSave` when it is saved.
template <typename Dialog, typename OnSave>
void openEditor(Dialog* dialog, bool readOnly, OnSave onSave)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setReadOnly(readOnly);
    QObject::connect(dialog, &QDialog::accepted, dialog, [dialog, onSave] { onSave(dialog); });
    dialog->open();
}

} // namespace

void RecordEditing::add(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Academy:
        return addAcademy();
    case EntityKind::Partner:
        return addPartner();
    case EntityKind::Need:
        return addNeed();
    case EntityKind::Initiative:
        return addInitiative();
    case EntityKind::Engagement:
        return addEngagement();
    default:
        return;
    }
}

void RecordEditing::edit(EntityKind kind, qint64 id)
{
    if (id <= 0)
        return;
    switch (kind) {
    case EntityKind::Academy:
        return editAcademy(id);
    case EntityKind::Partner:
        return editPartner(id);
    case EntityKind::Need:
        return editNeed(id);
    case EntityKind::Initiative:
        return editInitiative(id);
    case EntityKind::Engagement:
        return editEngagement(id);
    default:
        return;
    }
}

QString RecordEditing::labelOf(EntityKind kind, qint64 id) const
{
    const AcademyWheel& wheel = m_document->wheel();
    switch (kind) {
    case EntityKind::Academy:
        for (const Academy& a : m_document->academies()) {
            if (a.id == id)
                return a.name;
        }
        break;
    case EntityKind::Partner:
        if (const Partner* p = wheel.partner(id))
            return p->name;
        break;
    case EntityKind::Contact:
        if (const Contact* c = wheel.contact(id))
            return c->name;
        break;
    case EntityKind::Need:
        if (const Need* n = wheel.need(id))
            return n->title;
        break;
    case EntityKind::Initiative:
        if (const Initiative* i = wheel.initiative(id))
            return i->title;
        break;
    case EntityKind::Engagement:
        for (const Engagement& e : wheel.engagements) {
            if (e.id == id)
                return e.summary;
        }
        break;
    default:
        break;
    }
    return {};
}

void RecordEditing::remove(EntityKind kind, qint64 id)
{
    if (id <= 0 || m_document->isReadOnly())
        return;
    if (kind == EntityKind::Partner) {
        // A partner shared with other academies of the trust leaves this wheel only.
        auto preview = m_document->store().previewRemoval(kind, id);
        const Tie* tie = m_document->wheel().tieFor(id);
        if (preview && tie && preview->count(QStringLiteral("ties")) > 1) {
            const QString label = labelOf(kind, id);
            auto* box = new QMessageBox(
                QMessageBox::Question, tr("Remove partner"),
                tr("“%1” is also a partner of other academies in this file. Remove it "
                   "from %2's wheel only? Its record, contacts and ties to the other "
                   "academies stay.\n\nYou can take this back with Edit › Undo.")
                    .arg(label, m_document->wheel().academy.name),
                QMessageBox::NoButton, m_window);
            QPushButton* yes =
                box->addButton(tr("Remove from this wheel"), QMessageBox::AcceptRole);
            box->addButton(QMessageBox::Cancel);
            box->setAttribute(Qt::WA_DeleteOnClose);
            const qint64 tieId = tie->id;
            connect(box, &QMessageBox::finished, this, [this, box, yes, tieId, label] {
                if (box->clickedButton() == yes)
                    m_document->push(new RemoveCommand(m_document, EntityKind::Tie, tieId, label));
            });
            box->open();
            return;
        }
    }
    confirmRemoval(kind, id, labelOf(kind, id), m_window);
}

void RecordEditing::confirmRemoval(EntityKind kind, qint64 id, const QString& label,
                                   QWidget* parent)
{
    auto preview = m_document->store().previewRemoval(kind, id);
    if (!preview) {
        showError(preview.message(), preview.error().detail);
        m_document->reload();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete %1").arg(entityNoun(kind)),
                                RemovalPrompt::question(kind, label, *preview),
                                QMessageBox::NoButton, parent);
    QPushButton* yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("confirmRemoval"));
    connect(box, &QMessageBox::finished, this, [this, box, yes, kind, id, label] {
        if (box->clickedButton() == yes)
            m_document->push(new RemoveCommand(m_document, kind, id, label));
    });
    box->open();
}

void RecordEditing::showError(const QString& message, const QString& detail)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Civic Wheel"), message, QMessageBox::Ok,
                                m_window);
    if (!detail.isEmpty())
        box->setDetailedText(detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// Academies --------------------------------------------------------------------

void RecordEditing::addAcademy()
{
    if (m_document->isReadOnly())
        return;
    QStringList urns;
    for (const Academy& a : m_document->academies())
        urns << a.urn;
    Academy academy;
    if (auto trust = m_document->store().trust())
        academy.trustId = trust->id;
    openEditor(new AcademyEditor(academy, urns, m_window), false, [this](AcademyEditor* editor) {
        auto* command = new AddCommand<Academy>(m_document, editor->academy());
        const int index = m_document->undoStack()->index();
        m_document->push(command);
        // The undo stack deletes a command whose write failed: only a recorded one is shown.
        if (m_document->undoStack()->index() == index + 1)
            m_document->setAcademy(command->recordId());
    });
}

void RecordEditing::editAcademy(qint64 id)
{
    auto academy = m_document->store().academy(id);
    if (!academy)
        return showError(academy.message(), academy.error().detail);
    QStringList urns;
    for (const Academy& a : m_document->academies()) {
        if (a.id != id)
            urns << a.urn;
    }
    const Academy before = *academy;
    openEditor(new AcademyEditor(before, urns, m_window), m_document->isReadOnly(),
               [this, before](AcademyEditor* editor) {
                   if (!(editor->academy() == before))
                       m_document->push(
                           new UpdateCommand<Academy>(m_document, before, editor->academy()));
               });
}

// Partners ----------------------------------------------------------------------

void RecordEditing::addPartner()
{
    if (m_document->isReadOnly() || !m_document->hasAcademy())
        return;
    Tie tie;
    tie.academyId = m_document->academyId();
    tie.started = QDate::currentDate();
    tie.nextReview = QDate::currentDate().addMonths(6);
    auto* editor = new PartnerEditor(m_document, Partner{}, tie, m_window);
    openEditor(editor, false, [this](PartnerEditor* e) {
        m_document->push(new SavePartnerCommand(m_document, e->partner(), e->tie()));
    });
}

void RecordEditing::editPartner(qint64 id)
{
    const Partner* partner = m_document->wheel().partner(id);
    const Tie* tie = m_document->wheel().tieFor(id);
    if (!partner || !tie)
        return;
    const Partner beforePartner = *partner;
    const Tie beforeTie = *tie;
    auto* editor = new PartnerEditor(m_document, beforePartner, beforeTie, m_window);
    connect(editor, &PartnerEditor::addContactRequested, this,
            [this, editor](qint64 partnerId) { addContact(partnerId, editor); });
    connect(editor, &PartnerEditor::editContactRequested, this,
            [this, editor](qint64 contactId) { editContact(contactId, editor); });
    connect(editor, &PartnerEditor::removeContactRequested, this,
            [this, editor](qint64 contactId) { removeContact(contactId, editor); });
    openEditor(editor, m_document->isReadOnly(),
               [this, beforePartner, beforeTie](PartnerEditor* e) {
                   if (!(e->partner() == beforePartner) || !(e->tie() == beforeTie))
                       m_document->push(new SavePartnerCommand(m_document, beforePartner, beforeTie,
                                                               e->partner(), e->tie()));
               });
}

void RecordEditing::addContact(qint64 partnerId, QWidget* parent)
{
    if (m_document->isReadOnly())
        return;
    Contact contact;
    contact.partnerId = partnerId;
    openEditor(new ContactEditor(contact, parent), false, [this](ContactEditor* e) {
        m_document->push(new AddCommand<Contact>(m_document, e->contact()));
    });
}

void RecordEditing::editContact(qint64 contactId, QWidget* parent)
{
    const Contact* contact = m_document->wheel().contact(contactId);
    if (!contact)
        return;
    const Contact before = *contact;
    openEditor(new ContactEditor(before, parent), m_document->isReadOnly(),
               [this, before](ContactEditor* e) {
                   if (!(e->contact() == before))
                       m_document->push(
                           new UpdateCommand<Contact>(m_document, before, e->contact()));
               });
}

void RecordEditing::removeContact(qint64 contactId, QWidget* parent)
{
    if (m_document->isReadOnly())
        return;
    confirmRemoval(EntityKind::Contact, contactId, labelOf(EntityKind::Contact, contactId), parent);
}

// Needs, initiatives, engagements -------------------------------------------------

void RecordEditing::addNeed()
{
    if (m_document->isReadOnly() || !m_document->hasAcademy())
        return;
    Need need;
    need.academyId = m_document->academyId();
    need.identified = QDate::currentDate();
    openEditor(new NeedEditor(need, m_window), false, [this](NeedEditor* e) {
        m_document->push(new AddCommand<Need>(m_document, e->need()));
    });
}

void RecordEditing::editNeed(qint64 id)
{
    const Need* need = m_document->wheel().need(id);
    if (!need)
        return;
    const Need before = *need;
    openEditor(new NeedEditor(before, m_window), m_document->isReadOnly(),
               [this, before](NeedEditor* e) {
                   if (!(e->need() == before))
                       m_document->push(new UpdateCommand<Need>(m_document, before, e->need()));
               });
}

void RecordEditing::addInitiative()
{
    if (m_document->isReadOnly() || !m_document->hasAcademy())
        return;
    Initiative initiative;
    initiative.academyId = m_document->academyId();
    openEditor(new InitiativeEditor(initiative, m_document->wheel(), m_window), false,
               [this](InitiativeEditor* e) {
                   m_document->push(new AddCommand<Initiative>(m_document, e->initiative()));
               });
}

void RecordEditing::editInitiative(qint64 id)
{
    const Initiative* initiative = m_document->wheel().initiative(id);
    if (!initiative)
        return;
    const Initiative before = *initiative;
    openEditor(new InitiativeEditor(before, m_document->wheel(), m_window),
               m_document->isReadOnly(), [this, before](InitiativeEditor* e) {
                   if (!(e->initiative() == before))
                       m_document->push(
                           new UpdateCommand<Initiative>(m_document, before, e->initiative()));
               });
}

void RecordEditing::addEngagement(qint64 partnerId)
{
    if (m_document->isReadOnly() || !m_document->hasAcademy())
        return;
    if (m_document->wheel().partners.isEmpty())
        return showError(
            tr("Add a partner first: every engagement is with one of the academy's partners."));
    Engagement engagement;
    engagement.academyId = m_document->academyId();
    engagement.partnerId = partnerId;
    engagement.date = QDate::currentDate();
    openEditor(new EngagementEditor(engagement, m_document->wheel(), m_window), false,
               [this](EngagementEditor* e) {
                   m_document->push(new AddCommand<Engagement>(m_document, e->engagement()));
               });
}

void RecordEditing::editEngagement(qint64 id)
{
    const auto& all = m_document->wheel().engagements;
    const auto it =
        std::find_if(all.cbegin(), all.cend(), [id](const Engagement& e) { return e.id == id; });
    if (it == all.cend())
        return;
    const Engagement before = *it;
    openEditor(new EngagementEditor(before, m_document->wheel(), m_window),
               m_document->isReadOnly(), [this, before](EngagementEditor* e) {
                   if (!(e->engagement() == before))
                       m_document->push(
                           new UpdateCommand<Engagement>(m_document, before, e->engagement()));
               });
}

} // namespace civic::ui
