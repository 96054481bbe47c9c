#pragma once

#include <QString>

#include <functional>
#include <string_view>

namespace civic {

/// A quick hash of a QString's UTF-16 for std::unordered_map, for maps an
/// import fills and searches once per row. Qt 6.4's own qHash of a string is
/// SipHash, built to resist chosen keys, and on a 10,000-row import it cost
/// more than everything else done with the keys.
struct StringHash
{
    size_t operator()(const QString& s) const noexcept
    {
        return std::hash<std::u16string_view>{}(std::u16string_view(
            reinterpret_cast<const char16_t*>(s.constData()), size_t(s.size())));
    }
};

} // namespace civic
