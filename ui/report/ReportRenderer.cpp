#include "report/ReportRenderer.h"

#include "common/Palette.h"
#include "report/PdfMetadata.h"
#include "report/ReportText.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

namespace civic::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReportRenderer", text);
}

// Page furniture, in points.
constexpr double MarginSide = 50;
constexpr double MarginTop = 64;
constexpr double MarginBottom = 60;
constexpr double BodySize = 9.5;
constexpr double TableSize = 8.3;
constexpr double NoteSize = 8;
constexpr double HeadingSize = 15;
constexpr double SubheadingSize = 11.5;
constexpr double CellPadding = 4;
constexpr double FigureRowHeight = 54;
constexpr int FiguresPerRow = 4;

QColor markColour(ReportCell::Mark mark)
{
    switch (mark) {
    case ReportCell::Mark::Met:
    case ReportCell::Mark::Yes:
        return Palette::met();
    case ReportCell::Mark::Unmet:
    case ReportCell::Mark::Warning:
        return Palette::unmet();
    case ReportCell::Mark::No:
        return Palette::muted();
    case ReportCell::Mark::None:
        break;
    }
    return Palette::ink();
}

} // namespace

ReportRenderer::ReportRenderer(ReportDocument document, PicturePainter pictures)
    : m_document(std::move(document))
    , m_pictures(std::move(pictures))
{
    paginate();
}

ReportRenderer::~ReportRenderer() = default;

const QTextLayout& ReportRenderer::wrapped(const LayoutKey& key, const QString& text,
                                           const QFont& font, double width) const
{
    std::shared_ptr<QTextLayout>& layout = m_layouts[key];
    if (!layout) {
        layout = std::make_shared<QTextLayout>(QString(), QFont(), &ReportText::measuringDevice());
        ReportText::wrap(*layout, text, font, width);
    }
    return *layout;
}

const QTextLayout& ReportRenderer::laidOut(const LayoutKey& key) const
{
    const auto found = m_layouts.constFind(key);
    Q_ASSERT(found != m_layouts.cend());
    return **found;
}

QSizeF ReportRenderer::pageSize() const
{
    const QSizeF points = QPageSize(QPageSize::A4).size(QPageSize::Point);
    return QSizeF(px(points.width()), px(points.height()));
}

QRectF ReportRenderer::body() const
{
    const QSizeF page = pageSize();
    return QRectF(px(MarginSide), px(MarginTop), page.width() - 2 * px(MarginSide),
                  page.height() - px(MarginTop) - px(MarginBottom));
}

QFont ReportRenderer::font(double points, bool bold) const
{
    const QPair<double, bool> key(points, bold);
    if (const auto found = m_fonts.constFind(key); found != m_fonts.cend())
        return *found;
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(points);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    // No cosmetic ligatures: "fi" must stay two letters so the PDF can be searched
    // and its text copied; scripts that need shaping (Arabic...) still get it.
    f.setStyleStrategy(QFont::PreferNoShaping);
    m_fonts.insert(key, f);
    return f;
}

QVector<double> ReportRenderer::tableWidths(const ReportBlock& block) const
{
    const int columns = int(block.columns.size());
    QVector<double> weights = block.widths;
    weights.resize(columns);
    for (double& w : weights) {
        if (w <= 0)
            w = 1;
    }
    const double total = std::accumulate(weights.cbegin(), weights.cend(), 0.0);
    QVector<double> widths;
    for (double w : weights)
        widths.append(body().width() * w / total);
    return widths;
}

ReportRenderer::LayoutKey ReportRenderer::cellKey(int block, int row, int column, bool header)
{
    return LayoutKey{block, header ? 0 : row + 1, column};
}

