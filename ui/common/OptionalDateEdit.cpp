#include "common/OptionalDateEdit.h"

#include <QCalendarWidget>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QToolButton>

namespace civic::ui {
namespace {
const QDate kUnset(1900, 1, 1);
}

OptionalDateEdit::OptionalDateEdit(const QString& unsetText, QWidget* parent)
    : QWidget(parent)
    , m_edit(new QDateEdit(this))
    , m_clear(new QToolButton(this))
{
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_edit->setMinimumDate(kUnset);
    m_edit->setSpecialValueText(unsetText);
    m_edit->setDate(kUnset);
    m_edit->calendarWidget()->installEventFilter(this);
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Leave this date unset"));
    m_clear->setAccessibleName(tr("Clear the date"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_clear);
    setFocusProxy(m_edit);
    connect(m_clear, &QToolButton::clicked, this, [this] { setDate({}); });
    connect(m_edit, &QDateEdit::dateChanged, this, [this](QDate date) {
        // Stepping away from “not set” with the keyboard starts from today, not 1900.
        if (date != kUnset && date.year() < 1950) {
            m_edit->setDate(QDate::currentDate());
            return;
        }
        m_clear->setEnabled(date != kUnset);
        Q_EMIT dateChanged(this->date());
    });
    m_clear->setEnabled(false);
}

QDate OptionalDateEdit::date() const
{
    return m_edit->date() == kUnset ? QDate() : m_edit->date();
}

void OptionalDateEdit::setDate(const QDate& date)
{
    m_edit->setDate(date.isValid() ? date : kUnset);
}

bool OptionalDateEdit::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_edit->calendarWidget() && event->type() == QEvent::Show &&
        m_edit->date() == kUnset) {
        const QDate today = QDate::currentDate();
        m_edit->calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace civic::ui
