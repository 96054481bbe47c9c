#include "store/StoreFiles.h"

#include "store/SqliteStatement.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>

#include <cstdio>
#include <sqlite3.h>

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WheelStore", text);
}

} // namespace

QString StoreFiles::nativeName(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

QString StoreFiles::newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("civic-wheel-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool StoreFiles::writableOnDisk(const QString& path)
{
    const QFileInfo info(path);
    return info.isWritable() && info.permission(QFile::WriteOwner);
}

Status StoreFiles::backupTo(const QSqlDatabase& db, const QString& target)
{
    sqlite3* source = SqliteStatement::handle(db);
    if (!source)
        return Error{tr("Civic Wheel could not copy the wheel file."),
                     QStringLiteral("no SQLite handle")};

    const QFileInfo targetInfo(target);
    const QString folder = targetInfo.absolutePath();
    if (!QFileInfo(folder).isDir())
        return Error{tr("The folder “%1” does not exist. Choose another place for the copy.")
                         .arg(QDir::toNativeSeparators(folder))};
    const QString temporary = targetInfo.absoluteFilePath() + QStringLiteral(".part");
    QFile::remove(temporary);
    {
        // Create it first so its permissions are owner-only before any data lands.
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error{
                tr("Civic Wheel cannot write in the folder “%1”. Choose a folder you can save in.")
                    .arg(QDir::toNativeSeparators(folder)),
                file.errorString()};
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    }

    sqlite3* dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(temporary).constData(), &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    QString detail;
    if (rc == SQLITE_OK) {
        sqlite3_backup* backup = sqlite3_backup_init(dest, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = (rc == SQLITE_DONE) ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(dest);
        }
        if (rc != SQLITE_OK)
            detail = QString::fromUtf8(sqlite3_errmsg(dest));
    }
    if (dest)
        sqlite3_close(dest);
    if (rc != SQLITE_OK) {
        QFile::remove(temporary);
        if ((rc & 0xff) == SQLITE_FULL)
            return Error{tr("There is no room left on the disk for the copy. Free some space and "
                            "try again."),
                         detail};
        return Error{tr("Civic Wheel could not write the copy to “%1”.")
                         .arg(QDir::toNativeSeparators(target)),
                     detail};
    }
    // rename(2) replaces an existing target atomically.
    if (std::rename(QFile::encodeName(temporary).constData(),
                    QFile::encodeName(targetInfo.absoluteFilePath()).constData()) != 0) {
        QFile::remove(temporary);
        return Error{tr("Civic Wheel could not put the copy in place at “%1”.")
                         .arg(QDir::toNativeSeparators(target))};
    }
    return {};
}

} // namespace civic
