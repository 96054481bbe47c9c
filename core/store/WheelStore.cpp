#include "store/WheelStore.h"

#include "store/FileProbe.h"
#include "store/SqliteStatement.h"
#include "store/WheelStorePrivate.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

namespace civic {

const char* const WheelStore::FileSuffix = "wheel";

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WheelStore", text);
}

QString nativeName(const QString& path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

QString newConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("civic-wheel-%1").arg(counter.fetchAndAddRelaxed(1));
}

// The owner-write bit counts even for root: a file a headteacher made
// read-only stays read-only whoever runs the program.
bool writableOnDisk(const QString& path)
{
    const QFileInfo info(path);
    return info.isWritable() && info.permission(QFile::WriteOwner);
}

// Copies the whole database behind `source` into a new file at `target`
// through SQLite's online backup API: consistent even while the file is in
// use. Written under a temporary name and renamed only when complete.
Status backupTo(const QSqlDatabase& db, const QString& target)
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

} // namespace

WheelStore::WheelStore(std::unique_ptr<Private> p)
    : d(std::move(p))
{}

WheelStore::~WheelStore() = default;

Result<std::unique_ptr<WheelStore>> WheelStore::open(const QString& path,
                                                     const OpenOptions& options)
{
    const QString shown = nativeName(path);
    const FileProbe probe = FileProbe::inspect(path);
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
    if (probe.applicationId != ApplicationId)
        return Error{
            tr("“%1” is a database made by another program, not a Civic Wheel file.").arg(shown),
            QStringLiteral("application_id 0x%1")
                .arg(probe.applicationId, 8, 16, QLatin1Char('0'))};

    auto d = std::make_unique<Private>();
    d->path = QFileInfo(path).absoluteFilePath();
    d->fileVersion = probe.userVersion;
    if (options.readOnly || options.inspectOnly)
        d->mode = AccessMode::ReadOnlyRequested;
    else if (probe.userVersion > SchemaVersion)
        d->mode = AccessMode::ReadOnlyNewerSchema;
    else if (!writableOnDisk(d->path) || !writableOnDisk(QFileInfo(d->path).absolutePath()))
        d->mode = AccessMode::ReadOnlyOnDisk;

    if (d->mode == AccessMode::ReadWrite) {
        d->lock = std::make_unique<QLockFile>(d->path + QStringLiteral(".lock"));
        d->lock->setStaleLockTime(0); // held for as long as the file is open
        if (!d->lock->tryLock(0)) {
            if (d->lock->error() == QLockFile::LockFailedError) {
                qint64 pid = 0;
                QString host;
                QString app;
                d->lock->getLockInfo(&pid, &host, &app);
                return Error{tr("“%1” is already open in Civic Wheel on the computer “%2” (process "
                                "%3). Close it "
                                "there first, or open it read-only.")
                                 .arg(shown, host.isEmpty() ? tr("unknown") : host)
                                 .arg(pid)};
            }
            d->lock.reset();
            d->mode = AccessMode::ReadOnlyOnDisk;
        }
    }

    const bool readOnly = d->mode != AccessMode::ReadWrite;
    d->connectionName = newConnectionName();
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connectionName);
    if (!d->db.isValid())
        return Error{tr("Civic Wheel's database component is missing. Reinstall Civic Wheel."),
                     QStringLiteral("Qt SQLite driver not available")};
    d->db.setDatabaseName(d->path);
    d->db.setConnectOptions(readOnly
                                ? QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY")
                                : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!d->db.open())
        return SqlErrors::toError(d->db.lastError());

    // Integrity first: reading does not write, and a damaged file is refused
    // before any setting could touch it.
    {
        auto check = d->run(QStringLiteral("PRAGMA quick_check"));
        // A journal left by a crash holds the last saved state of the pages the
        // interrupted change touched; SQLite puts them back on the first read,
        // which needs write access. Read-only, SQLite refuses rather than
        // discard it, and so does Civic Wheel: the journal stays for a normal open.
        if (!check && readOnly && QFileInfo(d->path + QStringLiteral("-journal")).size() > 0)
            return Error{
                tr("“%1” was not closed properly (the computer or Civic Wheel stopped while "
                   "saving) and "
                   "must be repaired before it can be read. Open it normally, not read-only, from "
                   "a "
                   "folder you can write to: keep the file “%2” beside it, as it holds the repair.")
                    .arg(shown, nativeName(d->path + QStringLiteral("-journal"))),
                check.error().detail};
        if (!check)
            return Error{
                tr("“%1” is damaged and cannot be opened. Open your most recent backup copy.")
                    .arg(shown),
                check.error().detail};
        QStringList problems;
        while (check->next())
            problems.append(check->value(0).toString());
        if (problems != QStringList{QStringLiteral("ok")})
            return Error{
                tr("“%1” is damaged and cannot be opened. Open your most recent backup copy.")
                    .arg(shown),
                problems.mid(0, 3).join(QStringLiteral("; "))};
    }
    if (auto version = d->run(QStringLiteral("PRAGMA user_version")); version && version->next())
        d->fileVersion = version->value(0).toInt();

    for (const QString& pragma : {QStringLiteral("PRAGMA foreign_keys = ON"),
                                  QStringLiteral("PRAGMA secure_delete = ON")}) {
        if (auto q = d->run(pragma); !q)
            return q.error();
    }
    if (!readOnly) {
        // A rollback journal with full syncs: the file is always whole on its
        // own, which matters for a document people copy and sync around.
        for (const QString& pragma : {QStringLiteral("PRAGMA journal_mode = DELETE"),
                                      QStringLiteral("PRAGMA synchronous = FULL")}) {
            if (auto q = d->run(pragma); !q)
                return q.error();
        }
    }

    if (d->fileVersion < SchemaVersion && !options.inspectOnly) {
        if (readOnly)
            return Error{tr("“%1” was made by an older version of Civic Wheel and must be upgraded "
                            "before it "
                            "can be opened, but it is read-only. Copy it to a folder you can write "
                            "to and open "
                            "the copy.")
                             .arg(shown)};
        // Keep the file as it was before any upgrade step touches it.
        const QFileInfo info(d->path);
        QString backup = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                         QStringLiteral(" (before upgrade from format %1).").arg(d->fileVersion) +
                         info.suffix();
        for (int n = 2; QFileInfo::exists(backup); ++n)
            backup =
                info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                QStringLiteral(" (before upgrade from format %1, %2).").arg(d->fileVersion).arg(n) +
                info.suffix();
        if (auto s = backupTo(d->db, backup); !s)
            return Error{
                tr("Civic Wheel needs to upgrade “%1” but could not first keep a copy of it, so it "
                   "has left it unchanged.")
                        .arg(shown) +
                    QLatin1Char(' ') + s.message(),
                s.error().detail};
        d->backupPath = backup;
        if (auto s = d->migrate(); !s)
            return s.error();
    }
    return std::unique_ptr<WheelStore>(new WheelStore(std::move(d)));
}