double ReportRenderer::rowHeight(int b, int row, const QVector<double>& widths, bool header) const
{
    const ReportBlock& block = m_document.blocks[b];
    double height = 0;
    const int columns = int(widths.size());
    for (int c = 0; c < columns; ++c) {
        const LayoutKey key = cellKey(b, row, c, header);
        const QTextLayout* layout = nullptr;
        if (const auto found = m_layouts.constFind(key); found != m_layouts.cend()) {
            layout = found->get();
        } else {
            const ReportCell cell = header ? ReportCell{} : block.rows[row].value(c);
            const QString text = header ? block.columns.value(c) : ReportText::cellText(cell);
            layout = &wrapped(key, text, font(TableSize, header || cell.strong),
                              widths[c] - 2 * px(CellPadding));
        }
        height = std::max(height, ReportText::heightOf(*layout));
    }
    return height + 2 * px(CellPadding);
}

double ReportRenderer::leadHeight(int from) const
{
    const QRectF area = body();
    double lead = 0;
    for (int i = from; i < m_document.blocks.size(); ++i) {
        const ReportBlock& block = m_document.blocks[i];
        switch (block.kind) {
        case ReportBlock::Kind::RunningHeader:
            continue;
        case ReportBlock::Kind::Subheading:
            lead += ReportText::heightOf(
                        wrapped({i}, block.text, font(SubheadingSize, true), area.width())) +
                    px(14);
            continue;
        case ReportBlock::Kind::Paragraph:
        case ReportBlock::Kind::Note: {
            const QTextLayout& layout = wrapped(
                {i}, block.text, font(block.kind == ReportBlock::Kind::Note ? NoteSize : BodySize),
                area.width());
            const double height = ReportText::heightOf(layout);
            if (layout.lineCount() > 6) // a long text: two lines are enough to start it
                return lead + layout.lineAt(0).height() * 2;
            lead += height + px(6);
            continue;
        }
        case ReportBlock::Kind::Picture:
            lead += std::min(px(block.height), area.height());
            break;
        case ReportBlock::Kind::Table:
            if (!block.rows.isEmpty()) {
                const QVector<double> widths = tableWidths(block);
                lead += rowHeight(i, 0, widths, true) + rowHeight(i, 0, widths, false);
            }
            break;
        case ReportBlock::Kind::Figures:
            lead += px(FigureRowHeight + 8);
            break;
        case ReportBlock::Kind::Bullets:
            if (!block.items.isEmpty())
                lead += ReportText::heightOf(wrapped({i, -1, 0}, block.items.first(),
                                                     font(BodySize), area.width() - px(16)));
            break;
        case ReportBlock::Kind::Cover:
        case ReportBlock::Kind::Heading:
        case ReportBlock::Kind::PageBreak:
            break;
        }
        break;
    }
    return std::min(lead, area.height() * 0.9);
}

void ReportRenderer::paginate()
{
    m_pages.clear();
    m_rowHeights = QVector<QVector<double>>(m_document.blocks.size());
    Cursor at{body(), QString(), body().top()};
    m_pages.append(Page{at.header, {}});
    for (int b = 0; b < m_document.blocks.size(); ++b)
        placeBlock(at, b);
    if (m_pages.size() > 1 && m_pages.last().pieces.isEmpty())
        m_pages.removeLast();
}

void ReportRenderer::newPage(Cursor& at)
{
    m_pages.append(Page{at.header, {}});
    at.y = at.area.top();
}

void ReportRenderer::place(Cursor& at, Piece::Kind kind, int block, double height, int from, int to)
{
    m_pages.last().pieces.append(
        Piece{kind, block, QRectF(at.area.left(), at.y, at.area.width(), height), from, to});
    at.y += height;
}

