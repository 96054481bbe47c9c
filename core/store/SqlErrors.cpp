#include "store/SqlErrors.h"

#include <QCoreApplication>

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("SqlErrors", text);
}

// SQLite's primary result codes (sqlite3.h); kept here so core needs no SQLite header.
enum : int
{
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteNoMem = 7,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

} // namespace

int SqlErrors::primaryCode(const QSqlError& error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

Error SqlErrors::toError(const QSqlError& error)
{
    const QString detail = error.text();
    const QString db = error.databaseText();
    switch (primaryCode(error)) {
    case SqliteFull:
        return {
            tr("There is no room left on the disk to save this change. Free some space (or save "
               "a copy elsewhere) and try again; nothing was changed."),
            detail};
    case SqliteBusy:
    case SqliteLocked:
        return {tr("Another program is busy writing to this wheel file, so the change could not be "
                   "saved. Try again in a moment; nothing was changed."),
                detail};
    case SqliteReadOnly:
        return {tr("The wheel file cannot be written to: it, or the folder it is in, is read-only. "
                   "Nothing was changed."),
                detail};
    case SqliteIoErr:
        return {tr("The computer could not read or write the wheel file (the disk or USB stick may "
                   "have been removed, or be failing). Nothing was changed."),
                detail};
    case SqliteCorrupt:
    case SqliteNotADb:
        return {
            tr("The wheel file is damaged. Open your most recent backup copy, or ask IT support "
               "for help."),
            detail};
    case SqliteCantOpen:
        return {
            tr("The wheel file could not be opened: it may have been moved, renamed or deleted."),
            detail};
    case SqliteNoMem:
        return {tr("The computer ran out of memory. Close other programs and try again."), detail};
    case SqliteConstraint:
        if (db.contains(QLatin1String("FOREIGN KEY")))
            return {tr("This refers to a record that no longer exists (it may have just been "
                       "deleted). Nothing was changed."),
                    detail};
        if (db.contains(QLatin1String("academies.urn")))
            return {tr("Another academy in this file already has that URN."), detail};
        if (db.contains(QLatin1String("ties.academy_id")))
            return {tr("That partner is already tied to this academy."), detail};
        if (db.contains(QLatin1String("CHECK")))
            return {tr("A value is out of its allowed range (for example a strength outside 1–5, "
                       "or a negative count). Nothing was changed."),
                    detail};
        return {tr("This change conflicts with what is already recorded. Nothing was changed."),
                detail};
    default:
        return {tr("Civic Wheel could not read or save the wheel file. Nothing was changed."),
                detail};
    }
}

} // namespace civic
