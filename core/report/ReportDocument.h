#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace civic {

/// One cell of a report table; `mark` adds a symbol as well as a colour, so
/// met and unmet read the same in black and white or to a colour-blind reader.
struct ReportCell
{
    enum class Mark
    {
        None,
        Met,
        Unmet,
        Warning,
        Yes,
        No
    };

    QString text;
    Mark mark = Mark::None;
    bool strong = false;
};

/// A picture the renderer draws from live data: the community wheel or a chart.
enum class ReportPicture
{
    Wheel,
    ApproachChart,
    TrustComparisonChart
};

/// One piece of a report, in reading order.
struct ReportBlock
{
    enum class Kind
    {
        Cover,         ///< title page: `text` title, `figures` label/value lines
        RunningHeader, ///< sets the page header from here on (`text`)
        Heading,       ///< section heading (`text`)
        Subheading,
        Paragraph,
        Note,    ///< small, muted text
        Figures, ///< key figures as tiles: `figures`
        Bullets, ///< `items`
        Table,   ///< `columns`, `widths` (relative), `rows`
        Picture, ///< `picture` of academy `academyId`, `height` in points
        PageBreak,
    };

    Kind kind = Kind::Paragraph;
    QString text;
    QStringList items;
    QVector<QPair<QString, QString>> figures;
    QStringList columns;
    QVector<double> widths;
    QVector<QVector<ReportCell>> rows;
    ReportPicture picture = ReportPicture::Wheel;
    qint64 academyId = 0;
    double height = 0;

    static ReportBlock heading(const QString& text) { return make(Kind::Heading, text); }
    static ReportBlock subheading(const QString& text) { return make(Kind::Subheading, text); }
    static ReportBlock paragraph(const QString& text) { return make(Kind::Paragraph, text); }
    static ReportBlock note(const QString& text) { return make(Kind::Note, text); }
    static ReportBlock runningHeader(const QString& text)
    {
        return make(Kind::RunningHeader, text);
    }
    static ReportBlock pageBreak() { return make(Kind::PageBreak, QString()); }
    static ReportBlock bullets(const QStringList& items)
    {
        ReportBlock block = make(Kind::Bullets, QString());
        block.items = items;
        return block;
    }
    static ReportBlock keyFigures(const QVector<QPair<QString, QString>>& items)
    {
        ReportBlock block = make(Kind::Figures, QString());
        block.figures = items;
        return block;
    }
    /// A table with these column headings and relative widths, its rows to be added.
    static ReportBlock table(const QStringList& columns, const QVector<double>& widths)
    {
        ReportBlock block = make(Kind::Table, QString());
        block.columns = columns;
        block.widths = widths;
        return block;
    }
    static ReportBlock pictureOf(ReportPicture kind, qint64 academyId, double height)
    {
        ReportBlock block = make(Kind::Picture, QString());
        block.picture = kind;
        block.academyId = academyId;
        block.height = height;
        return block;
    }
    static ReportBlock cover(const QString& title, const QString& subtitle,
                             const QVector<QPair<QString, QString>>& lines)
    {
        ReportBlock block = make(Kind::Cover, title);
        block.items = QStringList{subtitle};
        block.figures = lines;
        return block;
    }

private:
    static ReportBlock make(Kind kind, const QString& text)
    {
        ReportBlock block;
        block.kind = kind;
        block.text = text;
        return block;
    }
};

/// What a report says, independent of how it is drawn: built in core from the
/// wheel and its coverage, laid out into pages by the ui's ReportRenderer.
struct ReportDocument
{
    QString title;      ///< PDF metadata title
    QString author;     ///< PDF metadata author ("prepared by")
    QString footerText; ///< left of the footer, e.g. "Produced 23 November 2026"
    QDate produced;
    QVector<ReportBlock> blocks;

    /// Every piece of text in the document, for tests and searches.
    QStringList allText() const;
};

} // namespace civic
