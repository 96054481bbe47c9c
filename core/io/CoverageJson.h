#pragma once

#include "analysis/Coverage.h"

#include <QJsonObject>

namespace civic {

/// Writes coverage as the stable JSON of `civicwheel coverage --json`,
/// documented in docs/coverage-json.md. Keys are only ever added within a
/// format version; a change that removes or redefines one raises `Format`.
class CoverageJson
{
public:
    static constexpr int Format = 1;

    /// The whole document for one academy: {"format", "generator", "date", "scope": "academy",
    /// "coverage"}.
    static QJsonObject academyDocument(const Coverage& coverage);
    /// The whole document for a trust: {"format", "generator", "date", "scope": "trust", "trust",
    /// "totals", "academies"}.
    static QJsonObject trustDocument(const TrustCoverage& coverage);
    /// One coverage object (an academy, or a trust total).
    static QJsonObject toJson(const Coverage& coverage);
    static QJsonObject toJson(const Gap& gap);

    /// "need", "partner"...: the stable code of a record kind in the JSON.
    static QString entityCode(EntityKind kind);
};

} // namespace civic
