#pragma once

#include "model/AcademyWheel.h"
#include "model/EntityKind.h"
#include "model/RecordRef.h"
#include "model/Result.h"
#include "store/RemovedRows.h"

#include <QDate>
#include <QString>
#include <QVector>

#include <functional>
#include <memory>

namespace civic {

/// How many records of each kind a file holds.
struct EntityCounts
{
    int trusts = 0;
    int academies = 0;
    int partners = 0;
    int contacts = 0;
    int ties = 0;
    int needs = 0;
    int initiatives = 0;
    int engagements = 0;
};

/// Where a contact's name or e-mail address also appears in free text.
struct Mention
{
    QString table;  ///< "partners", "ties", "engagements", "initiatives", "needs"
    QString column; ///< "notes", "summary" ...
    qint64 rowId = 0;
    QString label; ///< what a person would call the record ("Millbrook Library", "Meeting on
                   ///< 2026-01-15")
};

/// What erasing contacts did.
struct ErasureReport
{
    int contactsErased = 0;
    int engagementsRedacted = 0; ///< linked engagements whose text named the contact
    bool compacted = false;      ///< VACUUM ran, so no free page keeps old bytes
};

/// Why a file is open read-only, if it is.
enum class AccessMode
{
    ReadWrite,
    ReadOnlyRequested,   ///< the caller asked for it
    ReadOnlyOnDisk,      ///< the file or its folder cannot be written
    ReadOnlyNewerSchema, ///< made by a newer Civic Wheel
};

struct OpenOptions
{
    bool readOnly = false;
    /// For inspection only (`civicwheel check`): an older file is opened
    /// read-only as it is instead of being upgraded. Only counts() and
    /// integrityProblems() are meaningful on such a store.
    bool inspectOnly = false;
};

/// One wheel file: a plain SQLite database read and written through Qt Sql.
/// Every public write is one transaction (or joins the one `transaction()`
/// holds open), so the file on disk is always a whole state.
class WheelStore
{
public:
    static constexpr quint32 ApplicationId = 0x43495657; // "CIVW"
    static constexpr int SchemaVersion = 2;
    static const char* const FileSuffix; // "wheel"

    /// Opens an existing wheel file. Refuses, without writing a byte, anything
    /// that is not a sound Civic Wheel file; opens read-only where it must.
    static Result<std::unique_ptr<WheelStore>> open(const QString& path,
                                                    const OpenOptions& options = {});

    /// Creates a new, empty wheel file (readable by its owner only) and opens it.
    /// Refuses to overwrite an existing file.
    static Result<std::unique_ptr<WheelStore>> create(const QString& path);

    /// Like create(), with the first content written by `populate`. The file
    /// appears under its name only once `populate` has succeeded.
    static Result<std::unique_ptr<WheelStore>>
    createWith(const QString& path, const std::function<Status(WheelStore&)>& populate);

    ~WheelStore();
    WheelStore(const WheelStore&) = delete;
    WheelStore& operator=(const WheelStore&) = delete;

    QString path() const;
    bool isReadOnly() const;
    AccessMode accessMode() const;
    /// A sentence for the read-only banner; empty when writable.
    QString readOnlyReason() const;
    /// The schema version the file was written with (may exceed SchemaVersion).
    int fileSchemaVersion() const;
    /// The path of the copy taken before the last migration, if one ran on open.
    QString migrationBackupPath() const;

    // Reading ---------------------------------------------------------------
    Result<Trust> trust() const; ///< id 0 when the file has no trust yet
    Result<QVector<Academy>> academies() const;
    Result<Academy> academy(qint64 id) const;
    Result<Academy> academyByUrn(const QString& urn) const;
    Result<QVector<Partner>> partners() const; ///< every partner of the file
    Result<Partner> partner(qint64 id) const;
    Result<Contact> contact(qint64 id) const;
    Result<QVector<Contact>> contacts() const; ///< every contact of the file
    Result<Tie> tie(qint64 id) const;
    Result<Need> need(qint64 id) const;
    Result<Initiative> initiative(qint64 id) const;
    Result<Engagement> engagement(qint64 id) const;
    Result<AcademyWheel> loadAcademy(qint64 academyId) const;
    Result<TrustWheels> loadTrust() const;
    Result<EntityCounts> counts() const;

