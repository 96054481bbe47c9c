#pragma once

#include <QStringList>

// Each headless subcommand: takes the arguments after its name, returns the exit code.
namespace civic::cli {

int runNew(const QStringList& arguments);
int runCheck(const QStringList& arguments);
int runCoverage(const QStringList& arguments);
int runExportWheel(const QStringList& arguments);

// Privacy (PrivacyCommands.cpp)
int runSubjectAccess(const QStringList& arguments);
int runEraseContact(const QStringList& arguments);
int runRetention(const QStringList& arguments);

// ExchangeCommands.cpp: import and export
int runImportCsv(const QStringList& arguments);
int runImportGias(const QStringList& arguments);
int runImportJson(const QStringList& arguments);
int runExportCsv(const QStringList& arguments);
int runExportXlsx(const QStringList& arguments);
int runExportJson(const QStringList& arguments);
int runExportGraphMl(const QStringList& arguments);
int runExportHtml(const QStringList& arguments);

// ReportCommands.cpp: the governors' summary
int runExportPdf(const QStringList& arguments);

} // namespace civic::cli
