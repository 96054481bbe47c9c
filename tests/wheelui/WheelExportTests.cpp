// Drawing the wheel: PNG and SVG export, the renderer's text, and the
// `export-wheel` command run as a person would.
#include "../wheel/CrowdedWheel.h"
#include "TestSupport.h"
#include "common/Palette.h"
#include "demo/DemoWheel.h"
#include "store/WheelStore.h"
#include "wheel/WheelExport.h"
#include "wheel/WheelRenderer.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSet>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>
#include <cmath>

using namespace civic;
using namespace civic::test;

namespace {

AcademyWheel demoAcademy()
{
    TempFolder folder;
    auto store =
        WheelStore::createWith(folder.path(QStringLiteral("demo.wheel")),
                               [](WheelStore& s) { return DemoWheel::seed(s, QDate(2026, 3, 1)); });
    REQUIRE(store.ok());
    auto academy = (*store)->academyByUrn(DemoWheel::academyUrn());
    REQUIRE(academy.ok());
    auto wheel = (*store)->loadAcademy(academy->id);
    REQUIRE(wheel.ok());
    return std::move(wheel).value();
}

struct PixelCount
{
    int distinctColours = 0;
    double nonWhite = 0; ///< share of pixels that are not paper
};

PixelCount countPixels(const QImage& image)
{
    QSet<QRgb> colours;
    qint64 nonWhite = 0;
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < img.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            colours.insert(line[x]);
            if ((line[x] & 0xffffff) != 0xffffff)
                ++nonWhite;
        }
    }
    return {int(colours.size()), double(nonWhite) / (img.width() * img.height())};
}

bool hasColour(const QImage& image, const QColor& colour)
{
    const QImage img = image.convertToFormat(QImage::Format_RGB32);
    const QRgb wanted = colour.rgb() | 0xff000000;
    for (int y = 0; y < img.height(); ++y) {
        const auto* line = reinterpret_cast<const QRgb*>(img.constScanLine(y));
        for (int x = 0; x < img.width(); ++x) {
            if ((line[x] | 0xff000000) == wanted)
                return true;
        }
    }
    return false;
}

/// Keeps a copy for a person to look at when CIVIC_WHEEL_SNAPSHOTS names a folder.
void keepSnapshot(const QString& from, const QString& name)
{
    const QString folder = qEnvironmentVariable("CIVIC_WHEEL_SNAPSHOTS");
    if (folder.isEmpty())
        return;
    QFile::remove(QDir(folder).filePath(name));
    QFile::copy(from, QDir(folder).filePath(name));
}

} // namespace

TEST_CASE("PNG export of the demo academy is the requested size and not blank")
{
    const AcademyWheel wheel = demoAcademy();
    TempFolder folder;
    for (int size : {1600, 800}) {
        const QString path = folder.path(QStringLiteral("wheel-%1.png").arg(size));
        const Status written = ui::WheelExport::write(wheel, path, size);
        INFO(written.message());
        REQUIRE(written.ok());
        keepSnapshot(path, QStringLiteral("wheel-demo-%1.png").arg(size));
        const QImage image(path);
        REQUIRE_FALSE(image.isNull());
        CHECK(image.width() == size);
        CHECK(image.height() == size);
        const PixelCount count = countPixels(image);
        CHECK(count.distinctColours > 200);
        CHECK(count.nonWhite > 0.25);
        // Every approach appears among the demo's nodes, and the needs ring has both states.
        for (Approach a : allValues<Approach>())
            CHECK(hasColour(image, ui::Palette::approach(a)));
        CHECK(hasColour(image, ui::Palette::unmet()));
    }
}

TEST_CASE("A crowded academy renders with every label inside its rectangle")
{
    const AcademyWheel wheel = crowdedWheel(150);
    TempFolder folder;
    for (int size : {1600, 800}) {
        WheelLayout::Options options;
        options.canvas = QSizeF(size, size);
        const WheelLayout::Result layout = ui::WheelRenderer::layout(wheel, options);
        // Measured with the real font, each placed label's text fits its box.
        const auto measure = ui::WheelRenderer::fontMeasure();
        int placed = 0;
        for (const WheelLayout::Label& label : layout.labels) {
            if (!label.placed)
                continue;
            ++placed;
            CHECK(measure(label.text, layout.fontSize, false) <= label.rect.width() + 0.01);
        }
        CHECK(placed > 100);
        const QString path = folder.path(QStringLiteral("crowded.png"));
        REQUIRE(ui::WheelExport::write(wheel, path, size).ok());
        keepSnapshot(path, QStringLiteral("wheel-crowded-%1.png").arg(size));
        CHECK(countPixels(QImage(path)).nonWhite > 0.25);
    }
}

