#pragma once

#include "CsvTable.h"
#include "Result.h"

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

    /// The delimiter of the header line: the most frequent of tab, semicolon
    /// and comma outside quotes (comma when none occurs).
    static char detectDelimiter(const QString& text);
    /// "comma", "semicolon", "tab".
    static QString delimiterName(char delimiter);
};

} // namespace civic
