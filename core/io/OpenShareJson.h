#pragma once

#include "io/ExportOptions.h"
#include "model/AcademyWheel.h"
#include "model/Result.h"

#include <QByteArray>

namespace civic {

class WheelStore;

/// The "open share" format: an academy's wheel as documented, versioned JSON
/// (docs/open-share-json.md) that another school can import to learn from.
/// Anonymised unless the options tick personal data in.
class OpenShareJson
{
public:
    static constexpr int FormatVersion = 1;
    static const char* const FormatName; // "civic-wheel-open-share"

    static QByteArray write(const AcademyWheel& wheel, const ExportOptions& options = {});
    static Status exportTo(const QString& path, const AcademyWheel& wheel,
                           const ExportOptions& options = {});

    /// Reads a shared wheel. Ids in the result are local to it (1, 2, ...);
    /// links between its records use them.
    static Result<AcademyWheel> read(const QByteArray& json);
    static Result<AcademyWheel> readFile(const QString& path);

    /// Adds a shared wheel to `store` as a new academy (standing alone, not
    /// in the file's trust) in one transaction. A partner already in the file
    /// (same normalised name and postcode) is reused rather than repeated.
    /// `urn` replaces the shared academy's URN when not empty. Returns the new academy's id.
    static Result<qint64> importInto(WheelStore& store, const AcademyWheel& shared,
                                     const QString& urn = {});
};

} // namespace civic
