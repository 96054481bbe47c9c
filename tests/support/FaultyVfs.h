#pragma once

#include <QString>

#include <sqlite3.h>

namespace civic::test {

/// The file operations FaultyVfs can make fail.
enum class VfsCall
{
    Write,
    Sync,
    Truncate,
    Open, // opening a file for writing (a journal, a new database)
};

/// A test-only SQLite VFS that wraps the default one and, on demand, fails
/// writes the way a full, failing or read-only disk does, so those faults are
/// tested on any machine, without root or a tiny disk.
///
/// While the object lives it is SQLite's default VFS, so every connection
/// opened meanwhile goes through it — the store's, through Qt's QSQLITE
/// driver (Debian's links the system libsqlite3), and sqlite3_open's alike.
/// Connections opened before it keep the VFS they were opened with; open the
/// file under test inside the scope. Only one may live at a time. Faults
/// apply to files whose path starts with `onlyUnder` (all files if empty).
class FaultyVfs
{
public:
    explicit FaultyVfs(const QString& onlyUnder = QString());
    ~FaultyVfs();
    FaultyVfs(const FaultyVfs&) = delete;
    FaultyVfs& operator=(const FaultyVfs&) = delete;

    /// The disk has `bytes` left: writes that would grow a file by more fail
    /// with SQLITE_FULL after writing what fits. Overwriting what a file
    /// already holds still works, as on a real full disk (so SQLite can
    /// still roll back). `bytes` 0: a disk full to the brim.
    void diskFullAfter(qint64 bytes);
    /// After `bytes` more bytes have been written, every write fails with `code`;
    /// the write that crosses the line writes what fits first, as a full disk
    /// does. `bytes` 0 fails the next write outright.
    void failWritesAfter(qint64 bytes, int code = SQLITE_FULL);
    /// The `k`th call of `call` from now (1 = the next) fails with `code`,
    /// and so does every later one unless `onlyOnce`.
    void failCall(VfsCall call, int k, int code, bool onlyOnce = false);
    /// Every call from now on succeeds again (space was freed, the disk came back).
    void heal();

    /// Calls of `call` through the shim since it was made (failed ones too).
    int calls(VfsCall call) const;
    /// Calls failed on purpose so far.
    int faultsInjected() const;
    /// Bytes passed on to the real disk since the shim was made.
    qint64 bytesWritten() const;
    /// Files opened through the shim, to prove a connection really uses it.
    int filesOpened() const;

    /// The VFS's name, for sqlite3_open_v2's last argument.
    static const char* name();
};

} // namespace civic::test