Result<std::unique_ptr<WheelStore>> WheelStore::create(const QString& path)
{
    return createWith(path, {});
}

Result<std::unique_ptr<WheelStore>>
WheelStore::createWith(const QString& path, const std::function<Status(WheelStore&)>& populate)
{
    const QFileInfo info(path);
    if (info.exists())
        return Error{tr("“%1” already exists. Choose another name, or open it instead.")
                         .arg(nativeName(path))};
    if (!QFileInfo(info.absolutePath()).isDir())
        return Error{tr("The folder “%1” does not exist.")
                         .arg(QDir::toNativeSeparators(info.absolutePath()))};

    const QString target = info.absoluteFilePath();
    const QString temporary = target + QStringLiteral(".part");
    QFile::remove(temporary);
    {
        QFile file(temporary);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error{
                tr("Civic Wheel cannot create a file in “%1”. Choose a folder you can save in.")
                    .arg(QDir::toNativeSeparators(info.absolutePath())),
                file.errorString()};
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner); // personal data: owner only
    }

    Status built;
    {
        const QString connection = newConnectionName();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(temporary);
            if (!db.open()) {
                built = SqlErrors::toError(db.lastError());
            } else {
                Private scratch; // only for its helpers; owns no connection
                scratch.db = db;
                scratch.fileVersion = 0;
                // The application id marks the file as ours from its first byte on disk.
                auto q = scratch.run(
                    QStringLiteral("PRAGMA application_id = %1").arg(qint32(ApplicationId)));
                if (!q)
                    built = q.error();
                if (built)
                    built = scratch.migrate();
                scratch.db = QSqlDatabase();
                db.close();
            }
        }
        QSqlDatabase::removeDatabase(connection);
    }
    if (built && populate) {
        auto scratch = open(temporary);
        built = scratch ? populate(**scratch) : Status(scratch.error());
    }
    if (!built) {
        QFile::remove(temporary);
        QFile::remove(temporary + QStringLiteral("-journal"));
        return built.error();
    }
    // QFile::rename refuses to replace a file that appeared meanwhile.
    if (!QFile::rename(temporary, target)) {
        QFile::remove(temporary);
        return Error{tr("Civic Wheel could not create “%1”.").arg(nativeName(path))};
    }
    return open(target);
}

