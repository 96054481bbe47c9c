#include "FailingDevice.h"

#include <algorithm>

namespace civic::test {
namespace {

const char* const NoSpace = "No space left on device";

} // namespace

FailingDevice::FailingDevice(const QString& path)
    : m_file(path)
{}

bool FailingDevice::open(OpenMode mode)
{
    if (m_failOpen) {
        setErrorString(QStringLiteral("Read-only file system"));
        return false;
    }
    if (!m_file.open(mode)) {
        setErrorString(m_file.errorString());
        return false;
    }
    return QIODevice::open(mode | QIODevice::Unbuffered);
}

qint64 FailingDevice::writeData(const char* data, qint64 size)
{
    const qint64 fits = m_budget < 0 ? size : std::min(size, m_budget - m_written);
    if (fits > 0) {
        const qint64 done = m_file.write(data, fits);
        if (done < 0) {
            setErrorString(m_file.errorString());
            return -1;
        }
        m_written += done;
    }
    if (fits < size)
        setErrorString(QString::fromLatin1(NoSpace));
    return fits > 0 ? fits : (size > 0 ? -1 : 0);
}

bool FailingDevice::commit()
{
    QIODevice::close();
    if (m_failCommit) {
        setErrorString(QString::fromLatin1(NoSpace));
        return false;
    }
    if (!m_file.commit()) {
        setErrorString(m_file.errorString());
        return false;
    }
    return true;
}

} // namespace civic::test