void ReportRenderer::placeBlock(Cursor& at, int b)
{
    const ReportBlock& block = m_document.blocks[b];
    switch (block.kind) {
    case ReportBlock::Kind::RunningHeader:
        at.header = block.text;
        if (m_pages.last().pieces.isEmpty())
            m_pages.last().header = at.header;
        break;
    case ReportBlock::Kind::PageBreak:
        if (!m_pages.last().pieces.isEmpty())
            newPage(at);
        break;
    case ReportBlock::Kind::Cover:
        if (!m_pages.last().pieces.isEmpty())
            newPage(at);
        place(at, Piece::Kind::Cover, b, at.area.height());
        newPage(at);
        break;
    case ReportBlock::Kind::Heading:
    case ReportBlock::Kind::Subheading:
        placeHeading(at, b);
        break;
    case ReportBlock::Kind::Paragraph:
    case ReportBlock::Kind::Note:
        placeText(at, b);
        break;
    case ReportBlock::Kind::Figures:
        placeFigures(at, b);
        break;
    case ReportBlock::Kind::Bullets:
        placeBullets(at, b);
        break;
    case ReportBlock::Kind::Table:
        placeTable(at, b);
        break;
    case ReportBlock::Kind::Picture: {
        const double height = std::min(px(block.height), at.area.height());
        if (height > at.room())
            newPage(at);
        place(at, Piece::Kind::Picture, b, height);
        at.y += px(8);
        break;
    }
    }
}

// A heading keeps with its introduction and the first piece after it.
void ReportRenderer::placeHeading(Cursor& at, int b)
{
    const ReportBlock& block = m_document.blocks[b];
    const bool major = block.kind == ReportBlock::Kind::Heading;
    const double text = ReportText::heightOf(wrapped(
        {b}, block.text, font(major ? HeadingSize : SubheadingSize, true), at.area.width()));
    const double after = px(major ? 8 : 4);
    double before = at.atTop() ? 0 : px(major ? 16 : 10);
    if (before + text + after + leadHeight(b + 1) > at.room() && !at.atTop()) {
        newPage(at);
        before = 0;
    }
    place(at, major ? Piece::Kind::Heading : Piece::Kind::Subheading, b, before + text + after);
}

// As many lines as fit on each page, never one line alone at a page's end
// when the paragraph goes on.
void ReportRenderer::placeText(Cursor& at, int b)
{
    const ReportBlock& block = m_document.blocks[b];
    const QTextLayout& layout =
        wrapped({b}, block.text, font(block.kind == ReportBlock::Kind::Note ? NoteSize : BodySize),
                at.area.width());
    int line = 0;
    while (line < layout.lineCount()) {
        int last = line;
        double height = 0;
        while (last < layout.lineCount() && height + layout.lineAt(last).height() <= at.room()) {
            height += layout.lineAt(last).height();
            ++last;
        }
        if (last == line) { // not even one line fits here
            if (!at.atTop()) {
                newPage(at);
                continue;
            }
            height = layout.lineAt(last).height(); // a line taller than a page: place it anyway
            ++last;
        }
        if (last < layout.lineCount() && last - line < 2 && !at.atTop()) {
            newPage(at);
            continue;
        }
        place(at, Piece::Kind::Text, b, height, line, last);
        line = last;
        if (line < layout.lineCount())
            newPage(at);
    }
    at.y += px(6);
}

void ReportRenderer::placeFigures(Cursor& at, int b)
{
    const int count = int(m_document.blocks[b].figures.size());
    for (int from = 0; from < count; from += FiguresPerRow) {
        const double height = px(FigureRowHeight + 8);
        if (height > at.room())
            newPage(at);
        place(at, Piece::Kind::FigureRow, b, height, from, std::min(count, from + FiguresPerRow));
    }
    at.y += px(6);
}

void ReportRenderer::placeBullets(Cursor& at, int b)
{
    const ReportBlock& block = m_document.blocks[b];
    for (int i = 0; i < block.items.size(); ++i) {
        const double height =
            ReportText::heightOf(
                wrapped({b, -1, i}, block.items[i], font(BodySize), at.area.width() - px(16))) +
            px(3);
        if (height > at.room())
            newPage(at);
        place(at, Piece::Kind::Bullet, b, height, i, i + 1);
    }
    at.y += px(6);
}

