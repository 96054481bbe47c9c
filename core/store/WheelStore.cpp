#include "store/WheelStore.h"

#include "store/SqliteStatement.h"
#include "store/StoreFiles.h"
#include "store/WheelStorePrivate.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>

namespace civic {

const char* const WheelStore::FileSuffix = "wheel";

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("WheelStore", text);
}

} // namespace

WheelStore::WheelStore(std::unique_ptr<Private> p)
    : d(std::move(p))
{}

WheelStore::~WheelStore() = default;

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
                         .arg(StoreFiles::nativeName(path))};
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
        const QString connection = StoreFiles::newConnectionName();
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
        return Error{tr("Civic Wheel could not create “%1”.").arg(StoreFiles::nativeName(path))};
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
    return StoreFiles::backupTo(d->db, target);
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
