#include "editors/AcademyEditor.h"

#include "model/Validation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace civic::ui {

AcademyEditor::AcademyEditor(const Academy& academy, const QStringList& takenUrns, QWidget* parent)
    : EditorDialog(academy.id ? tr("Academy details") : tr("Add an academy"), parent)
    , m_academy(academy)
    , m_takenUrns(takenUrns)
    , m_urn(new QLineEdit(academy.urn))
    , m_name(new QLineEdit(academy.name))
    , m_phase(new QComboBox)
    , m_localAuthority(new QLineEdit(academy.localAuthority))
    , m_postcode(new QLineEdit(academy.postcode))
    , m_headteacher(new QLineEdit(academy.headteacher))
    , m_pupils(
          new QLineEdit(academy.pupilsOnRoll ? QString::number(*academy.pupilsOnRoll) : QString()))
    , m_disadvantaged(new QLineEdit(academy.percentDisadvantaged
                                        ? QString::number(*academy.percentDisadvantaged)
                                        : QString()))
    , m_send(new QLineEdit(academy.percentSend ? QString::number(*academy.percentSend) : QString()))
    , m_notes(new QPlainTextEdit(academy.notes))
{
    m_urn->setPlaceholderText(tr("six digits, from Get Information about Schools"));
    m_urn->setMaxLength(6);
    m_phase->setEditable(true);
    m_phase->addItems({tr("Nursery"), tr("Primary"), tr("Middle deemed primary"),
                       tr("Middle deemed secondary"), tr("Secondary"), tr("All-through"),
                       tr("16 plus"), tr("Special"), tr("Alternative provision")});
    m_phase->setCurrentText(academy.phase);
    m_postcode->setPlaceholderText(tr("for example MB1 3PF"));
    m_pupils->setPlaceholderText(tr("leave blank if not known"));
    m_disadvantaged->setPlaceholderText(tr("0–100, pupil premium / FSM"));
    m_send->setPlaceholderText(tr("0–100"));
    m_notes->setMaximumHeight(70);

    auto* page = new QWidget;
    QFormLayout* form = newForm(page);
    addField(form, tr("&URN:"), m_urn, [this] {
        const QString problem = Validation::urn(m_urn->text());
        if (!problem.isEmpty())
            return problem;
        if (m_takenUrns.contains(m_urn->text().trimmed()))
            return tr("Another academy in this file already has URN %1.")
                .arg(m_urn->text().trimmed());
        return QString();
    });
    addField(form, tr("&Name:"), m_name,
             [this] { return Validation::requiredText(m_name->text(), tr("The academy's name")); });
    addField(form, tr("&Phase:"), m_phase);
    addField(form, tr("&Local authority:"), m_localAuthority);
    addField(form, tr("P&ostcode:"), m_postcode,
             [this] { return Validation::postcode(m_postcode->text()); });
    addField(form, tr("&Headteacher:"), m_headteacher);
    addField(form, tr("Pupils on &roll:"), m_pupils, [this] { return checkCount(m_pupils, true); });
    addField(form, tr("% &disadvantaged:"), m_disadvantaged,
             [this] { return checkPercentage(m_disadvantaged); });
    addField(form, tr("% &SEND:"), m_send, [this] { return checkPercentage(m_send); });
    addField(form, tr("No&tes:"), m_notes);
    setContent(page);
    resize(520, sizeHint().height());
}

Academy AcademyEditor::academy() const
{
    Academy a = m_academy;
    a.urn = m_urn->text().trimmed();
    a.name = m_name->text().trimmed();
    a.phase = m_phase->currentText().trimmed();
    a.localAuthority = m_localAuthority->text().trimmed();
    a.postcode = Validation::normalisedPostcode(m_postcode->text());
    a.headteacher = m_headteacher->text().trimmed();
    a.pupilsOnRoll = m_pupils->text().trimmed().isEmpty() ? std::nullopt : wholeNumber(m_pupils);
    a.percentDisadvantaged =
        m_disadvantaged->text().trimmed().isEmpty() ? std::nullopt : decimalNumber(m_disadvantaged);
    a.percentSend = m_send->text().trimmed().isEmpty() ? std::nullopt : decimalNumber(m_send);
    a.notes = m_notes->toPlainText().trimmed();
    return a;
}

} // namespace civic::ui
