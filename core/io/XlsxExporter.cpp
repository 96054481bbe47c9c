#include "io/XlsxExporter.h"

#include "analysis/CoverageAnalysis.h"
#include "io/ExportFile.h"
#include "io/RegisterTable.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <xlsxwriter.h>

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("XlsxExporter", text);
}

constexpr int kMaxCellText = 32767; // Excel's limit for one cell

QByteArray cellText(const QString& text)
{
    return text.left(kMaxCellText).toUtf8();
}

// A register as a sheet: bold headers, columns as wide as their text (up to
// 50 characters), typed cells, frozen header row and a filter.
void writeRegister(lxw_workbook* workbook, const RegisterTable& table, lxw_format* heading,
                   lxw_format* wrap)
{
    const QByteArray name = cellText(table.title);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.constData());
    for (int c = 0; c < table.header.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), cellText(table.header.at(c)).constData(),
                               heading);
        int width = int(table.header.at(c).size());
        for (const QStringList& row : table.rows)
            width = std::max(width, int(row.value(c).size()));
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), std::min(width, 50) + 2.0, nullptr);
    }
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList& row = table.rows.at(r);
        for (int c = 0; c < row.size(); ++c) {
            const QString& text = row.at(c);
            if (text.isEmpty())
                continue;
            bool number = false;
            const double value = text.toDouble(&number);
            // Typed cells: text is stored as text, so nothing a partner
            // typed can run as a formula in Excel.
            if (table.numeric.value(c) && number)
                worksheet_write_number(sheet, lxw_row_t(r + 1), lxw_col_t(c), value, nullptr);
            else
                worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c),
                                       cellText(text).constData(),
                                       text.contains(QLatin1Char('\n')) ? wrap : nullptr);
        }
    }
    worksheet_freeze_panes(sheet, 1, 0);
    if (!table.header.isEmpty())
        worksheet_autofilter(sheet, 0, 0, lxw_row_t(table.rows.size()),
                             lxw_col_t(table.header.size() - 1));
}

// Coverage: the figures of the Coverage view (active initiatives; see Coverage.h).
void writeCoverage(lxw_workbook* workbook, const AcademyWheel& wheel, lxw_format* heading)
{
    lxw_worksheet* coverage =
        workbook_add_worksheet(workbook, cellText(tr("Coverage")).constData());
    const QStringList header{tr("Approach"),           tr("Active initiatives"),
                             tr("Partners involved"),  tr("Needs addressed"),
                             tr("Pupils reached"),     tr("Disadvantaged pupils reached"),
                             tr("SEND pupils reached")};
    for (int c = 0; c < header.size(); ++c) {
        worksheet_write_string(coverage, 0, lxw_col_t(c), cellText(header.at(c)).constData(),
                               heading);
        worksheet_set_column(coverage, lxw_col_t(c), lxw_col_t(c), c == 0 ? 28.0 : 16.0, nullptr);
    }
    int r = 1;
    for (const ApproachCoverage& a :
         CoverageAnalysis::analyse(wheel, QDate::currentDate()).approaches) {
        worksheet_write_string(coverage, lxw_row_t(r), 0,
                               cellText(displayName(a.approach)).constData(), nullptr);
        const int values[] = {a.activeInitiatives,    a.partners,
                              a.needsAddressed,       a.pupilsReached,
                              a.disadvantagedReached, a.sendReached};
        for (int c = 0; c < 6; ++c)
            worksheet_write_number(coverage, lxw_row_t(r), lxw_col_t(c + 1), values[c], nullptr);
        ++r;
    }
    worksheet_freeze_panes(coverage, 1, 0);
}

} // namespace

Status XlsxExporter::write(const QString& path, const AcademyWheel& wheel,
                           const ExportOptions& options)
{
    if (auto s = ExportFile::checkFolder(path); !s)
        return s;
    // libxlsxwriter writes to a path of its own; the finished workbook is then
    // put in place atomically like every other export.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error{tr("Civic Wheel could not make a temporary folder for the workbook."),
                     scratch.errorString()};
    const QByteArray temporary = QFile::encodeName(scratch.filePath(QStringLiteral("export.xlsx")));

    lxw_workbook* workbook = workbook_new(temporary.constData());
    if (!workbook)
        return Error{tr("Civic Wheel could not start the Excel workbook.")};
    lxw_format* heading = workbook_add_format(workbook);
    format_set_bold(heading);
    format_set_bg_color(heading, 0xE8EEF4);
    format_set_bottom(heading, LXW_BORDER_THIN);
    lxw_format* wrap = workbook_add_format(workbook);
    format_set_text_wrap(wrap);
    format_set_align(wrap, LXW_ALIGN_VERTICAL_TOP);

    QByteArray author = cellText(wheel.academy.name);
    QByteArray title = cellText(tr("Community wheel of %1").arg(wheel.academy.name));
    lxw_doc_properties properties{};
    properties.title = title.data();
    properties.company = author.data();
    workbook_set_properties(workbook, &properties);

    for (Register which : RegisterTable::registers(options))
        writeRegister(workbook, RegisterTable::build(wheel, which, options), heading, wrap);
    writeCoverage(workbook, wheel, heading);

    const lxw_error closed = workbook_close(workbook);
    if (closed != LXW_NO_ERROR)
        return Error{tr("Civic Wheel could not write the Excel workbook."),
                     QString::fromUtf8(lxw_strerror(closed))};
    QFile built(QFile::decodeName(temporary));
    if (!built.open(QIODevice::ReadOnly))
        return Error{tr("Civic Wheel could not read back the Excel workbook it wrote."),
                     built.errorString()};
    return ExportFile::write(path, built.readAll());
}

} // namespace civic
