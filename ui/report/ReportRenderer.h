#pragma once

#include "model/Result.h"
#include "report/ReportDocument.h"

#include <QFont>
#include <QHash>
#include <QImage>
#include <QMutex>
#include <QRectF>
#include <QVector>

#include <functional>
#include <memory>

class QPainter;
class QTextLayout;

namespace civic::ui {

/// Lays a ReportDocument out on A4 portrait pages and paints them: the one
/// renderer behind the governors' PDF and its on-screen preview. Tables never
/// split a row across pages (their header repeats), headings stay with what
/// follows them, and every page has a header and a "page X of Y" footer.
class ReportRenderer
{
public:
    /// Draws a picture block (the wheel, a chart) into `target`.
    using PicturePainter =
        std::function<void(QPainter&, const QRectF& target, ReportPicture, qint64 academyId)>;
    /// Told of each page as it is written; return false to cancel.
    using Progress = std::function<bool(int page, int pageCount)>;

    static constexpr int Dpi = 300;

    ReportRenderer(ReportDocument document, PicturePainter pictures);
    ~ReportRenderer();
    ReportRenderer(const ReportRenderer&) = delete;
    ReportRenderer& operator=(const ReportRenderer&) = delete;

    int pageCount() const { return int(m_pages.size()); }
    /// The page in device pixels at Dpi.
    QSizeF pageSize() const;
    /// Paints one page onto a painter whose device works at Dpi.
    void paintPage(QPainter& painter, int page) const;
    /// One page as a picture `width` pixels wide, for the preview.
    QImage pageImage(int page, int width) const;

    /// Writes the whole document as a PDF at `path`, through a temporary file
    /// that replaces `path` only when complete.
    Status writePdf(const QString& path, const Progress& progress = {}) const;

    /// Longest text a table cell shows before it is cut short with a note.
    static constexpr int MaxCellText = 1200;

private:
    struct Piece
    {
        enum class Kind
        {
            Cover,
            Heading,
            Subheading,
            Text,
            FigureRow,
            Bullet,
            TableRows,
            Picture
        };
        Kind kind = Kind::Text;
        int block = 0;
        QRectF rect;
        int from = 0; ///< first line / figure / item / row
        int to = 0;   ///< one past the last
    };
    struct Page
    {
        QString header;
        QVector<Piece> pieces;
    };

    /// Which wrapped text a layout holds: a block's text {block}, one of its
    /// bullets {block, -1, item}, or a table cell (cellKey()).
    struct LayoutKey
    {
        int block = 0;
        int row = -1;
        int item = -1;
        friend bool operator==(const LayoutKey& a, const LayoutKey& b)
        {
            return a.block == b.block && a.row == b.row && a.item == b.item;
        }
        friend size_t qHash(const LayoutKey& k, size_t seed = 0)
        {
            return qHashMulti(seed, k.block, k.row, k.item);
        }
    };

    /// `text` wrapped at `width` in `font`, laid out once while paginating and
    /// reused when painting (every key always gets the same text, font and width).
    const QTextLayout& wrapped(const LayoutKey& key, const QString& text, const QFont& font,
                               double width) const;
    /// A layout made during pagination (painting never lays text out again).
    const QTextLayout& laidOut(const LayoutKey& key) const;

    /// Where pagination has got to: the body of a page, the header the next
    /// page takes, and the top of the room left on this one.
    struct Cursor
    {
        QRectF area;
        QString header;
        double y = 0;

        double room() const { return area.bottom() - y; }
        bool atTop() const { return y <= area.top(); }
    };

    void paginate();
    void newPage(Cursor& at);
    void place(Cursor& at, Piece::Kind kind, int block, double height, int from = 0, int to = 0);
    void placeBlock(Cursor& at, int block);
    void placeHeading(Cursor& at, int block);
    void placeText(Cursor& at, int block);
    void placeFigures(Cursor& at, int block);
    void placeBullets(Cursor& at, int block);
    void placeTable(Cursor& at, int block);
    /// Height of what must follow a heading on its page: its introduction and first piece.
    double leadHeight(int from) const;
    double px(double points) const { return points * Dpi / 72.0; }
    QRectF body() const;
    QFont font(double points, bool bold = false) const;
    QVector<double> tableWidths(const ReportBlock& block) const;
    /// Row 0 of the header is the column titles; data row r is row r + 1.
    static LayoutKey cellKey(int block, int row, int column, bool header);
    double rowHeight(int block, int row, const QVector<double>& widths, bool header) const;
    void paintCover(QPainter& painter, const Piece& piece) const;
    void paintTable(QPainter& painter, const Piece& piece) const;
    void paintFigures(QPainter& painter, const Piece& piece) const;
    void paintChrome(QPainter& painter, int page) const;
    void paintPiece(QPainter& painter, const Piece& piece) const;

    ReportDocument m_document;
    PicturePainter m_pictures;
    QVector<Page> m_pages;
    QVector<QVector<double>> m_rowHeights; ///< per table block, per row (index 0 = header)
    /// Wrapped text, filled by the constructor; painting only reads it.
    mutable QHash<LayoutKey, std::shared_ptr<QTextLayout>> m_layouts;
    /// Fonts by size and weight, made for the measuring device once.
    mutable QHash<QPair<double, bool>, QFont> m_fonts;
    /// The preview and a PDF being written may paint from two threads; they
    /// share the layouts above, which are not thread-safe, so they take turns.
    mutable QMutex m_paintLock;
};

} // namespace civic::ui
