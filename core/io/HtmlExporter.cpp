#include "io/HtmlExporter.h"

#include "analysis/CoverageAnalysis.h"
#include "io/ExportFile.h"
#include "io/HtmlEscape.h"
#include "io/HtmlPageAssets.h"
#include "io/WheelSvg.h"
#include "wheel/WheelLayout.h"

#include <QCoreApplication>
#include <QLocale>

namespace civic {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("HtmlExporter", text);
}

QString esc(const QString& text)
{
    return HtmlEscape::text(text);
}

QString attr(const QString& text)
{
    return HtmlEscape::attribute(text);
}

QString number(int value)
{
    return QLocale(QLocale::English).toString(value);
}

QString heading(int level, const QString& text, const QString& id = {})
{
    const QString idAttribute =
        id.isEmpty() ? QString() : QStringLiteral(" id=\"%1\" tabindex=\"-1\"").arg(attr(id));
    return QStringLiteral("<h%1%2>%3</h%1>\n").arg(QString::number(level), idAttribute, esc(text));
}

QString pageStart(const QString& title, bool personal)
{
    QString s =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    s += QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"%1\">\n")
             .arg(attr(HtmlPageAssets::contentSecurityPolicy()));
    s += QStringLiteral("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                        "<meta name=\"referrer\" content=\"no-referrer\">\n");
    if (personal)
        s += QStringLiteral("<meta name=\"robots\" content=\"noindex, nofollow\">\n");
    s += QStringLiteral("<title>%1</title>\n<style>%2</style>\n</head>\n<body>\n")
             .arg(esc(title), HtmlPageAssets::style());
    return s;
}

QString privacyNote(const ExportOptions& options)
{
    if (HtmlExporter::holdsPersonalData(options))
        return QStringLiteral("<p class=\"personal\"><strong>%1</strong> %2</p>\n")
            .arg(esc(tr("For internal use only.")),
                 esc(tr("This page holds personal data (contacts, staff names and notes). Keep it "
                        "within the school; do not e-mail or publish it.")));
    return QStringLiteral("<p class=\"meta\">%1</p>\n")
        .arg(esc(tr("Anonymised for sharing: no contacts, staff names or notes.")));
}

QString pageEnd(const QDate& today)
{
    return QStringLiteral("<footer><p>%1</p></footer>\n<script>%2</script>\n</body>\n</html>\n")
        .arg(esc(tr("Made with Civic Wheel %1 on %2. This page loads nothing from the internet.")
                     .arg(QStringLiteral(CIVIC_VERSION), today.toString(Qt::ISODate))),
             HtmlPageAssets::script());
}

QString approachCodes(const QVector<Approach>& approaches)
{
    QStringList codes;
    for (Approach a : approaches)
        codes << codeOf(a);
    return codes.join(u' ');
}

QString partnerSummary(const WheelLayout::Node& n)
{
    const QString initiatives =
        n.initiatives.isEmpty()
            ? tr("in no initiative")
            : tr("initiatives: %1").arg(n.initiatives.join(QStringLiteral(", ")));
    return tr("%1: %2; tie strength %3; %4; %5")
        .arg(n.name, displayName(n.sector), strengthName(n.strength),
             displayName(n.status).toLower(), initiatives);
}

QString nodeAttributes(const WheelLayout::Node& n)
{
    return QStringLiteral(" data-partner=\"p%1\" data-sector=\"%2\" data-approaches=\"%3\" "
                          "tabindex=\"0\" role=\"button\" aria-label=\"%4\"")
        .arg(QString::number(n.partnerId), attr(codeOf(n.sector)),
             attr(approachCodes(n.approaches)), attr(partnerSummary(n)));
}

QString option(const QString& value, const QString& text)
{
    return QStringLiteral("<option value=\"%1\">%2</option>").arg(attr(value), esc(text));
}

