#pragma once

#include <QDialog>

namespace civic::ui {

/// Help › About: the version, what Civic Wheel is for, its licence and the
/// libraries it is built with and their licences.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// The libraries, one per line: "Qt 6.4.2 (LGPL-3.0-only)".
    static QStringList libraries();
};

} // namespace civic::ui
