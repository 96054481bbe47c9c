// The governors' summary, generated and read back with poppler's tools as a
// governor's PDF reader would see it.
#include "PdfTools.h"
#include "TestSupport.h"
#include "analysis/CoverageAnalysis.h"
#include "demo/DemoWheel.h"
#include "report/GovernorsPdf.h"
#include "report/GovernorsReport.h"
#include "report/ReportRenderer.h"
#include "store/WheelStore.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace civic;
using namespace civic::test;

namespace {

const QDate Today(2026, 11, 23);

struct DemoFile
{
    TempFolder folder;
    QString path = folder.path(QStringLiteral("demo.wheel"));
    std::unique_ptr<WheelStore> store;
    AcademyWheel wheel;

    DemoFile()
    {
        auto created =
            WheelStore::createWith(path, [](WheelStore& s) { return DemoWheel::seed(s, Today); });
        REQUIRE(created.ok());
        store = std::move(created).value();
        wheel = store->loadAcademy(store->academyByUrn(DemoWheel::academyUrn())->id).value();
    }
};

GovernorsReport::Options options(bool contacts = false)
{
    GovernorsReport::Options o;
    o.today = Today;
    o.includeContacts = contacts;
    o.preparedBy = QStringLiteral("Sam Okoro, Headteacher");
    return o;
}

} // namespace

TEST_CASE("A long table never splits a row across pages and repeats its header")
{
    ReportDocument document;
    document.title = QStringLiteral("Table test");
    document.footerText = QStringLiteral("Footer");
    document.blocks.append(ReportBlock::runningHeader(QStringLiteral("Running header")));
    document.blocks.append(ReportBlock::heading(QStringLiteral("A long table")));
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    table.columns = {QStringLiteral("Start"), QStringLiteral("Middle"), QStringLiteral("End")};
    table.widths = {1, 3, 1};
    const int rows = 150;
    for (int r = 0; r < rows; ++r) {
        // Every fifth row wraps onto several lines.
        const QString middle =
            r % 5 == 0 ? QStringLiteral("words ").repeated(40) : QStringLiteral("short");
        table.rows.append({{QStringLiteral("S%1X").arg(r, 3, 10, QLatin1Char('0'))},
                           {middle},
                           {QStringLiteral("E%1X").arg(r, 3, 10, QLatin1Char('0'))}});
    }
    document.blocks.append(table);
    ui::ReportRenderer renderer(document, {});
    REQUIRE(renderer.pageCount() >= 4);

    TempFolder folder;
    const QString pdf = folder.path(QStringLiteral("table.pdf"));
    REQUIRE(renderer.writePdf(pdf).ok());
    REQUIRE(pdfPages(pdf) == renderer.pageCount());

    QVector<int> pageOfStart(rows, 0);
    QVector<int> pageOfEnd(rows, 0);
    for (int page = 1; page <= renderer.pageCount(); ++page) {
        const QString text = pdfText(pdf, page);
        CHECK(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(renderer.pageCount())));
        CHECK(text.contains(QStringLiteral("Running header")));
        CHECK(text.contains(QStringLiteral("Start Middle End"))); // the header row, on every page
        for (int r = 0; r < rows; ++r) {
            if (text.contains(QStringLiteral("S%1X").arg(r, 3, 10, QLatin1Char('0'))))
                pageOfStart[r] = page;
            if (text.contains(QStringLiteral("E%1X").arg(r, 3, 10, QLatin1Char('0'))))
                pageOfEnd[r] = page;
        }
    }
    for (int r = 0; r < rows; ++r) {
        INFO("row " << r);
        CHECK(pageOfStart[r] > 0);
        CHECK(pageOfStart[r] == pageOfEnd[r]);
    }
}

