#pragma once

#include <QString>

namespace civic {

/// Whether a wheel file sits somewhere risky for a SQLite file: a folder a
/// cloud service syncs (OneDrive, Dropbox, Google Drive, iCloud) or a network
/// filesystem. Either may copy the file half-written, keep "conflicted copies"
/// or break SQLite's locking, so the program warns and offers to move it.
class StorageLocation
{
public:
    enum class Kind
    {
        Local,
        CloudSync,
        Network
    };

    /// Looks at `path`'s folder names and at the filesystem it is on.
    static StorageLocation inspect(const QString& path);

    /// From the path alone: "OneDrive", "Dropbox", "Google Drive", "iCloud
    /// Drive", or empty. Works on any platform's separators.
    static QString cloudServiceOf(const QString& path);
    /// From a Linux statfs f_type and the mount's type name ("nfs4",
    /// "fuse.sshfs" ...): a name such as "NFS" or "SMB (Windows share)", or
    /// empty for a local filesystem.
    static QString networkFileSystemOf(quint64 statfsMagic, const QString& typeName);
    /// Builds the result for a path already classified (for tests and for
    /// platforms without statfs).
    static StorageLocation classify(const QString& path, const QString& networkName);

    Kind kind() const { return m_kind; }
    bool isRisky() const { return m_kind != Kind::Local; }
    /// "OneDrive", "NFS" ...; empty when local.
    QString where() const { return m_where; }
    /// Two sentences for a headteacher: what is risky and what to do.
    QString warning() const;

private:
    Kind m_kind = Kind::Local;
    QString m_where;
};

} // namespace civic