// Whole rows on each page, the header repeated; a row taller than a page is cut to it.
void ReportRenderer::placeTable(Cursor& at, int b)
{
    const ReportBlock& block = m_document.blocks[b];
    const QVector<double> widths = tableWidths(block);
    QVector<double>& heights = m_rowHeights[b];
    heights.append(rowHeight(b, 0, widths, true));
    for (int r = 0; r < block.rows.size(); ++r)
        heights.append(std::min(rowHeight(b, r, widths, false), at.area.height() - heights[0]));
    if (block.rows.isEmpty())
        return;
    int row = 0;
    while (row < block.rows.size()) {
        if (heights[0] + heights[row + 1] > at.room())
            newPage(at);
        double height = heights[0];
        int last = row;
        while (last < block.rows.size() && height + heights[last + 1] <= at.room()) {
            height += heights[last + 1];
            ++last;
        }
        place(at, Piece::Kind::TableRows, b, height, row, last);
        row = last;
        if (row < block.rows.size())
            newPage(at);
    }
    at.y += px(10);
}

void ReportRenderer::paintChrome(QPainter& painter, int page) const
{
    const QSizeF size = pageSize();
    const double left = px(MarginSide);
    const double right = size.width() - px(MarginSide);
    painter.setPen(Palette::muted());
    painter.setFont(font(8));
    const QRectF headerBox(left, px(28), right - left, px(14));
    painter.drawText(headerBox, Qt::AlignLeft | Qt::AlignVCenter, m_pages[page].header);
    painter.drawText(headerBox, Qt::AlignRight | Qt::AlignVCenter, m_document.title);
    painter.setPen(QPen(Palette::muted(), px(0.5)));
    painter.drawLine(QPointF(left, px(46)), QPointF(right, px(46)));

    const double footerTop = size.height() - px(40);
    painter.drawLine(QPointF(left, footerTop), QPointF(right, footerTop));
    painter.setPen(Palette::muted());
    const QRectF footerBox(left, footerTop + px(4), right - left, px(14));
    painter.drawText(footerBox, Qt::AlignLeft | Qt::AlignVCenter, m_document.footerText);
    painter.drawText(footerBox, Qt::AlignRight | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(page + 1).arg(pageCount()));
}

void ReportRenderer::paintCover(QPainter& painter, const Piece& piece) const
{
    const ReportBlock& block = m_document.blocks[piece.block];
    const QRectF area = piece.rect;
    double y = area.top() + px(90);
    painter.fillRect(QRectF(area.left(), y, px(64), px(6)), Palette::hub());
    y += px(24);

    QTextLayout title(QString(), QFont(), &ReportText::measuringDevice());
    const double titleHeight = ReportText::wrap(title, block.text, font(26, true), area.width());
    painter.setPen(Palette::ink());
    title.draw(&painter, QPointF(area.left(), y));
    y += titleHeight + px(10);

    for (const QString& line : block.items) {
        QTextLayout sub(QString(), QFont(), &ReportText::measuringDevice());
        const double h = ReportText::wrap(sub, line, font(14), area.width());
        painter.setPen(Palette::hub());
        sub.draw(&painter, QPointF(area.left(), y));
        y += h + px(4);
    }
    y += px(36);

    const double labelWidth = px(130);
    for (const auto& [label, value] : block.figures) {
        QTextLayout valueLayout(QString(), QFont(), &ReportText::measuringDevice());
        const double h = ReportText::wrap(valueLayout, value, font(11), area.width() - labelWidth);
        painter.setPen(Palette::muted());
        painter.setFont(font(11));
        painter.drawText(QRectF(area.left(), y, labelWidth, h), Qt::AlignLeft | Qt::AlignTop,
                         label);
        painter.setPen(Palette::ink());
        valueLayout.draw(&painter, QPointF(area.left() + labelWidth, y));
        y += h + px(8);
    }
}

