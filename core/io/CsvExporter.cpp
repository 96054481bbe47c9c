#include "io/CsvExporter.h"

#include "io/CsvWriter.h"
#include "io/ExportFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace civic {

QByteArray CsvExporter::bytes(const AcademyWheel& wheel, Register which,
                              const ExportOptions& options)
{
    const RegisterTable table = RegisterTable::build(wheel, which, options);
    QVector<QStringList> rows{table.header};
    rows.append(table.rows);
    return CsvWriter::write(rows);
}

Status CsvExporter::exportRegister(const QString& path, const AcademyWheel& wheel, Register which,
                                   const ExportOptions& options)
{
    return ExportFile::write(path, bytes(wheel, which, options));
}

Result<QStringList> CsvExporter::exportAll(const QString& folder, const AcademyWheel& wheel,
                                           const ExportOptions& options)
{
    if (!QFileInfo(folder).isDir())
        return Error{
            QCoreApplication::translate(
                "CsvExporter", "The folder “%1” does not exist. Choose a folder for the CSV files.")
                .arg(QDir::toNativeSeparators(folder))};
    QStringList written;
    for (Register which : RegisterTable::registers(options)) {
        const QString path =
            QDir(folder).filePath(RegisterTable::code(which) + QStringLiteral(".csv"));
        if (auto s = exportRegister(path, wheel, which, options); !s)
            return s.error();
        written.append(path);
    }
    return written;
}

} // namespace civic
