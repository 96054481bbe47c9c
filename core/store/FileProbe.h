#pragma once

#include <QString>

namespace civic {

/// What the first bytes of a file say about it, read without opening it as a
/// database, so refusing a wrong file never writes a byte to it.
struct FileProbe
{
    enum class Kind
    {
        Missing,
        Unreadable,
        Empty,
        NotSqlite,
        Truncated, ///< starts like SQLite but shorter than its header
        Sqlite,
    };

    Kind kind = Kind::Missing;
    qint64 size = 0;
    quint32 applicationId = 0;
    int userVersion = 0;
    QString guessedFormat; ///< for NotSqlite: "a PDF document", "a spreadsheet" ... or empty

    static FileProbe inspect(const QString& path);
};

} // namespace civic
