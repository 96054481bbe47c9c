#pragma once

#include "report/ReportDocument.h"

#include <QByteArray>

namespace civic::ui {

/// The XMP metadata written into the governors' PDF: title, author ("prepared
/// by"), date and the program, which PDF readers show as its properties (Qt
/// 6.4's PDF writer has no Author entry of its own).
class PdfMetadata
{
public:
    static QByteArray xmp(const ReportDocument& document);
};

} // namespace civic::ui
