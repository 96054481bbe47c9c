#pragma once

#include "TestSupport.h"
#include "demo/DemoWheel.h"
#include "shell/MainWindow.h"
#include "store/WheelStore.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

#include <catch2/catch.hpp>

namespace civic::test {

/// Runs the event loop until `done` holds or five seconds pass.
template <typename Predicate>
bool waitUntil(Predicate done, int timeoutMs = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(5);
    }
    return true;
}

/// The visible top-level or child widget of type T, once it appears.
template <typename T>
T* waitForWidget(const QString& objectName = {})
{
    T* found = nullptr;
    waitUntil([&] {
        for (QWidget* w : QApplication::allWidgets()) {
            auto* t = qobject_cast<T*>(w);
            if (t && t->isVisible() && (objectName.isEmpty() || t->objectName() == objectName)) {
                found = t;
                return true;
            }
        }
        return false;
    });
    return found;
}

/// A wheel file in a scratch folder, optionally holding the demo academy,
/// and the real main window with it open at a school laptop's size.
struct WindowFixture
{
    TempFolder folder;
    QString path = folder.path(QStringLiteral("test.wheel"));
    std::unique_ptr<ui::MainWindow> window;

    explicit WindowFixture(bool demo, bool academyOnly = false)
    {
        QStandardPaths::setTestModeEnabled(true); // keeps settings out of the user's own
        // Every test's window opens where a first run's would, whatever an
        // earlier test left it showing.
        QSettings(QStringLiteral("civicwheel"), QStringLiteral("civicwheel"))
            .remove(QStringLiteral("window/area"));
        auto created = WheelStore::createWith(path, [&](WheelStore& store) -> Status {
            if (demo)
                return DemoWheel::seed(store);
            if (academyOnly) {
                Academy academy;
                academy.urn = QStringLiteral("100001");
                academy.name = QStringLiteral("Test Academy");
                auto id = store.add(academy);
                return id ? Status() : Status(id.error());
            }
            return {};
        });
        REQUIRE(created.ok());
        created.value().reset(); // release the lock: the window opens it
        openWindow();
    }

    void openWindow(const OpenOptions& options = {})
    {
        window = std::make_unique<ui::MainWindow>();
        window->resize(1366, 768);
        window->show();
        REQUIRE(window->openWheel(path, options));
    }
};

} // namespace civic::test