TEST_CASE("Text too long for one cell is shortened with a note instead of clipped")
{
    ReportDocument document;
    document.title = QStringLiteral("Long");
    ReportBlock table;
    table.kind = ReportBlock::Kind::Table;
    table.columns = {QStringLiteral("Notes")};
    table.rows.append({{QStringLiteral("x").repeated(1024 * 1024)}});
    document.blocks.append(table);
    ui::ReportRenderer renderer(document, {});
    CHECK(renderer.pageCount() <= 3);
    TempFolder folder;
    const QString pdf = folder.path(QStringLiteral("long.pdf"));
    REQUIRE(renderer.writePdf(pdf).ok());
    CHECK(pdfText(pdf).contains(QStringLiteral("the full text is in Civic Wheel")));
}

TEST_CASE("The demo academy's summary has every section and need with embedded fonts")
{
    DemoFile demo;
    auto renderer = ui::GovernorsPdf::forAcademy(demo.wheel, options());
    const QString pdf = demo.folder.path(QStringLiteral("summary.pdf"));
    REQUIRE(renderer->writePdf(pdf).ok());

    const int pages = pdfPages(pdf);
    CHECK(pages == renderer->pageCount());
    CHECK(pages >= 6);
    CHECK(pages <= 14);

    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Millbrook Primary Academy")));
    CHECK(text.contains(QStringLiteral("990001")));
    CHECK(text.contains(QStringLiteral("Riverside Learning Trust")));
    CHECK(text.contains(QStringLiteral("Sam Okoro, Headteacher")));
    CHECK(text.contains(QStringLiteral("September 2026 – August 2027")));
    for (const QString& heading : GovernorsReport::sectionHeadings())
        CHECK(text.contains(heading));
    for (const Need& need : demo.wheel.needs)
        CHECK(text.contains(need.title));
    for (const Initiative& initiative : demo.wheel.initiatives)
        CHECK(text.contains(initiative.title));
    for (Approach a : allValues<Approach>())
        CHECK(text.contains(displayName(a)));
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    // The demo's housing need has no active initiative: the summary says so.
    CHECK(text.contains(
        QStringLiteral("Families placed in temporary accommodation outside the area")));
    CHECK(text.contains(QStringLiteral("✗ Unmet")));

    const QString fonts = tool(QStringLiteral("pdffonts"), {pdf});
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(lines.isEmpty());
    for (const QString& line : lines) {
        INFO(line);
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        REQUIRE(columns.size() >= 7);
        CHECK(columns[columns.size() - 5] == QStringLiteral("yes")); // emb
    }
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    CHECK(info.contains(QStringLiteral("Governors' summary: Millbrook Primary Academy")));
    const QString metadata = tool(QStringLiteral("pdfinfo"), {QStringLiteral("-meta"), pdf});
    CHECK(metadata.contains(
        QStringLiteral("<dc:creator><rdf:Seq><rdf:li>Sam Okoro, Headteacher</rdf:li>")));
    CHECK(info.contains(QStringLiteral("A4")));
}

TEST_CASE("Contacts appear in the summary only when asked for")
{
    DemoFile demo;
    REQUIRE_FALSE(demo.wheel.contacts.isEmpty());
    const QString without = demo.folder.path(QStringLiteral("without.pdf"));
    const QString with = demo.folder.path(QStringLiteral("with.pdf"));
    REQUIRE(ui::GovernorsPdf::forAcademy(demo.wheel, options(false))->writePdf(without).ok());
    REQUIRE(ui::GovernorsPdf::forAcademy(demo.wheel, options(true))->writePdf(with).ok());
    // Long emails wrap inside their cell: compare with white space taken out.
    const QString plain = pdfText(without).remove(QLatin1Char(' '));
    const QString personal = pdfText(with).remove(QLatin1Char(' '));
    for (const Contact& contact : demo.wheel.contacts) {
        const auto squeezed = [](QString s) {
            return s.remove(QLatin1Char(' '));
        };
        CHECK_FALSE(plain.contains(squeezed(contact.email)));
        CHECK_FALSE(plain.contains(squeezed(contact.name)));
        CHECK_FALSE(plain.contains(squeezed(contact.phone)));
        CHECK(personal.contains(squeezed(contact.email)));
    }
    CHECK(plain.contains(QStringLiteral("Contactdetailsarepersonaldata")));
}

