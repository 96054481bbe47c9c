#pragma once

#include "editors/EditorDialog.h"
#include "model/Need.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace civic::ui {

class OptionalDateEdit;

/// Adds or changes one of the community's or pupils' needs.
class NeedEditor : public EditorDialog
{
    Q_OBJECT

public:
    explicit NeedEditor(const Need& need, QWidget* parent = nullptr);
    Need need() const;
    QLineEdit* titleField() const { return m_title; }

private:
    Need m_need;
    QLineEdit* m_title;
    QComboBox* m_category;
    QComboBox* m_severity;
    QPlainTextEdit* m_evidence;
    QCheckBox* m_disadvantaged;
    QCheckBox* m_send;
    QCheckBox* m_consulted;
    QComboBox* m_status;
    OptionalDateEdit* m_identified;
    QPlainTextEdit* m_notes;
};

} // namespace civic::ui
