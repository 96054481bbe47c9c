#pragma once

#include "editors/EditorDialog.h"
#include "model/AcademyWheel.h"

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;

namespace civic::ui {

/// Logs or changes one dated contact with a partner.
class EngagementEditor : public EditorDialog
{
    Q_OBJECT

public:
    EngagementEditor(const Engagement& engagement, const AcademyWheel& wheel,
                     QWidget* parent = nullptr);
    Engagement engagement() const;

private:
    void fillContacts();

    Engagement m_engagement;
    const AcademyWheel& m_wheel;
    QDateEdit* m_date;
    QComboBox* m_partner;
    QComboBox* m_contact;
    QComboBox* m_kind;
    QLineEdit* m_summary;
    QPlainTextEdit* m_notes;
};

} // namespace civic::ui
