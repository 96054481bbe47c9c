#pragma once

#include <QStringList>

namespace civic {

/// The wheel file's tables, as a series of one-version-at-a-time upgrades.
/// The SQL is kept portable (standard types, no SQLite-only syntax) so the
/// same schema can later live on a trust's shared PostgreSQL server.
class Schema
{
public:
    /// The statements that take a file from `version` to `version + 1`.
    static QStringList upgradeFrom(int version);
    /// The newest version this build knows.
    static int latestVersion();
};

} // namespace civic
