#pragma once

#include "TestSupport.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <catch2/catch.hpp>

namespace civic::test {

/// The bytes of a file under tests/data; fails the test when it is missing.
inline QByteArray testData(const QString& name)
{
    QFile file(dataPath(name));
    INFO(name.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// Checks `actual` against the golden file tests/data/golden/`name`, byte for
/// byte. On a difference the actual bytes are written to the temporary folder
/// so a person can compare them. CIVIC_WRITE_GOLDEN=1 writes the golden file
/// instead (a new golden must then be checked by hand before it is committed).
inline void checkGolden(const QString& name, const QByteArray& actual)
{
    const QString relative = QStringLiteral("golden/") + name;
    if (qEnvironmentVariableIntValue("CIVIC_WRITE_GOLDEN") == 1) {
        QFile out(dataPath(relative));
        REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        out.write(actual);
        WARN("wrote golden file " << relative.toStdString());
    }
    const QByteArray expected = testData(relative);
    const QString saved = QDir::temp().filePath(QStringLiteral("actual-") + name);
    if (expected != actual) {
        QFile out(saved);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(actual);
    }
    INFO("golden " << relative.toStdString() << " differs from " << saved.toStdString());
    CHECK(expected == actual);
}

} // namespace civic::test
