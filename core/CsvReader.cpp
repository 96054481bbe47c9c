#include "CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <csv.h>

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("CsvReader", text);
}

// libcsv's parser state when no record has begun (ROW_NOT_BEGUN in libcsv.c).
constexpr int kRowNotBegun = 0;
constexpr int kFieldBegun = 2;

struct Collector
{
    QVector<CsvRecord> records;
    QStringList cells;
    int recordLine = 0;
};

void onField(void* data, size_t length, void* context)
{
    auto* c = static_cast<Collector*>(context);
    c->cells.append(QString::fromUtf8(static_cast<const char*>(data), qsizetype(length)));
}

void onRecord(int, void* context)
{
    auto* c = static_cast<Collector*>(context);
    bool blank = true;
    for (const QString& cell : std::as_const(c->cells)) {
        if (!cell.trimmed().isEmpty()) {
            blank = false;
            break;
        }
    }
    if (!blank)
        c->records.append(CsvRecord{c->recordLine, c->cells});
    c->cells.clear();
}

// Spaces are data: trimming, if any, is the importer's decision per column.
int noSpace(unsigned char)
{
    return 0;
}

} // namespace

char CsvReader::detectDelimiter(const QString& text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (tabs > commas && tabs >= semicolons)
        return '\t';
    if (semicolons > commas)
        return ';';
    return ',';
}

QString CsvReader::delimiterName(char delimiter)
{
    switch (delimiter) {
    case ';':
        return tr("semicolon");
    case '\t':
        return tr("tab");
    default:
        return tr("comma");
    }
}

Result<CsvTable> CsvReader::readFile(const QString& path, const CsvReadOptions& options)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!QFileInfo::exists(path))
        return Error{tr("There is no file at “%1”.").arg(shown)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            tr("Civic Wheel is not allowed to read “%1”. Check the file's permissions.").arg(shown),
            file.errorString()};
    const QByteArray bytes = file.readAll();
    if (bytes.startsWith(QByteArray("PK\x03\x04", 4)))
        return Error{tr("“%1” is an Excel workbook, not a CSV file. In Excel choose File › Save As "
                        "› “CSV UTF-8”, "
                        "then import that file.")
                         .arg(QFileInfo(path).fileName())};
    if (bytes.startsWith(QByteArray("SQLite format 3")))
        return Error{tr("“%1” is a database, not a CSV file. To open a wheel file use File › Open.")
                         .arg(QFileInfo(path).fileName())};
    return read(bytes, options);
}

Result<CsvTable> CsvReader::read(const QByteArray& bytes, const CsvReadOptions& options)
{
    CsvTable table;
    table.encoding = options.encoding.value_or(EncodingDetector::detect(bytes));
    const QString text = EncodingDetector::decode(bytes, table.encoding);
    if (text.trimmed().isEmpty())
        return Error{tr("The file is empty: there is no header row and no data to import.")};
    table.delimiter = options.delimiter.value_or(detectDelimiter(text));
    const QByteArray utf8 = text.toUtf8();

    csv_parser parser;
    if (csv_init(&parser, CSV_APPEND_NULL) != 0)
        return Error{tr("Civic Wheel ran out of memory reading the file.")};
    csv_set_delim(&parser, static_cast<unsigned char>(table.delimiter));
    csv_set_space_func(&parser, &noSpace);

    Collector collector;
    collector.records.reserve(utf8.count('\n') + 1);
    // Fed one line at a time so that each record knows the line it starts on:
    // a record begins on a line only if none was under way before it.
    int line = 0;
    qsizetype start = 0;
    bool failed = false;
    while (start < utf8.size() && !failed) {
        qsizetype end = utf8.indexOf('\n', start);
        end = end < 0 ? utf8.size() : end + 1;
        ++line;
        if (parser.pstate == kRowNotBegun)
            collector.recordLine = line;
        const size_t length = size_t(end - start);
        if (csv_parse(&parser, utf8.constData() + start, length, &onField, &onRecord, &collector) !=
            length)
            failed = true;
        start = end;
    }
    const bool openQuote = parser.pstate == kFieldBegun && parser.quoted;
    const int openLine = collector.recordLine;
    if (!failed)
        csv_fini(&parser, &onField, &onRecord, &collector);
    const int status = csv_error(&parser);
    csv_free(&parser);
    if (failed)
        return Error{tr("The file could not be read from line %1 on.").arg(line),
                     QString::fromUtf8(csv_strerror(status))};
    if (openQuote)
        return Error{tr("Line %1 opens a quoted value (\") that is never closed, so the rest of "
                        "the file cannot "
                        "be read. Add the missing quote mark and import again.")
                         .arg(openLine)};
    if (collector.records.isEmpty())
        return Error{tr("The file is empty: there is no header row and no data to import.")};

    table.header = collector.records.first().cells;
    for (QString& name : table.header)
        name = name.trimmed();
    table.headerLine = collector.records.first().line;
    collector.records.removeFirst();
    table.records = std::move(collector.records);
    return table;
}

} // namespace civic
