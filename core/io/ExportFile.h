#pragma once

#include "model/Result.h"

#include <QByteArray>
#include <QString>

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
};

} // namespace civic
