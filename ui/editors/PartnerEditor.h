#pragma once

#include "editors/EditorDialog.h"
#include "model/Partner.h"
#include "model/Tie.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace civic::ui {

class ContactsModel;
class EngagementsModel;
class OptionalDateEdit;
class WheelDocument;

/// Adds or changes a partner together with the academy's tie to it; for an
/// existing partner it also shows its contacts (changed on the spot, each an
/// undoable step) and its engagement history.
class PartnerEditor : public EditorDialog
{
    Q_OBJECT

public:
    PartnerEditor(WheelDocument* document, const Partner& partner, const Tie& tie,
                  QWidget* parent = nullptr);
    Partner partner() const;
    Tie tie() const;

    QLineEdit* nameField() const { return m_name; }
    QLineEdit* postcodeField() const { return m_postcode; }
    QComboBox* sectorField() const { return m_sector; }
    QComboBox* strengthField() const { return m_strength; }
    QTabWidget* tabs() const { return m_tabs; }

Q_SIGNALS:
    void addContactRequested(qint64 partnerId);
    void editContactRequested(qint64 contactId);
    void removeContactRequested(qint64 contactId);

private:
    QWidget* contactsPage();
    QWidget* historyPage();
    void refresh();
    qint64 currentContact() const;

    WheelDocument* m_document;
    Partner m_partner;
    Tie m_tie;
    QTabWidget* m_tabs;
    QLineEdit* m_name;
    QComboBox* m_sector;
    QLineEdit* m_postcode;
    QLineEdit* m_website;
    QPlainTextEdit* m_notes;
    QComboBox* m_strength;
    QComboBox* m_role;
    QComboBox* m_narrative;
    QLineEdit* m_owner;
    QLineEdit* m_sponsor;
    OptionalDateEdit* m_started;
    OptionalDateEdit* m_review;
    QComboBox* m_status;
    QPlainTextEdit* m_tieNotes;
    ContactsModel* m_contacts = nullptr;
    QTableView* m_contactsView = nullptr;
    QPushButton* m_editContact = nullptr;
    QPushButton* m_removeContact = nullptr;
    EngagementsModel* m_history = nullptr;
};

} // namespace civic::ui
