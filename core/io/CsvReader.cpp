#include "io/CsvReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cstring>
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

// Gathers fields into records; the first record that is not blank is the
// header, every later one goes to the sink.
struct Collector
{
    Collector(CsvTable& t, const CsvReader::RecordSink& sink)
        : table(t)
        , take(sink)
    {}

    CsvTable& table;
    const CsvReader::RecordSink& take;
    bool haveHeader = false;
    bool stopped = false; // the sink asked for no more
    CsvRecord record;     // filled field by field; its list is reused unless a sink keeps it
};

void onField(void* data, size_t length, void* context)
{
    auto* c = static_cast<Collector*>(context);
    c->record.cells.append(QString::fromUtf8(static_cast<const char*>(data), qsizetype(length)));
}

void onRecord(int, void* context)
{
    auto* c = static_cast<Collector*>(context);
    QStringList& cells = c->record.cells;
    const bool blank = std::all_of(cells.cbegin(), cells.cend(),
                                   [](const QString& cell) { return cell.trimmed().isEmpty(); });
    if (!blank && !c->stopped) {
        if (!c->haveHeader) {
            c->haveHeader = true;
            c->table.header = cells;
            for (QString& name : c->table.header)
                name = name.trimmed();
            c->table.headerLine = c->record.line;
        } else if (!c->take(c->table, c->record)) {
            c->stopped = true;
        }
    }
    cells.clear();
}

// Spaces are data: trimming, if any, is the importer's decision per column.
int noSpace(unsigned char)
{
    return 0;
}

char16_t unit(QChar c)
{
    return c.unicode();
}
char16_t unit(char c)
{
    return char16_t(static_cast<unsigned char>(c));
}

// The delimiter of the header line, from its characters or its UTF-8 bytes:
// the delimiters and quotes are all ASCII.
template <typename Text>
char delimiterOf(const Text& text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const auto c : text) {
        const char16_t u = unit(c);
        if (u == u'"')
            quoted = !quoted;
        else if (!quoted && (u == u'\n' || u == u'\r'))
            break;
        else if (!quoted && u == u',')
            ++commas;
        else if (!quoted && u == u';')
            ++semicolons;
        else if (!quoted && u == u'\t')
            ++tabs;
    }
    if (tabs > commas && tabs >= semicolons)
        return '\t';
    if (semicolons > commas)
        return ';';
    return ',';
}

// Whether the text is nothing but white space (QChar::isSpace), looking at as
// few characters as it can.
bool onlySpace(QByteArrayView utf8)
{
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x80) { // a space outside ASCII (no-break, ideographic ...)?
            const QString rest = QString::fromUtf8(utf8.sliced(i));
            return std::all_of(rest.cbegin(), rest.cend(), [](QChar ch) { return ch.isSpace(); });
        }
        if (!QChar::isSpace(c))
            return false;
    }
    return true;
}

} // namespace

char CsvReader::detectDelimiter(const QString& text)
{
    return delimiterOf(text);
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

Result<QByteArray> CsvReader::fileBytes(const QString& path)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!QFileInfo::exists(path))
        return Error{tr("There is no file at “%1”.").arg(shown)};
    if (!file.open(QIODevice::ReadOnly))
        return Error{
            tr("Civic Wheel is not allowed to read “%1”. Check the file's permissions.").arg(shown),
            file.errorString()};
    QByteArray bytes = file.readAll();
    if (bytes.startsWith(QByteArray("PK\x03\x04", 4)))
        return Error{tr("“%1” is an Excel workbook, not a CSV file. In Excel choose File › Save As "
                        "› “CSV UTF-8”, "
                        "then import that file.")
                         .arg(QFileInfo(path).fileName())};
    if (bytes.startsWith(QByteArray("SQLite format 3")))
        return Error{tr("“%1” is a database, not a CSV file. To open a wheel file use File › Open.")
                         .arg(QFileInfo(path).fileName())};
    return bytes;
}

Result<CsvTable> CsvReader::readFile(const QString& path, const CsvReadOptions& options)
{
    auto bytes = fileBytes(path);
    if (!bytes)
        return bytes.error();
    return read(*bytes, options);
}

Result<CsvTable> CsvReader::read(const QByteArray& bytes, const CsvReadOptions& options)
{
    QVector<CsvRecord> records;
    records.reserve(mostRecords(bytes));
    auto table = read(bytes, options, [&](const CsvTable&, const CsvRecord& record) {
        records.append(record);
        return true;
    });
    if (table)
        table->records = std::move(records);
    return table;
}

qsizetype CsvReader::mostRecords(const QByteArray& bytes)
{
    // libcsv ends a record at a CR or an LF (a CRLF ends one, counted twice here).
    return bytes.count('\n') + bytes.count('\r') + 1;
}

Result<CsvTable> CsvReader::read(const QByteArray& bytes, const CsvReadOptions& options,
                                 const RecordSink& take)
{
    CsvTable table;
    table.encoding = options.encoding.value_or(EncodingDetector::detect(bytes));
    // libcsv reads bytes: UTF-8 ones, decoded and encoded again only when
    // they are not UTF-8 already.
    QByteArray recoded;
    QByteArrayView utf8;
    if (const auto same = EncodingDetector::asUtf8(bytes, table.encoding)) {
        utf8 = *same;
    } else {
        recoded = EncodingDetector::decode(bytes, table.encoding).toUtf8();
        utf8 = recoded;
    }
    if (onlySpace(utf8))
        return Error{tr("The file is empty: there is no header row and no data to import.")};
    table.delimiter = options.delimiter.value_or(delimiterOf(utf8));

    csv_parser parser;
    if (csv_init(&parser, CSV_APPEND_NULL) != 0)
        return Error{tr("Civic Wheel ran out of memory reading the file.")};
    csv_set_delim(&parser, static_cast<unsigned char>(table.delimiter));
    csv_set_space_func(&parser, &noSpace);

    Collector collector(table, take);
    // Fed one line at a time so that each record knows the line it starts on:
    // a record begins on a line only if none was under way before it.
    int line = 0;
    qsizetype start = 0;
    bool failed = false;
    while (start < utf8.size() && !failed && !collector.stopped) {
        const void* newline = std::memchr(utf8.data() + start, '\n', size_t(utf8.size() - start));
        const qsizetype end =
            newline ? static_cast<const char*>(newline) - utf8.data() + 1 : utf8.size();
        ++line;
        if (parser.pstate == kRowNotBegun)
            collector.record.line = line;
        const size_t length = size_t(end - start);
        if (csv_parse(&parser, utf8.data() + start, length, &onField, &onRecord, &collector) !=
            length)
            failed = true;
        start = end;
    }
    const bool openQuote = parser.pstate == kFieldBegun && parser.quoted;
    const int openLine = collector.record.line;
    if (!failed && !collector.stopped)
        csv_fini(&parser, &onField, &onRecord, &collector);
    const int status = csv_error(&parser);
    csv_free(&parser);
    if (failed)
        return Error{tr("The file could not be read from line %1 on.").arg(line),
                     QString::fromUtf8(csv_strerror(status))};
    if (collector.stopped)
        return table;
    if (openQuote)
        return Error{tr("Line %1 opens a quoted value (\") that is never closed, so the rest of "
                        "the file cannot "
                        "be read. Add the missing quote mark and import again.")
                         .arg(openLine)};
    if (!collector.haveHeader)
        return Error{tr("The file is empty: there is no header row and no data to import.")};
    return table;
}

} // namespace civic
