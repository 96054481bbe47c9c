#pragma once

#include <QStringList>

// Each headless subcommand: takes the arguments after its name, returns the exit code.
namespace civic::cli {

int runNew(const QStringList& arguments);
int runCheck(const QStringList& arguments);
int runExportPdf(const QStringList& arguments);
int runCoverage(const QStringList& arguments);
int runExportWheel(const QStringList& arguments);

} // namespace civic::cli
