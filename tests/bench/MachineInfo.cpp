#include "MachineInfo.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>
#include <QThread>

#include <sqlite3.h>

namespace civic::bench {
namespace {

QString firstLineWith(const QString& path, const QString& key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // /proc files report size 0, so read them whole rather than test atEnd().
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        if (line.startsWith(key))
            return line.section(QLatin1Char(':'), 1).trimmed();
    }
    return {};
}

// The SQLite library Qt's QSQLITE driver really uses (it may differ from ours).
QString qtSqliteVersion()
{
    QString version;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-version"));
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(QStringLiteral("SELECT sqlite_version()")) && query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-version"));
    return version;
}

} // namespace

QVector<QPair<QString, QString>> MachineInfo::describe()
{
    const QString kb = firstLineWith(QStringLiteral("/proc/meminfo"), QStringLiteral("MemTotal"))
                           .simplified()
                           .section(QLatin1Char(' '), 0, 0);
    return {
        {QStringLiteral("CPU"),
         firstLineWith(QStringLiteral("/proc/cpuinfo"), QStringLiteral("model name"))},
        {QStringLiteral("Cores"), QStringLiteral("%1 (as Qt sees them; other work may share them)")
                                      .arg(QThread::idealThreadCount())},
        {QStringLiteral("Memory"),
         QStringLiteral("%1 GB").arg(kb.toDouble() / 1024 / 1024, 0, 'f', 1)},
        {QStringLiteral("System"),
         QSysInfo::prettyProductName() + QStringLiteral(", kernel ") + QSysInfo::kernelVersion()},
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("SQLite"),
         QStringLiteral("%1 (raw C API), %2 (through Qt's QSQLITE driver)")
             .arg(QString::fromLatin1(sqlite3_libversion()), qtSqliteVersion())},
        {QStringLiteral("Build"), QStringLiteral(CIVIC_BENCH_BUILD_TYPE)},
    };
}

} // namespace civic::bench
