#pragma once

#include "io/ExportFile.h"

#include <QIODevice>
#include <QSaveFile>

namespace civic::test {

/// A device for ExportFile::writeThrough that writes into a real QSaveFile
/// over `path` but fails as a full or read-only disk would: when opened,
/// after N bytes, or when committed (where QSaveFile flushes its last bytes
/// and renames the file into place). Left uncommitted, the QSaveFile removes
/// its temporary file, so the test can check what is left on disk.
class FailingDevice : public QIODevice
{
public:
    explicit FailingDevice(const QString& path);

    /// Opening fails, as in a folder on a read-only disk.
    void failOpen() { m_failOpen = true; }
    /// Writes beyond the first `bytes` fail; the write that crosses the line
    /// writes what fits, as a full disk does.
    void failAfter(qint64 bytes) { m_budget = bytes; }
    /// Every write succeeds, but the commit fails.
    void failCommit() { m_failCommit = true; }

    /// QSaveFile::commit(), unless the device is to fail there.
    bool commit();
    /// The commit to hand to ExportFile::writeThrough.
    ExportFile::Commit committer()
    {
        return [this] {
            return commit();
        };
    }
    /// Bytes that reached the temporary file.
    qint64 written() const { return m_written; }

    bool open(OpenMode mode) override;
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char*, qint64) override { return -1; }
    qint64 writeData(const char* data, qint64 size) override;

private:
    QSaveFile m_file;
    bool m_failOpen = false;
    bool m_failCommit = false;
    qint64 m_budget = -1;
    qint64 m_written = 0;
};

} // namespace civic::test
