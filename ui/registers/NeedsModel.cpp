#include "registers/NeedsModel.h"

#include "common/Format.h"
#include "common/Palette.h"
#include "registers/ModelRoles.h"

namespace civic::ui {

QStringList NeedsModel::headers() const
{
    return {tr("Need"),      tr("Category"), tr("Severity"), tr("Bears on"),
            tr("Consulted"), tr("Status"),   tr("Met?")};
}

QVariant NeedsModel::cell(int row, int column, int role) const
{
    const Need& need = wheel().needs.at(row);
    const bool met = m_summary && m_summary->isMet(need.id);
    switch (role) {
    case Roles::Filter1:
        return codeOf(need.category);
    case Roles::Filter2:
        return met ? QStringLiteral("met") : QStringLiteral("unmet");
    case Roles::Date:
        return need.identified;
    default:
        break;
    }
    switch (column) {
    case Title:
        if (role == Qt::DisplayRole)
            return need.title;
        if (role == Qt::ToolTipRole && !need.evidence.isEmpty())
            return tr("Evidence: %1").arg(need.evidence);
        break;
    case Category:
        if (role == Qt::DisplayRole)
            return displayName(need.category);
        break;
    case Severity:
        if (role == Qt::DisplayRole || role == Roles::Sort)
            return need.severity;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Pupils:
        if (role == Qt::DisplayRole) {
            QStringList groups;
            if (need.affectsDisadvantaged)
                groups << tr("Disadvantaged");
            if (need.affectsSend)
                groups << tr("SEND");
            return groups.join(QStringLiteral(", "));
        }
        break;
    case Consulted:
        if (role == Qt::DisplayRole)
            return need.consulted ? tr("Yes") : tr("No");
        break;
    case Status:
        if (role == Qt::DisplayRole)
            return displayName(need.status);
        if (role == Roles::Sort)
            return int(need.status);
        break;
    case Met:
        if (role == Qt::DisplayRole) {
            if (!met)
                return tr("Not met");
            return Format::count(m_summary->activeInitiatives(need.id), "Met (%1 initiative)",
                                 "Met (%1 initiatives)");
        }
        if (role == Qt::DecorationRole)
            return Format::swatch(met ? Palette::met() : Palette::unmet());
        if (role == Roles::Sort)
            return met ? m_summary->activeInitiatives(need.id) : 0;
        if (role == Qt::ToolTipRole)
            return met ? tr("At least one active initiative addresses this need.")
                       : tr("No active initiative addresses this need yet.");
        break;
    default:
        break;
    }
    return {};
}

} // namespace civic::ui
