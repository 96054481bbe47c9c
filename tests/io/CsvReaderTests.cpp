// Reading CSV: RFC 4180 through libcsv, encodings, delimiters, line numbers.
#include "IoFixtures.h"
#include "io/CsvWriter.h"
#include "io/EncodingDetector.h"

using namespace civic;
using namespace civic::test;

TEST_CASE("RFC 4180 quoted fields - doubled quotes and embedded delimiters and line breaks")
{
    const QByteArray csv = "Name,Notes,Postcode\r\n"
                           "\"Smith, Jones & Co\",\"She said \"\"hello\"\"\",MB1 3PF\r\n"
                           "\"Two\r\nline\nname\",plain,\r\n"
                           "Last,,DV1 2TU\r\n";
    auto table = CsvReader::read(csv);
    REQUIRE(table.ok());
    CHECK(table->header ==
          QStringList{QStringLiteral("Name"), QStringLiteral("Notes"), QStringLiteral("Postcode")});
    REQUIRE(table->records.size() == 3);
    CHECK(table->records[0].cells[0] == QStringLiteral("Smith, Jones & Co"));
    CHECK(table->records[0].cells[1] == QStringLiteral("She said \"hello\""));
    CHECK(table->records[1].cells[0] == QStringLiteral("Two\r\nline\nname"));
    CHECK(table->records[1].cells[2] == QString());
    CHECK(table->records[2].cells[0] == QStringLiteral("Last"));
    // Lines where each record starts: the second spans lines 3 to 5.
    CHECK(table->records[0].line == 2);
    CHECK(table->records[1].line == 3);
    CHECK(table->records[2].line == 6);
}

TEST_CASE("LF and CRLF files read the same - blank lines skipped but counted")
{
    const QByteArray lf = "a,b\n1,2\n\n3,4\n";
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    for (const QByteArray& bytes : {lf, crlf}) {
        auto table = CsvReader::read(bytes);
        REQUIRE(table.ok());
        REQUIRE(table->records.size() == 2);
        CHECK(table->records[1].cells == QStringList{QStringLiteral("3"), QStringLiteral("4")});
        CHECK(table->records[1].line == 4);
    }
    // No newline at the end of the last line.
    auto table = CsvReader::read("a,b\n1,\"2\"");
    REQUIRE(table.ok());
    CHECK(table->records.first().cells == QStringList{QStringLiteral("1"), QStringLiteral("2")});
}

TEST_CASE("A quote that is never closed is an error naming its line")
{
    auto table = CsvReader::read("Name,Notes\nA,ok\nB,\"never closed\nC,more\n");
    REQUIRE_FALSE(table.ok());
    CHECK(table.message().contains(QStringLiteral("Line 3")));
}

TEST_CASE("Encodings - UTF-8 with and without BOM and Windows-1252")
{
    const QString name = QStringLiteral("Café Brígid’s – €5");
    const QByteArray utf8 = "Name\n" + name.toUtf8() + "\n";
    const QByteArray bom = "\xEF\xBB\xBF" + utf8;
    // The same text as Excel's plain "CSV" writes it: é=E9, í=ED, ’=92, –=96, €=80.
    const QByteArray cp1252 = "Name\nCaf\xE9 Br\xEDgid\x92s \x96 \x80"
                              "5\n";

    CHECK(EncodingDetector::detect(utf8) == Encoding::Utf8);
    CHECK(EncodingDetector::detect(bom) == Encoding::Utf8WithBom);
    CHECK(EncodingDetector::detect(cp1252) == Encoding::Windows1252);
    for (const QByteArray& bytes : {utf8, bom, cp1252}) {
        auto table = CsvReader::read(bytes);
        REQUIRE(table.ok());
        CHECK(table->header.first() == QStringLiteral("Name")); // no BOM stuck to the first header
        CHECK(table->records.first().cells.first() == name);
    }
    // The override wins over the guess: UTF-8 bytes read as Windows-1252 are mojibake.
    CsvReadOptions forced;
    forced.encoding = Encoding::Windows1252;
    auto wrong = CsvReader::read(utf8, forced);
    REQUIRE(wrong.ok());
    CHECK(wrong->records.first().cells.first().startsWith(QStringLiteral("CafÃ© Br")));
}

TEST_CASE("Delimiters - comma semicolon and tab are detected")
{
    CHECK(CsvReader::read("a;b;c\n1;2,5;3\n")->records.first().cells.size() == 3);
    CHECK(CsvReader::read("a;b;c\n1;2,5;3\n")->delimiter == ';');
    auto tabbed = CsvReader::read("a\tb\n\"x y\"\t2\n");
    REQUIRE(tabbed.ok());
    CHECK(tabbed->delimiter == '\t');
    CHECK(tabbed->records.first().cells == QStringList{QStringLiteral("x y"), QStringLiteral("2")});
    // Commas inside quotes do not count.
    CHECK(CsvReader::detectDelimiter(QStringLiteral("\"a,b,c\";d\n")) == ';');
    CHECK(CsvReader::detectDelimiter(QStringLiteral("single\n")) == ',');
}

