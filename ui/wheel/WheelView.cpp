#include "wheel/WheelView.h"

#include "wheel/WheelCanvas.h"
#include "wheel/WheelExport.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

namespace civic::ui {
namespace {

constexpr int KindRole = Qt::UserRole;
constexpr int IdRole = Qt::UserRole + 1;
enum HighlightKind
{
    NoHighlight,
    InitiativeHighlight,
    NeedHighlight
};

QComboBox* combo(QWidget* parent, const QString& accessibleName)
{
    auto* box = new QComboBox(parent);
    box->setAccessibleName(accessibleName);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

template <typename E>
void fill(QComboBox* box, const QString& all)
{
    box->addItem(all);
    for (E value : allValues<E>())
        box->addItem(displayName(value), int(value));
}

template <typename E>
std::optional<E> chosen(const QComboBox* box)
{
    const QVariant data = box->currentData();
    if (!data.isValid())
        return std::nullopt;
    return E(data.toInt());
}

template <typename E>
void choose(QComboBox* box, std::optional<E> value)
{
    box->setCurrentIndex(value ? box->findData(int(*value)) : 0);
}

} // namespace

WheelView::WheelView(QWidget* parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Community wheel view"));
    m_canvas = new WheelCanvas(this);

    m_approach = combo(this, tr("Show partners of approach"));
    fill<Approach>(m_approach, tr("All approaches"));
    m_sector = combo(this, tr("Show sector"));
    fill<Sector>(m_sector, tr("All sectors"));
    m_status = combo(this, tr("Show ties with status"));
    fill<TieStatus>(m_status, tr("All statuses"));
    m_highlight = combo(this, tr("Highlight the partners of"));
    // Need and initiative titles are long: the box keeps a steady width and
    // only its list opens wide enough to read them.
    m_highlight->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_highlight->setMinimumContentsLength(24);
    m_needs = new QCheckBox(tr("&Needs ring"), this);
    m_needs->setChecked(true);
    m_needs->setToolTip(tr("Show the academy's needs around the wheel, met or not yet met"));

    auto button = [this](const QString& text, const QString& tip, const QKeySequence& keys = {}) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(keys.isEmpty() ? tip
                                     : tip + QStringLiteral(" (%1)").arg(
                                                 keys.toString(QKeySequence::NativeText)));
        b->setAccessibleName(tip);
        b->setAutoRaise(true);
        return b;
    };
    QToolButton* zoomOutButton =
        button(QStringLiteral("−"), tr("Zoom out"), QKeySequence(Qt::Key_Minus));
    QToolButton* zoomInButton =
        button(QStringLiteral("+"), tr("Zoom in"), QKeySequence(Qt::Key_Plus));
    QToolButton* fitButton =
        button(tr("&Fit"), tr("Fit the wheel to the window"), QKeySequence(Qt::Key_0));
    m_export = button(tr("&Export…"), tr("Save the wheel as a PNG picture or SVG drawing"));

    auto* controls = new QHBoxLayout;
    controls->setContentsMargins(0, 0, 0, 0);
    auto labelled = [&](const QString& text, QWidget* widget) {
        auto* label = new QLabel(text, this);
        label->setBuddy(widget);
        controls->addWidget(label);
        controls->addWidget(widget);
    };
    labelled(tr("&Approach:"), m_approach);
    labelled(tr("&Sector:"), m_sector);
    labelled(tr("S&tatus:"), m_status);
    labelled(tr("&Highlight:"), m_highlight);
    controls->addWidget(m_needs);
    controls->addStretch(1);
    controls->addWidget(zoomOutButton);
    controls->addWidget(zoomInButton);
    controls->addWidget(fitButton);
    controls->addWidget(m_export);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(controls);
    layout->addWidget(m_canvas, 1);
    setFocusProxy(m_canvas);
    rebuildHighlightChoices();

