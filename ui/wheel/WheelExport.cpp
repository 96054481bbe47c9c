#include "wheel/WheelExport.h"

#include "common/Palette.h"
#include "io/HtmlEscape.h"
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

// The wheel with every text it draws stripped of the characters XML forbids
// (a Word line break, U+FFFF ...): QSvgGenerator escapes markup in drawn text
// but writes such characters as they are, and no XML reader accepts them.
AcademyWheel xmlSafe(const AcademyWheel& wheel)
{
    AcademyWheel safe = wheel;
    safe.academy.name = HtmlEscape::allowedCharacters(safe.academy.name);
    for (Partner& partner : safe.partners)
        partner.name = HtmlEscape::allowedCharacters(partner.name);
    for (Need& need : safe.needs)
        need.title = HtmlEscape::allowedCharacters(need.title);
    for (Initiative& initiative : safe.initiatives)
        initiative.title = HtmlEscape::allowedCharacters(initiative.title);
    return safe;
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
    const WheelLayout::Result layout =
        WheelRenderer::layout(*format == Format::Svg ? xmlSafe(wheel) : wheel, options);
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
    // QSvgGenerator writes the title and description into the file as they
    // are: escaped here, or "St Peter & St Paul" makes a file no reader opens
    // and a name holding <script> becomes a live script in the picture.
    generator.setTitle(HtmlEscape::text(tr("Community wheel – %1").arg(wheel.academy.name)));
    generator.setDescription(HtmlEscape::text(
        tr("Partners of %1 by sector, tie strength and civic approach, made with Civic Wheel.")
            .arg(wheel.academy.name)));
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
