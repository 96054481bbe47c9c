#pragma once

#include "model/AcademyWheel.h"

#include <QAbstractTableModel>
#include <QVector>

namespace civic::ui {

/// The common ground of the register tables: a read-only table over one
/// academy's snapshot whose rows are identified by record id. Subclasses say
/// how many rows there are and what each cell shows.
class RegisterModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    /// Replaces what the model shows (a reset: views keep selection by id).
    void setWheel(const AcademyWheel& wheel);
    const AcademyWheel& wheel() const { return m_wheel; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    QVariant data(const QModelIndex& index, int role) const override;

    /// The id of the record on `row`, 0 if none.
    qint64 idAt(int row) const;
    /// The row of the record with `id`, -1 if not shown.
    int rowOf(qint64 id) const;

protected:
    /// Rebuilds whatever the subclass derives from the snapshot.
    virtual void rebuild() = 0;
    virtual int recordCount() const = 0;
    virtual qint64 recordId(int row) const = 0;
    virtual QStringList headers() const = 0;
    /// Display, tooltip, sort, filter and other roles of one cell; Id is answered here.
    virtual QVariant cell(int row, int column, int role) const = 0;

private:
    AcademyWheel m_wheel;
};

} // namespace civic::ui
