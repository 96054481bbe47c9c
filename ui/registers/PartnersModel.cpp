#include "registers/PartnersModel.h"

#include "common/Format.h"
#include "common/Palette.h"
#include "registers/ModelRoles.h"

#include <QBrush>

namespace civic::ui {

void PartnersModel::rebuild()
{
    m_initiatives.clear();
    for (const Initiative& initiative : wheel().initiatives) {
        for (qint64 id : initiative.partnerIds)
            ++m_initiatives[id];
    }
}

QStringList PartnersModel::headers() const
{
    return {tr("Partner"), tr("Sector"),      tr("Strength"),    tr("Academy"),
            tr("Status"),  tr("Staff owner"), tr("Next review"), tr("Initiatives")};
}

QVariant PartnersModel::cell(int row, int column, int role) const
{
    const Partner& partner = wheel().partners.at(row);
    const Tie* tie = wheel().tieFor(partner.id);
    const Tie none;
    const Tie& t = tie ? *tie : none;
    switch (role) {
    case Roles::Filter1:
        return codeOf(partner.sector);
    case Roles::Filter2:
        return codeOf(t.status);
    case Roles::PartnerId:
        return partner.id;
    case Roles::Date:
        return t.nextReview;
    default:
        break;
    }
    switch (column) {
    case Name:
        if (role == Qt::DisplayRole)
            return partner.name;
        if (role == Qt::DecorationRole)
            return Format::swatch(Palette::sector(partner.sector, true));
        if (role == Qt::ToolTipRole && !partner.notes.isEmpty())
            return partner.notes;
        break;
    case Sector:
        if (role == Qt::DisplayRole)
            return displayName(partner.sector);
        break;
    case Strength:
        if (role == Qt::DisplayRole)
            return strengthName(t.strength);
        if (role == Roles::Sort)
            return t.strength;
        break;
    case Role:
        if (role == Qt::DisplayRole)
            return t.role == TieRole::Leads ? tr("Leads") : tr("Supports");
        break;
    case Status:
        if (role == Qt::DisplayRole)
            return displayName(t.status);
        if (role == Roles::Sort)
            return int(t.status);
        break;
    case Owner:
        if (role == Qt::DisplayRole)
            return t.staffOwner;
        break;
    case NextReview:
        if (role == Qt::DisplayRole)
            return Format::date(t.nextReview, tr("Not set"));
        if (role == Roles::Sort)
            return t.nextReview.isValid() ? t.nextReview : QDate(9999, 12, 31);
        if (role == Qt::ForegroundRole && t.nextReview.isValid() && t.nextReview < m_today &&
            t.status != TieStatus::Ended)
            return QBrush(Palette::unmet().darker(115));
        if (role == Qt::ToolTipRole && t.nextReview.isValid())
            return Format::daysLeft(int(m_today.daysTo(t.nextReview)));
        break;
    case Initiatives:
        if (role == Qt::DisplayRole || role == Roles::Sort)
            return m_initiatives.value(partner.id);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

} // namespace civic::ui
