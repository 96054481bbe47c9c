#pragma once

#include <QObject>

class QLabel;
class QStatusBar;

namespace civic::ui {

class WheelDocument;

/// The status bar's standing lines: what the academy holds (partners, needs
/// met, initiatives, engagements, reviews due) and how the file is kept.
class StatusSummary : public QObject
{
    Q_OBJECT

public:
    explicit StatusSummary(QStatusBar* bar);

    /// Sums up `document` (`reviewsDue` as the register counts them); clears for none.
    void showDocument(const WheelDocument* document, int reviewsDue);

private:
    QString countsOf(const WheelDocument& document, int reviewsDue) const;
    QString stateOf(const WheelDocument& document) const;

    QLabel* m_counts;
    QLabel* m_fileState;
};

} // namespace civic::ui
