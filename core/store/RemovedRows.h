#pragma once

#include <QString>
#include <QVariantMap>
#include <QVector>

namespace civic {

/// Everything one removal took out of the file, exactly as it was stored, so
/// that undo can put it back with the same ids and links.
struct RemovedRows
{
    struct TableRows
    {
        QString table;
        QVector<QVariantMap> rows;
    };
    /// A reference that the removal set to NULL (ON DELETE SET NULL).
    struct ClearedReference
    {
        QString table;
        QString column;
        qint64 rowId = 0;
        qint64 value = 0;
    };

    QVector<TableRows> tables; ///< parents before children: the order to restore in
    QVector<ClearedReference> cleared;

    /// How many rows of `table` the removal takes away.
    int count(const QString& table) const
    {
        int n = 0;
        for (const auto& t : tables) {
            if (t.table == table)
                n += int(t.rows.size());
        }
        return n;
    }
    bool isEmpty() const { return tables.isEmpty(); }
};

} // namespace civic
