#pragma once

#include "io/CsvTable.h"
#include "io/ImportPlan.h"
#include "model/Result.h"
#include "model/StringHash.h"

#include <QHash>
#include <QSet>

#include <unordered_map>

namespace civic {

class RowReader;
class WheelStore;

/// Works out each row's fate — new, duplicate (partners matched on normalised
/// name and postcode) or error naming the line, the column and the reason —
/// without touching the store.
class ImportPlanner
{
public:
    /// Reads what the planner needs to compare with from the academy's wheel.
    static Result<ImportContext> context(const WheelStore& store, qint64 academyId);

    /// Fails only when the file cannot be imported at all: a required column
    /// is not mapped. Row problems become rows with RowFate::Error.
    static Status checkColumns(ImportKind kind, const ColumnMapping& mapping);

    /// Every row's fate, in file order; fails as checkColumns() does.
    static Result<ImportPlan> plan(const CsvTable& table, ImportKind kind,
                                   const ColumnMapping& mapping, const ImportContext& context);

    /// "A", "B", … "Z", "AA": how a spreadsheet names a column.
    static QString columnLetter(int column);
};

/// A column mapping's answers, kept in the order they are asked for: every
/// row asks for the same fields in the same order (about twenty a row), so
/// the answer is almost always the last one again or the one after it, found
/// with a comparison or two of the key instead of a hash lookup.
class ColumnLookup
{
public:
    explicit ColumnLookup(const ColumnMapping& mapping)
        : m_mapping(mapping)
    {}
    std::optional<int> column(const QString& key) const;

private:
    struct Answer
    {
        QString key;
        std::optional<int> column;
    };
    const ColumnMapping& m_mapping;
    mutable QVector<Answer> m_answers;
    mutable qsizetype m_last = 0;
};

/// Plans one row at a time, in file order, each against the wheel and the rows
/// planned before it (a row repeating an earlier one is a duplicate): what
/// ImportPlanner::plan() does for the whole file, for a caller that writes
/// rows while later ones are still being planned. Everything it is given must
/// outlive it; it reads them and changes nothing but itself.
class RowPlanner
{
public:
    RowPlanner(const CsvTable& table, ImportKind kind, const ColumnMapping& mapping,
               const ImportContext& context);
    /// Fills `row`, a default PlannedRow (filled in place: a row is large,
    /// and an import makes thousands).
    void plan(const CsvRecord& record, PlannedRow& row);

private:
    bool ragged(const CsvRecord& record, PlannedRow& row) const;
    void planPartner(RowReader& r, PlannedRow& row);
    void readPartner(RowReader& r, Partner& p);
    void readTie(RowReader& r, Tie& t) const;
    void readContact(RowReader& r, PlannedRow& row) const;
    /// Duplicate of an earlier row or of the academy's partner, or a tie to another's.
    void matchPartner(PlannedRow& row);
    void planNeed(RowReader& r, PlannedRow& row);
    void planInitiative(RowReader& r, PlannedRow& row);
    void readInitiative(RowReader& r, Initiative& i) const;
    /// The partners and needs an initiative names, as ids of the academy's records.
    void readLinks(RowReader& r, Initiative& i) const;
    void planEngagement(RowReader& r, PlannedRow& row);
    /// The engagement's partner and contact, as ids of the academy's records.
    void readEngaged(RowReader& r, const QString& partnerName, Engagement& e) const;

    static QString engagementKey(const Engagement& e);
    std::optional<Sector> sectorOf(const QString& text);
    /// The line of the last earlier row with `key`, if any; remembers `line` for it.
    std::optional<int> earlierLine(QString key, int line);

    const CsvTable& m_table;
    ImportKind m_kind;
    ColumnLookup m_columns;
    const ImportContext& m_context;
    // Partners of the whole file, by normalised name, with their postcodes.
    QHash<QString, QVector<const Partner*>> m_byName;
    QSet<qint64> m_tied;
    // The academy's partners by name, for rows that refer to them.
    QHash<QString, qint64> m_academyPartner;
    QHash<QString, qint64> m_needByTitle;
    QSet<QString> m_initiativeTitles;
    QSet<QString> m_engagementKeys;
    // Earlier rows of the same file, for duplicate rows.
    std::unordered_map<QString, int, StringHash> m_seenLines;
    std::unordered_map<QString, std::optional<Sector>, StringHash> m_sectors; // as read
};

} // namespace civic
