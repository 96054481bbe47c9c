#pragma once

#include "analysis/Coverage.h"
#include "analysis/CoverageCounter.h"
#include "analysis/CoverageInput.h"
#include "analysis/GapWording.h"

namespace civic {

/// Decides which gaps a counted Coverage has, most important kind first (see
/// GapKind): a need with no active initiative, an approach or key sector with
/// nothing active, an overdue review, a need met without asking, a quiet tie.
/// A trust total gets only the trust-wide kinds. GapWording puts them in words.
class GapRules
{
public:
    GapRules(const CoverageInput& in, const CoverageCounter& counted, GapWording& wording);

    /// Appends the gaps of `coverage`, counted from the same input.
    void addGaps(Coverage& coverage);

private:
    Gap& add(GapKind kind, GapWording::Words words, EntityKind entity, qint64 id);
    void unmetNeedGaps();
    void missingApproachGaps();
    void noNeedsGap();
    void missingSectorGaps();
    void reviewGaps();
    void notConsultedGaps();
    void quietTieGaps();
    const Partner* firstCurrentPartnerOf(Sector sector) const;

    const CoverageInput& m_in;
    const CoverageCounter& m_counted;
    GapWording& m_wording;
    Coverage* m_c = nullptr;
};

} // namespace civic