QString filters(const QString& prefix, const WheelLayout::Result& layout)
{
    QString approaches = option(QString(), tr("All approaches"));
    for (Approach a : allValues<Approach>())
        approaches += option(codeOf(a), displayName(a));
    QString sectors = option(QString(), tr("All sectors"));
    for (Sector s : allValues<Sector>()) {
        const bool shown = std::any_of(layout.nodes.cbegin(), layout.nodes.cend(),
                                       [s](const WheelLayout::Node& n) { return n.sector == s; });
        if (shown)
            sectors += option(codeOf(s), displayName(s));
    }
    const int total = int(layout.nodes.size());
    const QString count = tr("Showing %1 of %2 partners.");
    return QStringLiteral(
               "<div class=\"filters\" role=\"group\" aria-label=\"%1\">"
               "<span class=\"filter\"><label for=\"%2-approach\">%3</label>"
               "<select id=\"%2-approach\" class=\"f-approach\">%4</select></span>"
               "<span class=\"filter\"><label for=\"%2-sector\">%5</label>"
               "<select id=\"%2-sector\" class=\"f-sector\">%6</select></span>"
               "<p class=\"f-count\" role=\"status\" data-template=\"%7\">%8</p></div>\n")
        .arg(attr(tr("Filter the partners")), prefix, esc(tr("Approach")), approaches,
             esc(tr("Sector")), sectors, attr(count), esc(count.arg(number(total), number(total))));
}

QString wheelArea(const AcademyWheel& wheel, const WheelLayout::Result& layout)
{
    const QString title = tr("The community wheel of %1").arg(wheel.academy.name);
    return QStringLiteral("<div class=\"wheel-area\"><figure>%1<figcaption class=\"hint\">%2"
                          "</figcaption></figure>"
                          "<aside class=\"details\" aria-live=\"polite\" aria-label=\"%3\">"
                          "<h4>%4</h4><p class=\"hint\">%5</p><dl hidden></dl></aside></div>\n")
        .arg(WheelSvg::write(layout, title, nodeAttributes),
             esc(tr("Colours show the approaches of the initiatives a partner is in; rings "
                    "show tie strength, strongest nearest the centre; the outer ring shows "
                    "needs, met or unmet.")),
             attr(tr("Partner details")), esc(tr("Details")),
             esc(tr("Point at, tap or tab to a partner to see its details.")));
}

QString figure(int value, const QString& what)
{
    return QStringLiteral("<li><strong>%1</strong> %2</li>").arg(number(value), esc(what));
}

QString coverageFigures(const Coverage& c, int level)
{
    QString s = heading(level, tr("Coverage"));
    s += QStringLiteral("<ul class=\"figures\">") + figure(c.partners, tr("partners with a tie")) +
         figure(c.activeInitiatives, tr("active initiatives")) +
         figure(c.partnersInvolved, tr("partners in active initiatives")) +
         figure(c.needsMet, tr("needs met")) + figure(c.needsUnmet, tr("needs not yet met")) +
         figure(c.pupilsReached, tr("pupils reached")) + QStringLiteral("</ul>\n");
    s += QStringLiteral("<div class=\"table-wrap\"><table><caption class=\"meta\">%1</caption>"
                        "<thead><tr><th scope=\"col\">%2</th><th scope=\"col\" class=\"n\">%3</th>"
                        "<th scope=\"col\" class=\"n\">%4</th><th scope=\"col\" class=\"n\">%5</th>"
                        "<th scope=\"col\" class=\"n\">%6</th></tr></thead><tbody>")
             .arg(esc(tr("Active initiatives by approach")), esc(tr("Approach")),
                  esc(tr("Active initiatives")), esc(tr("Partners")), esc(tr("Needs addressed")),
                  esc(tr("Pupils reached")));
    for (const ApproachCoverage& a : c.approaches)
        s += QStringLiteral("<tr><th scope=\"row\">%1</th><td class=\"n\">%2</td>"
                            "<td class=\"n\">%3</td><td class=\"n\">%4</td><td class=\"n\">%5</td>"
                            "</tr>")
                 .arg(esc(displayName(a.approach)), number(a.activeInitiatives), number(a.partners),
                      number(a.needsAddressed), number(a.pupilsReached));
    return s + QStringLiteral("</tbody></table></div>\n");
}

QString gapList(const QVector<Gap>& gaps, int level, const QString& title)
{
    QString s = heading(level, title);
    if (gaps.isEmpty())
        return s + QStringLiteral("<p>%1</p>\n").arg(esc(tr("No gaps found.")));
    s += QStringLiteral("<ul class=\"gaps\">");
    for (const Gap& g : gaps) {
        s += QStringLiteral("<li>") + esc(g.text);
        if (!g.detail.isEmpty())
            s += QStringLiteral("<span>%1</span>").arg(esc(g.detail));
        s += QStringLiteral("</li>");
    }
    return s + QStringLiteral("</ul>\n");
}

QString listCell(const QStringList& items)
{
    if (items.isEmpty())
        return QStringLiteral("<td>–</td>");
    QString s = QStringLiteral("<td><ul>");
    for (const QString& item : items)
        s += QStringLiteral("<li>%1</li>").arg(esc(item));
    return s + QStringLiteral("</ul></td>");
}

