#include "editors/EditorDialog.h"

#include "common/OptionalDateEdit.h"
#include "common/Palette.h"
#include "model/Validation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace civic::ui {

EditorDialog::EditorDialog(const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(title);
    setAccessibleName(title);
    m_save = m_buttons->button(QDialogButtonBox::Save);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &EditorDialog::reject);
}

void EditorDialog::setContent(QWidget* content)
{
    m_content = content;
    auto* layout = static_cast<QVBoxLayout*>(this->layout());
    layout->insertWidget(0, content, 1);
    delete layout->takeAt(1); // the placeholder stretch
}

QFormLayout* EditorDialog::newForm(QWidget* page)
{
    auto* form = new QFormLayout(page);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    return form;
}

void EditorDialog::addField(QFormLayout* form, const QString& label, QWidget* field,
                            std::function<QString()> check)
{
    auto* box = new QWidget;
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    auto* error = new QLabel(box);
    error->setWordWrap(true);
    error->setVisible(false);
    error->setObjectName(QStringLiteral("fieldError"));
    layout->addWidget(error);
    // Rows stay as tall as their field: a notes box does not float in spare space.
    box->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);

    auto* labelWidget = new QLabel(label);
    labelWidget->setBuddy(field);
    form->addRow(labelWidget, box);
    QString plain = label;
    plain.remove(QLatin1Char('&'));
    if (plain.endsWith(QLatin1Char(':')))
        plain.chop(1);
    field->setAccessibleName(plain);
    m_fields.append({field, error, std::move(check)});
    watch(field);
    revalidate();
}

void EditorDialog::watch(QWidget* field)
{
    auto changed = [this, field] {
        touch(field);
    };
    if (auto* edit = qobject_cast<QLineEdit*>(field))
        connect(edit, &QLineEdit::textEdited, this, changed);
    else if (auto* text = qobject_cast<QPlainTextEdit*>(field))
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    else if (auto* combo = qobject_cast<QComboBox*>(field))
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    else if (auto* date = qobject_cast<OptionalDateEdit*>(field))
        connect(date, &OptionalDateEdit::dateChanged, this, changed);
    else if (auto* dateEdit = qobject_cast<QDateEdit*>(field))
        connect(dateEdit, &QDateEdit::dateChanged, this, changed);
    else if (auto* check = qobject_cast<QCheckBox*>(field))
        connect(check, &QCheckBox::toggled, this, changed);
    else if (auto* spin = qobject_cast<QSpinBox*>(field))
        connect(spin, &QSpinBox::valueChanged, this, changed);
}

void EditorDialog::touch(QWidget* field)
{
    for (Field& f : m_fields) {
        if (f.widget == field)
            f.touched = true;
    }
    revalidate();
}

void EditorDialog::revalidate()
{
    bool valid = true;
    for (Field& f : m_fields) {
        const QString message = f.check ? f.check() : QString();
        valid = valid && message.isEmpty();
        // Untouched fields get a quiet hint; a field the user has worked on a clear warning.
        const QColor colour = f.touched ? Palette::unmet().darker(120) : Palette::muted();
        f.error->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
        f.error->setText(message);
        f.error->setVisible(!message.isEmpty());
        f.widget->setAccessibleDescription(message);
        f.widget->setToolTip(message);
    }
    m_save->setEnabled(valid && !m_readOnly);
}

bool EditorDialog::isValid() const
{
    return std::all_of(m_fields.cbegin(), m_fields.cend(),
                       [](const Field& f) { return !f.check || f.check().isEmpty(); });
}

QString EditorDialog::errorFor(const QWidget* field) const
{
    for (const Field& f : m_fields) {
        if (f.widget == field)
            return f.check ? f.check() : QString();
    }
    return {};
}

void EditorDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_save->setVisible(!readOnly);
    m_buttons->button(QDialogButtonBox::Cancel)->setText(readOnly ? tr("Close") : tr("Cancel"));
    if (readOnly)
        setWindowTitle(tr("%1 (read-only)").arg(windowTitle()));
    revalidate();
}

void EditorDialog::accept()
{
    if (m_readOnly)
        return;
    for (Field& f : m_fields)
        f.touched = true;
    revalidate();
    if (!isValid())
        return; // stay open: the messages say what to put right
    QDialog::accept();
}

std::optional<int> EditorDialog::wholeNumber(const QLineEdit* field)
{
    bool ok = false;
    const int value = field->text().trimmed().toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

std::optional<double> EditorDialog::decimalNumber(const QLineEdit* field)
{
    QString text = field->text().trimmed();
    if (text.endsWith(QLatin1Char('%')))
        text.chop(1);
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(value) : std::nullopt;
}

QString EditorDialog::checkCount(const QLineEdit* field, bool optional)
{
    if (field->text().trimmed().isEmpty())
        return optional ? QString() : tr("Enter a number (0 if none).");
    const auto value = wholeNumber(field);
    if (!value)
        return tr("Enter a whole number, for example 120.");
    return Validation::count(*value);
}

QString EditorDialog::checkPercentage(const QLineEdit* field)
{
    if (field->text().trimmed().isEmpty())
        return {};
    const auto value = decimalNumber(field);
    if (!value)
        return tr("Enter a percentage as a number, for example 23.5.");
    return Validation::percentage(*value);
}

} // namespace civic::ui
