#pragma once

#include "model/StringHash.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>
#include <unordered_map>

namespace civic {

/// What a CSV import brings in: partners (each with the academy's tie and a
/// main contact), needs, initiatives or engagements.
enum class ImportKind
{
    Partners,
    Needs,
    Initiatives,
    Engagements
};

/// One thing an import can read from a column: its key, the header Civic Wheel
/// writes on export, and the words a school might use as a header instead.
struct ImportField
{
    QString key;
    QString header;
    QStringList synonyms; ///< compared folded: lower case, letters and digits only
    bool required = false;
    /// What an anonymised export leaves out: a contact's details, a staff
    /// member's name or free-text notes.
    enum class Privacy
    {
        Public,
        Contact,
        StaffName,
        Note
    } privacy = Privacy::Public;
};

/// Which column holds which field (0-based; missing = not in the file).
struct ColumnMapping
{
    /// By field key. An import looks a column up about twenty times a row,
    /// hence the quick hash rather than QHash's SipHash.
    std::unordered_map<QString, int, StringHash> columns;

    std::optional<int> column(const QString& key) const
    {
        const auto it = columns.find(key);
        return it == columns.end() || it->second < 0 ? std::nullopt
                                                     : std::optional<int>(it->second);
    }
    void set(const QString& key, int column)
    {
        if (column < 0)
            columns.erase(key);
        else
            columns.insert_or_assign(key, column);
    }
};

/// The fields of each import kind and the header guessing the wizard and the
/// command line share.
class ImportFields
{
public:
    static QVector<ImportField> of(ImportKind kind);
    static std::optional<ImportField> find(ImportKind kind, const QString& key);

    /// Maps each header to the field it names: exact header or synonym first,
    /// then a synonym contained in the header ("Organisation name" → name).
    /// Each field takes at most one column, the leftmost.
    static ColumnMapping guess(ImportKind kind, const QStringList& header);

    /// "partners", "needs", ...; and back.
    static QString code(ImportKind kind);
    static std::optional<ImportKind> fromCode(const QString& code);
    /// "Partners", "Needs", ... for people.
    static QString displayName(ImportKind kind);

    /// Lower case, letters and digits only: how headers are compared.
    static QString folded(const QString& text);
};

} // namespace civic
