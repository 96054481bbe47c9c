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

// Opens `file`; for an owner-only file the temporary file is created without
// group and other permissions, so no one else can open it even while empty.
bool openFor(QSaveFile& file, ExportFile::Access access)
{
#ifdef Q_OS_UNIX
    if (access == ExportFile::OwnerOnly) {
        const mode_t previous = ::umask(077);
        const bool opened = file.open(QIODevice::WriteOnly);
        ::umask(previous);
        return opened;
    }
#endif
    return file.open(QIODevice::WriteOnly);
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
    if (!openFor(file, access))
        return Error{tr("Civic Wheel cannot write “%1”. Choose a folder you can save in, or close "
                        "the file if "
                        "another program has it open.")
                         .arg(QDir::toNativeSeparators(path)),
                     file.errorString()};
    // Still empty here; the file replaced may have been readable by others, and
    // QSaveFile copies its permissions.
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
