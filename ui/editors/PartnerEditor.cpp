#include "editors/PartnerEditor.h"

#include "common/EnumCombo.h"
#include "common/OptionalDateEdit.h"
#include "document/WheelDocument.h"
#include "model/Validation.h"
#include "registers/ContactsModel.h"
#include "registers/EngagementsModel.h"
#include "registers/ModelRoles.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace civic::ui {
namespace {

QTableView* makeTable(QAbstractItemModel* model, const QString& name)
{
    auto* view = new QTableView;
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    view->setAccessibleName(name);
    view->setTabKeyNavigation(false);
    return view;
}

} // namespace

PartnerEditor::PartnerEditor(WheelDocument* document, const Partner& partner, const Tie& tie,
                             QWidget* parent)
    : EditorDialog(partner.id ? tr("Partner: %1").arg(partner.name) : tr("Add a partner"), parent)
    , m_document(document)
    , m_partner(partner)
    , m_tie(tie)
    , m_tabs(new QTabWidget)
    , m_name(new QLineEdit(partner.name))
    , m_sector(new QComboBox)
    , m_postcode(new QLineEdit(partner.postcode))
    , m_website(new QLineEdit(partner.website))
    , m_notes(new QPlainTextEdit(partner.notes))
    , m_strength(new QComboBox)
    , m_role(new QComboBox)
    , m_narrative(new QComboBox)
    , m_owner(new QLineEdit(tie.staffOwner))
    , m_sponsor(new QLineEdit(tie.executiveSponsor))
    , m_started(new OptionalDateEdit(tr("Not set")))
    , m_review(new OptionalDateEdit(tr("Not set")))
    , m_status(new QComboBox)
    , m_tieNotes(new QPlainTextEdit(tie.notes))
{
    fillEnumCombo(m_sector, partner.sector);
    for (int s = 1; s <= 5; ++s)
        m_strength->addItem(strengthName(s), s);
    m_strength->setCurrentIndex(qBound(1, tie.strength, 5) - 1);
    fillEnumCombo(m_role, tie.role);
    fillEnumCombo(m_narrative, tie.narrative);
    fillEnumCombo(m_status, tie.status);
    m_started->setDate(tie.started);
    m_review->setDate(tie.nextReview);
    m_postcode->setPlaceholderText(tr("for example MB1 3PF"));
    m_website->setPlaceholderText(tr("https://…"));
    m_notes->setMaximumHeight(80);
    m_tieNotes->setMaximumHeight(80);

    auto* organisation = new QWidget;
    QFormLayout* form = newForm(organisation);
    addField(form, tr("&Name:"), m_name,
             [this] { return Validation::requiredText(m_name->text(), tr("The partner's name")); });
    addField(form, tr("&Sector:"), m_sector);
    addField(form, tr("P&ostcode:"), m_postcode,
             [this] { return Validation::postcode(m_postcode->text()); });
    addField(form, tr("&Website:"), m_website);
    addField(form, tr("No&tes:"), m_notes);
    m_tabs->addTab(organisation, tr("Organisation"));

    auto* tiePage = new QWidget;
    QFormLayout* tieForm = newForm(tiePage);
    addField(tieForm, tr("St&rength:"), m_strength);
    addField(tieForm, tr("The &academy:"), m_role);
    addField(tieForm, tr("&Leadership narrative:"), m_narrative);
    addField(tieForm, tr("Staff o&wner:"), m_owner);
    addField(tieForm, tr("E&xecutive sponsor:"), m_sponsor);
    addField(tieForm, tr("Starte&d:"), m_started);
    addField(tieForm, tr("Next re&view:"), m_review, [this] {
        return Validation::dateOrder(m_started->date(), m_review->date(), tr("the start"),
                                     tr("The next review"));
    });
    addField(tieForm, tr("Stat&us:"), m_status);
    addField(tieForm, tr("Tie n&otes:"), m_tieNotes);
    m_tabs->addTab(tiePage, tr("Tie"));
    m_tabs->addTab(contactsPage(), tr("Contacts"));
    m_tabs->addTab(historyPage(), tr("Engagement history"));
    m_tabs->setAccessibleName(tr("Partner details"));
    setContent(m_tabs);

    connect(m_document, &WheelDocument::changed, this, &PartnerEditor::refresh);
    refresh();
    resize(720, 560);
}

