// The web page export: escaping, the Content-Security-Policy, privacy and file permissions.
#include "TestSupport.h"
#include "io/HtmlEscape.h"
#include "io/HtmlExporter.h"
#include "io/HtmlPageAssets.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>
#include <sys/stat.h>

using namespace civic;
using namespace civic::test;

namespace {

const QDate today(2026, 11, 23);

// A small wheel made by hand: three partners, one with a hostile name, one
// contact, a staff owner, notes and a headteacher, all of which the default
// page must leave out.
AcademyWheel handWheel()
{
    AcademyWheel w;
    w.academy.id = 1;
    w.academy.urn = QStringLiteral("100001");
    w.academy.name = QStringLiteral("Hill & Dale <Academy>");
    w.academy.headteacher = QStringLiteral("Dr Headley Mastersson");
    w.academy.notes = QStringLiteral("Governor Mrs Ophelia Quill asked for this");
    auto partner = [&](qint64 id, const QString& name, Sector sector) {
        Partner p;
        p.id = id;
        p.name = name;
        p.sector = sector;
        w.partners << p;
        Tie t;
        t.id = id;
        t.academyId = 1;
        t.partnerId = id;
        t.strength = 4;
        w.ties << t;
    };
    partner(1, QStringLiteral("<script>alert(1)</script>"), Sector::Business);
    partner(2,
            QStringLiteral("Quote \" and ' and \x01"
                           "control"),
            Sector::Health);
    partner(3, QStringLiteral("Millbrook Library"), Sector::Cultural);
    w.partners[2].notes = QStringLiteral("Ask for Ms Bernadette Okonkwo-Li");
    w.ties[2].staffOwner = QStringLiteral("Mr Tobias Featherstonehaugh");
    w.ties[2].notes = QStringLiteral("Tie note naming Mrs Quill");
    Contact c;
    c.id = 1;
    c.partnerId = 3;
    c.name = QStringLiteral("Jo Bloggsworth");
    c.email = QStringLiteral("jo.bloggsworth@library.example");
    c.phone = QStringLiteral("01234 567890");
    w.contacts << c;
    Initiative i;
    i.id = 1;
    i.academyId = 1;
    i.title = QStringLiteral("Reading <b>club</b>");
    i.approach = Approach::Relational;
    i.status = InitiativeStatus::Active;
    i.staffLead = QStringLiteral("Mrs Winifred Staffordshire");
    i.partnerIds = {1, 3};
    w.initiatives << i;
    return w;
}

QString page(const ExportOptions& options = {})
{
    return QString::fromUtf8(HtmlExporter::write(handWheel(), options, today));
}

// The text between the first `<tag>` and its end tag.
QString inlineText(const QString& html, const QString& tag)
{
    const QString open = QLatin1Char('<') + tag + QLatin1Char('>');
    const qsizetype start = html.indexOf(open) + open.size();
    return html.mid(start, html.indexOf(QStringLiteral("</") + tag + u'>', start) - start);
}

const QStringList personal{QStringLiteral("Dr Headley Mastersson"),
                           QStringLiteral("Ophelia Quill"),
                           QStringLiteral("Bernadette Okonkwo-Li"),
                           QStringLiteral("Tobias Featherstonehaugh"),
                           QStringLiteral("Jo Bloggsworth"),
                           QStringLiteral("jo.bloggsworth@library.example"),
                           QStringLiteral("01234 567890"),
                           QStringLiteral("Winifred Staffordshire"),
                           QStringLiteral("Tie note naming Mrs Quill")};

} // namespace

TEST_CASE("HtmlEscape escapes markup and drops what XML forbids", "[html]")
{
    CHECK(HtmlEscape::text(QStringLiteral("<a href='x'>&\"</a>")) ==
          QStringLiteral("&lt;a href='x'&gt;&amp;\"&lt;/a&gt;"));
    CHECK(HtmlEscape::attribute(QStringLiteral("say \"hi\" & 'bye'\n<")) ==
          QStringLiteral("say &quot;hi&quot; &amp; &#39;bye&#39;&#10;&lt;"));
    // NUL, U+0001, vertical tab, form feed, U+FFFE, U+FFFF and a lone surrogate go; tab stays.
    const QString nasty = QStringLiteral("a") + QChar(0) + QChar(1) + QChar(0x0B) + QChar(0x0C) +
                          QChar(0xFFFE) + QChar(0xFFFF) + QChar(0xD800) + QStringLiteral("b\tc") +
                          QChar(0xDC00);
    CHECK(HtmlEscape::text(nasty) == QStringLiteral("ab\tc"));
    // A real pair (an emoji) and right-to-left text are kept as they are.
    const QString emoji = QString::fromUtf8("Caf\xC3\xA9 \xF0\x9F\x8C\xB3 \xD7\xA9\xD7\x9C");
    CHECK(HtmlEscape::text(emoji) == emoji);
}