QString cell(const QString& text)
{
    return QStringLiteral("<td>%1</td>").arg(esc(text.isEmpty() ? QStringLiteral("–") : text));
}

QStringList contactLines(const AcademyWheel& wheel, qint64 partnerId)
{
    QStringList lines;
    for (const Contact* c : wheel.contactsOf(partnerId)) {
        QStringList parts{c->name, c->role, c->email, c->phone};
        parts.removeAll(QString());
        lines << parts.join(QStringLiteral(", "));
    }
    return lines;
}

QString personalCells(const AcademyWheel& wheel, qint64 partnerId, const ExportOptions& options)
{
    const Tie* tie = wheel.tieFor(partnerId);
    QString s;
    if (options.contacts)
        s += listCell(contactLines(wheel, partnerId));
    if (options.staffNames)
        s += cell(tie ? tie->staffOwner : QString());
    if (options.notes) {
        const Partner* partner = wheel.partner(partnerId);
        QStringList notes{partner ? partner->notes : QString(), tie ? tie->notes : QString()};
        notes.removeAll(QString());
        s += cell(notes.join(u'\n'));
    }
    return s;
}

QString partnerTable(const AcademyWheel& wheel, const WheelLayout::Result& layout,
                     const ExportOptions& options, int level)
{
    QStringList columns{tr("Partner"), tr("Sector"), tr("Tie strength"), tr("Status"),
                        tr("Initiatives")};
    if (options.contacts)
        columns << tr("Contacts");
    if (options.staffNames)
        columns << tr("Staff owner");
    if (options.notes)
        columns << tr("Notes");
    QString s = heading(level, tr("Partners"));
    s += QStringLiteral("<div class=\"table-wrap\"><table class=\"partners\"><thead><tr>");
    for (const QString& column : columns)
        s += QStringLiteral("<th scope=\"col\">%1</th>").arg(esc(column));
    s += QStringLiteral("</tr></thead><tbody>\n");
    for (const WheelLayout::Node& n : layout.nodes) {
        s += QStringLiteral("<tr data-partner=\"p%1\" data-sector=\"%2\" data-approaches=\"%3\">")
                 .arg(QString::number(n.partnerId), attr(codeOf(n.sector)),
                      attr(approachCodes(n.approaches)));
        s += cell(n.name) + cell(displayName(n.sector)) + cell(strengthName(n.strength)) +
             cell(displayName(n.status)) + listCell(n.initiatives);
        s += personalCells(wheel, n.partnerId, options) + QStringLiteral("</tr>\n");
    }
    return s + QStringLiteral("</tbody></table></div>\n");
}

WheelLayout::Result pageLayout(const AcademyWheel& wheel)
{
    WheelLayout::Options options;
    options.canvas = QSizeF(1200, 1200);
    options.showTitle = false; // the page's heading names the academy
    return WheelLayout::compute(wheel, options);
}

QString academyMeta(const Academy& a, const ExportOptions& options)
{
    QStringList parts;
    if (!a.urn.isEmpty())
        parts << tr("URN %1").arg(a.urn);
    parts << a.phase << a.localAuthority;
    if (options.staffNames && !a.headteacher.isEmpty())
        parts << tr("Headteacher: %1").arg(a.headteacher);
    parts.removeAll(QString());
    return QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(parts.join(QStringLiteral(" · "))));
}

/// One academy's wheel, coverage, gaps and partners; `id` prefixes its
/// element ids; in a trust's page its headings sit a level lower.
QString academySection(const AcademyWheel& wheel, const Coverage& coverage,
                       const ExportOptions& options, const QString& id, bool inTrust)
{
    const int level = inTrust ? 3 : 2;
    const WheelLayout::Result layout = pageLayout(wheel);
    QString s =
        QStringLiteral("<section class=\"academy\" id=\"%1\" aria-labelledby=\"%1-title\">\n")
            .arg(id);
    if (inTrust)
        s += QStringLiteral("<p><a href=\"#trust\">%1</a></p>\n").arg(esc(tr("← All academies")));
    s += heading(inTrust ? 2 : 1, wheel.academy.name, id + QStringLiteral("-title"));
    s += academyMeta(wheel.academy, options);
    s += heading(level, tr("The wheel"));
    s += filters(id, layout) + wheelArea(wheel, layout);
    s += coverageFigures(coverage, level);
    s += gapList(coverage.gaps, level, tr("Gaps"));
    s += partnerTable(wheel, layout, options, level);
    return s + QStringLiteral("</section>\n");
}

