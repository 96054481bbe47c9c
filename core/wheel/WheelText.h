#pragma once

#include "wheel/WheelLayout.h"

#include <QString>
#include <QStringList>

namespace civic {

/// The wheel layout's words: its translations, and text shortened, wrapped
/// or bent along an arc to fit the room it is given.
class WheelText
{
public:
    /// `text` translated in the layout's context ("civic::WheelLayout").
    static QString tr(const char* text);

    /// English singular or plural until a translation supplies its own forms.
    static QString count(int n, const char* one, const char* many);

    /// Shortens `text` with "…" until it fits `width`; empty when not even that fits.
    static QString elide(const QString& text, qreal width, qreal px, bool bold,
                         const WheelLayout::TextMeasure& measure);

    /// `text` in at most `maxLines` lines of `width`, the last elided.
    static QStringList wrap(const QString& text, qreal width, int maxLines, qreal px, bool bold,
                            const WheelLayout::TextMeasure& measure);

    /// `text` centred along the arc at `radius` from `start` over `span`,
    /// elided to the arc's length (empty when too short for two letters).
    static WheelLayout::ArcText arcText(const QString& text, qreal radius, qreal start, qreal span,
                                        qreal px, bool bold,
                                        const WheelLayout::TextMeasure& measure);
};

} // namespace civic
