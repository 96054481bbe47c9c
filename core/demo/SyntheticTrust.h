#pragma once

#include "model/Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace civic {

class WheelStore;

/// A deterministic, realistic made-up trust of any size, for benchmarks and
/// crowded-wheel checks: the same spec and seed always write the same rows.
class SyntheticTrust
{
public:
    /// How much to make. Counts are exact; `sharedPartners` of the partners
    /// are tied to every academy (the NHS trust, the council...) and more are
    /// shared by neighbouring academies while ties allow.
    struct Spec
    {
        QString trustName;
        int academies = 1;
        int partners = 0;
        int sharedPartners = 0;
        int ties = 0; ///< at least one per partner, at most academies × partners
        int needs = 0;
        int initiatives = 0;
        int engagements = 0;
        int contacts = 0;
        QDate today; ///< dates are placed around this day, never the clock's

        /// 40 academies, 6,000 partners, 8,000 ties, 3,000 needs, 6,000
        /// initiatives, 20,000 engagements, 10,000 contacts.
        static Spec large();
        /// One academy with 150 partners, for crowded-wheel checks.
        static Spec crowded();
        /// "large" or "crowded"; nothing for another name.
        static std::optional<Spec> preset(const QString& name);
        static QStringList presetNames();

        /// The same trust `factor` times over: every count multiplied, so each
        /// academy holds what one of this spec's academies holds (the
        /// partners shared by every academy stay as many). Factor 1 to MaxScale.
        Spec scaled(int factor) const;
        static constexpr int MaxScale = 25;
    };

    /// Writes a whole trust as `spec` says into `store` (normally a new, empty
    /// file) in one transaction. Refuses a spec that cannot be met.
    static Status generate(WheelStore& store, const Spec& spec, quint32 seed);

    /// The spec's problem in a sentence, or empty when it can be met.
    static QString checkSpec(const Spec& spec);
};

} // namespace civic
