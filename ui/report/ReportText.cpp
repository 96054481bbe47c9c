#include "report/ReportText.h"

#include "report/ReportRenderer.h"

#include <QCoreApplication>
#include <QTextBoundaryFinder>
#include <QTextLayout>

#include <algorithm>

namespace civic::ui {

const QImage& ReportText::measuringDevice()
{
    static const QImage image = [] {
        QImage i(1, 1, QImage::Format_RGB32);
        const int dotsPerMeter = qRound(ReportRenderer::Dpi / 0.0254);
        i.setDotsPerMeterX(dotsPerMeter);
        i.setDotsPerMeterY(dotsPerMeter);
        return i;
    }();
    return image;
}

double ReportText::wrap(QTextLayout& layout, const QString& text, const QFont& font, double width)
{
    QString lines = text;
    lines.replace(QLatin1Char('\n'), QChar::LineSeparator);
    layout.setText(lines);
    layout.setFont(QFont(font, &measuringDevice()));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double y = 0;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
    }
    layout.endLayout();
    return y;
}

double ReportText::heightOf(const QTextLayout& layout)
{
    double height = 0;
    for (int i = 0; i < layout.lineCount(); ++i)
        height += layout.lineAt(i).height();
    return height;
}

QString ReportText::cellText(const ReportCell& cell)
{
    QString text = cell.text;
    if (text.size() > ReportRenderer::MaxCellText) {
        // Cut between two characters as a reader sees them, never inside an
        // emoji's surrogate pair or between a letter and its accent.
        QTextBoundaryFinder graphemes(QTextBoundaryFinder::Grapheme, text);
        graphemes.setPosition(ReportRenderer::MaxCellText);
        const qsizetype cut =
            graphemes.isAtBoundary() ? ReportRenderer::MaxCellText : graphemes.toPreviousBoundary();
        text = text.left(std::max<qsizetype>(cut, 0)) +
               QCoreApplication::translate("ReportRenderer",
                                           "… (shortened here; the full text is in Civic Wheel)");
    }
    switch (cell.mark) {
    case ReportCell::Mark::Met:
        return QStringLiteral("✓ ") + text;
    case ReportCell::Mark::Unmet:
        return QStringLiteral("✗ ") + text;
    case ReportCell::Mark::Warning:
        return QStringLiteral("! ") + text;
    case ReportCell::Mark::Yes:
        return QStringLiteral("✓ ") + text;
    case ReportCell::Mark::No:
        return QStringLiteral("– ") + text;
    case ReportCell::Mark::None:
        break;
    }
    return text;
}

} // namespace civic::ui
