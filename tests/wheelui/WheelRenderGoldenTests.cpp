// The painted wheel compared pixel for pixel, by checksum, with pictures the
// renderer made before its paint function was split into parts (recorded in
// tests/data/layouts/render-checksums.txt): a change to the drawing code that
// alters one pixel fails here. CIVIC_WRITE_GOLDEN=1 records them afresh;
// CIVIC_WHEEL_SNAPSHOTS=<folder> saves a picture that differs, to look at.
#include "../wheel/CrowdedWheel.h"
#include "TestSupport.h"
#include "demo/DemoWheel.h"
#include "store/WheelStore.h"
#include "wheel/WheelRenderer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QPicture>

#include <algorithm>
#include <catch2/catch.hpp>

using namespace civic;
using namespace civic::test;

namespace {

AcademyWheel demo()
{
    TempFolder folder;
    auto store =
        WheelStore::createWith(folder.path(QStringLiteral("demo.wheel")),
                               [](WheelStore& s) { return DemoWheel::seed(s, QDate(2026, 3, 1)); });
    REQUIRE(store.ok());
    auto academies = (*store)->academies();
    REQUIRE(academies.ok());
    auto wheel = (*store)->loadAcademy(academies->first().id);
    REQUIRE(wheel.ok());
    return std::move(wheel).value();
}

QImage blank(const QSize& size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    return image;
}

/// `layout` painted straight onto an image (nodes copied from sprites).
QImage painted(const WheelLayout::Result& layout, const QSize& size,
               const ui::WheelRenderer::RenderOptions& render = {})
{
    QImage image = blank(size);
    QPainter p(&image);
    ui::WheelRenderer::paint(p, layout, QRectF(QPointF(0, 0), QSizeF(size)), render);
    return image;
}

/// `layout` recorded as vector drawing commands first, as PDF and SVG get
/// it (every node a shape), then played onto an image.
QImage recorded(const WheelLayout::Result& layout, const QSize& size)
{
    QPicture picture;
    {
        QPainter p(&picture);
        ui::WheelRenderer::paint(p, layout, QRectF(QPointF(0, 0), QSizeF(size)));
    }
    QImage image = blank(size);
    QPainter p(&image);
    p.drawPicture(0, 0, picture);
    return image;
}

/// SHA-256 of the picture's pixels, 32-bit ARGB row by row.
QString checksum(const QImage& image)
{
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (int y = 0; y < argb.height(); ++y)
        hash.addData(QByteArrayView(reinterpret_cast<const char*>(argb.constScanLine(y)),
                                    qsizetype(argb.width()) * 4));
    return QString::fromLatin1(hash.result().toHex());
}

QString checksumsPath()
{
    return dataPath(QStringLiteral("layouts/render-checksums.txt"));
}

/// The picture's checksum equals the one recorded for `name`; when it does
/// not, the picture is saved to $CIVIC_WHEEL_SNAPSHOTS to look at.
void checkGolden(const QString& name, const QImage& image)
{
    const QString actual = name + QLatin1Char(' ') + checksum(image);
    const QString folder = qEnvironmentVariable("CIVIC_WHEEL_SNAPSHOTS");
    if (qEnvironmentVariableIsSet("CIVIC_WRITE_GOLDEN")) {
        QStringList lines = QString::fromUtf8(fileBytes(checksumsPath()))
                                .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.erase(
            std::remove_if(lines.begin(), lines.end(),
                           [&](const QString& l) { return l.startsWith(name + QLatin1Char(' ')); }),
            lines.end());
        lines << actual;
        lines.sort();
        writeBytes(checksumsPath(), (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        WARN("recorded " << actual.toStdString());
        return;
    }
    const QStringList expected =
        QString::fromUtf8(fileBytes(checksumsPath())).split(QLatin1Char('\n'));
    const bool same = expected.contains(actual);
    if (!same && !folder.isEmpty())
        image.save(QDir(folder).filePath(name + QStringLiteral("-actual.png")));
    INFO("recorded in " << checksumsPath().toStdString());
    CHECK(same);
}

} // namespace

TEST_CASE("Golden picture: the demo academy with a need highlighted, a partner selected")
{
    const AcademyWheel wheel = demo();
    WheelLayout::Options options;
    options.canvas = QSizeF(640, 640);
    REQUIRE(wheel.needs.size() > 1);
    options.highlightNeed = wheel.needs[1].id;
    const WheelLayout::Result layout = ui::WheelRenderer::layout(wheel, options);
    REQUIRE(layout.nodes.size() > 2);
    ui::WheelRenderer::RenderOptions render;
    render.selectedPartner = layout.nodes[0].partnerId;
    render.hoveredPartner = layout.nodes[2].partnerId;
    checkGolden(QStringLiteral("render-demo"), painted(layout, QSize(640, 640), render));
}

TEST_CASE("Golden picture: the crowded wheel, wide, painted and recorded")
{
    WheelLayout::Options options;
    options.canvas = QSizeF(720, 520);
    const WheelLayout::Result layout = ui::WheelRenderer::layout(crowdedWheel(150), options);
    checkGolden(QStringLiteral("render-crowded"), painted(layout, QSize(720, 520)));
    checkGolden(QStringLiteral("render-crowded-vector"), recorded(layout, QSize(720, 520)));
}

TEST_CASE("Golden picture: an empty academy, no needs recorded")
{
    AcademyWheel wheel;
    wheel.academy.name = QStringLiteral("Empty Academy");
    WheelLayout::Options options;
    options.canvas = QSizeF(400, 400);
    const WheelLayout::Result layout = ui::WheelRenderer::layout(wheel, options);
    checkGolden(QStringLiteral("render-empty"), painted(layout, QSize(400, 400)));
}
