#pragma once

#include "model/Result.h"

#include <QString>

class QSqlDatabase;

namespace civic {

/// What the store does with wheel files as files, shared by opening,
/// creating and copying them (WheelStore.cpp, WheelStoreOpen.cpp).
class StoreFiles
{
public:
    /// The file's name as the system writes it, for messages.
    static QString nativeName(const QString& path);
    /// A Qt Sql connection name no other open wheel uses.
    static QString newConnectionName();
    /// The owner-write bit counts even for root: a file a headteacher made
    /// read-only stays read-only whoever runs the program.
    static bool writableOnDisk(const QString& path);
    /// Copies the whole database behind `db` into a new file at `target`
    /// through SQLite's online backup API: consistent even while the file is
    /// in use. Written under a temporary name and renamed only when complete.
    static Status backupTo(const QSqlDatabase& db, const QString& target);
};

} // namespace civic