TEST_CASE("Painted into an image each node sits where the layout puts it in its colour")
{
    // Nodes painted to pixels are drawn once per look and copied into place:
    // each must still land on its own centre, at any size and offset.
    const AcademyWheel wheel = crowdedWheel(150);
    struct Case
    {
        QSize image;
        QRectF target;
    };
    for (const Case& c : {Case{{1600, 1600}, QRectF(0, 0, 1600, 1600)},
                          Case{{900, 800}, QRectF(37.5, 21.25, 820, 760)}}) {
        WheelLayout::Options options;
        options.canvas = c.target.size();
        const WheelLayout::Result layout = ui::WheelRenderer::layout(wheel, options);
        QImage image(c.image, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            ui::WheelRenderer::paint(painter, layout, c.target);
        }
        const QTransform toImage = ui::WheelRenderer::transform(layout, c.target);
        int checked = 0;
        for (const WheelLayout::Node& n : layout.nodes) {
            if (n.approaches.size() != 1 || n.hollow || n.faded || n.dimmed ||
                n.radius * toImage.m11() < 3)
                continue;
            const QPointF at = toImage.map(n.centre);
            const QColor seen = image.pixelColor(int(std::floor(at.x())), int(std::floor(at.y())));
            const QColor wanted = ui::Palette::approach(n.approaches.first());
            INFO(n.name.toStdString() << " at " << at.x() << "," << at.y());
            CHECK(std::abs(seen.red() - wanted.red()) <= 2);
            CHECK(std::abs(seen.green() - wanted.green()) <= 2);
            CHECK(std::abs(seen.blue() - wanted.blue()) <= 2);
            ++checked;
        }
        CHECK(checked >= 20);
    }
}

TEST_CASE("SVG export parses as XML and carries the partners' names as text")
{
    const AcademyWheel wheel = demoAcademy();
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("wheel.svg"));
    REQUIRE(ui::WheelExport::write(wheel, path, 1200).ok());
    keepSnapshot(path, QStringLiteral("wheel-demo.svg"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QStringList texts;
    bool svgRoot = false;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("svg"))
            svgRoot = true;
        if (xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    INFO(xml.errorString());
    REQUIRE_FALSE(xml.hasError());
    CHECK(svgRoot);
    const QString all = texts.join(QLatin1Char('|'));
    CHECK(all.contains(QStringLiteral("Millbrook Food Bank")));
    CHECK(all.contains(QStringLiteral("Harland Engineering Ltd")));
    CHECK(all.contains(QStringLiteral("Wider education purposes"))); // the legend
}

TEST_CASE("SVG export escapes markup and drops characters XML forbids in every name")
{
    AcademyWheel wheel = demoAcademy();
    // A real GIAS name, a hostile one, and what Word and spreadsheets leave in text.
    wheel.academy.name = QStringLiteral("St Peter & St Paul <script>alert(1)</script>\x0b"
                                        "Academy");
    REQUIRE(wheel.partners.size() > 1);
    wheel.partners[0].name = QStringLiteral("Smith\x0b& Sons <b>Ltd</b>");
    wheel.partners[1].name = QStringLiteral("Odd\x01 \uFFFF Trust \"quoted\"");
    REQUIRE_FALSE(wheel.needs.isEmpty());
    wheel.needs[0].title = QStringLiteral("Food \x0c& fuel");
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("hostile.svg"));
    REQUIRE(ui::WheelExport::write(wheel, path, 1200).ok());

    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString title;
    QString description;
    QStringList texts;
    QStringList elements;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        elements << xml.name().toString();
        if (xml.name() == QLatin1String("title"))
            title = xml.readElementText();
        else if (xml.name() == QLatin1String("desc"))
            description = xml.readElementText();
        else if (xml.name() == QLatin1String("text"))
            texts << xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
    }
    INFO(xml.errorString().toStdString());
    REQUIRE_FALSE(xml.hasError());
    // The names read back as the letters typed, less the control characters.
    CHECK(title ==
          QStringLiteral("Community wheel – St Peter & St Paul <script>alert(1)</script>Academy"));
    CHECK(description.startsWith(QStringLiteral(
        "Partners of St Peter & St Paul <script>alert(1)</script>Academy by sector")));
    CHECK_FALSE(elements.contains(QStringLiteral("script")));
    CHECK_FALSE(elements.contains(QStringLiteral("b")));
    const QString all = texts.join(QLatin1Char('|'));
    CHECK(all.contains(QStringLiteral("& Sons <b>Ltd</b>")));
    CHECK(all.contains(QStringLiteral("Trust \"quoted\"")));
    CHECK_FALSE(all.contains(QChar(0x0b)));
    CHECK_FALSE(all.contains(QChar(0xFFFF)));
}

