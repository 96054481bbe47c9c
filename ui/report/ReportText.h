#pragma once

#include "report/ReportDocument.h"

#include <QFont>
#include <QImage>
#include <QString>

class QTextLayout;

namespace civic::ui {

/// How the report's text is measured and wrapped: on one device at the
/// renderer's resolution, so that pagination and painting (on the PDF or a
/// preview image) agree to the pixel.
class ReportText
{
public:
    /// A 1-pixel image claiming ReportRenderer::Dpi: the device every measurement is made on.
    static const QImage& measuringDevice();
    /// Wraps `text` into `layout` at `width`; returns the total height.
    static double wrap(QTextLayout& layout, const QString& text, const QFont& font, double width);
    /// The total height of a wrapped layout's lines, as wrap() returned it.
    static double heightOf(const QTextLayout& layout);
    /// A cell's text as printed: its mark ("✓ ", "! " ...) first, and cut
    /// short with a note past ReportRenderer::MaxCellText.
    static QString cellText(const ReportCell& cell);
};

} // namespace civic::ui
