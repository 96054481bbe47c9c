#pragma once

#include "store/StorageLocation.h"

#include <QFrame>

class QLabel;
class QPushButton;

namespace civic::ui {

/// A bar across the top of the window warning that the wheel file sits in a
/// cloud-sync folder or on a network drive, with a button to move it. Hidden
/// while the location is local. The main window calls setLocation() after
/// opening a file and moves the file when moveRequested() is emitted.
class StorageWarningBanner : public QFrame
{
    Q_OBJECT

public:
    explicit StorageWarningBanner(QWidget* parent = nullptr);

    /// Shows the warning for `location`, or hides the banner when it is local.
    void setLocation(const StorageLocation& location);
    /// Convenience: StorageLocation::inspect(path), then setLocation().
    void inspect(const QString& path);

    QString text() const;

Q_SIGNALS:
    /// "Move the file…" was pressed.
    void moveRequested();
    /// "Keep it here" was pressed; the banner has hidden itself.
    void dismissed();

private:
    QLabel* m_icon = nullptr;
    QLabel* m_text = nullptr;
    QPushButton* m_move = nullptr;
    QPushButton* m_keep = nullptr;
};

} // namespace civic::ui
