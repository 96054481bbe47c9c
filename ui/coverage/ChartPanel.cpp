#include "coverage/ChartPanel.h"

#include "common/Palette.h"

#include <QAction>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QSaveFile>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace civic::ui {

ChartPanel::ChartPanel(const QString& title, const QString& fileStem, QWidget* parent)
    : QWidget(parent)
    , m_fileStem(fileStem)
{
    m_title = new QLabel(title, this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    m_save = new QToolButton(this);
    m_save->setText(tr("Save as PNG…"));
    m_save->setToolTip(tr("Save this chart as a picture"));
    m_save->setAutoRaise(true);
    connect(m_save, &QToolButton::clicked, this, &ChartPanel::saveAs);

    m_chart = new QChart;
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->setBackgroundBrush(Palette::paper());
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->legend()->setLabelColor(Palette::ink());
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(260);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* saveAction = new QAction(tr("Save chart as PNG…"), m_view);
    connect(saveAction, &QAction::triggered, this, &ChartPanel::saveAs);
    m_view->addAction(saveAction);

    m_guidance = new QLabel(this);
    m_guidance->setWordWrap(true);
    m_guidance->setAlignment(Qt::AlignCenter);
    m_guidance->setMargin(16);
    m_guidance->setMinimumHeight(120);
    QPalette pal = m_guidance->palette();
    pal.setColor(QPalette::WindowText, Palette::muted());
    m_guidance->setPalette(pal);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_guidance);

    auto* header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_title, 1);
    header->addWidget(m_save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_stack, 1);
}

void ChartPanel::setTitle(const QString& title)
{
    m_title->setText(title);
}

void ChartPanel::showGuidance(const QString& text)
{
    m_guidance->setText(text);
    m_stack->setCurrentWidget(m_guidance);
    m_save->setEnabled(false);
}

void ChartPanel::showChart()
{
    m_stack->setCurrentWidget(m_view);
    m_save->setEnabled(true);
}

bool ChartPanel::isChartShown() const
{
    return m_stack->currentWidget() == m_view;
}

QImage ChartPanel::image() const
{
    // A hidden panel (another tab) has no useful size: draw at a sensible one.
    QSize size = m_view->size();
    if (!m_view->isVisible() || size.width() < 200 || size.height() < 150)
        size = QSize(800, 500).expandedTo(m_view->minimumSize());
    // The picture carries its title: it will be seen away from the window.
    constexpr int scale = 2;
    QFont titleFont(QStringLiteral("DejaVu Sans"));
    titleFont.setPointSizeF(11 * scale);
    titleFont.setBold(true);
    const int titleHeight = QFontMetrics(titleFont).height() * 2;
    QImage image(size.width() * scale, size.height() * scale + titleHeight,
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Palette::paper());
    const QSize oldSize = m_view->size();
    auto* view = const_cast<QChartView*>(m_view);
    if (oldSize != size)
        view->resize(size);
    {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.setFont(titleFont);
        painter.setPen(Palette::ink());
        painter.drawText(QRect(12 * scale, 0, image.width() - 24 * scale, titleHeight),
                         Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, m_title->text());
        // QGraphicsView scales the scene into the target: text and lines are
        // drawn at full resolution, not magnified pixels.
        view->render(&painter, QRectF(0, titleHeight, size.width() * scale, size.height() * scale),
                     QRect(QPoint(0, 0), size));
    }
    if (oldSize != size)
        view->resize(oldSize);
    return image;
}

Status ChartPanel::exportPng(const QString& path) const
{
    const QString shown = QDir::toNativeSeparators(path);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            tr("Civic Wheel could not write the picture “%1”. Choose a folder you can write to.")
                .arg(shown),
            file.errorString()};
    if (!image().save(&file, "PNG")) {
        file.cancelWriting();
        return Error{
            tr("Civic Wheel could not write the picture “%1”; the disk may be full.").arg(shown),
            file.errorString()};
    }
    if (!file.commit())
        return Error{
            tr("Civic Wheel could not finish writing the picture “%1”; the disk may be full.")
                .arg(shown),
            file.errorString()};
    return {};
}

void ChartPanel::saveAs()
{
    if (!isChartShown())
        return;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    QString path = QFileDialog::getSaveFileName(this, tr("Save chart as PNG"),
                                                folder + QLatin1Char('/') + m_fileStem +
                                                    QStringLiteral(".png"),
                                                tr("PNG pictures (*.png)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    if (auto saved = exportPng(path); !saved)
        QMessageBox::warning(this, tr("Chart not saved"), saved.error().fullText());
}

} // namespace civic::ui