QString WheelStore::path() const
{
    return d->path;
}
bool WheelStore::isReadOnly() const
{
    return d->mode != AccessMode::ReadWrite;
}
AccessMode WheelStore::accessMode() const
{
    return d->mode;
}
QString WheelStore::readOnlyReason() const
{
    return d->readOnlyReason();
}
int WheelStore::fileSchemaVersion() const
{
    return d->fileVersion;
}
QString WheelStore::migrationBackupPath() const
{
    return d->backupPath;
}

// Reading ---------------------------------------------------------------------

Result<Trust> WheelStore::trust() const
{
    auto trusts = d->list<Trust>(selectFrom<Trust>() + QStringLiteral(" ORDER BY t.id LIMIT 1"));
    if (!trusts)
        return trusts.error();
    return trusts->isEmpty() ? Trust{} : trusts->first();
}

Result<QVector<Academy>> WheelStore::academies() const
{
    return d->list<Academy>(selectFrom<Academy>() + QStringLiteral(" ORDER BY t.name, t.id"));
}

Result<Academy> WheelStore::academy(qint64 id) const
{
    return d->one<Academy>(id);
}

Result<Academy> WheelStore::academyByUrn(const QString& urn) const
{
    auto found = d->list<Academy>(selectFrom<Academy>() + QStringLiteral(" WHERE t.urn = ?"),
                                  {urn.trimmed()});
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error{
            tr("No academy with URN %1 is recorded in this wheel file.").arg(urn.trimmed())};
    return found->first();
}

Result<QVector<Partner>> WheelStore::partners() const
{
    return d->list<Partner>(selectFrom<Partner>() + QStringLiteral(" ORDER BY t.name, t.id"));
}

Result<Partner> WheelStore::partner(qint64 id) const
{
    return d->one<Partner>(id);
}
Result<Contact> WheelStore::contact(qint64 id) const
{
    return d->one<Contact>(id);
}

Result<QVector<Contact>> WheelStore::contacts() const
{
    return d->list<Contact>(selectFrom<Contact>() + QStringLiteral(" ORDER BY t.name, t.id"));
}

Result<Tie> WheelStore::tie(qint64 id) const
{
    return d->one<Tie>(id);
}
Result<Need> WheelStore::need(qint64 id) const
{
    return d->one<Need>(id);
}
Result<Engagement> WheelStore::engagement(qint64 id) const
{
    return d->one<Engagement>(id);
}

Result<Initiative> WheelStore::initiative(qint64 id) const
{
    auto item = d->one<Initiative>(id);
    if (!item)
        return item;
    QVector<Initiative> one{*item};
    if (auto s = d->readLinks(one, QStringLiteral("WHERE i.id = ?"), {id}); !s)
        return s.error();
    return one.first();
}

Result<AcademyWheel> WheelStore::loadAcademy(qint64 academyId) const
{
    AcademyWheel wheel;
    auto academy = d->one<Academy>(academyId);
    if (!academy)
        return academy.error();
    wheel.academy = *academy;
    if (wheel.academy.trustId > 0) {
        if (auto trust = d->one<Trust>(wheel.academy.trustId))
            wheel.trust = *trust;
    }
    const QVariantList id{academyId};
    auto partners = d->list<Partner>(
        selectFrom<Partner>(QStringLiteral("p")) +
            QStringLiteral(" JOIN ties x ON x.partner_id = p.id WHERE x.academy_id = ? "
                           "ORDER BY p.name, p.id"),
        id);
    auto ties = d->list<Tie>(
        selectFrom<Tie>() + QStringLiteral(" WHERE t.academy_id = ? ORDER BY t.id"), id);
    auto contacts =
        d->list<Contact>(selectFrom<Contact>(QStringLiteral("c")) +
                             QStringLiteral(" JOIN ties x ON x.partner_id = c.partner_id "
                                            "WHERE x.academy_id = ? ORDER BY c.name, c.id"),
                         id);
    auto needs = d->list<Need>(
        selectFrom<Need>() + QStringLiteral(" WHERE t.academy_id = ? ORDER BY t.id"), id);
    auto initiatives = d->list<Initiative>(
        selectFrom<Initiative>() + QStringLiteral(" WHERE t.academy_id = ? ORDER BY t.id"), id);
    auto engagements = d->list<Engagement>(
        selectFrom<Engagement>() +
            QStringLiteral(" WHERE t.academy_id = ? ORDER BY t.occurred_on DESC, t.id DESC"),
        id);
    for (const Status& s :
         {Status(partners ? Status() : partners.error()), Status(ties ? Status() : ties.error()),
          Status(contacts ? Status() : contacts.error()), Status(needs ? Status() : needs.error()),
          Status(initiatives ? Status() : initiatives.error()),
          Status(engagements ? Status() : engagements.error())}) {
        if (!s)
            return s.error();
    }
    if (auto s = d->readLinks(initiatives.value(), QStringLiteral("WHERE i.academy_id = ?"), id);
        !s)
        return s.error();
    wheel.partners = std::move(partners).value();
    wheel.ties = std::move(ties).value();
    wheel.contacts = std::move(contacts).value();
    wheel.needs = std::move(needs).value();
    wheel.initiatives = std::move(initiatives).value();
    wheel.engagements = std::move(engagements).value();
    return wheel;
}

