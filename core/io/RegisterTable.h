#pragma once

#include "io/ExportOptions.h"
#include "model/AcademyWheel.h"

#include <QStringList>
#include <QVector>

#include <optional>

namespace civic {

/// The registers a person sees and exports.
enum class Register
{
    Partners,
    Contacts,
    Needs,
    Initiatives,
    Engagements
};

/// One register of an academy as rows of text, shared by the CSV and Excel
/// exports. Headers are those the CSV import recognises, so an exported
/// register imports back unchanged.
struct RegisterTable
{
    Register which = Register::Partners;
    QString title; ///< "Partners", for sheet names
    QStringList header;
    QVector<bool> numeric; ///< per column: whole numbers (a spreadsheet may sum them)
    QVector<QStringList> rows;

    /// The registers an export holds: the contacts register only with contacts ticked in.
    static QVector<Register> registers(const ExportOptions& options);
    static RegisterTable build(const AcademyWheel& wheel, Register which,
                               const ExportOptions& options);
    /// "partners", "contacts", ...: file names and command-line values.
    static QString code(Register which);
    static std::optional<Register> fromCode(const QString& code);
};

} // namespace civic