QString trustOverview(const TrustWheels& trust, const TrustCoverage& coverage)
{
    const QString name = trust.trust.name.isEmpty() ? tr("The trust") : trust.trust.name;
    QString s = QStringLiteral("<section id=\"trust\">\n") + heading(1, name);
    s += QStringLiteral("<p class=\"meta\">%1</p>\n")
             .arg(esc(tr("%1 academies. Choose one to open its wheel.")
                          .arg(number(int(trust.academies.size())))));
    s += coverageFigures(coverage.totals, 2);
    s += heading(2, tr("Academies"));
    s +=
        QStringLiteral("<div class=\"table-wrap\"><table><thead><tr><th scope=\"col\">%1</th>"
                       "<th scope=\"col\" class=\"n\">%2</th><th scope=\"col\" class=\"n\">%3</th>"
                       "<th scope=\"col\" class=\"n\">%4</th><th scope=\"col\" class=\"n\">%5</th>"
                       "<th scope=\"col\" class=\"n\">%6</th><th scope=\"col\">%7</th></tr></thead>"
                       "<tbody>\n")
            .arg(esc(tr("Academy")), esc(tr("Partners")), esc(tr("Active initiatives")),
                 esc(tr("Needs met")), esc(tr("Needs not yet met")), esc(tr("Gaps")),
                 esc(tr("URN")));
    for (int i = 0; i < coverage.academies.size(); ++i) {
        const Coverage& c = coverage.academies[i];
        s += QStringLiteral("<tr><th scope=\"row\"><a href=\"#a%1\">%2</a></th>"
                            "<td class=\"n\">%3</td><td class=\"n\">%4</td><td class=\"n\">%5</td>"
                            "<td class=\"n\">%6</td><td class=\"n\">%7</td><td>%8</td></tr>\n")
                 .arg(QString::number(i), esc(trust.academies[i].academy.name), number(c.partners),
                      number(c.activeInitiatives), number(c.needsMet), number(c.needsUnmet),
                      number(int(c.gaps.size())), esc(trust.academies[i].academy.urn));
    }
    s += QStringLiteral("</tbody></table></div>\n");
    s += gapList(coverage.totals.gaps, 2, tr("Gaps across the trust"));
    return s + QStringLiteral("</section>\n");
}

Status writeFile(const QString& path, const QByteArray& bytes, const ExportOptions& options)
{
    return ExportFile::write(path, bytes,
                             HtmlExporter::holdsPersonalData(options) ? ExportFile::OwnerOnly
                                                                      : ExportFile::Default);
}

} // namespace

bool HtmlExporter::holdsPersonalData(const ExportOptions& options)
{
    return options.contacts || options.staffNames || options.notes;
}

QByteArray HtmlExporter::write(const AcademyWheel& wheel, const ExportOptions& options,
                               const QDate& today)
{
    QString s = pageStart(wheel.academy.name, holdsPersonalData(options));
    s += QStringLiteral("<main>\n") + privacyNote(options);
    s += academySection(wheel, CoverageAnalysis::analyse(wheel, today), options,
                        QStringLiteral("a0"), false);
    s += QStringLiteral("</main>\n") + pageEnd(today);
    return s.toUtf8();
}

QByteArray HtmlExporter::writeTrust(const TrustWheels& trust, const ExportOptions& options,
                                    const QDate& today)
{
    const TrustCoverage coverage = CoverageAnalysis::analyse(trust, today);
    const QString name = trust.trust.name.isEmpty() ? tr("The trust") : trust.trust.name;
    QString s = pageStart(name, holdsPersonalData(options)) + QStringLiteral("<main>\n") +
                privacyNote(options);
    s += trustOverview(trust, coverage);
    for (int i = 0; i < trust.academies.size(); ++i)
        s += academySection(trust.academies[i], coverage.academies[i], options,
                            QStringLiteral("a%1").arg(i), true);
    s += QStringLiteral("</main>\n") + pageEnd(today);
    return s.toUtf8();
}

Status HtmlExporter::exportTo(const QString& path, const AcademyWheel& wheel,
                              const ExportOptions& options)
{
    return writeFile(path, write(wheel, options), options);
}

Status HtmlExporter::exportTrustTo(const QString& path, const TrustWheels& trust,
                                   const ExportOptions& options)
{
    return writeFile(path, writeTrust(trust, options), options);
}

} // namespace civic
