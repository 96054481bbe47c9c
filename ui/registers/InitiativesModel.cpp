#include "registers/InitiativesModel.h"

#include "common/Format.h"
#include "common/Palette.h"
#include "registers/ModelRoles.h"

namespace civic::ui {

QStringList InitiativesModel::headers() const
{
    return {tr("Initiative"), tr("Approach"), tr("Status"), tr("Staff lead"), tr("Dates"),
            tr("Partners"),   tr("Needs"),    tr("Pupils"), tr("Disadv."),    tr("SEND")};
}

QVariant InitiativesModel::cell(int row, int column, int role) const
{
    const Initiative& item = wheel().initiatives.at(row);
    switch (role) {
    case Roles::Filter1:
        return codeOf(item.approach);
    case Roles::Filter2:
        return codeOf(item.status);
    case Roles::Date:
        return item.started;
    default:
        break;
    }
    auto number = [role](int n) -> QVariant {
        if (role == Qt::DisplayRole || role == Roles::Sort)
            return n;
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    };
    switch (column) {
    case Title:
        if (role == Qt::DisplayRole)
            return item.title;
        if (role == Qt::ToolTipRole && !item.description.isEmpty())
            return item.description;
        break;
    case Approach:
        if (role == Qt::DisplayRole)
            return displayName(item.approach);
        if (role == Qt::DecorationRole)
            return Format::swatch(Palette::approach(item.approach));
        if (role == Qt::ToolTipRole)
            return approachDescription(item.approach);
        if (role == Roles::Sort)
            return int(item.approach);
        break;
    case Status:
        if (role == Qt::DisplayRole)
            return displayName(item.status);
        if (role == Roles::Sort)
            return int(item.status);
        break;
    case Lead:
        if (role == Qt::DisplayRole)
            return item.staffLead;
        break;
    case Dates:
        if (role == Qt::DisplayRole) {
            if (!item.started.isValid() && !item.ends.isValid())
                return QString();
            return tr("%1 – %2").arg(Format::date(item.started, tr("?")),
                                     Format::date(item.ends, tr("ongoing")));
        }
        if (role == Roles::Sort)
            return item.started.isValid() ? item.started : QDate(1, 1, 1);
        break;
    case Partners:
        return number(int(item.partnerIds.size()));
    case Needs:
        return number(int(item.needIds.size()));
    case Pupils:
        return number(item.pupilsReached);
    case Disadvantaged:
        return number(item.disadvantagedReached);
    case Send:
        return number(item.sendReached);
    default:
        break;
    }
    return {};
}

} // namespace civic::ui
