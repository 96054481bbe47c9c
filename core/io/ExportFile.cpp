#include "io/ExportFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ExportFile", text);
}

} // namespace

Status ExportFile::checkFolder(const QString& path)
{
    const QFileInfo info(path);
    const QString folder = info.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error{tr("The folder “%1” does not exist. Choose another place for the export.")
                         .arg(QDir::toNativeSeparators(folder))};
    if (info.isDir())
        return Error{tr("“%1” is a folder. Choose a file name for the export.")
                         .arg(QDir::toNativeSeparators(path))};
    return {};
}

Status ExportFile::write(const QString& path, const QByteArray& bytes)
{
    if (auto s = checkFolder(path); !s)
        return s;
    // Left uncommitted on any failure, QSaveFile removes its temporary file
    // and the earlier export stays as it was.
    QSaveFile file(path);
    return writeThrough(
        file, [&file] { return file.commit(); }, path, bytes);
}

Status ExportFile::writeThrough(QIODevice& device, const Commit& commit, const QString& path,
                                const QByteArray& bytes)
{
    if (!device.open(QIODevice::WriteOnly))
        return Error{tr("Civic Wheel cannot write “%1”. Choose a folder you can save in, or close "
                        "the file if "
                        "another program has it open.")
                         .arg(QDir::toNativeSeparators(path)),
                     device.errorString()};
    if (device.write(bytes) != bytes.size())
        return Error{tr("Civic Wheel could not write all of “%1”; the disk may be full. Nothing "
                        "was changed.")
                         .arg(QDir::toNativeSeparators(path)),
                     device.errorString()};
    if (!commit())
        return Error{tr("Civic Wheel could not finish writing “%1”; the disk may be full. Nothing "
                        "was changed.")
                         .arg(QDir::toNativeSeparators(path)),
                     device.errorString()};
    return {};
}

} // namespace civic
