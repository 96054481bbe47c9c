#include "TestSupport.h"
#include "document/WheelDocument.h"
#include "shell/MainWindow.h"
#include "shell/WindowOpener.h"
#include "store/WheelStore.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace civic;
using namespace civic::ui;

namespace {

QString makeWheel(const test::TempFolder& folder, const QString& name)
{
    const QString path = folder.path(name);
    REQUIRE(WheelStore::create(path));
    return path;
}

} // namespace

TEST_CASE("Opening files gives each its own window, and a file already open raises its window")
{
    test::TempFolder folder;
    const QString a = makeWheel(folder, QStringLiteral("a.wheel"));
    const QString b = makeWheel(folder, QStringLiteral("b.wheel"));
    QDir().mkpath(folder.path(QStringLiteral("sub")));

    WindowOpener opener;
    bool raised = true;
    MainWindow* first = opener.open(a, &raised);
    CHECK_FALSE(raised);
    REQUIRE(first->document());
    CHECK(first->document()->path() == a);
    CHECK(first->isVisible());

    MainWindow* second = opener.open(b, &raised);
    CHECK_FALSE(raised);
    CHECK(second != first);
    REQUIRE(second->document());
    CHECK(second->document()->path() == b);
    CHECK(opener.windows() == QVector<MainWindow*>{first, second});

    // The same file by another name: the same window, no third one.
    MainWindow* again = opener.open(folder.path(QStringLiteral("sub/../a.wheel")), &raised);
    CHECK(raised);
    CHECK(again == first);
    CHECK(opener.windows().size() == 2);

    // A closed window is forgotten: the file opens afresh.
    second->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    CHECK(opener.windows() == QVector<MainWindow*>{first});
    CHECK(opener.windowFor(b) == nullptr);
    MainWindow* reopened = opener.open(b, &raised);
    CHECK_FALSE(raised);
    REQUIRE(reopened->document());
    CHECK(reopened->document()->path() == b);
    CHECK(opener.windows().size() == 2);
}