Result<TrustWheels> WheelStore::loadTrust() const
{
    // Each table is read once and shared out, so the trust view costs about as
    // much as reading the file once.
    TrustWheels result;
    auto trust = this->trust();
    auto academies = this->academies();
    auto partners =
        d->list<Partner>(selectFrom<Partner>() + QStringLiteral(" ORDER BY t.name, t.id"));
    auto ties = d->list<Tie>(selectFrom<Tie>() + QStringLiteral(" ORDER BY t.id"));
    auto contacts =
        d->list<Contact>(selectFrom<Contact>() + QStringLiteral(" ORDER BY t.name, t.id"));
    auto needs = d->list<Need>(selectFrom<Need>() + QStringLiteral(" ORDER BY t.id"));
    auto initiatives =
        d->list<Initiative>(selectFrom<Initiative>() + QStringLiteral(" ORDER BY t.id"));
    auto engagements = d->list<Engagement>(
        selectFrom<Engagement>() + QStringLiteral(" ORDER BY t.occurred_on DESC, t.id DESC"));
    for (const Status& s :
         {Status(trust ? Status() : trust.error()),
          Status(academies ? Status() : academies.error()),
          Status(partners ? Status() : partners.error()), Status(ties ? Status() : ties.error()),
          Status(contacts ? Status() : contacts.error()), Status(needs ? Status() : needs.error()),
          Status(initiatives ? Status() : initiatives.error()),
          Status(engagements ? Status() : engagements.error())}) {
        if (!s)
            return s.error();
    }
    if (auto s = d->readLinks(initiatives.value(), QString(), {}); !s)
        return s.error();

    result.trust = *trust;
    QHash<qint64, int> academyIndex;
    for (const Academy& academy : *academies) {
        academyIndex.insert(academy.id, int(result.academies.size()));
        AcademyWheel wheel;
        wheel.academy = academy;
        if (academy.trustId == result.trust.id)
            wheel.trust = result.trust;
        result.academies.append(wheel);
    }
    QHash<qint64, QVector<int>> academiesOfPartner; // partner id -> academy indexes
    for (const Tie& tie : *ties) {
        const auto it = academyIndex.constFind(tie.academyId);
        if (it == academyIndex.cend())
            continue;
        result.academies[*it].ties.append(tie);
        academiesOfPartner[tie.partnerId].append(*it);
    }
    for (const Partner& partner : *partners) {
        for (int index : academiesOfPartner.value(partner.id))
            result.academies[index].partners.append(partner);
    }
    for (const Contact& contact : *contacts) {
        for (int index : academiesOfPartner.value(contact.partnerId))
            result.academies[index].contacts.append(contact);
    }
    auto share = [&](auto& items, auto member) {
        for (auto& item : items) {
            const auto it = academyIndex.constFind(item.academyId);
            if (it != academyIndex.cend())
                (result.academies[*it].*member).append(std::move(item));
        }
    };
    share(needs.value(), &AcademyWheel::needs);
    share(initiatives.value(), &AcademyWheel::initiatives);
    share(engagements.value(), &AcademyWheel::engagements);
    return result;
}

