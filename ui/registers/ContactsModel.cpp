#include "registers/ContactsModel.h"

#include "common/Format.h"
#include "registers/ModelRoles.h"

namespace civic::ui {

QStringList ContactsModel::headers() const
{
    return {tr("Name"), tr("Role"), tr("Email"), tr("Phone"), tr("Review details by")};
}

QVariant ContactsModel::cell(int row, int column, int role) const
{
    const Contact& c = *m_contacts.at(row);
    if (role == Roles::PartnerId)
        return c.partnerId;
    if (role != Qt::DisplayRole && !(role == Roles::Sort && column == RetainUntil))
        return {};
    switch (column) {
    case Name:
        return c.name;
    case Role:
        return c.role;
    case Email:
        return c.email;
    case Phone:
        return c.phone;
    case RetainUntil:
        return role == Roles::Sort ? QVariant(c.retainUntil)
                                   : QVariant(Format::date(c.retainUntil));
    default:
        return {};
    }
}

} // namespace civic::ui
