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
    static Status write(const QString& path, const QByteArray& bytes);
    /// Checks the folder of `path` exists and is a folder, with a message a person can act on.
    static Status checkFolder(const QString& path);
};

} // namespace civic
