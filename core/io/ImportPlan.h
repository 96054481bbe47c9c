#pragma once

#include "io/ImportField.h"
#include "model/AcademyWheel.h"

#include <QStringList>
#include <QVector>

namespace civic {

/// What will happen to one row of an import.
enum class RowFate
{
    New,       ///< will be added
    Duplicate, ///< already in the wheel (or earlier in the file): left out
    Error,     ///< cannot be read: `reason` says why
};

/// One data row of the file and its fate, with the records it would add.
struct PlannedRow
{
    int line = 0; ///< line of the file the row starts on
    RowFate fate = RowFate::New;
    QString label;   ///< the partner's name, the need's title ...: for the preview
    QString reason;  ///< why it is a duplicate or an error; for a partner already in the file, that
                     ///< it gets tied
    int column = -1; ///< 0-based column of an error, -1 for the row as a whole
    QString columnName; ///< the header of that column

    // What the row adds (only the member for the plan's kind is used).
    Partner partner;
    qint64 existingPartnerId =
        0; ///< partners: the file already holds this partner; only the tie (and contact) are added
    Tie tie;
    bool hasContact = false;
    Contact contact;
    Need need;
    Initiative initiative;
    Engagement engagement;

    /// "Line 7, column C (Sector): …" or "Line 7: …".
    QString message() const;
};

/// Everything an import would do, worked out before anything is written, so
/// the wizard can preview it and the store can apply it in one transaction.
struct ImportPlan
{
    ImportKind kind = ImportKind::Partners;
    qint64 academyId = 0;
    QVector<PlannedRow> rows;

    int count(RowFate fate) const;
    bool hasErrors() const { return count(RowFate::Error) > 0; }
    /// One message per error row, in line order.
    QStringList errorMessages() const;
};

/// What the planner compares rows with: the academy's current records and
/// every partner of the file (partners are shared between academies).
struct ImportContext
{
    qint64 academyId = 0;
    QVector<Partner> filePartners;
    QVector<qint64> tiedPartnerIds; ///< partners already tied to the academy
    QVector<Contact> contacts;      ///< contacts of the academy's partners
    QVector<Need> needs;
    QVector<Initiative> initiatives;
    QVector<Engagement> engagements;
};

} // namespace civic
