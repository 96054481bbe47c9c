#pragma once

#include <QtGlobal>

#include <cstddef>

namespace civic {

/// The seeded numbers a synthetic trust is drawn from. SplitMix64: tiny, and
/// the same numbers on every compiler and library (std::uniform_int_distribution
/// is not), so a seed always gives one file.
class SyntheticRandom
{
public:
    explicit SyntheticRandom(quint64 seed)
        : m_state(seed)
    {}
    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// 0 .. n-1 (n > 0)
    int below(int n) { return int(next() % quint64(n)); }
    /// lo .. hi inclusive
    int between(int lo, int hi) { return lo + below(hi - lo + 1); }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T, size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }
    /// An index into `weights` chosen in proportion to them.
    template <size_t N>
    int weighted(const int (&weights)[N])
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int r = below(total);
        for (size_t i = 0; i < N; ++i) {
            if (r < weights[i])
                return int(i);
            r -= weights[i];
        }
        return int(N) - 1;
    }

private:
    quint64 m_state;
};

} // namespace civic
