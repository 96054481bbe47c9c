#include "shell/PlaceholderPage.h"

#include "common/Palette.h"

#include <QLabel>
#include <QVBoxLayout>

namespace civic::ui {

PlaceholderPage::PlaceholderPage(const QString& title, const QString& text, QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(title);
    auto* heading = new QLabel(title);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    heading->setAlignment(Qt::AlignCenter);
    auto* body = new QLabel(text);
    body->setWordWrap(true);
    body->setAlignment(Qt::AlignCenter);
    body->setStyleSheet(QStringLiteral("color: %1;").arg(Palette::muted().name()));
    heading->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    body->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(heading);
    layout->addWidget(body);
    layout->addStretch(2);
}

} // namespace civic::ui
