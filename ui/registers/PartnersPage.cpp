#include "registers/PartnersPage.h"

#include "model/Enums.h"
#include "registers/ModelRoles.h"
#include "registers/PartnersModel.h"
#include "registers/RegisterProxyModel.h"

#include <QLineEdit>

namespace civic::ui {

PartnersPage::PartnersPage(QWidget* parent)
    : RegisterPage(tr("Partners"), new PartnersModel, parent)
{
    QVector<QPair<QString, QVariant>> sectors;
    for (Sector sector : allValues<Sector>())
        sectors.append({displayName(sector), codeOf(sector)});
    addFilter(tr("Sector"), tr("All sectors"), Roles::Filter1, sectors);
    QVector<QPair<QString, QVariant>> statuses;
    for (TieStatus status : allValues<TieStatus>())
        statuses.append({displayName(status), codeOf(status)});
    addFilter(tr("Tie status"), tr("Any tie status"), Roles::Filter2, statuses);
    setEmptyState(
        tr("No partners recorded yet — add the first organisation you work with: the council, a "
           "health service, a charity, a business…"),
        tr("Add partner…"));
    searchField()->setPlaceholderText(tr("Search partners…"));
    connect(this, &RegisterPage::recordSelected, this, &PartnersPage::partnerSelected);
    connect(this, &RegisterPage::recordActivated, this, &PartnersPage::partnerActivated);
}

PartnersModel* PartnersPage::partnersModel() const
{
    return static_cast<PartnersModel*>(model());
}

} // namespace civic::ui
