#include "shell/StorageWarningBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace civic::ui {

StorageWarningBanner::StorageWarningBanner(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_move(new QPushButton(tr("Move the file…"), this))
    , m_keep(new QPushButton(tr("Keep it here"), this))
{
    setObjectName(QStringLiteral("storageWarningBanner"));
    setFrameShape(QFrame::StyledPanel);
    // Amber, like other "take care" bars; dark text keeps it readable.
    setStyleSheet(
        QStringLiteral("#storageWarningBanner { background: #fff4d6; border: 1px solid #e0b34a; "
                       "border-radius: 4px; } #storageWarningBanner QLabel { color: #3d2e00; }"));
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                          .pixmap(iconSize, iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_move->setDefault(true);
    m_move->setObjectName(QStringLiteral("moveButton"));
    m_keep->setObjectName(QStringLiteral("keepButton"));

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(m_move);
    buttons->addWidget(m_keep);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);

    connect(m_move, &QPushButton::clicked, this, &StorageWarningBanner::moveRequested);
    connect(m_keep, &QPushButton::clicked, this, [this] {
        hide();
        Q_EMIT dismissed();
    });
    hide();
}

void StorageWarningBanner::setLocation(const StorageLocation& location)
{
    m_text->setText(location.warning());
    setVisible(location.isRisky());
}

void StorageWarningBanner::inspect(const QString& path)
{
    setLocation(StorageLocation::inspect(path));
}

QString StorageWarningBanner::text() const
{
    return m_text->text();
}

} // namespace civic::ui
