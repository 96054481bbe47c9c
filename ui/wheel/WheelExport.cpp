#include "wheel/WheelExport.h"

#include "common/Palette.h"
#include "wheel/WheelRenderer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

namespace civic::ui {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("civic::ui::WheelExport", text);
}

Status commit(QSaveFile& file, const QString& path)
{
    if (!file.commit())
        return Error{tr("The picture could not be saved to %1. Check that the folder exists and "
                        "that you may "
                        "write there.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    return {};
}

} // namespace

Result<WheelExport::Format> WheelExport::formatFor(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    return Error{tr("Civic Wheel saves the wheel as a PNG picture or an SVG drawing: end the file "
                    "name with .png "
                    "or .svg.")};
}

Status WheelExport::write(const AcademyWheel& wheel, const QString& path, int size,
                          WheelLayout::Options options)
{
    auto format = formatFor(path);
    if (!format)
        return format.error();
    if (size < MinimumSize || size > MaximumSize)
        return Error{tr("The picture's size must be between %1 and %2 pixels; %3 was asked for.")
                         .arg(MinimumSize)
                         .arg(MaximumSize)
                         .arg(size)};
    options.canvas = QSizeF(size, size);
    const WheelLayout::Result layout = WheelRenderer::layout(wheel, options);
    const QRectF target(0, 0, size, size);

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("The picture could not be saved to %1. Check that the folder exists and "
                        "that you may "
                        "write there.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};

    if (*format == Format::Png) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Palette::paper());
        {
            QPainter painter(&image);
            WheelRenderer::paint(painter, layout, target);
        }
        QImageWriter writer(&file, "png");
        if (!writer.write(image)) {
            file.cancelWriting();
            return Error{
                tr("The picture could not be saved to %1.").arg(QDir::toNativeSeparators(path)),
                writer.errorString()};
        }
        return commit(file, path);
    }

    QSvgGenerator generator;
    generator.setOutputDevice(&file);
    generator.setSize(QSize(size, size));
    generator.setViewBox(target);
    generator.setTitle(tr("Community wheel – %1").arg(wheel.academy.name));
    generator.setDescription(
        tr("Partners of %1 by sector, tie strength and civic approach, made with Civic Wheel.")
            .arg(wheel.academy.name));
    {
        QPainter painter;
        if (!painter.begin(&generator)) {
            file.cancelWriting();
            return Error{
                tr("The drawing could not be started for %1.").arg(QDir::toNativeSeparators(path))};
        }
        WheelRenderer::paint(painter, layout, target);
        painter.end();
    }
    if (file.error() != QFileDevice::NoError) {
        file.cancelWriting();
        return Error{
            tr("The picture could not be saved to %1.").arg(QDir::toNativeSeparators(path)),
            file.errorString()};
    }
    return commit(file, path);
}

} // namespace civic::ui