    // Writing ---------------------------------------------------------------
    // `add` honours a non-zero id (undo puts a record back under its old id)
    // and returns the id stored.
    Result<qint64> add(const Trust& trust);
    Result<qint64> add(const Academy& academy);
    Result<qint64> add(const Partner& partner);
    Result<qint64> add(const Contact& contact);
    Result<qint64> add(const Tie& tie);
    Result<qint64> add(const Need& need);
    Result<qint64> add(const Initiative& initiative); ///< with its partner and need links
    Result<qint64> add(const Engagement& engagement);

    Status update(const Trust& trust);
    Status update(const Academy& academy);
    Status update(const Partner& partner);
    Status update(const Contact& contact);
    Status update(const Tie& tie);
    Status update(const Need& need);
    Status update(const Initiative& initiative); ///< replaces its links too
    Status update(const Engagement& engagement);

    /// What removing a record would take with it, without removing anything.
    Result<RemovedRows> previewRemoval(EntityKind kind, qint64 id) const;
    /// Removes a record and everything that depends on it; the result restores it.
    Result<RemovedRows> remove(EntityKind kind, qint64 id);
    /// Puts back what `remove` took away.
    Status restore(const RemovedRows& removed);

    /// Runs `work` as one transaction: every write inside it lands, or none does.
    Status transaction(const std::function<Status()>& work);

    // Import (CSV, GIAS, shared wheels) ----------------------------------------
    /// Removes `records` (what an import added), last first, in one
    /// transaction. A tie or contact of a partner removed with it is taken
    /// with the partner. The result puts everything back with restoreAll().
    Result<QVector<RemovedRows>> removeAll(const QVector<RecordRef>& records);
    /// Puts back what removeAll() took, in one transaction.
    Status restoreAll(const QVector<RemovedRows>& removed);
    // Bulk writes ---------------------------------------------------------------
    /// Adds many records of one kind in one transaction (or the one
    /// `transaction()` holds open), preparing each statement once: imports and
    /// generators of thousands of rows. Returns the ids stored, in order; like
    /// add(), a non-zero id is honoured. Initiatives come with their links.
    Result<QVector<qint64>> addAll(const QVector<Partner>& partners);
    Result<QVector<qint64>> addAll(const QVector<Tie>& ties);
    Result<QVector<qint64>> addAll(const QVector<Contact>& contacts);
    Result<QVector<qint64>> addAll(const QVector<Need>& needs);
    Result<QVector<qint64>> addAll(const QVector<Initiative>& initiatives); ///< with their links
    Result<QVector<qint64>> addAll(const QVector<Engagement>& engagements);

    // The file ---------------------------------------------------------------
    /// A consistent copy of the open file at `target` (replaced only when complete).
    Status saveCopyAs(const QString& target) const;
    /// What SQLite's integrity_check and foreign_key_check find; empty when sound.
    Result<QStringList> integrityProblems() const;

    // Privacy (UK GDPR) ---------------------------------------------------------
    /// Contacts whose e-mail address is `email` (compared whole, ignoring case):
    /// wildcards in `email` are ordinary characters.
    Result<QVector<Contact>> contactsByEmail(const QString& email) const;
    /// Engagements that name the contact as the person met.
    Result<QVector<Engagement>> engagementsWithContact(qint64 contactId) const;
    /// Records whose free text contains any of `terms` literally (ignoring ASCII
    /// case); empty terms are ignored. For subject access and erasure checks.
    Result<QVector<Mention>> mentionsOf(const QStringList& terms) const;
    /// Contacts whose retention date is before `today`, oldest first.
    Result<QVector<Contact>> contactsPastRetention(const QDate& today) const;
    /// Erases contacts for good (not undoable): deletes them, removes their
    /// name, e-mail and phone from the text of engagements linked to them, and
    /// rebuilds the file (VACUUM) so no free page keeps the old bytes. Must not
    /// be called inside transaction().
    Result<ErasureReport> eraseContacts(const QVector<qint64>& contactIds);

    class Private;

private:
    explicit WheelStore(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace civic
