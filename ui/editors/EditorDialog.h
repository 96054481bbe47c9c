#pragma once

#include <QDialog>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace civic::ui {

/// The common frame of every editor: a form whose fields each carry a check;
/// what is wrong is written under the field, and Save stays disabled until
/// everything is right.
class EditorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit EditorDialog(const QString& title, QWidget* parent = nullptr);

    /// Whether every field passes its check.
    bool isValid() const;
    QPushButton* saveButton() const { return m_save; }
    /// The message shown under `field`, empty when it is fine.
    QString errorFor(const QWidget* field) const;

    void accept() override;
    /// Shows the record without letting it be saved (a read-only file).
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }

    // Helpers for number fields typed as text, so a wrong entry can be explained.
    static std::optional<int> wholeNumber(const QLineEdit* field);
    static std::optional<double> decimalNumber(const QLineEdit* field);
    static QString checkCount(const QLineEdit* field, bool optional);
    static QString checkPercentage(const QLineEdit* field);

protected:
    /// Puts `form` (with its fields) or any other content into the dialog.
    void setContent(QWidget* content);
    /// A new form page for setContent() or a tab.
    QFormLayout* newForm(QWidget* page);
    /// Adds `field` to `form` under `label`, with `check` run on every change.
    void addField(QFormLayout* form, const QString& label, QWidget* field,
                  std::function<QString()> check = {});
    /// Runs every check; call after changing fields from code.
    void revalidate();

private:
    struct Field
    {
        QWidget* widget;
        QLabel* error;
        std::function<QString()> check;
        bool touched = false;
    };
    void watch(QWidget* field);
    void touch(QWidget* field);

    QVector<Field> m_fields;
    QWidget* m_content = nullptr;
    QDialogButtonBox* m_buttons;
    QPushButton* m_save;
    bool m_readOnly = false;
};

} // namespace civic::ui
