// Opening a wheel file: refusals of files that are not ours, read-only
// modes, the lock, the integrity check, settings and the upgrade of an older
// file, one step each.
#include "store/FileProbe.h"
#include "store/StoreFiles.h"
#include "store/WheelStore.h"
#include "store/WheelStorePrivate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WheelStore", text);
}

// Why a file that is not a SQLite database of ours cannot be opened, or nothing.
Status refusal(const FileProbe& probe, const QString& path, const QString& shown)
{
    switch (probe.kind) {
    case FileProbe::Kind::Missing:
        return Error{
            tr("There is no wheel file at “%1”. It may have been moved, renamed or deleted.")
                .arg(QDir::toNativeSeparators(path))};
    case FileProbe::Kind::Unreadable:
        return Error{
            tr("Civic Wheel is not allowed to read “%1”. Check the file's permissions, or ask IT "
               "support.")
                .arg(shown)};
    case FileProbe::Kind::Empty:
        return Error{tr("“%1” is empty (0 bytes), so it holds no wheel. It may have been damaged "
                        "while being "
                        "copied or synced; open your backup copy instead.")
                         .arg(shown)};
    case FileProbe::Kind::NotSqlite:
        if (!probe.guessedFormat.isEmpty())
            return Error{
                tr("“%1” is not a Civic Wheel file: it looks like %2. To bring in a spreadsheet or "
                   "CSV list, use File › Import instead.")
                    .arg(shown, probe.guessedFormat)};
        return Error{
            tr("“%1” is not a Civic Wheel file. Choose a file ending in .wheel.").arg(shown)};
    case FileProbe::Kind::Truncated:
        return Error{
            tr("“%1” is damaged: the file is cut short. Open your most recent backup copy.")
                .arg(shown)};
    case FileProbe::Kind::Sqlite:
        break;
    }
    if (probe.applicationId != WheelStore::ApplicationId)
        return Error{
            tr("“%1” is a database made by another program, not a Civic Wheel file.").arg(shown),
            QStringLiteral("application_id 0x%1")
                .arg(probe.applicationId, 8, 16, QLatin1Char('0'))};
    return {};
}

// Read-only when asked, when the file is newer than this version, or when
// the disk will not let it be written.
AccessMode modeFor(const QString& path, int fileVersion, const OpenOptions& options)
{
    if (options.readOnly || options.inspectOnly)
        return AccessMode::ReadOnlyRequested;
    if (fileVersion > WheelStore::SchemaVersion)
        return AccessMode::ReadOnlyNewerSchema;
    if (!StoreFiles::writableOnDisk(path) ||
        !StoreFiles::writableOnDisk(QFileInfo(path).absolutePath()))
        return AccessMode::ReadOnlyOnDisk;
    return AccessMode::ReadWrite;
}

// Held for as long as the file is open. Another copy of Civic Wheel holding
// it refuses the open; a lock that cannot be made at all opens read-only.
Status takeLock(WheelStore::Private& d, const QString& shown)
{
    d.lock = std::make_unique<QLockFile>(d.path + QStringLiteral(".lock"));
    d.lock->setStaleLockTime(0);
    if (d.lock->tryLock(0))
        return {};
    if (d.lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host;
        QString app;
        d.lock->getLockInfo(&pid, &host, &app);
        return Error{tr("“%1” is already open in Civic Wheel on the computer “%2” (process "
                        "%3). Close it "
                        "there first, or open it read-only.")
                         .arg(shown, host.isEmpty() ? tr("unknown") : host)
                         .arg(pid)};
    }
    d.lock.reset();
    d.mode = AccessMode::ReadOnlyOnDisk;
    return {};
}

Status connectTo(WheelStore::Private& d, bool readOnly)
{
    d.connectionName = StoreFiles::newConnectionName();
    d.db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d.connectionName);
    if (!d.db.isValid())
        return Error{tr("Civic Wheel's database component is missing. Reinstall Civic Wheel."),
                     QStringLiteral("Qt SQLite driver not available")};
    d.db.setDatabaseName(d.path);
    d.db.setConnectOptions(readOnly
                               ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                               : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!d.db.open())
        return SqlErrors::toError(d.db.lastError());
    return {};
}

