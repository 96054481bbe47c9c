// File › Export governors' summary, driven as a person would.
#include "TestSupport.h"
#include "demo/DemoWheel.h"
#include "report/ReportDialog.h"
#include "store/WheelStore.h"

#include <QFile>
#include <QRadioButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace civic;
using namespace civic::test;

TEST_CASE("The export dialog previews the pages and writes the PDF")
{
    TempFolder folder;
    auto created = WheelStore::createWith(folder.path(QStringLiteral("demo.wheel")),
                                          [](WheelStore& s) { return DemoWheel::seed(s); });
    REQUIRE(created.ok());
    WheelStore& store = *created.value();
    const qint64 academyId = store.academyByUrn(DemoWheel::academyUrn())->id;

    ui::ReportDialog dialog(store, academyId);
    dialog.show();
    // Layout runs on a worker thread; the preview appears when it is done.
    QTRY_VERIFY_WITH_TIMEOUT(dialog.previewPageCount() > 0, 30000);
    const int pages = dialog.previewPageCount();
    CHECK(pages >= 6);

    const QString pdf = folder.path(QStringLiteral("summary.pdf"));
    REQUIRE(dialog.exportTo(pdf).ok());
    CHECK(fileBytes(pdf).startsWith("%PDF"));

    SECTION("a folder that does not exist is refused and nothing is written")
    {
        const QString nowhere = folder.path(QStringLiteral("missing/summary.pdf"));
        const Status refused = dialog.exportTo(nowhere);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.message().contains(QStringLiteral("does not exist")));
        CHECK_FALSE(QFile::exists(nowhere));
    }
}
