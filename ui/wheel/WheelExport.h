#pragma once

#include "model/Result.h"
#include "wheel/WheelLayout.h"

#include <QString>

namespace civic::ui {

/// Writes the community wheel, legend included, as a PNG or SVG picture,
/// atomically: an existing file is replaced only once the new one is complete.
class WheelExport
{
public:
    enum class Format
    {
        Png,
        Svg
    };

    static constexpr int MinimumSize = 200;
    static constexpr int MaximumSize = 8000;
    static constexpr int DefaultSize = 1600;

    /// The format the file name's suffix asks for (.png or .svg), if any.
    static Result<Format> formatFor(const QString& path);

    /// Lays out `wheel` on a `size` × `size` canvas and writes it to `path`.
    /// The format follows the suffix; `options.canvas` is replaced by the size.
    static Status write(const AcademyWheel& wheel, const QString& path, int size = DefaultSize,
                        WheelLayout::Options options = {});
};

} // namespace civic::ui