QWidget* PartnerEditor::contactsPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    if (!m_partner.id) {
        auto* note =
            new QLabel(tr("Save the partner first; then add the people you work with there."));
        note->setWordWrap(true);
        layout->addWidget(note);
        layout->addStretch();
        return page;
    }
    m_contacts = new ContactsModel(this);
    m_contacts->setPartner(m_partner.id);
    m_contactsView = makeTable(m_contacts, tr("Contacts"));
    layout->addWidget(new QLabel(
        tr("People at this partner. Changes here are saved at once and can be undone.")));
    layout->addWidget(m_contactsView, 1);
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("Add contact…"));
    m_editContact = new QPushButton(tr("Change contact…"));
    m_removeContact = new QPushButton(tr("Delete contact…"));
    buttons->addWidget(add);
    buttons->addWidget(m_editContact);
    buttons->addWidget(m_removeContact);
    buttons->addStretch();
    layout->addLayout(buttons);
    const bool editable = !m_document->isReadOnly();
    add->setEnabled(editable);
    connect(add, &QPushButton::clicked, this, [this] { Q_EMIT addContactRequested(m_partner.id); });
    connect(m_editContact, &QPushButton::clicked, this, [this] {
        if (qint64 id = currentContact())
            Q_EMIT editContactRequested(id);
    });
    connect(m_contactsView, &QTableView::activated, this, [this] {
        if (qint64 id = currentContact(); id && !m_document->isReadOnly())
            Q_EMIT editContactRequested(id);
    });
    connect(m_removeContact, &QPushButton::clicked, this, [this] {
        if (qint64 id = currentContact())
            Q_EMIT removeContactRequested(id);
    });
    return page;
}

QWidget* PartnerEditor::historyPage()
{
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    if (!m_partner.id) {
        auto* note = new QLabel(tr(
            "Meetings, events and calls with this partner will be listed here once you log them."));
        note->setWordWrap(true);
        layout->addWidget(note);
        layout->addStretch();
        return page;
    }
    m_history = new EngagementsModel(this);
    m_history->setPartnerFilter(m_partner.id);
    auto* view = makeTable(m_history, tr("Engagement history"));
    view->hideColumn(EngagementsModel::Partner);
    layout->addWidget(view);
    return page;
}

qint64 PartnerEditor::currentContact() const
{
    if (!m_contactsView)
        return 0;
    return m_contactsView->currentIndex().data(Roles::Id).toLongLong();
}

void PartnerEditor::refresh()
{
    if (m_contacts) {
        m_contacts->setWheel(m_document->wheel());
        m_contactsView->resizeColumnsToContents();
        const bool any = m_contacts->rowCount() > 0 && !m_document->isReadOnly();
        m_editContact->setEnabled(any);
        m_removeContact->setEnabled(any);
        m_tabs->setTabText(2, tr("Contacts (%1)").arg(m_contacts->rowCount()));
    }
    if (m_history) {
        m_history->setWheel(m_document->wheel());
        m_tabs->setTabText(3, tr("Engagement history (%1)").arg(m_history->rowCount()));
    }
}

Partner PartnerEditor::partner() const
{
    Partner p = m_partner;
    p.name = m_name->text().trimmed();
    p.sector = enumFromCombo(m_sector, Sector::Other);
    p.postcode = Validation::normalisedPostcode(m_postcode->text());
    p.website = m_website->text().trimmed();
    p.notes = m_notes->toPlainText().trimmed();
    return p;
}

Tie PartnerEditor::tie() const
{
    Tie t = m_tie;
    t.strength = m_strength->currentData().toInt();
    t.role = enumFromCombo(m_role, TieRole::Supports);
    t.narrative = enumFromCombo(m_narrative, Narrative::Civic);
    t.staffOwner = m_owner->text().trimmed();
    t.executiveSponsor = m_sponsor->text().trimmed();
    t.started = m_started->date();
    t.nextReview = m_review->date();
    t.status = enumFromCombo(m_status, TieStatus::Active);
    t.notes = m_tieNotes->toPlainText().trimmed();
    return t;
}

} // namespace civic::ui
