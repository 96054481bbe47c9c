#pragma once

#include <QPair>
#include <QString>
#include <QVector>

namespace civic::bench {

/// What the figures were measured on: CPU, cores, memory, system, Qt, SQLite, build.
class MachineInfo
{
public:
    static QVector<QPair<QString, QString>> describe();
};

} // namespace civic::bench