void ReportRenderer::paintFigures(QPainter& painter, const Piece& piece) const
{
    const ReportBlock& block = m_document.blocks[piece.block];
    const double gap = px(8);
    const double width = (piece.rect.width() - gap * (FiguresPerRow - 1)) / FiguresPerRow;
    for (int i = piece.from; i < piece.to; ++i) {
        const QRectF tile(piece.rect.left() + (i - piece.from) * (width + gap), piece.rect.top(),
                          width, px(FigureRowHeight));
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0xf1, 0xf4, 0xf7));
        painter.drawRoundedRect(tile, px(4), px(4));
        painter.setPen(Palette::ink());
        painter.setFont(font(17, true));
        painter.drawText(tile.adjusted(px(8), px(5), -px(6), -tile.height() / 2 + px(8)),
                         Qt::AlignLeft | Qt::AlignVCenter, block.figures[i].second);
        painter.setPen(Palette::muted());
        painter.setFont(font(7.6));
        painter.drawText(tile.adjusted(px(8), tile.height() / 2 + px(1), -px(6), -px(3)),
                         Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, block.figures[i].first);
    }
}

void ReportRenderer::paintTable(QPainter& painter, const Piece& piece) const
{
    const ReportBlock& block = m_document.blocks[piece.block];
    const QVector<double> widths = tableWidths(block);
    const QVector<double>& heights = m_rowHeights[piece.block];
    double y = piece.rect.top();

    auto paintRow = [&](int row, bool header, double height) {
        double x = piece.rect.left();
        if (header)
            painter.fillRect(QRectF(x, y, piece.rect.width(), height), QColor(0xe8, 0xec, 0xf0));
        else if (row % 2 == 1)
            painter.fillRect(QRectF(x, y, piece.rect.width(), height), QColor(0xf8, 0xf9, 0xfa));
        for (int c = 0; c < widths.size(); ++c) {
            const ReportCell cell = header ? ReportCell{} : block.rows[row].value(c);
            const QTextLayout& layout = laidOut(cellKey(piece.block, row, c, header));
            painter.setPen(header ? Palette::ink() : markColour(cell.mark));
            const QPointF origin(x + px(CellPadding), y + px(CellPadding));
            // Only a row cut short at a page's height needs its cells clipped; a
            // clip per cell would double the PDF's page content (and its writing time).
            constexpr double Slack = 0.01;
            const double inner = widths[c] - 2 * px(CellPadding);
            if (ReportText::heightOf(layout) + 2 * px(CellPadding) <= height + Slack &&
                layout.boundingRect().width() <= inner + Slack) {
                layout.draw(&painter, origin);
            } else {
                painter.save();
                painter.setClipRect(QRectF(x, y, widths[c], height));
                layout.draw(&painter, origin);
                painter.restore();
            }
            x += widths[c];
        }
        painter.setPen(QPen(QColor(0xd5, 0xdb, 0xe1), px(0.5)));
        painter.drawLine(QPointF(piece.rect.left(), y + height),
                         QPointF(piece.rect.right(), y + height));
        y += height;
    };
    paintRow(0, true, heights[0]);
    for (int r = piece.from; r < piece.to; ++r)
        paintRow(r, false, heights[r + 1]);
}

