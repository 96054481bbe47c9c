#include "editors/InitiativeEditor.h"

#include "common/EnumCombo.h"
#include "common/Format.h"
#include "common/OptionalDateEdit.h"
#include "common/Palette.h"
#include "model/Validation.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace civic::ui {
namespace {

QListWidget* checklist(const QString& name)
{
    auto* list = new QListWidget;
    list->setAccessibleName(name);
    list->setMinimumHeight(140);
    return list;
}

void addChecked(QListWidget* list, const QString& text, qint64 id, bool checked,
                const QIcon& icon = {})
{
    auto* item = new QListWidgetItem(icon, text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QVector<qint64> checkedIds(const QListWidget* list)
{
    QVector<qint64> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.append(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace

InitiativeEditor::InitiativeEditor(const Initiative& initiative, const AcademyWheel& wheel,
                                   QWidget* parent)
    : EditorDialog(initiative.id ? tr("Change initiative") : tr("Add an initiative"), parent)
    , m_initiative(initiative)
    , m_title(new QLineEdit(initiative.title))
    , m_approach(new QComboBox)
    , m_approachHelp(new QLabel)
    , m_status(new QComboBox)
    , m_lead(new QLineEdit(initiative.staffLead))
    , m_started(new OptionalDateEdit(tr("Not set")))
    , m_ends(new OptionalDateEdit(tr("Ongoing")))
    , m_description(new QPlainTextEdit(initiative.description))
    , m_outcomes(new QPlainTextEdit(initiative.outcomes))
    , m_partners(checklist(tr("Partners involved")))
    , m_needs(checklist(tr("Needs addressed")))
    , m_pupils(new QLineEdit(QString::number(initiative.pupilsReached)))
    , m_disadvantaged(new QLineEdit(QString::number(initiative.disadvantagedReached)))
    , m_send(new QLineEdit(QString::number(initiative.sendReached)))
{
    for (Approach approach : allValues<Approach>()) {
        m_approach->addItem(Format::swatch(Palette::approach(approach)), displayName(approach),
                            codeOf(approach));
        if (approach == initiative.approach)
            m_approach->setCurrentIndex(m_approach->count() - 1);
    }
    m_approachHelp->setWordWrap(true);
    auto showHelp = [this] {
        m_approachHelp->setText(
            approachDescription(enumFromCombo(m_approach, Approach::WiderEducation)));
    };
    connect(m_approach, &QComboBox::currentIndexChanged, this, showHelp);
    showHelp();
    fillEnumCombo(m_status, initiative.status);
    m_started->setDate(initiative.started);
    m_ends->setDate(initiative.ends);
    m_description->setMaximumHeight(70);
    m_outcomes->setMaximumHeight(70);
    for (const Partner& partner : wheel.partners)
        addChecked(m_partners, partner.name, partner.id, initiative.partnerIds.contains(partner.id),
                   Format::swatch(Palette::sector(partner.sector, true)));
    for (const Need& need : wheel.needs)
        addChecked(m_needs, need.title, need.id, initiative.needIds.contains(need.id));

    auto* tabs = new QTabWidget;
    tabs->addTab(createDetailsTab(), tr("Details"));
    tabs->addTab(createLinksTab(wheel), tr("Partners && needs"));
    tabs->addTab(createReachTab(), tr("Reach"));
    tabs->setAccessibleName(tr("Initiative details"));
    setContent(tabs);
    resize(720, 560);
}

QWidget* InitiativeEditor::createDetailsTab()
{
    auto* details = new QWidget;
    QFormLayout* form = newForm(details);
    addField(form, tr("&Initiative:"), m_title,
             [this] { return Validation::requiredText(m_title->text(), tr("A title")); });
    addField(form, tr("&Approach:"), m_approach);
    form->addRow(QString(), m_approachHelp);
    addField(form, tr("&Status:"), m_status);
    addField(form, tr("Staff &lead:"), m_lead);
    addField(form, tr("Sta&rted:"), m_started);
    addField(form, tr("&Ends:"), m_ends, [this] {
        return Validation::dateOrder(m_started->date(), m_ends->date(), tr("the start"),
                                     tr("The end"));
    });
    addField(form, tr("&Description:"), m_description);
    addField(form, tr("&Outcomes:"), m_outcomes);
    return details;
}

QWidget* InitiativeEditor::createLinksTab(const AcademyWheel& wheel)
{
    auto* links = new QWidget;
    auto* linksLayout = new QVBoxLayout(links);
    auto* partnersLabel = new QLabel(tr("&Partners involved (from this academy's partners):"));
    partnersLabel->setBuddy(m_partners);
    linksLayout->addWidget(partnersLabel);
    linksLayout->addWidget(m_partners);
    auto* needsLabel = new QLabel(tr("&Needs addressed (from this academy's needs):"));
    needsLabel->setBuddy(m_needs);
    linksLayout->addWidget(needsLabel);
    linksLayout->addWidget(m_needs);
    if (wheel.partners.isEmpty())
        m_partners->addItem(tr("No partners yet: add them in the Partners register."));
    if (wheel.needs.isEmpty())
        m_needs->addItem(tr("No needs yet: record them in the Needs register."));
    return links;
}

QWidget* InitiativeEditor::createReachTab()
{
    auto* reach = new QWidget;
    QFormLayout* reachForm = newForm(reach);
    auto* litmus = new QLabel(
        tr("How many pupils the initiative reached, and how many of them are disadvantaged "
           "or have SEND: the trust's litmus test."));
    litmus->setWordWrap(true);
    reachForm->addRow(litmus);
    addField(reachForm, tr("&Pupils reached:"), m_pupils,
             [this] { return checkCount(m_pupils, false); });
    addField(reachForm, tr("Disad&vantaged:"), m_disadvantaged, [this] {
        QString problem = checkCount(m_disadvantaged, false);
        if (problem.isEmpty() && wholeNumber(m_pupils) &&
            *wholeNumber(m_disadvantaged) > *wholeNumber(m_pupils))
            problem = tr("This cannot be more than the pupils reached.");
        return problem;
    });
    addField(reachForm, tr("With SE&ND:"), m_send, [this] {
        QString problem = checkCount(m_send, false);
        if (problem.isEmpty() && wholeNumber(m_pupils) &&
            *wholeNumber(m_send) > *wholeNumber(m_pupils))
            problem = tr("This cannot be more than the pupils reached.");
        return problem;
    });
    // The pupil total bounds the other two: recheck them when it changes.
    connect(m_pupils, &QLineEdit::textEdited, this, [this] { revalidate(); });
    return reach;
}

Initiative InitiativeEditor::initiative() const
{
    Initiative i = m_initiative;
    i.title = m_title->text().trimmed();
    i.approach = enumFromCombo(m_approach, Approach::WiderEducation);
    i.status = enumFromCombo(m_status, InitiativeStatus::Planned);
    i.staffLead = m_lead->text().trimmed();
    i.started = m_started->date();
    i.ends = m_ends->date();
    i.description = m_description->toPlainText().trimmed();
    i.outcomes = m_outcomes->toPlainText().trimmed();
    i.partnerIds = checkedIds(m_partners);
    i.needIds = checkedIds(m_needs);
    i.pupilsReached = wholeNumber(m_pupils).value_or(0);
    i.disadvantagedReached = wholeNumber(m_disadvantaged).value_or(0);
    i.sendReached = wholeNumber(m_send).value_or(0);
    return i;
}

} // namespace civic::ui
