#include "store/FileProbe.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace civic {
namespace {

quint32 bigEndian32(const QByteArray& bytes, int offset)
{
    const auto* p = reinterpret_cast<const unsigned char*>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

QString guessFormat(const QByteArray& head, const QString& suffix)
{
    if (head.startsWith("%PDF"))
        return QCoreApplication::translate("civic", "a PDF document");
    if (head.startsWith("PK\x03\x04")) {
        if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("ods"))
            return QCoreApplication::translate("civic", "a spreadsheet");
        if (suffix == QLatin1String("docx") || suffix == QLatin1String("odt"))
            return QCoreApplication::translate("civic", "a word-processor document");
        return QCoreApplication::translate("civic", "a zip archive");
    }
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return QCoreApplication::translate("civic", "an old-style Office document");
    if (head.startsWith("\x89PNG") || head.startsWith("\xFF\xD8\xFF"))
        return QCoreApplication::translate("civic", "a picture");
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt"))
        return QCoreApplication::translate("civic", "a text or CSV file");
    if (suffix == QLatin1String("json"))
        return QCoreApplication::translate("civic", "a JSON file");
    return {};
}

} // namespace

FileProbe FileProbe::inspect(const QString& path)
{
    FileProbe probe;
    const QFileInfo info(path);
    if (!info.exists()) {
        probe.kind = Kind::Missing;
        return probe;
    }
    QFile file(path);
    if (!info.isFile() || !file.open(QIODevice::ReadOnly)) {
        probe.kind = Kind::Unreadable;
        return probe;
    }
    probe.size = file.size();
    if (probe.size == 0) {
        probe.kind = Kind::Empty;
        return probe;
    }
    const QByteArray head = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (!head.startsWith(magic)) {
        probe.kind = Kind::NotSqlite;
        probe.guessedFormat = guessFormat(head, info.suffix().toLower());
        return probe;
    }
    if (head.size() < 100) {
        probe.kind = Kind::Truncated;
        return probe;
    }
    probe.kind = Kind::Sqlite;
    // SQLite's header: user_version at offset 60, application_id at 68, both big-endian.
    probe.userVersion = int(bigEndian32(head, 60));
    probe.applicationId = bigEndian32(head, 68);
    return probe;
}

} // namespace civic
