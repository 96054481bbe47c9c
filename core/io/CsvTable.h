#pragma once

#include "io/EncodingDetector.h"

#include <QStringList>
#include <QVector>

namespace civic {

/// One record of a CSV file and the line of the file it starts on (1-based),
/// so that errors can name the line a person sees in a text editor.
struct CsvRecord
{
    int line = 0;
    QStringList cells;
};

/// A CSV file read into memory: its header row, its records and how it was read.
struct CsvTable
{
    QStringList header;
    int headerLine = 0;
    QVector<CsvRecord> records; ///< blank records (every cell empty) are left out
    Encoding encoding = Encoding::Utf8;
    char delimiter = ',';
};

} // namespace civic
