#include "shell/StatusSummary.h"

#include "analysis/NeedStatusSummary.h"
#include "common/Format.h"
#include "document/WheelDocument.h"

#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QStatusBar>

namespace civic::ui {

StatusSummary::StatusSummary(QStatusBar* bar)
    : QObject(bar)
    , m_counts(new QLabel)
    , m_fileState(new QLabel)
{
    bar->addWidget(m_counts, 1);
    bar->addPermanentWidget(m_fileState);
}

void StatusSummary::showDocument(const WheelDocument* document, int reviewsDue)
{
    if (!document) {
        m_counts->clear();
        m_fileState->clear();
        return;
    }
    m_counts->setText(countsOf(*document, reviewsDue));
    m_fileState->setText(stateOf(*document) + QStringLiteral(" · ") +
                         QFileInfo(document->path()).fileName());
    m_fileState->setToolTip(QDir::toNativeSeparators(document->path()));
}

QString StatusSummary::countsOf(const WheelDocument& document, int reviewsDue) const
{
    if (!document.hasAcademy()) {
        const EntityCounts c = document.counts();
        return Format::count(c.academies, "%1 academy", "%1 academies") + QStringLiteral(" · ") +
               Format::count(c.partners, "%1 partner", "%1 partners");
    }
    const AcademyWheel& wheel = document.wheel();
    const NeedStatusSummary needs(wheel);
    QStringList parts{
        Format::count(int(wheel.partners.size()), "%1 partner", "%1 partners"),
        Format::count(needs.needCount(), "%1 need", "%1 needs") +
            tr(" (%1 met)").arg(needs.metCount()),
        Format::count(int(wheel.initiatives.size()), "%1 initiative", "%1 initiatives"),
        Format::count(int(wheel.engagements.size()), "%1 engagement", "%1 engagements")};
    if (reviewsDue)
        parts << Format::count(reviewsDue, "%1 review due", "%1 reviews due");
    return parts.join(QStringLiteral(" · "));
}

QString StatusSummary::stateOf(const WheelDocument& document) const
{
    switch (document.store().accessMode()) {
    case AccessMode::ReadWrite:
        return tr("Every change is saved as you make it");
    case AccessMode::ReadOnlyRequested:
        return tr("Read-only (opened that way)");
    case AccessMode::ReadOnlyOnDisk:
        return tr("Read-only (the file cannot be written)");
    case AccessMode::ReadOnlyNewerSchema:
        return tr("Read-only (made by a newer Civic Wheel)");
    }
    return QString();
}

} // namespace civic::ui