TEST_CASE("The web page shows hostile names as text", "[html]")
{
    const QString html = page();
    CHECK_FALSE(html.contains(QStringLiteral("<script>alert")));
    CHECK(html.contains(QStringLiteral(">&lt;script&gt;alert(1)&lt;/script&gt;<")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>club")));
    // Inside the SVG too: the hub carries the academy's name.
    CHECK(html.contains(QStringLiteral("&lt;Academy&gt;</text>")));
    CHECK_FALSE(html.contains(QStringLiteral("<Academy>")));
    CHECK(html.contains(QStringLiteral("Reading &lt;b&gt;club&lt;/b&gt;")));
    CHECK(html.contains(QStringLiteral("<h1 id=\"a0-title\" tabindex=\"-1\">Hill &amp; Dale "
                                       "&lt;Academy&gt;</h1>")));
    // In an attribute the quotes are escaped too; the control character is gone everywhere.
    CHECK(html.contains(QStringLiteral("aria-label=\"Quote &quot; and &#39; and control:")));
    CHECK_FALSE(html.contains(QChar(1)));
    // One script element, the page's own, and one node and one row per partner.
    CHECK(html.count(QStringLiteral("<script")) == 1);
    CHECK(html.count(QStringLiteral("<g class=\"partner\"")) == 3);
    CHECK(html.count(QStringLiteral("<tr data-partner=")) == 3);
    for (const char* id : {"p1", "p2", "p3"})
        CHECK(html.count(QStringLiteral("<g class=\"partner\" data-partner=\"%1\"")
                             .arg(QLatin1String(id))) == 1);
}

TEST_CASE("The web page's policy forbids every load and allows only its own style and script",
          "[html]")
{
    const QString html = page();
    const QRegularExpression meta(
        QStringLiteral("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">"));
    const auto match = meta.match(html);
    REQUIRE(match.hasMatch());
    const QString policy = match.captured(1).replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    // The hashes worked out here from the page's own inline text.
    auto hash = [](const QString& text) {
        return QStringLiteral("'sha256-%1'")
            .arg(QString::fromLatin1(
                QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toBase64()));
    };
    CHECK(policy == QStringLiteral("default-src 'none'; style-src %1; script-src %2; "
                                   "img-src data:; base-uri 'none'; form-action 'none'")
                        .arg(hash(inlineText(html, QStringLiteral("style"))),
                             hash(inlineText(html, QStringLiteral("script")))));
    CHECK(html.count(QStringLiteral("<style")) == 1);
    CHECK_FALSE(html.contains(QStringLiteral("http:")));
    CHECK_FALSE(html.contains(QStringLiteral("https:")));
    CHECK_FALSE(html.contains(QStringLiteral(" src=")));
    CHECK_FALSE(html.contains(QStringLiteral(" style=")));
    // Every link stays within the page.
    const QRegularExpression href(QStringLiteral(" href=\"([^\"]*)\""));
    for (auto it = href.globalMatch(html); it.hasNext();)
        CHECK(it.next().captured(1).startsWith(u'#'));
}

TEST_CASE("The web page is anonymised unless personal data is asked for", "[html][privacy]")
{
    const QString shared = page();
    for (const QString& text : personal) {
        INFO(text.toStdString());
        CHECK_FALSE(shared.contains(text));
    }
    CHECK(shared.contains(QStringLiteral("Anonymised for sharing")));
    const QString internal = page(ExportOptions::everything());
    for (const QString& text : personal) {
        if (text.contains(QStringLiteral("Ophelia")) || text.contains(QStringLiteral("Winifred")))
            continue; // academy notes and initiative leads are not on the page at all
        INFO(text.toStdString());
        CHECK(internal.contains(text));
    }
    // Said before anything else on the page, not at its foot.
    CHECK(internal.indexOf(QStringLiteral("For internal use only.")) > 0);
    CHECK(internal.indexOf(QStringLiteral("For internal use only.")) <
          internal.indexOf(QStringLiteral("<h1")));
}

TEST_CASE("A web page with personal data is readable by its owner alone", "[html][privacy]")
{
    TempFolder folder;
    const QString path = folder.path(QStringLiteral("wheel.html"));
    // An older page there, readable by all: the new one must not inherit that.
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("old");
    }
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    REQUIRE(HtmlExporter::exportTo(path, handWheel(), ExportOptions::everything()).ok());
    struct stat info
    {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    QFile written(path);
    REQUIRE(written.open(QIODevice::ReadOnly));
    CHECK(written.readAll().contains("jo.bloggsworth@library.example"));

    // The anonymised page gets the usual permissions of a new file: 0666 less the umask.
    const mode_t mask = ::umask(022);
    ::umask(mask);
    const QString shared = folder.path(QStringLiteral("shared.html"));
    REQUIRE(HtmlExporter::exportTo(shared, handWheel()).ok());
    REQUIRE(::stat(QFile::encodeName(shared).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == (0666 & ~mask));
}

TEST_CASE("The trust's page lists its academies, each opening its own wheel", "[html]")
{
    TrustWheels trust;
    trust.trust.name = QStringLiteral("Northvale Learning Trust");
    trust.academies << handWheel() << handWheel();
    trust.academies[1].academy.id = 2;
    trust.academies[1].academy.name = QStringLiteral("Second Academy");
    const QString html = QString::fromUtf8(HtmlExporter::writeTrust(trust, {}, today));
    CHECK(html.contains(QStringLiteral("<a href=\"#a0\">Hill &amp; Dale &lt;Academy&gt;</a>")));
    CHECK(html.contains(QStringLiteral("<a href=\"#a1\">Second Academy</a>")));
    CHECK(html.count(QStringLiteral("<section class=\"academy\"")) == 2);
    CHECK(html.count(QStringLiteral("<g class=\"partner\"")) == 6);
    // Control ids are unique per academy, so every label names its own control.
    CHECK(html.count(QStringLiteral("id=\"a1-approach\"")) == 1);
    CHECK(html.count(QStringLiteral("for=\"a1-approach\"")) == 1);
}
