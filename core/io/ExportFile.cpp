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

Status ExportFile::write(const QString& path, const QByteArray& bytes, Access access)
{
    if (auto s = checkFolder(path); !s)
        return s;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("Civic Wheel cannot write “%1”. Choose a folder you can save in, or close "
                        "the file if "
                        "another program has it open.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    // The temporary file is still empty here, and is renamed with these permissions.
    if (access == OwnerOnly && !file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        file.cancelWriting();
        return Error{tr("Civic Wheel could not make “%1” readable by you alone, so it did not "
                        "write the personal data in it.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    }
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error{tr("Civic Wheel could not write all of “%1”; the disk may be full. Nothing "
                        "was changed.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    }
    if (!file.commit())
        return Error{tr("Civic Wheel could not finish writing “%1”; the disk may be full. Nothing "
                        "was changed.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    return {};
}

} // namespace civic
