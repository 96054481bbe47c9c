#include "shell/AcademySwitcher.h"

#include "document/WheelDocument.h"

namespace civic::ui {
namespace {

/// The entry standing for the whole trust.
constexpr qint64 trustOverview = -1;

} // namespace

AcademySwitcher::AcademySwitcher(QWidget* parent)
    : QComboBox(parent)
{
    setObjectName(QStringLiteral("academySwitcher"));
    setAccessibleName(tr("Academy shown"));
    setToolTip(tr("The academy whose wheel and registers are shown"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(24);
    connect(this, &QComboBox::activated, this, &AcademySwitcher::choose);
}

void AcademySwitcher::showDocument(WheelDocument* document)
{
    m_document = document;
    const QSignalBlocker blocker(this);
    clear();
    if (!document) {
        setEnabled(false);
        return;
    }
    for (const Academy& academy : document->academies())
        addItem(tr("%1 (URN %2)").arg(academy.name, academy.urn), academy.id);
    if (document->academies().size() > 1)
        addItem(tr("Whole trust: overview"), trustOverview);
    if (document->academies().isEmpty())
        addItem(tr("No academy yet"), qint64(0));
    const int index = findData(document->isTrustOverview() ? trustOverview : document->academyId());
    setCurrentIndex(qMax(0, index));
    setEnabled(count() > 1);
}

void AcademySwitcher::choose(int index)
{
    if (!m_document)
        return;
    const qint64 id = itemData(index).toLongLong();
    if (id == trustOverview)
        m_document->showTrustOverview();
    else
        m_document->setAcademy(id);
}

} // namespace civic::ui
