#include "editors/NeedEditor.h"

#include "common/EnumCombo.h"
#include "common/OptionalDateEdit.h"
#include "model/Validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace civic::ui {

NeedEditor::NeedEditor(const Need& need, QWidget* parent)
    : EditorDialog(need.id ? tr("Change need") : tr("Add a need"), parent)
    , m_need(need)
    , m_title(new QLineEdit(need.title))
    , m_category(new QComboBox)
    , m_severity(new QComboBox)
    , m_evidence(new QPlainTextEdit(need.evidence))
    , m_disadvantaged(new QCheckBox(tr("Bears on disadvantaged pupils")))
    , m_send(new QCheckBox(tr("Bears on pupils with SEND")))
    , m_consulted(new QCheckBox(tr("The people affected were asked")))
    , m_status(new QComboBox)
    , m_identified(new OptionalDateEdit(tr("Not set")))
    , m_notes(new QPlainTextEdit(need.notes))
{
    fillEnumCombo(m_category, need.category);
    const QStringList severities{tr("1 – low"), tr("2 – moderate"), tr("3 – significant"),
                                 tr("4 – high"), tr("5 – critical")};
    for (int s = 1; s <= 5; ++s)
        m_severity->addItem(severities.at(s - 1), s);
    m_severity->setCurrentIndex(qBound(1, need.severity, 5) - 1);
    m_disadvantaged->setChecked(need.affectsDisadvantaged);
    m_send->setChecked(need.affectsSend);
    m_consulted->setChecked(need.consulted);
    fillEnumCombo(m_status, need.status);
    m_identified->setDate(need.identified);
    m_evidence->setPlaceholderText(
        tr("Where you learnt of it: a survey, the local authority's data, parents…"));
    m_evidence->setMaximumHeight(70);
    m_notes->setMaximumHeight(60);

    auto* page = new QWidget;
    QFormLayout* form = newForm(page);
    addField(form, tr("&Need:"), m_title,
             [this] { return Validation::requiredText(m_title->text(), tr("A short title")); });
    addField(form, tr("&Category:"), m_category);
    addField(form, tr("Se&verity:"), m_severity);
    addField(form, tr("&Evidence:"), m_evidence);
    addField(form, tr("&Pupils:"), m_disadvantaged);
    addField(form, QString(), m_send);
    addField(form, tr("Cons&ulted:"), m_consulted);
    addField(form, tr("&Status:"), m_status);
    addField(form, tr("&Identified on:"), m_identified);
    addField(form, tr("No&tes:"), m_notes);
    m_send->setAccessibleName(m_send->text());
    m_disadvantaged->setAccessibleName(m_disadvantaged->text());
    setContent(page);
    resize(520, sizeHint().height());
}

Need NeedEditor::need() const
{
    Need n = m_need;
    n.title = m_title->text().trimmed();
    n.category = enumFromCombo(m_category, NeedCategory::Other);
    n.severity = m_severity->currentData().toInt();
    n.evidence = m_evidence->toPlainText().trimmed();
    n.affectsDisadvantaged = m_disadvantaged->isChecked();
    n.affectsSend = m_send->isChecked();
    n.consulted = m_consulted->isChecked();
    n.status = enumFromCombo(m_status, NeedStatus::Open);
    n.identified = m_identified->date();
    n.notes = m_notes->toPlainText().trimmed();
    return n;
}

} // namespace civic::ui
