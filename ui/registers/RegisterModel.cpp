#include "registers/RegisterModel.h"

#include "registers/ModelRoles.h"

namespace civic::ui {

void RegisterModel::setWheel(const AcademyWheel& wheel)
{
    beginResetModel();
    m_wheel = wheel;
    rebuild();
    endResetModel();
}

int RegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : recordCount();
}

int RegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(headers().size());
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return headers().value(section);
}

QVariant RegisterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Roles::Id)
        return recordId(index.row());
    QVariant value = cell(index.row(), index.column(), role);
    if (role == Roles::Sort && !value.isValid())
        return cell(index.row(), index.column(), Qt::DisplayRole);
    return value;
}

qint64 RegisterModel::idAt(int row) const
{
    return row >= 0 && row < recordCount() ? recordId(row) : 0;
}

int RegisterModel::rowOf(qint64 id) const
{
    for (int row = 0; row < recordCount(); ++row) {
        if (recordId(row) == id)
            return row;
    }
    return -1;
}

} // namespace civic::ui
