#include "report/PdfMetadata.h"

#include <QString>

namespace civic::ui {

QByteArray PdfMetadata::xmp(const ReportDocument& document)
{
    const QString produced =
        (document.produced.isValid() ? document.produced : QDate::currentDate())
            .toString(Qt::ISODate);
    const QString xmp =
        QStringLiteral(
            "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
            "<x:xmpmeta xmlns:x='adobe:ns:meta/'>"
            "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
            "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'"
            " xmlns:xmp='http://ns.adobe.com/xap/1.0/' xmlns:pdf='http://ns.adobe.com/pdf/1.3/'>"
            "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>%1</rdf:li></rdf:Alt></dc:title>"
            "<dc:creator><rdf:Seq><rdf:li>%2</rdf:li></rdf:Seq></dc:creator>"
            "<dc:format>application/pdf</dc:format>"
            "<xmp:CreatorTool>Civic Wheel %3</xmp:CreatorTool>"
            "<xmp:CreateDate>%4</xmp:CreateDate>"
            "<pdf:Producer>Civic Wheel %3</pdf:Producer>"
            "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end='w'?>")
            .arg(document.title.toHtmlEscaped(), document.author.toHtmlEscaped(),
                 QStringLiteral(CIVIC_VERSION), produced);
    return xmp.toUtf8();
}

} // namespace civic::ui