void ReportRenderer::paintPiece(QPainter& painter, const Piece& piece) const
{
    const ReportBlock& block = m_document.blocks[piece.block];
    switch (piece.kind) {
    case Piece::Kind::Cover:
        paintCover(painter, piece);
        break;
    case Piece::Kind::Heading:
    case Piece::Kind::Subheading: {
        const bool major = piece.kind == Piece::Kind::Heading;
        const QTextLayout& layout = laidOut({piece.block});
        const double height = ReportText::heightOf(layout);
        const double top = piece.rect.bottom() - height - px(major ? 8 : 4);
        painter.setPen(major ? Palette::hub() : Palette::ink());
        layout.draw(&painter, QPointF(piece.rect.left(), top));
        if (major) {
            painter.setPen(QPen(Palette::hub(), px(1.2)));
            painter.drawLine(QPointF(piece.rect.left(), piece.rect.bottom() - px(3)),
                             QPointF(piece.rect.right(), piece.rect.bottom() - px(3)));
        }
        break;
    }
    case Piece::Kind::Text: {
        const bool note = block.kind == ReportBlock::Kind::Note;
        const QTextLayout& layout = laidOut({piece.block});
        painter.setPen(note ? Palette::muted() : Palette::ink());
        const double offset = piece.rect.top() - layout.lineAt(piece.from).position().y();
        for (int l = piece.from; l < piece.to; ++l)
            layout.lineAt(l).draw(&painter, QPointF(piece.rect.left(), offset));
        break;
    }
    case Piece::Kind::FigureRow:
        paintFigures(painter, piece);
        break;
    case Piece::Kind::Bullet: {
        const QTextLayout& layout = laidOut({piece.block, -1, piece.from});
        painter.setPen(Qt::NoPen);
        painter.setBrush(Palette::hub());
        const double lineHeight = layout.lineCount() ? layout.lineAt(0).height() : px(BodySize);
        painter.drawEllipse(QPointF(piece.rect.left() + px(5), piece.rect.top() + lineHeight / 2),
                            px(1.8), px(1.8));
        painter.setPen(Palette::ink());
        layout.draw(&painter, QPointF(piece.rect.left() + px(16), piece.rect.top()));
        break;
    }
    case Piece::Kind::TableRows:
        paintTable(painter, piece);
        break;
    case Piece::Kind::Picture:
        if (m_pictures) {
            painter.save();
            painter.setClipRect(piece.rect);
            m_pictures(painter, piece.rect, block.picture, block.academyId);
            painter.restore();
        }
        break;
    }
}

void ReportRenderer::paintPage(QPainter& painter, int page) const
{
    if (page < 0 || page >= pageCount())
        return;
    const QMutexLocker lock(&m_paintLock);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(QRectF(QPointF(0, 0), pageSize()), Palette::paper());
    paintChrome(painter, page);

    for (const Piece& piece : m_pages[page].pieces)
        paintPiece(painter, piece);
    painter.restore();
}

QImage ReportRenderer::pageImage(int page, int width) const
{
    const QSizeF size = pageSize();
    const double scale = width / size.width();
    QImage image(QSize(width, qRound(size.height() * scale)), QImage::Format_ARGB32_Premultiplied);
    // The image claims Dpi so fonts are sized as on paper; the painter shrinks it all.
    const int dotsPerMeter = qRound(Dpi / 0.0254);
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    image.fill(Palette::paper());
    QPainter painter(&image);
    painter.scale(scale, scale);
    paintPage(painter, page);
    return image;
}

Status ReportRenderer::writePdf(const QString& path, const Progress& progress) const
{
    const QFileInfo info(path);
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error{tr("The folder “%1” does not exist. Choose another place for the PDF.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()))};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Civic Wheel cannot write “%1”. Choose a folder you can save in.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    {
        QPdfWriter writer(&file);
        writer.setResolution(Dpi);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(m_document.title);
        writer.setCreator(QStringLiteral("Civic Wheel " CIVIC_VERSION));
        // Qt 6.4 writes no Author entry, so the author goes in the XMP metadata
        // that PDF readers show as the document's properties.
        writer.setDocumentXmpMetadata(PdfMetadata::xmp(m_document));
        QPainter painter;
        if (!painter.begin(&writer)) {
            file.cancelWriting();
            return Error{tr("Civic Wheel could not start writing the PDF.")};
        }
        for (int page = 0; page < pageCount(); ++page) {
            if (page > 0)
                writer.newPage();
            paintPage(painter, page);
            if (progress && !progress(page + 1, pageCount())) {
                painter.end();
                file.cancelWriting();
                return Error{tr("The PDF was not written: you cancelled it.")};
            }
        }
        painter.end();
    }
    if (!file.commit())
        return Error{
            tr("Civic Wheel could not finish writing “%1” (the disk may be full). Any earlier file "
               "there is unchanged.")
                .arg(QDir::toNativeSeparators(path)),
            file.errorString()};
    return {};
}

} // namespace civic::ui
