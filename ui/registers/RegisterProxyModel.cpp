#include "registers/RegisterProxyModel.h"

#include "registers/ModelRoles.h"

namespace civic::ui {

RegisterProxyModel::RegisterProxyModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(Roles::Sort);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
}

void RegisterProxyModel::setRoleFilter(int role, const QVariant& value)
{
    if (value.isValid())
        m_roleFilters.insert(role, value);
    else
        m_roleFilters.remove(role);
    invalidateFilter();
}

void RegisterProxyModel::setDateRange(const QDate& from, const QDate& to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void RegisterProxyModel::setSearchText(const QString& text)
{
    m_search = text.trimmed();
    invalidateFilter();
}

bool RegisterProxyModel::isFiltering() const
{
    return !m_search.isEmpty() || !m_roleFilters.isEmpty() || m_from.isValid() || m_to.isValid();
}

bool RegisterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* model = sourceModel();
    const QModelIndex first = model->index(sourceRow, 0, sourceParent);
    for (auto it = m_roleFilters.cbegin(); it != m_roleFilters.cend(); ++it) {
        if (first.data(it.key()) != it.value())
            return false;
    }
    if (m_from.isValid() || m_to.isValid()) {
        const QDate date = first.data(Roles::Date).toDate();
        if (!date.isValid() || (m_from.isValid() && date < m_from) ||
            (m_to.isValid() && date > m_to))
            return false;
    }
    if (m_search.isEmpty())
        return true;
    for (int column = 0; column < model->columnCount(sourceParent); ++column) {
        const QString text =
            model->index(sourceRow, column, sourceParent).data(Qt::DisplayRole).toString();
        if (text.contains(m_search, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool RegisterProxyModel::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.userType() == QMetaType::QString || b.userType() == QMetaType::QString)
        return QString::localeAwareCompare(a.toString(), b.toString()) < 0;
    const QPartialOrdering order = QVariant::compare(a, b);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Ties broken by name (column 0) so the order is stable and predictable.
    return QString::localeAwareCompare(left.siblingAtColumn(0).data().toString(),
                                       right.siblingAtColumn(0).data().toString()) < 0;
}

} // namespace civic::ui
