#include "io/CsvWriter.h"

namespace civic {

QString CsvWriter::neutralised(const QString& cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
        first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString CsvWriter::field(const QString& cell)
{
    QString text = neutralised(cell);
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) ||
        text.contains(QLatin1Char(';')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\t')) ||
        text.startsWith(QLatin1Char(' ')) || text.endsWith(QLatin1Char(' '))) {
        text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        return QLatin1Char('"') + text + QLatin1Char('"');
    }
    return text;
}

QByteArray CsvWriter::write(const QVector<QStringList>& rows)
{
    QString text;
    for (const QStringList& row : rows) {
        for (int i = 0; i < row.size(); ++i) {
            if (i > 0)
                text.append(QLatin1Char(','));
            text.append(field(row.at(i)));
        }
        text.append(QStringLiteral("\r\n"));
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace civic
