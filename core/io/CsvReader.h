#pragma once

#include "io/CsvTable.h"
#include "model/Result.h"

#include <functional>
#include <optional>

namespace civic {

/// What the caller knows better than the guesses (the wizard's overrides).
struct CsvReadOptions
{
    std::optional<Encoding> encoding; ///< detected when unset
    std::optional<char> delimiter;    ///< ',' ';' or '\t'; detected when unset
};

/// Reads RFC 4180 CSV (quoted fields, doubled quotes, embedded delimiters and
/// line breaks, CRLF or LF) through Debian's libcsv, after detecting the text
/// encoding and the delimiter. The first non-blank record is the header.
class CsvReader
{
public:
    static Result<CsvTable> readFile(const QString& path, const CsvReadOptions& options = {});
    static Result<CsvTable> read(const QByteArray& bytes, const CsvReadOptions& options = {});

    /// The bytes of the file at `path`, or why it cannot be imported (there
    /// is none, it cannot be read, it is a workbook or a wheel file).
    static Result<QByteArray> fileBytes(const QString& path);

    /// Receives each record as it is read, with the table's header, encoding
    /// and delimiter set; returns false to stop reading.
    using RecordSink = std::function<bool(const CsvTable& table, const CsvRecord& record)>;
    /// Reads as read() does but hands each record to `take` as soon as it is
    /// read (for importing while reading) instead of keeping it: the table
    /// returned has no records. When `take` stops the reading, what the rest
    /// of the file holds is not checked.
    static Result<CsvTable> read(const QByteArray& bytes, const CsvReadOptions& options,
                                 const RecordSink& take);
    /// At least as many records as `bytes` can hold, header included.
    static qsizetype mostRecords(const QByteArray& bytes);

    /// The delimiter of the header line: the most frequent of tab, semicolon
    /// and comma outside quotes (comma when none occurs).
    static char detectDelimiter(const QString& text);
    /// "comma", "semicolon", "tab".
    static QString delimiterName(char delimiter);
};

} // namespace civic
