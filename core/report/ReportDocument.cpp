#include "report/ReportDocument.h"

namespace civic {

QStringList ReportDocument::allText() const
{
    QStringList text{title, author, footerText};
    for (const ReportBlock& block : blocks) {
        text.append(block.text);
        text.append(block.items);
        for (const auto& figure : block.figures)
            text << figure.first << figure.second;
        text.append(block.columns);
        for (const auto& row : block.rows) {
            for (const ReportCell& cell : row)
                text.append(cell.text);
        }
    }
    text.removeAll(QString());
    return text;
}

} // namespace civic
