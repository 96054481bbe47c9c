// The register search treats what a person types literally: SQL and LIKE
// metacharacters (% _ ' ") and regular-expression characters match only
// themselves.
#include "UiFixtures.h"
#include "registers/PartnersModel.h"
#include "registers/PartnersPage.h"
#include "registers/RegisterProxyModel.h"

#include <QLineEdit>

using namespace civic;
using namespace civic::test;

namespace {

/// The first column (the partner's name) of every row the register shows.
QStringList shownNames(ui::PartnersPage* page)
{
    QStringList names;
    for (int row = 0; row < page->proxy()->rowCount(); ++row)
        names << page->proxy()->index(row, 0).data().toString();
    return names;
}

} // namespace

TEST_CASE("The register search treats percent underscore quotes and brackets literally")
{
    WindowFixture f(true);
    // Add partners whose names hold metacharacters, plus near misses that a
    // wildcard reading of % or _ would also match.
    f.window.reset();
    {
        auto store = WheelStore::open(f.path);
        REQUIRE(store.ok());
        const qint64 academyId = (*store)->academyByUrn(DemoWheel::academyUrn())->id;
        for (const char* name :
             {"O'Brien & Sons", "100% Youth", "100 Youth Club", "a_b Trust", "axb Trust",
              "\"; DROP TABLE partners; --", "back\\slash [x] *?"}) {
            Partner p;
            p.name = QString::fromUtf8(name);
            const auto id = (*store)->add(p);
            REQUIRE(id.ok());
            Tie t; // the register lists the academy's partners: those it is tied to
            t.academyId = academyId;
            t.partnerId = *id;
            REQUIRE((*store)->add(t).ok());
        }
    }
    f.openWindow();
    ui::PartnersPage* page = f.window->partnersPage();
    QLineEdit* search = page->searchField();
    REQUIRE(page->model()->rowCount() == 25 + 7);

    struct Case
    {
        QString typed;
        QStringList expected;
    };
    const QVector<Case> cases{
        {QStringLiteral("%"), {QStringLiteral("100% Youth")}},
        {QStringLiteral("100%"), {QStringLiteral("100% Youth")}},
        {QStringLiteral("a_b"), {QStringLiteral("a_b Trust")}},
        {QStringLiteral("_"), {QStringLiteral("a_b Trust")}},
        {QStringLiteral("o'brien"), {QStringLiteral("O'Brien & Sons")}},
        {QStringLiteral("\"; drop table"), {QStringLiteral("\"; DROP TABLE partners; --")}},
        {QStringLiteral("[x] *?"), {QStringLiteral("back\\slash [x] *?")}},
        {QStringLiteral("\\slash"), {QStringLiteral("back\\slash [x] *?")}},
        {QStringLiteral(".*"), {}},
        {QStringLiteral("%youth"), {}},
    };
    for (const Case& c : cases) {
        INFO("typed: " << c.typed.toStdString());
        search->clear();
        QTest::keyClicks(search, c.typed);
        REQUIRE(search->text() == c.typed);
        QStringList shown = shownNames(page);
        shown.sort();
        CHECK(shown == c.expected);
    }
    search->clear();
    CHECK(page->proxy()->rowCount() == 25 + 7);
}
