#pragma once

// Internal to the import planner (ImportPlanner.cpp): inline, as it runs for
// every cell of every row of an import.

#include "io/CsvTable.h"
#include "io/ImportPlan.h"
#include "io/ImportPlanner.h"
#include "io/ImportValues.h"
#include "model/Validation.h"

#include <QCoreApplication>

namespace civic {

/// Reads the cells of one record by field key, cleaned and converted, and
/// records the row's first problem with its column.
class RowReader
{
public:
    RowReader(const CsvTable& table, const CsvRecord& record, const ColumnLookup& columns,
              PlannedRow& row, ImportKind kind)
        : m_table(table)
        , m_record(record)
        , m_columns(columns)
        , m_row(row)
        , m_kind(kind)
    {}

    static QString tr(const char* text)
    {
        return QCoreApplication::translate("ImportPlanner", text);
    }

    QString text(const QString& key) const
    {
        const auto column = m_columns.column(key);
        if (!column || *column >= m_record.cells.size())
            return {};
        return ImportValues::cleaned(m_record.cells.at(*column));
    }

    bool failed() const { return m_row.fate == RowFate::Error; }

    void fail(const QString& key, const QString& reason)
    {
        if (failed())
            return;
        m_row.fate = RowFate::Error;
        m_row.reason = reason;
        const auto column = m_columns.column(key);
        m_row.column = column.value_or(-1);
        if (column)
            m_row.columnName =
                *column < m_table.header.size() ? m_table.header.at(*column) : QString();
        else if (auto field = ImportFields::find(m_kind, key))
            m_row.columnName = field->header;
    }

    // `reason` is called only on failure: building messages (a list of every
    // sector ...) for each good row would cost more than reading it.
    template <typename T, typename Reason>
    T read(const QString& key, std::optional<T> value, const T& fallback, Reason reason)
    {
        if (!value) {
            fail(key, reason());
            return fallback;
        }
        return *value;
    }

    QDate date(const QString& key)
    {
        const QString t = text(key);
        return read<QDate>(key, ImportValues::date(t), QDate(), [&] {
            return tr("“%1” is not a date Civic Wheel can read. Write it as 14/03/2026 or "
                      "2026-03-14.")
                .arg(t);
        });
    }
    bool flag(const QString& key)
    {
        const QString t = text(key);
        return read<bool>(key, ImportValues::boolean(t), false,
                          [&] { return tr("“%1” is not yes or no.").arg(t); });
    }
    int count(const QString& key)
    {
        const QString t = text(key);
        const int value = read<int>(key, ImportValues::integer(t), 0,
                                    [&] { return tr("“%1” is not a whole number.").arg(t); });
        if (value < 0)
            fail(key, Validation::count(value));
        return value;
    }
    template <typename E>
    E choice(const QString& key, E fallback)
    {
        const QString t = text(key);
        if (t.isEmpty())
            return fallback;
        return read<E>(key, ImportValues::enumValue<E>(t), fallback, [&] {
            return tr("“%1” is not one of %2.").arg(t, ImportValues::choices<E>());
        });
    }
    void required(const QString& key)
    {
        if (!Validation::hasVisibleText(text(key))) {
            const auto field = ImportFields::find(m_kind, key);
            fail(key, tr("%1 is empty; every row needs one.").arg(field ? field->header : key));
        }
    }
    /// Fails `key` with "“value”: problem" when `problem` is not empty.
    void check(const QString& key, const QString& value, const QString& problem)
    {
        if (!problem.isEmpty())
            fail(key, tr("“%1”: %2").arg(value, problem));
    }

private:
    const CsvTable& m_table;
    const CsvRecord& m_record;
    const ColumnLookup& m_columns;
    PlannedRow& m_row;
    ImportKind m_kind;
};

} // namespace civic
