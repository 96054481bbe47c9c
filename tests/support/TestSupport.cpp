#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

namespace civic::test {

QString dataPath(const QString& name)
{
    return QStringLiteral(CIVIC_TEST_DATA_DIR "/") + name;
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(bytes);
}

TempFolder::TempFolder()
{
    m_dir.setAutoRemove(true);
}

QString TempFolder::path(const QString& name) const
{
    return m_dir.path() + QLatin1Char('/') + name;
}

namespace {

QStringList& skipped()
{
    static QStringList reasons;
    return reasons;
}

} // namespace

void markSkipped(const QString& reason)
{
    skipped().append(reason);
}

QStringList skipReasons()
{
    return skipped();
}

RunResult runCivicWheel(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CIVICWHEEL_EXE), arguments);
    RunResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("timed out");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

} // namespace civic::test
