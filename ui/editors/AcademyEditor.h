#pragma once

#include "editors/EditorDialog.h"
#include "model/Academy.h"

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace civic::ui {

/// Adds or changes an academy: URN, name, phase, local authority, postcode,
/// headteacher, pupils and the shares of disadvantaged and SEND pupils.
class AcademyEditor : public EditorDialog
{
    Q_OBJECT

public:
    /// `takenUrns` are the URNs of the file's other academies.
    AcademyEditor(const Academy& academy, const QStringList& takenUrns, QWidget* parent = nullptr);
    Academy academy() const;

    QLineEdit* urnField() const { return m_urn; }
    QLineEdit* nameField() const { return m_name; }

private:
    Academy m_academy;
    QStringList m_takenUrns;
    QLineEdit* m_urn;
    QLineEdit* m_name;
    QComboBox* m_phase;
    QLineEdit* m_localAuthority;
    QLineEdit* m_postcode;
    QLineEdit* m_headteacher;
    QLineEdit* m_pupils;
    QLineEdit* m_disadvantaged;
    QLineEdit* m_send;
    QPlainTextEdit* m_notes;
};

} // namespace civic::ui