// Integrity first: reading does not write, and a damaged file is refused
// before any setting could touch it.
Status checkIntegrity(const WheelStore::Private& d, bool readOnly, const QString& shown)
{
    auto check = d.run(QStringLiteral("PRAGMA quick_check"));
    // A journal left by a crash holds the last saved state of the pages the
    // interrupted change touched; SQLite puts them back on the first read,
    // which needs write access. Read-only, SQLite refuses rather than
    // discard it, and so does Civic Wheel: the journal stays for a normal open.
    if (!check && readOnly && QFileInfo(d.path + QStringLiteral("-journal")).size() > 0)
        return Error{
            tr("“%1” was not closed properly (the computer or Civic Wheel stopped while "
               "saving) and "
               "must be repaired before it can be read. Open it normally, not read-only, from "
               "a "
               "folder you can write to: keep the file “%2” beside it, as it holds the repair.")
                .arg(shown, StoreFiles::nativeName(d.path + QStringLiteral("-journal"))),
            check.error().detail};
    if (!check)
        return Error{tr("“%1” is damaged and cannot be opened. Open your most recent backup copy.")
                         .arg(shown),
                     check.error().detail};
    QStringList problems;
    while (check->next())
        problems.append(check->value(0).toString());
    if (problems != QStringList{QStringLiteral("ok")})
        return Error{tr("“%1” is damaged and cannot be opened. Open your most recent backup copy.")
                         .arg(shown),
                     problems.mid(0, 3).join(QStringLiteral("; "))};
    return {};
}

Status applySettings(const WheelStore::Private& d, bool readOnly)
{
    for (const QString& pragma : {QStringLiteral("PRAGMA foreign_keys = ON"),
                                  QStringLiteral("PRAGMA secure_delete = ON")}) {
        if (auto q = d.run(pragma); !q)
            return q.error();
    }
    if (!readOnly) {
        // A rollback journal with full syncs: the file is always whole on its
        // own, which matters for a document people copy and sync around.
        for (const QString& pragma : {QStringLiteral("PRAGMA journal_mode = DELETE"),
                                      QStringLiteral("PRAGMA synchronous = FULL")}) {
            if (auto q = d.run(pragma); !q)
                return q.error();
        }
    }
    return {};
}

// "Name (before upgrade from format 1).wheel", numbered if that is taken.
QString backupName(const QString& path, int fileVersion)
{
    const QFileInfo info(path);
    QString backup = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                     QStringLiteral(" (before upgrade from format %1).").arg(fileVersion) +
                     info.suffix();
    for (int n = 2; QFileInfo::exists(backup); ++n)
        backup = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                 QStringLiteral(" (before upgrade from format %1, %2).").arg(fileVersion).arg(n) +
                 info.suffix();
    return backup;
}

// Keeps the file as it was before any upgrade step touches it, then upgrades.
Status upgrade(WheelStore::Private& d, bool readOnly, const QString& shown)
{
    if (readOnly)
        return Error{tr("“%1” was made by an older version of Civic Wheel and must be upgraded "
                        "before it "
                        "can be opened, but it is read-only. Copy it to a folder you can write "
                        "to and open "
                        "the copy.")
                         .arg(shown)};
    const QString backup = backupName(d.path, d.fileVersion);
    if (auto s = StoreFiles::backupTo(d.db, backup); !s)
        return Error{
            tr("Civic Wheel needs to upgrade “%1” but could not first keep a copy of it, so it "
               "has left it unchanged.")
                    .arg(shown) +
                QLatin1Char(' ') + s.message(),
            s.error().detail};
    d.backupPath = backup;
    return d.migrate();
}

} // namespace

Result<std::unique_ptr<WheelStore>> WheelStore::open(const QString& path,
                                                     const OpenOptions& options)
{
    const QString shown = StoreFiles::nativeName(path);
    const FileProbe probe = FileProbe::inspect(path);
    if (auto s = refusal(probe, path, shown); !s)
        return s.error();

    auto d = std::make_unique<Private>();
    d->path = QFileInfo(path).absoluteFilePath();
    d->fileVersion = probe.userVersion;
    d->mode = modeFor(d->path, probe.userVersion, options);
    if (d->mode == AccessMode::ReadWrite) {
        if (auto s = takeLock(*d, shown); !s)
            return s.error();
    }
    const bool readOnly = d->mode != AccessMode::ReadWrite;
    if (auto s = connectTo(*d, readOnly); !s)
        return s.error();
    if (auto s = checkIntegrity(*d, readOnly, shown); !s)
        return s.error();
    if (auto version = d->run(QStringLiteral("PRAGMA user_version")); version && version->next())
        d->fileVersion = version->value(0).toInt();
    if (auto s = applySettings(*d, readOnly); !s)
        return s.error();
    if (d->fileVersion < SchemaVersion && !options.inspectOnly) {
        if (auto s = upgrade(*d, readOnly, shown); !s)
            return s.error();
    }
    return std::unique_ptr<WheelStore>(new WheelStore(std::move(d)));
}

} // namespace civic
