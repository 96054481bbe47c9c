#pragma once

#include "model/Result.h"

#include <QSqlError>

namespace civic {

/// Turns SQLite's errors into messages a headteacher can act on.
class SqlErrors
{
public:
    static Error toError(const QSqlError& error);
    /// SQLite's primary result code (SQLITE_FULL = 13 ...), or -1.
    static int primaryCode(const QSqlError& error);
};

} // namespace civic