Result<EntityCounts> WheelStore::counts() const
{
    auto q = d->run(
        QStringLiteral("SELECT (SELECT COUNT(*) FROM trusts), (SELECT COUNT(*) FROM academies), "
                       "(SELECT COUNT(*) FROM partners), "
                       "(SELECT COUNT(*) FROM contacts), (SELECT COUNT(*) FROM ties), (SELECT "
                       "COUNT(*) FROM needs), "
                       "(SELECT COUNT(*) FROM initiatives), (SELECT COUNT(*) FROM engagements)"));
    if (!q)
        return q.error();
    if (!q->next())
        return Error{tr("Civic Wheel could not count the records in this file.")};
    EntityCounts c;
    c.trusts = q->value(0).toInt();
    c.academies = q->value(1).toInt();
    c.partners = q->value(2).toInt();
    c.contacts = q->value(3).toInt();
    c.ties = q->value(4).toInt();
    c.needs = q->value(5).toInt();
    c.initiatives = q->value(6).toInt();
    c.engagements = q->value(7).toInt();
    return c;
}

// Writing ---------------------------------------------------------------------

#define CIVIC_STORE_ADD_UPDATE(Type)                                                               \
    Result<qint64> WheelStore::add(const Type& item)                                               \
    {                                                                                              \
        return inTransaction(*d, [&] { return d->insert(item); });                                 \
    }                                                                                              \
    Status WheelStore::update(const Type& item)                                                    \
    {                                                                                              \
        return inTransaction(*d, [&] { return d->change(item); });                                 \
    }

CIVIC_STORE_ADD_UPDATE(Trust)
CIVIC_STORE_ADD_UPDATE(Academy)
CIVIC_STORE_ADD_UPDATE(Partner)
CIVIC_STORE_ADD_UPDATE(Contact)
CIVIC_STORE_ADD_UPDATE(Tie)
CIVIC_STORE_ADD_UPDATE(Need)
CIVIC_STORE_ADD_UPDATE(Engagement)

#undef CIVIC_STORE_ADD_UPDATE

Result<qint64> WheelStore::add(const Initiative& initiative)
{
    return inTransaction(*d, [&]() -> Result<qint64> {
        auto id = d->insert(initiative);
        if (!id)
            return id;
        Initiative stored = initiative;
        stored.id = *id;
        if (auto s = d->writeLinks(stored); !s)
            return s.error();
        return id;
    });
}

Status WheelStore::update(const Initiative& initiative)
{
    return inTransaction(*d, [&]() -> Status {
        if (auto s = d->change(initiative); !s)
            return s;
        return d->writeLinks(initiative);
    });
}

Result<RemovedRows> WheelStore::previewRemoval(EntityKind kind, qint64 id) const
{
    return d->collect(kind, id);
}

Result<RemovedRows> WheelStore::remove(EntityKind kind, qint64 id)
{
    return inTransaction(*d, [&]() -> Result<RemovedRows> {
        auto removed = d->collect(kind, id);
        if (!removed)
            return removed;
        const QString table = removed->tables.first().table;
        // Foreign keys cascade to the dependants collected above.
        auto q = d->run(QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {id});
        if (!q)
            return q.error();
        return removed;
    });
}

Status WheelStore::restore(const RemovedRows& removed)
{
    return inTransaction(*d, [&]() -> Status {
        for (const auto& table : removed.tables) {
            for (const QVariantMap& row : table.rows) {
                QStringList marks;
                marks.fill(QStringLiteral("?"), row.size());
                // Column names come from the file's own schema, never from a person.
                auto q = d->run(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(table.table, row.keys().join(QStringLiteral(", ")),
                                         marks.join(QStringLiteral(", "))),
                                row.values());
                if (!q)
                    return q.error();
            }
        }
        for (const auto& cleared : removed.cleared) {
            auto q = d->run(QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                                .arg(cleared.table, cleared.column),
                            {cleared.value, cleared.rowId});
            if (!q)
                return q.error();
        }
        return {};
    });
}

Status WheelStore::transaction(const std::function<Status()>& work)
{
    return inTransaction(*d, work);
}

// The file --------------------------------------------------------------------

Status WheelStore::saveCopyAs(const QString& target) const
{
    if (QFileInfo(target).absoluteFilePath() == d->path)
        return Error{tr("That is the file already open. Choose a different name for the copy.")};
    return backupTo(d->db, target);
}

Result<QStringList> WheelStore::integrityProblems() const
{
    QStringList problems;
    auto integrity = d->run(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    while (integrity->next()) {
        const QString line = integrity->value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    auto keys = d->run(QStringLiteral("PRAGMA foreign_key_check"));
    if (!keys)
        return keys.error();
    while (keys->next())
        problems.append(tr("row %1 of %2 refers to a missing %3")
                            .arg(keys->value(1).toString(), keys->value(0).toString(),
                                 keys->value(2).toString()));
    return problems;
}

} // namespace civic
