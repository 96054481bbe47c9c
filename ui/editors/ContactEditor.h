#pragma once

#include "editors/EditorDialog.h"
#include "model/Contact.h"

class QLineEdit;
class QPlainTextEdit;

namespace civic::ui {

class OptionalDateEdit;

/// Adds or changes a person at a partner (personal data: kept minimal).
class ContactEditor : public EditorDialog
{
    Q_OBJECT

public:
    explicit ContactEditor(const Contact& contact, QWidget* parent = nullptr);
    Contact contact() const;

private:
    Contact m_contact;
    QLineEdit* m_name;
    QLineEdit* m_role;
    QLineEdit* m_email;
    QLineEdit* m_phone;
    OptionalDateEdit* m_retainUntil;
    QPlainTextEdit* m_notes;
};

} // namespace civic::ui
