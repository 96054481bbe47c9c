#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <ostream>

namespace civic::test {

/// Each test program links exactly one definition: no application, a
/// QCoreApplication, or a QApplication on the offscreen platform.
std::unique_ptr<QCoreApplication> makeApplication(int& argc, char** argv);

/// tests/data/<name>
QString dataPath(const QString& name);

/// The whole content of a file, to check byte-for-byte that it was left alone.
QByteArray fileBytes(const QString& path);

/// Writes `bytes` to `path`, replacing it.
void writeBytes(const QString& path, const QByteArray& bytes);

/// A scratch folder removed after the test.
class TempFolder
{
public:
    TempFolder();
    QString path(const QString& name) const;

private:
    QTemporaryDir m_dir;
};

/// The exit code that makes CTest report a test as skipped (SKIP_RETURN_CODE
/// in tests/CMakeLists.txt), not passed.
constexpr int SkipReturnCode = 77;

/// Records that the running test cannot run here and why; the program then
/// exits with SkipReturnCode unless a test failed. Use CIVIC_SKIP.
void markSkipped(const QString& reason);
/// The reasons given to markSkipped so far.
QStringList skipReasons();

/// What running the built civicwheel program printed and returned.
struct RunResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs the built civicwheel with `arguments` (no display), waiting up to `timeoutMs`.
RunResult runCivicWheel(const QStringList& arguments, int timeoutMs = 60000);

} // namespace civic::test

/// Ends the current test case as not run (see markSkipped); never as passed.
#define CIVIC_SKIP(reason)                                                                         \
    do {                                                                                           \
        ::civic::test::markSkipped(reason);                                                        \
        WARN("SKIPPED: " << (reason));                                                             \
        return;                                                                                    \
    } while (false)

// Lets Catch2 print QStrings in failed assertions.
inline std::ostream& operator<<(std::ostream& os, const QString& s)
{
    return os << s.toStdString();
}