    for (QComboBox* box : {m_approach, m_sector, m_status, m_highlight})
        connect(box, &QComboBox::currentIndexChanged, this, &WheelView::applyControls);
    connect(m_needs, &QCheckBox::toggled, this, &WheelView::applyControls);
    connect(zoomInButton, &QToolButton::clicked, this, &WheelView::zoomIn);
    connect(zoomOutButton, &QToolButton::clicked, this, &WheelView::zoomOut);
    connect(fitButton, &QToolButton::clicked, this, &WheelView::fitToWindow);
    connect(m_export, &QToolButton::clicked, this, &WheelView::exportPicture);
    connect(m_canvas, &WheelCanvas::partnerSelected, this, &WheelView::partnerSelected);
    connect(m_canvas, &WheelCanvas::partnerActivated, this, &WheelView::partnerActivated);
}

void WheelView::setWheel(const AcademyWheel& wheel)
{
    m_canvas->setWheel(wheel);
    rebuildHighlightChoices();
}

void WheelView::clearWheel(const QString& guidance)
{
    m_canvas->clearWheel(guidance);
    rebuildHighlightChoices();
}

qint64 WheelView::selectedPartner() const
{
    return m_canvas->selectedPartner();
}
const WheelLayout::Result& WheelView::layout() const
{
    return m_canvas->layout();
}
WheelLayout::Options WheelView::options() const
{
    return m_canvas->options();
}

void WheelView::selectPartner(qint64 partnerId)
{
    m_canvas->selectPartner(partnerId);
}
void WheelView::zoomIn()
{
    m_canvas->zoomIn();
}
void WheelView::zoomOut()
{
    m_canvas->zoomOut();
}
void WheelView::fitToWindow()
{
    m_canvas->fitToWindow();
}

void WheelView::setApproachFilter(std::optional<Approach> approach)
{
    choose(m_approach, approach);
}
void WheelView::setSectorFilter(std::optional<Sector> sector)
{
    choose(m_sector, sector);
}
void WheelView::setStatusFilter(std::optional<TieStatus> status)
{
    choose(m_status, status);
}
void WheelView::setNeedsRingShown(bool shown)
{
    m_needs->setChecked(shown);
}

void WheelView::highlightInitiative(qint64 initiativeId)
{
    for (int i = 0; i < m_highlight->count(); ++i) {
        if (m_highlight->itemData(i, KindRole).toInt() == InitiativeHighlight &&
            m_highlight->itemData(i, IdRole).toLongLong() == initiativeId) {
            m_highlight->setCurrentIndex(i);
            return;
        }
    }
    m_highlight->setCurrentIndex(0);
}

void WheelView::highlightNeed(qint64 needId)
{
    for (int i = 0; i < m_highlight->count(); ++i) {
        if (m_highlight->itemData(i, KindRole).toInt() == NeedHighlight &&
            m_highlight->itemData(i, IdRole).toLongLong() == needId) {
            m_highlight->setCurrentIndex(i);
            return;
        }
    }
    m_highlight->setCurrentIndex(0);
}

void WheelView::rebuildHighlightChoices()
{
    const WheelLayout::Options current = m_canvas->options();
    const QSignalBlocker blocker(m_highlight);
    m_highlight->clear();
    m_highlight->addItem(tr("Nothing"));
    m_highlight->setItemData(0, NoHighlight, KindRole);
    const AcademyWheel& wheel = m_canvas->wheel();
    int select = 0;
    auto add = [&](const QString& text, HighlightKind kind, qint64 id, bool isCurrent) {
        m_highlight->addItem(text);
        const int index = m_highlight->count() - 1;
        m_highlight->setItemData(index, kind, KindRole);
        m_highlight->setItemData(index, id, IdRole);
        if (isCurrent)
            select = index;
    };
    if (!wheel.initiatives.isEmpty())
        m_highlight->insertSeparator(m_highlight->count());
    for (const Initiative& initiative : wheel.initiatives)
        add(tr("Initiative: %1").arg(initiative.title), InitiativeHighlight, initiative.id,
            current.highlightInitiative == initiative.id);
    if (!wheel.needs.isEmpty())
        m_highlight->insertSeparator(m_highlight->count());
    for (const Need& need : wheel.needs)
        add(tr("Need: %1").arg(need.title), NeedHighlight, need.id,
            current.highlightNeed == need.id);
    m_highlight->setCurrentIndex(select);
    m_highlight->view()->setMinimumWidth(m_highlight->view()->sizeHintForColumn(0) + 32);
}

void WheelView::applyControls()
{
    WheelLayout::Options options = m_canvas->options();
    options.approaches.clear();
    options.sectors.clear();
    options.statuses.clear();
    if (auto a = chosen<Approach>(m_approach))
        options.approaches = {*a};
    if (auto s = chosen<Sector>(m_sector))
        options.sectors = {*s};
    if (auto s = chosen<TieStatus>(m_status))
        options.statuses = {*s};
    options.highlightInitiative = 0;
    options.highlightNeed = 0;
    const int kind = m_highlight->currentData(KindRole).toInt();
    const qint64 id = m_highlight->currentData(IdRole).toLongLong();
    if (kind == InitiativeHighlight)
        options.highlightInitiative = id;
    else if (kind == NeedHighlight)
        options.highlightNeed = id;
    options.showNeeds = m_needs->isChecked();
    m_canvas->setOptions(options);
}

void WheelView::exportPicture()
{
    if (!m_canvas->hasWheel())
        return;
    QString filter;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the wheel"), m_canvas->wheel().academy.name + QStringLiteral(" wheel.png"),
        tr("PNG picture (*.png);;SVG drawing (*.svg)"), &filter);
    if (path.isEmpty())
        return;
    bool ok = false;
    const int size = QInputDialog::getInt(
        this, tr("Export the wheel"), tr("Width and height in pixels:"), WheelExport::DefaultSize,
        WheelExport::MinimumSize, WheelExport::MaximumSize, 100, &ok);
    if (!ok)
        return;
    WheelLayout::Options options = m_canvas->options();
    const Status written = WheelExport::write(m_canvas->wheel(), path, size, options);
    if (!written) {
        QMessageBox box(QMessageBox::Warning, tr("Export the wheel"), written.message(),
                        QMessageBox::Ok, this);
        box.setDetailedText(written.error().detail);
        box.exec();
    }
}

} // namespace civic::ui
