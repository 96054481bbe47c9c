#include "io/ExportFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ExportFile", text);
}

Error cannotOpen(const QString& path, const QString& detail)
{
    return Error{tr("Civic Wheel cannot write “%1”. Choose a folder you can save in, or close "
                    "the file if another program has it open.")
                     .arg(QDir::toNativeSeparators(path)),
                 detail};
}

// Opens `file` for an owner-only export: its temporary file is created
// without group and other permissions, so no one else can open it even while
// empty, and it keeps them when it replaces a file others could read.
Status openOwnerOnly(QSaveFile& file, const QString& path)
{
#ifdef Q_OS_UNIX
    const mode_t previous = ::umask(077);
    const bool opened = file.open(QIODevice::WriteOnly);
    ::umask(previous);
#else
    const bool opened = file.open(QIODevice::WriteOnly);
#endif
    if (!opened)
        return cannotOpen(path, file.errorString());
    // Still empty here; QSaveFile copies the permissions of the file it replaces.
    if (!file.setPermissions(QFile::ReadOwner | QFile::WriteOwner)) {
        file.cancelWriting();
        return Error{tr("Civic Wheel could not make “%1” readable by you alone, so it did not "
                        "write the personal data in it.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    }
    return {};
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
    // Left uncommitted on any failure, QSaveFile removes its temporary file
    // and the earlier export stays as it was.
    QSaveFile file(path);
    if (access == OwnerOnly)
        if (auto s = openOwnerOnly(file, path); !s)
            return s;
    return writeThrough(
        file, [&file] { return file.commit(); }, path, bytes);
}

Status ExportFile::writeThrough(QIODevice& device, const Commit& commit, const QString& path,
                                const QByteArray& bytes)
{
    if (!device.isOpen() && !device.open(QIODevice::WriteOnly))
        return cannotOpen(path, device.errorString());
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
