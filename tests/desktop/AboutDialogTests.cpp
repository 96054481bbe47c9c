#include "shell/AboutDialog.h"
#include "shell/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace civic::ui;

namespace {

QString aboutText(const AboutDialog& dialog)
{
    const auto* text = dialog.findChild<QLabel*>(QStringLiteral("aboutText"));
    REQUIRE(text);
    return text->text();
}

} // namespace

TEST_CASE("The About dialog shows the version, the licence and the libraries with versions")
{
    AboutDialog dialog;
    const QString text = aboutText(dialog);
    CHECK(dialog.windowTitle() == QStringLiteral("About Civic Wheel"));
    // The project version CMake hands to every target (CMakeLists.txt, project()).
    CHECK(text.contains(QStringLiteral("<h3>Civic Wheel ") + QStringLiteral(CIVIC_VERSION) +
                        QStringLiteral("</h3>")));
    CHECK(text.contains(QStringLiteral("GPL-3.0-or-later")));
    CHECK(text.contains(QStringLiteral("no warranty")));

    const QStringList libraries = AboutDialog::libraries();
    REQUIRE(libraries.size() == 4);
    // Qt as it runs; the others as found when built, each a real version and
    // never the "unknown" the dialog falls back to.
    CHECK(libraries[0] == QStringLiteral("Qt ") + QString::fromLatin1(qVersion()) +
                              QStringLiteral(" (LGPL-3.0-only)"));
    const QRegularExpression sqlite(QStringLiteral("^SQLite 3\\.\\d+\\.\\d+ \\(public domain\\)$"));
    const QRegularExpression csv(
        QStringLiteral("^libcsv \\d+\\.\\d+\\.\\d+ \\(LGPL-2\\.1-or-later\\)$"));
    const QRegularExpression xlsx(
        QStringLiteral("^libxlsxwriter \\d+\\.\\d+\\.\\d+ \\(BSD-2-Clause\\)$"));
    CHECK(sqlite.match(libraries[1]).hasMatch());
    CHECK(csv.match(libraries[2]).hasMatch());
    CHECK(xlsx.match(libraries[3]).hasMatch());
    for (const QString& library : libraries)
        CHECK(text.contains(QStringLiteral("<li>") + library.toHtmlEscaped() +
                            QStringLiteral("</li>")));
}

TEST_CASE("Help › About Civic Wheel opens the About dialog")
{
    MainWindow window;
    window.show();
    QAction* about = window.action(QStringLiteral("about"));
    REQUIRE(about);
    about->trigger();
    auto* dialog = window.findChild<AboutDialog*>(QStringLiteral("aboutDialog"));
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    CHECK(dialog->testAttribute(Qt::WA_DeleteOnClose));
    dialog->reject();
}