TEST_CASE("The writer quotes and neutralises - and the reader gets the text back")
{
    const QStringList cells{QStringLiteral("=HYPERLINK(\"http://x\")"),
                            QStringLiteral("+44 1632 960123"),
                            QStringLiteral("-5"),
                            QStringLiteral("@SUM(A1)"),
                            QStringLiteral("\tTabbed"),
                            QStringLiteral("a,b"),
                            QStringLiteral("quote \" inside"),
                            QStringLiteral("two\nlines"),
                            QStringLiteral("plain")};
    const QByteArray bytes =
        CsvWriter::write({QStringList(cells.size(), QStringLiteral("h")), cells});
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    CHECK(bytes.contains("\r\n"));
    // In the file, no cell starts with a formula character.
    CHECK(bytes.contains("'=HYPERLINK"));
    CHECK(bytes.contains(",'+44 1632 960123,"));
    CHECK(bytes.contains(",'-5,"));
    CHECK(bytes.contains(",'@SUM(A1),"));
    CHECK(bytes.contains(",\"'\tTabbed\","));
    CHECK(bytes.contains("\"quote \"\" inside\""));
    auto table = CsvReader::read(bytes);
    REQUIRE(table.ok());
    REQUIRE(table->records.size() == 1);
    CHECK(table->records[0].cells[0] == QStringLiteral("'=HYPERLINK(\"http://x\")"));
    CHECK(table->records[0].cells[7] == QStringLiteral("two\nlines"));
}

TEST_CASE("An Excel workbook or an empty file is refused with a way forward")
{
    TempFolder folder;
    const QString xlsx = folder.path(QStringLiteral("list.csv"));
    writeBytes(xlsx, QByteArray("PK\x03\x04rest", 8));
    auto table = CsvReader::readFile(xlsx);
    REQUIRE_FALSE(table.ok());
    CHECK(table.message().contains(QStringLiteral("CSV UTF-8")));
    CHECK_FALSE(CsvReader::read("").ok());
    CHECK_FALSE(CsvReader::read("\n\n").ok());
    CHECK_FALSE(CsvReader::readFile(folder.path(QStringLiteral("missing.csv"))).ok());
}

TEST_CASE("Bytes that are not UTF-8 as they stand are decoded, not read straight")
{
    // UTF-8 forced on bytes that are not: each bad byte reads as U+FFFD, as
    // decoding would make it, never as a raw byte passed on to the parser.
    CsvReadOptions utf8;
    utf8.encoding = Encoding::Utf8;
    auto broken = CsvReader::read("Name\nCaf\xE9 Bar\n", utf8);
    REQUIRE(broken.ok());
    CHECK(broken->records.first().cells.first() == QStringLiteral("Caf\uFFFD Bar"));
    // A BOM before bytes that are not UTF-8.
    auto bom = CsvReader::read("\xEF\xBB\xBFName\nCaf\xE9\n");
    REQUIRE(bom.ok());
    CHECK(bom->header.first() == QStringLiteral("Name"));
    CHECK(bom->records.first().cells.first() == QStringLiteral("Caf\uFFFD"));
    // Windows-1252 that is all ASCII reads as it stands.
    CsvReadOptions cp1252;
    cp1252.encoding = Encoding::Windows1252;
    auto ascii = CsvReader::read("Name;Town\nThe Forge;Millbrook\n", cp1252);
    REQUIRE(ascii.ok());
    CHECK(ascii->delimiter == ';');
    CHECK(ascii->records.first().cells ==
          QStringList{QStringLiteral("The Forge"), QStringLiteral("Millbrook")});
    // A first line past a long ASCII run, with a character cut short at the end.
    const QByteArray longLine = "Name\n" + QByteArray(1000, 'a') + "\xC3";
    auto cut = CsvReader::read(longLine);
    REQUIRE(cut.ok());
    CHECK(cut->encoding == Encoding::Windows1252);
    CHECK(cut->records.first().cells.first() ==
          QString(1000, QLatin1Char('a')) + QStringLiteral("Ã"));
}

TEST_CASE("A file of nothing but spaces of any kind is empty")
{
    CHECK_FALSE(CsvReader::read(" \t\r\n \n").ok());
    CHECK_FALSE(CsvReader::read("\xC2\xA0\n\xE3\x80\x80\n").ok()); // no-break, ideographic
    auto table = CsvReader::read("\xC2\xA0\nName\nX\n"); // a no-break space line, then a header
    REQUIRE(table.ok());
    CHECK(table->header.first() == QStringLiteral("Name"));
}
