#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace civic {

/// Writes an exported file atomically: to a temporary file beside the
/// target, renamed over it only when complete, so a failed export never
/// leaves a half-written file or damages an older one.
class ExportFile
{
public:
    enum Access
    {
        Default,  ///< the permissions of the file it replaces, or the usual ones
        OwnerOnly ///< readable by its owner alone (0600) before any byte is written
    };
    static Status write(const QString& path, const QByteArray& bytes, Access access = Default);
    /// Checks the folder of `path` exists and is a folder, with a message a person can act on.
    static Status checkFolder(const QString& path);

    /// Finishes a device once every byte is written; for write()'s QSaveFile,
    /// its commit(), which flushes, syncs and renames the file into place.
    using Commit = std::function<bool()>;
    /// write()'s steps after the folder check (open, write every byte,
    /// commit), each checked, through a `device` (opened here unless open). write() hands
    /// in a QSaveFile over `path`; tests hand in a device that fails part-way,
    /// as a full disk does, to prove each failure is reported and nothing is
    /// committed. `path` names the file in the messages.
    static Status writeThrough(QIODevice& device, const Commit& commit, const QString& path,
                               const QByteArray& bytes);
};

} // namespace civic
