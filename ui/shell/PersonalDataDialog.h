#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace civic::ui {

class WheelDocument;

/// Edit › Personal Data: what UK GDPR asks of a school holding contacts.
/// Contacts past their retention date (tick and erase them), and for one
/// person: everything held about them (subject access) or erasure. Erasure
/// cannot be undone, so it clears the undo history, which could otherwise
/// bring the person's details back.
class PersonalDataDialog : public QDialog
{
    Q_OBJECT

public:
    PersonalDataDialog(WheelDocument* document, QWidget* parent = nullptr);

    /// Refills the retention list from the file.
    void refresh();
    QListWidget* retentionList() const { return m_expired; }

    /// Erases the contacts with these ids after asking; true when done.
    bool erase(const QVector<qint64>& ids, const QString& who);

private:
    void eraseTicked();
    void exportPerson();
    void erasePerson();

    WheelDocument* m_document;
    QListWidget* m_expired = nullptr;
    QLabel* m_expiredNote = nullptr;
    QPushButton* m_eraseTicked = nullptr;
    QLineEdit* m_email = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace civic::ui
