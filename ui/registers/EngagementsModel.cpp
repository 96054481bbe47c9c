#include "registers/EngagementsModel.h"

#include "common/Format.h"
#include "registers/ModelRoles.h"

namespace civic::ui {

void EngagementsModel::rebuild()
{
    m_rows.clear();
    for (int i = 0; i < wheel().engagements.size(); ++i) {
        if (m_partnerId == 0 || wheel().engagements.at(i).partnerId == m_partnerId)
            m_rows.append(i);
    }
}

QStringList EngagementsModel::headers() const
{
    return {tr("Date"), tr("Partner"), tr("Kind"), tr("Summary"), tr("Contact")};
}

QVariant EngagementsModel::cell(int row, int column, int role) const
{
    const Engagement& item = wheel().engagements.at(m_rows.at(row));
    switch (role) {
    case Roles::Filter1:
        return codeOf(item.kind);
    case Roles::PartnerId:
        return item.partnerId;
    case Roles::Date:
        return item.date;
    default:
        break;
    }
    switch (column) {
    case Date:
        if (role == Qt::DisplayRole)
            return Format::date(item.date);
        if (role == Roles::Sort)
            return item.date;
        break;
    case Partner:
        if (role == Qt::DisplayRole) {
            const civic::Partner* partner = wheel().partner(item.partnerId);
            return partner ? partner->name : tr("(no longer tied)");
        }
        break;
    case Kind:
        if (role == Qt::DisplayRole)
            return displayName(item.kind);
        break;
    case Summary:
        if (role == Qt::DisplayRole)
            return item.summary;
        if (role == Qt::ToolTipRole && !item.notes.isEmpty())
            return item.notes;
        break;
    case Contact:
        if (role == Qt::DisplayRole) {
            const civic::Contact* contact = wheel().contact(item.contactId);
            return contact ? contact->name : QString();
        }
        break;
    default:
        break;
    }
    return {};
}

} // namespace civic::ui
