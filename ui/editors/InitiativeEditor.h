#pragma once

#include "editors/EditorDialog.h"
#include "model/AcademyWheel.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace civic::ui {

class OptionalDateEdit;

/// Adds or changes an initiative: its CST approach, the academy's partners
/// involved and needs addressed (picked from the academy's own), and its reach.
class InitiativeEditor : public EditorDialog
{
    Q_OBJECT

public:
    InitiativeEditor(const Initiative& initiative, const AcademyWheel& wheel,
                     QWidget* parent = nullptr);
    Initiative initiative() const;
    QLineEdit* titleField() const { return m_title; }
    QListWidget* partnerList() const { return m_partners; }
    QListWidget* needList() const { return m_needs; }

private:
    QWidget* createDetailsTab();
    /// The partners involved and needs addressed, picked from `wheel`'s own.
    QWidget* createLinksTab(const AcademyWheel& wheel);
    /// The pupils reached, of them disadvantaged and with SEND.
    QWidget* createReachTab();

    Initiative m_initiative;
    QLineEdit* m_title;
    QComboBox* m_approach;
    QLabel* m_approachHelp;
    QComboBox* m_status;
    QLineEdit* m_lead;
    OptionalDateEdit* m_started;
    OptionalDateEdit* m_ends;
    QPlainTextEdit* m_description;
    QPlainTextEdit* m_outcomes;
    QListWidget* m_partners;
    QListWidget* m_needs;
    QLineEdit* m_pupils;
    QLineEdit* m_disadvantaged;
    QLineEdit* m_send;
};

} // namespace civic::ui
