#pragma once

// Shared by every fuzz target (tests/fuzz/fuzz_<name>.cpp). A target defines
// LLVMFuzzerTestOneInput and calls civic::fuzz::setUp() first; the same file
// builds as a libFuzzer program (CIVIC_BUILD_FUZZERS, clang) and as a replay
// test of the committed corpus and regressions (every other build).

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

namespace civic::fuzz {

/// A QCoreApplication (for Qt Sql's driver plugins) and a scratch folder,
/// made once per process.
inline QTemporaryDir& setUp()
{
    static int argc = 1;
    static char name[] = "civic-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir scratch;
    return scratch;
}

/// A folder for a scratch wheel that lives for the whole run: in memory
/// (/dev/shm) where the system has it, so the writes a target makes and rolls
/// back for each input cost no disk I/O; the scratch folder otherwise.
inline QString memoryFolder()
{
    setUp();
    static QTemporaryDir inMemory(QStringLiteral("/dev/shm/civic-fuzz-XXXXXX"));
    return inMemory.isValid() ? inMemory.path() : setUp().path();
}

/// Empties the scratch folder (locks, journals, backups a run left).
inline void clearScratch()
{
    QDir dir(setUp().path());
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System))
        dir.remove(name);
}

/// Writes the input to a file in the scratch folder and returns its path.
inline QString writeInput(const QString& name, const uint8_t* data, size_t size)
{
    const QString path = setUp().path() + QLatin1Char('/') + name;
    QFile file(path);
    if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        file.write(reinterpret_cast<const char*>(data), qint64(size));
    return path;
}

} // namespace civic::fuzz