TEST_CASE("Export refuses unknown formats and silly sizes and leaves files alone")
{
    const AcademyWheel wheel = crowdedWheel(10);
    TempFolder folder;
    const QString jpeg = folder.path(QStringLiteral("wheel.jpg"));
    const Status wrongFormat = ui::WheelExport::write(wheel, jpeg, 800);
    CHECK_FALSE(wrongFormat.ok());
    CHECK(wrongFormat.message().contains(QStringLiteral(".png")));
    CHECK(wrongFormat.message() == QStringLiteral("Civic Wheel saves the wheel as a PNG picture or "
                                                  "an SVG drawing: end the file name with .png or "
                                                  ".svg."));
    CHECK_FALSE(QFile::exists(jpeg));

    const QString png = folder.path(QStringLiteral("kept.png"));
    writeBytes(png, QByteArray("precious"));
    const Status tooSmall = ui::WheelExport::write(wheel, png, 50);
    CHECK_FALSE(tooSmall.ok());
    CHECK(tooSmall.message() ==
          QStringLiteral("The picture's size must be between 200 and 8000 pixels; 50 was asked "
                         "for."));
    CHECK(fileBytes(png) == QByteArray("precious"));

    const QString nowhere = folder.path(QStringLiteral("no/such/folder/wheel.png"));
    const Status noFolder = ui::WheelExport::write(wheel, nowhere, 400);
    CHECK_FALSE(noFolder.ok());
    CHECK(noFolder.message().contains(QStringLiteral("could not be saved")));
    CHECK(noFolder.message() == QStringLiteral("The picture could not be saved to %1. Check that "
                                               "the folder exists and that you may write there.")
                                    .arg(QDir::toNativeSeparators(nowhere)));

    // A successful export replaces the old file completely.
    REQUIRE(ui::WheelExport::write(wheel, png, 400).ok());
    CHECK(QImage(png).size() == QSize(400, 400));
}

TEST_CASE("export-wheel draws the demo academy from the command line")
{
    TempFolder folder;
    const QString wheelFile = folder.path(QStringLiteral("demo.wheel"));
    REQUIRE(runCivicWheel({QStringLiteral("new"), wheelFile, QStringLiteral("--demo")}).exitCode ==
            0);

    const QString png = folder.path(QStringLiteral("out.png"));
    const RunResult drawn =
        runCivicWheel({QStringLiteral("export-wheel"), wheelFile, QStringLiteral("--out"), png,
                       QStringLiteral("--size"), QStringLiteral("640")});
    INFO(drawn.err);
    REQUIRE(drawn.exitCode == 0);
    CHECK(drawn.out.contains(QStringLiteral("Millbrook Primary Academy")));
    const QImage image(png);
    CHECK(image.size() == QSize(640, 640));
    CHECK(countPixels(image).nonWhite > 0.25);

    const QString svg = folder.path(QStringLiteral("out.svg"));
    const RunResult drawnSvg =
        runCivicWheel({QStringLiteral("export-wheel"), wheelFile, QStringLiteral("--academy"),
                       DemoWheel::academyUrn(), QStringLiteral("--out"), svg});
    REQUIRE(drawnSvg.exitCode == 0);
    CHECK(fileBytes(svg).contains("Millbrook Food Bank"));

    const RunResult noOut = runCivicWheel({QStringLiteral("export-wheel"), wheelFile});
    CHECK(noOut.exitCode == 2);
    CHECK(noOut.err.contains(QStringLiteral("--out")));
    const RunResult badSize =
        runCivicWheel({QStringLiteral("export-wheel"), wheelFile, QStringLiteral("--out"), png,
                       QStringLiteral("--size"), QStringLiteral("huge")});
    CHECK(badSize.exitCode == 2);
    const RunResult badFormat =
        runCivicWheel({QStringLiteral("export-wheel"), wheelFile, QStringLiteral("--out"),
                       folder.path(QStringLiteral("x.gif"))});
    CHECK(badFormat.exitCode == 2);
    const RunResult wrongAcademy =
        runCivicWheel({QStringLiteral("export-wheel"), wheelFile, QStringLiteral("--academy"),
                       QStringLiteral("123456"), QStringLiteral("--out"), png});
    CHECK(wrongAcademy.exitCode == 1);
    const RunResult missing =
        runCivicWheel({QStringLiteral("export-wheel"), folder.path(QStringLiteral("gone.wheel")),
                       QStringLiteral("--out"), png});
    CHECK(missing.exitCode == 1);
    CHECK_FALSE(QFile::exists(folder.path(QStringLiteral("gone.wheel"))));
}
