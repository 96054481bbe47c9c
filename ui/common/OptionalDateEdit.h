#pragma once

#include <QDate>
#include <QWidget>

class QDateEdit;
class QToolButton;

namespace civic::ui {

/// A date that may be left unset: a date field showing “Not set” until a
/// date is chosen, with a button to clear it again.
class OptionalDateEdit : public QWidget
{
    Q_OBJECT

public:
    explicit OptionalDateEdit(const QString& unsetText, QWidget* parent = nullptr);

    QDate date() const; ///< invalid when unset
    void setDate(const QDate& date);
    QDateEdit* dateEdit() const { return m_edit; }

Q_SIGNALS:
    void dateChanged(const QDate& date);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QDateEdit* m_edit;
    QToolButton* m_clear;
};

} // namespace civic::ui
