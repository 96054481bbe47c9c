#pragma once

#include <QString>

namespace civic::bench {

/// What every measurement gets: the large trust, where to scratch, how often.
struct BenchContext
{
    QString file;         ///< the large trust's wheel file
    QString scratch;      ///< a folder for files a measurement makes
    qint64 academyId = 0; ///< the academy measured alone: the one with most ties
    QString academyName;
    int academyPartners = 0;
    int runs = 7;       ///< each figure is the median of this many runs
    QString civicwheel; ///< the built program, for the GUI figures
    QString sqlite3Cli; ///< the sqlite3 command-line shell, or empty
};

} // namespace civic::bench