TEST_CASE("Writing fails cleanly and never leaves a partial file")
{
    DemoFile demo;
    auto renderer = ui::GovernorsPdf::forAcademy(demo.wheel, options());
    SECTION("a missing folder")
    {
        const QString path = demo.folder.path(QStringLiteral("missing/summary.pdf"));
        auto written = renderer->writePdf(path);
        REQUIRE_FALSE(written.ok());
        CHECK(written.message().contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFile::exists(path));
    }
    SECTION("a cancelled export leaves the earlier file as it was")
    {
        const QString path = demo.folder.path(QStringLiteral("summary.pdf"));
        writeBytes(path, QByteArray("earlier version"));
        auto written = renderer->writePdf(path, [](int page, int) { return page < 2; });
        REQUIRE_FALSE(written.ok());
        CHECK(written.message().contains(QStringLiteral("cancelled")));
        CHECK(fileBytes(path) == QByteArray("earlier version"));
    }
    SECTION("an existing file is replaced on success")
    {
        const QString path = demo.folder.path(QStringLiteral("summary.pdf"));
        writeBytes(path, QByteArray("earlier version"));
        REQUIRE(renderer->writePdf(path).ok());
        CHECK(fileBytes(path).startsWith("%PDF"));
    }
}

TEST_CASE("The trust summary has a section per academy after the comparison")
{
    DemoFile demo;
    Academy second;
    second.trustId = demo.wheel.trust.id;
    second.urn = QStringLiteral("990002");
    second.name = QStringLiteral("Harbourside Secondary Academy");
    const qint64 secondId = demo.store->add(second).value();
    Need need;
    need.academyId = secondId;
    need.title = QStringLiteral("Transport to the college campus");
    need.severity = 3;
    REQUIRE(demo.store->add(need).ok());

    auto trust = demo.store->loadTrust();
    REQUIRE(trust.ok());
    auto renderer = ui::GovernorsPdf::forTrust(*trust, options());
    const QString pdf = demo.folder.path(QStringLiteral("trust.pdf"));
    REQUIRE(renderer->writePdf(pdf).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Riverside Learning Trust")));
    CHECK(text.contains(QStringLiteral("Academies compared")));
    CHECK(text.contains(QStringLiteral("Harbourside Secondary Academy")));
    CHECK(text.contains(QStringLiteral("Transport to the college campus")));
    CHECK(text.contains(QStringLiteral("Holiday hunger among families on free school meals")));
    CHECK(pdfPages(pdf) > ui::GovernorsPdf::forAcademy(demo.wheel, options())->pageCount());
}

TEST_CASE("export-pdf writes the summary from the command line")
{
    DemoFile demo;
    demo.store.reset(); // close it, as a person would before scripting
    const QString pdf = demo.folder.path(QStringLiteral("cli.pdf"));
    const RunResult ok =
        runCivicWheel({QStringLiteral("export-pdf"), demo.path, QStringLiteral("--out"), pdf});
    INFO(ok.err);
    REQUIRE(ok.exitCode == 0);
    CHECK(ok.out.contains(QStringLiteral("pages")));
    CHECK(pdfText(pdf).contains(QStringLiteral("Millbrook Primary Academy")));

    const RunResult wrongAcademy =
        runCivicWheel({QStringLiteral("export-pdf"), demo.path, QStringLiteral("--academy"),
                       QStringLiteral("123123"), QStringLiteral("--out"), pdf});
    CHECK(wrongAcademy.exitCode == 1);
    CHECK(wrongAcademy.err.contains(QStringLiteral("No academy with URN 123123")));

    const QString nowhere = demo.folder.path(QStringLiteral("no/such/folder/x.pdf"));
    const RunResult unwritable =
        runCivicWheel({QStringLiteral("export-pdf"), demo.path, QStringLiteral("--out"), nowhere});
    CHECK(unwritable.exitCode == 1);
    CHECK(unwritable.err.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFile::exists(nowhere));

    const RunResult noOut = runCivicWheel({QStringLiteral("export-pdf"), demo.path});
    CHECK(noOut.exitCode == 2);
}
