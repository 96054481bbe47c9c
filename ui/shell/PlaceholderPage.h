#pragma once

#include <QWidget>

namespace civic::ui {

/// A calm page standing in for a view that is not part of this build yet.
class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QString& title, const QString& text, QWidget* parent = nullptr);
};

} // namespace civic::ui
