// Golden governors' summaries: the text pdftotext reads from the demo
// academy's and the demo trust's PDF, laid out as on the page, and a hash of
// every page drawn at 50 dpi (the wheel and the charts included), compared
// with files under tests/data/coverage written before the report code was
// split up, so that the split is shown not to move a word or a bar. Set
// CIVIC_WRITE_GOLDEN=1 to write a missing golden file.
#include "PdfTools.h"
#include "TestSupport.h"
#include "demo/DemoWheel.h"
#include "report/GovernorsPdf.h"
#include "report/GovernorsReport.h"
#include "store/WheelStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>

#include <catch2/catch.hpp>

using namespace civic;
using namespace civic::test;

namespace {

const QDate Today(2026, 11, 23);

QString golden(const QString& name, const QString& actual)
{
    const QString path = dataPath(QStringLiteral("coverage/") + name);
    if (!QFile::exists(path) && qEnvironmentVariableIsSet("CIVIC_WRITE_GOLDEN"))
        writeBytes(path, actual.toUtf8());
    INFO(path.toStdString());
    REQUIRE(QFile::exists(path));
    return QString::fromUtf8(fileBytes(path));
}

void checkGolden(const QString& name, const QString& actual)
{
    const QStringList want = golden(name, actual).split(QLatin1Char('\n'));
    const QStringList got = actual.split(QLatin1Char('\n'));
    for (int i = 0; i < std::min(want.size(), got.size()); ++i) {
        INFO(name.toStdString() << " line " << (i + 1));
        REQUIRE(got.at(i) == want.at(i));
    }
    CHECK(got.size() == want.size());
}

// pdftotext -layout: the words where they stand on each page.
QString layoutText(const QString& pdf)
{
    return tool(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"),
                                              QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
}

// One line a page: the SHA-256 of the page drawn by pdftoppm at 50 dpi.
QString pageHashes(const QString& pdf, const TempFolder& folder)
{
    const QString prefix = folder.path(QStringLiteral("page"));
    tool(QStringLiteral("pdftoppm"),
         {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"), pdf, prefix});
    QDir dir(QFileInfo(prefix).absolutePath());
    QStringList lines;
    const QStringList pages =
        dir.entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name);
    for (const QString& page : pages)
        lines << QStringLiteral("%1 %2").arg(
            page, QString::fromLatin1(QCryptographicHash::hash(fileBytes(dir.filePath(page)),
                                                               QCryptographicHash::Sha256)
                                          .toHex()));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

GovernorsReport::Options options()
{
    GovernorsReport::Options o;
    o.today = Today;
    o.preparedBy = QStringLiteral("Sam Okoro, Headteacher");
    return o;
}

struct Demo
{
    TempFolder folder;
    std::unique_ptr<WheelStore> store;

    Demo()
    {
        auto created =
            WheelStore::createWith(folder.path(QStringLiteral("demo.wheel")),
                                   [](WheelStore& s) { return DemoWheel::seed(s, Today); });
        REQUIRE(created.ok());
        store = std::move(created).value();
    }
};

} // namespace

TEST_CASE("Golden: the demo academy's summary reads and draws as before")
{
    Demo demo;
    const AcademyWheel wheel =
        demo.store->loadAcademy(demo.store->academyByUrn(DemoWheel::academyUrn())->id).value();
    const QString pdf = demo.folder.path(QStringLiteral("summary.pdf"));
    REQUIRE(ui::GovernorsPdf::forAcademy(wheel, options())->writePdf(pdf).ok());
    checkGolden(QStringLiteral("governors-summary-demo.txt"), layoutText(pdf));
    checkGolden(QStringLiteral("governors-summary-demo.pages"), pageHashes(pdf, demo.folder));
}

TEST_CASE("Golden: the demo trust's summary with a second academy reads and draws as before")
{
    Demo demo;
    Academy second;
    second.trustId = demo.store->trust().value().id;
    second.urn = QStringLiteral("990002");
    second.name = QStringLiteral("Harbourside Secondary Academy");
    const qint64 secondId = demo.store->add(second).value();
    Need need;
    need.academyId = secondId;
    need.title = QStringLiteral("Transport to the college campus");
    need.severity = 3;
    REQUIRE(demo.store->add(need).ok());
    const QString pdf = demo.folder.path(QStringLiteral("trust.pdf"));
    REQUIRE(
        ui::GovernorsPdf::forTrust(demo.store->loadTrust().value(), options())->writePdf(pdf).ok());
    checkGolden(QStringLiteral("governors-summary-trust.txt"), layoutText(pdf));
    checkGolden(QStringLiteral("governors-summary-trust.pages"), pageHashes(pdf, demo.folder));
}
