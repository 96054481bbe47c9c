#pragma once

#include <QDate>
#include <QHash>
#include <QSortFilterProxyModel>
#include <QVariant>

namespace civic::ui {

/// Sorting and filtering for a register: a search that matches any column
/// as the user types, plus exact filters on item roles (sector, status, met
/// ...) and an optional date range.
class RegisterProxyModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit RegisterProxyModel(QObject* parent = nullptr);

    /// Only rows whose `role` equals `value`; an invalid value clears the filter.
    void setRoleFilter(int role, const QVariant& value);
    /// Only rows whose Roles::Date falls in [from, to]; invalid ends are open.
    void setDateRange(const QDate& from, const QDate& to);
    /// Case-insensitive text that must appear in some column.
    void setSearchText(const QString& text);

    QString searchText() const { return m_search; }
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QHash<int, QVariant> m_roleFilters;
    QDate m_from;
    QDate m_to;
    QString m_search;
};

} // namespace civic::ui
