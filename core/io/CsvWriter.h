#pragma once

#include <QByteArray>
#include <QStringList>
#include <QVector>

namespace civic {

/// Writes RFC 4180 CSV for spreadsheets: UTF-8 with a byte-order mark (so
/// Excel reads accents right), CRLF line ends, quotes where needed, and every
/// cell that a spreadsheet would run as a formula neutralised.
class CsvWriter
{
public:
    static QByteArray write(const QVector<QStringList>& rows);
    /// A cell beginning with = + - @ tab or CR gets a leading apostrophe, so a
    /// spreadsheet shows it as text instead of running it (CSV injection).
    static QString neutralised(const QString& cell);
    /// The cell as it goes into the file: neutralised, then quoted if needed.
    static QString field(const QString& cell);
};

} // namespace civic
