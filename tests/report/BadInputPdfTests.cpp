// Bad input through the governors' PDF: very long text, right-to-left names,
// emoji, combining accents and SQL or LIKE metacharacters in partner names,
// need titles and initiative outcomes, stored in a wheel file, written to the
// PDF and read back with pdftotext as a governor's PDF reader would.
#include "PdfTools.h"
#include "TestSupport.h"
#include "demo/DemoWheel.h"
#include "report/GovernorsPdf.h"
#include "report/GovernorsReport.h"
#include "report/ReportRenderer.h"
#include "store/WheelStore.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace civic;
using namespace civic::test;

namespace {

const QDate Today(2026, 11, 23);

// Built from code points so the test does not depend on this file's encoding.
QString fromCodePoints(std::initializer_list<char32_t> points)
{
    QString s;
    for (char32_t c : points)
        s += QString::fromUcs4(&c, 1);
    return s;
}

const QString Arabic =
    fromCodePoints({0x645, 0x62F, 0x631, 0x633, 0x629, 0x20, 0x627, 0x644, 0x646, 0x648, 0x631});
const QString Hebrew = fromCodePoints(
    {0x5E1, 0x5E4, 0x5E8, 0x5D9, 0x5D9, 0x5EA, 0x20, 0x5D4, 0x5E7, 0x5D4, 0x5D9, 0x5DC, 0x5D4});
// Party popper (no glyph in DejaVu Sans), grinning face (DejaVu has one) and a
// teacher with a skin tone (a ZWJ sequence, no glyph).
const QString Emoji =
    fromCodePoints({0x1F389, 0x20, 0x1F600, 0x20, 0x1F469, 0x1F3FD, 0x200D, 0x1F3EB});
// "Zoë Café" decomposed: e + combining diaeresis, e + combining acute.
const QString Combining =
    fromCodePoints({0x5A, 0x6F, 0x65, 0x308, 0x20, 0x43, 0x61, 0x66, 0x65, 0x301});

/// The demo academy plus partners, needs and initiatives with the given texts.
struct BadWheel
{
    TempFolder folder;
    std::unique_ptr<WheelStore> store;
    qint64 academyId = 0;

    BadWheel()
    {
        auto created =
            WheelStore::createWith(folder.path(QStringLiteral("bad.wheel")),
                                   [](WheelStore& s) { return DemoWheel::seed(s, Today); });
        REQUIRE(created.ok());
        store = std::move(created).value();
        academyId = store->academyByUrn(DemoWheel::academyUrn())->id;
    }

    qint64 addPartner(const QString& name)
    {
        Partner p;
        p.name = name;
        p.sector = Sector::Faith;
        const auto id = store->add(p);
        REQUIRE(id.ok());
        Tie t;
        t.academyId = academyId;
        t.partnerId = *id;
        REQUIRE(store->add(t).ok());
        return *id;
    }
    qint64 addNeed(const QString& title)
    {
        Need n;
        n.academyId = academyId;
        n.title = title;
        n.category = NeedCategory::Other;
        const auto id = store->add(n);
        REQUIRE(id.ok());
        return *id;
    }
    void addInitiative(const QString& title, const QString& outcomes,
                       const QVector<qint64>& partners, const QVector<qint64>& needs)
    {
        Initiative i;
        i.academyId = academyId;
        i.title = title;
        i.approach = Approach::Relational;
        i.status = InitiativeStatus::Active;
        i.outcomes = outcomes;
        i.partnerIds = partners;
        i.needIds = needs;
        REQUIRE(store->add(i).ok());
    }

    /// Reopens the file (so the text comes from disk), writes the summary and
    /// returns its path.
    QString writePdf(int* pages = nullptr)
    {
        const QString path = store->path();
        store.reset();
        auto reopened = WheelStore::open(path);
        REQUIRE(reopened.ok());
        store = std::move(reopened).value();
        GovernorsReport::Options options;
        options.today = Today;
        auto renderer =
            ui::GovernorsPdf::forAcademy(store->loadAcademy(academyId).value(), options);
        const QString pdf = folder.path(QStringLiteral("summary.pdf"));
        REQUIRE(renderer->writePdf(pdf).ok());
        if (pages)
            *pages = renderer->pageCount();
        return pdf;
    }
};

/// Text as it can be compared after pdftotext: no white space (cells wrap
/// anywhere), no bidi embedding marks (pdftotext -raw wraps each right-to-left
/// glyph in U+202B … U+202C), and NFKC so Arabic presentation forms (the wheel
/// picture's shaped glyphs) and precomposed accents compare equal to the
/// letters typed.
QString comparable(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("[\\s\\x{202A}-\\x{202E}]")));
    return text.normalized(QString::NormalizationForm_KC);
}

/// 1 MB of words with a marker at each end.
QString megabyte(const QString& start, const QString& end)
{
    QString text = start + QLatin1Char(' ');
    while (text.size() < (1 << 20))
        text += QStringLiteral("families reached ");
    return text + end;
}

} // namespace

TEST_CASE("Right-to-left names and combining accents reach the governors' PDF intact")
{
    BadWheel w;
    const QString arabicName = QStringLiteral("Masjid ") + Arabic + QStringLiteral(" Trust");
    const QString hebrewName = QStringLiteral("Kehila ") + Hebrew + QStringLiteral(" Library");
    const QString accented = Combining + QStringLiteral(" Dance School");
    const qint64 a = w.addPartner(arabicName);
    const qint64 h = w.addPartner(hebrewName);
    const qint64 c = w.addPartner(accented);
    const qint64 need = w.addNeed(Hebrew + QStringLiteral(" families need ") + Arabic);
    w.addInitiative(QStringLiteral("Faith Partners Forum"),
                    QStringLiteral("Met ") + Arabic + QStringLiteral(" and ") + Hebrew +
                        QStringLiteral(" elders; ") + Combining,
                    {a, h, c}, {need});

    const QString text = comparable(pdfText(w.writePdf()));
    for (const QString& expected :
         {arabicName, hebrewName, accented, Hebrew + QStringLiteral(" families need ") + Arabic,
          QStringLiteral("Met ") + Arabic + QStringLiteral(" and ") + Hebrew}) {
        INFO(expected);
        CHECK(text.contains(comparable(expected)));
    }
    // The letters come out in the order they were typed (logical order), not reversed.
    QString reversed = Arabic;
    std::reverse(reversed.begin(), reversed.end());
    CHECK_FALSE(text.contains(comparable(QStringLiteral("Masjid ") + reversed)));
}

TEST_CASE("Emoji in names and outcomes never stop the governors' PDF and leave the text around "
          "them intact")
{
    BadWheel w;
    const qint64 p =
        w.addPartner(QStringLiteral("Sunrise ") + Emoji + QStringLiteral(" Youth Club"));
    w.addInitiative(QStringLiteral("Smile ") + Emoji + QStringLiteral(" Week"),
                    QStringLiteral("Forty families came ") + Emoji +
                        QStringLiteral(" and stayed for lunch"),
                    {p}, {});
    int pages = 0;
    const QString text = comparable(pdfText(w.writePdf(&pages)));
    CHECK(pages >= 6);
    // DejaVu Sans has no glyph for most emoji: they are drawn as an empty box
    // (or DejaVu's own face for U+1F600) and are not in the PDF's text layer,
    // but the words either side are whole and in order.
    for (const auto& [before, after] :
         {std::pair{QStringLiteral("Sunrise"), QStringLiteral("YouthClub")},
          std::pair{QStringLiteral("Smile"), QStringLiteral("Week")},
          std::pair{QStringLiteral("Fortyfamiliescame"), QStringLiteral("andstayedforlunch")}}) {
        INFO(before.toStdString() << " … " << after.toStdString());
        const QRegularExpression around(QRegularExpression::escape(before) +
                                        QStringLiteral(".{0,8}") +
                                        QRegularExpression::escape(after));
        CHECK(around.match(text).hasMatch());
    }
}

TEST_CASE("SQL and LIKE metacharacters reach the governors' PDF literally")
{
    BadWheel w;
    const QStringList partners{QStringLiteral("O'Brien & Sons"), QStringLiteral("100% Youth_Club"),
                               QStringLiteral("\"; DROP TABLE partners; --")};
    QVector<qint64> ids;
    for (const QString& name : partners)
        ids.append(w.addPartner(name));
    const QString needTitle = QStringLiteral("Food_bank 50% O'Brien's \"; DROP TABLE needs; --");
    const qint64 need = w.addNeed(needTitle);
    const QString outcomes =
        QStringLiteral("Reached 100% of Year_6 at O'Brien's; '); DELETE FROM contacts; --");
    w.addInitiative(QStringLiteral("Meta_chars 10% initiative"), outcomes, ids, {need});

    const QString text = comparable(pdfText(w.writePdf()));
    for (const QString& expected : partners + QStringList{needTitle, outcomes}) {
        INFO(expected);
        CHECK(text.contains(comparable(expected)));
    }
    // Nothing was taken as SQL: the demo's records are all still there.
    CHECK(text.contains(comparable(QStringLiteral("Millbrook Food Bank"))));
}

TEST_CASE("A megabyte of outcomes or a pasted need title is shortened in the PDF with a note")
{
    BadWheel plain;
    const qint64 p0 = plain.addPartner(QStringLiteral("Long Text Partner"));
    const qint64 n0 = plain.addNeed(QStringLiteral("Short need"));
    plain.addInitiative(QStringLiteral("Short outcomes"), QStringLiteral("A few words."), {p0},
                        {n0});
    int plainPages = 0;
    plain.writePdf(&plainPages);

    BadWheel w;
    const qint64 p =
        w.addPartner(megabyte(QStringLiteral("PARTNERSTART"), QStringLiteral("PARTNEREND")));
    const qint64 n = w.addNeed(megabyte(QStringLiteral("NEEDSTART"), QStringLiteral("NEEDEND")));
    // An unmet need is also named in the summary's list of gaps.
    w.addNeed(megabyte(QStringLiteral("UNMETSTART"), QStringLiteral("UNMETEND")));
    w.addInitiative(QStringLiteral("Long outcomes"),
                    megabyte(QStringLiteral("OUTCOMESTART"), QStringLiteral("OUTCOMEEND")), {p},
                    {n});
    int pages = 0;
    const QString pdf = w.writePdf(&pages);
    CHECK(pdfPages(pdf) == pages);
    // Each of the three texts costs at most about a page more, not hundreds.
    CHECK(pages <= plainPages + 4);
    const QString text = pdfText(pdf);
    for (const QString& start : {QStringLiteral("PARTNERSTART"), QStringLiteral("NEEDSTART"),
                                 QStringLiteral("UNMETSTART"), QStringLiteral("OUTCOMESTART")})
        CHECK(text.contains(start));
    for (const QString& end : {QStringLiteral("PARTNEREND"), QStringLiteral("NEEDEND"),
                               QStringLiteral("UNMETEND"), QStringLiteral("OUTCOMEEND")})
        CHECK_FALSE(text.contains(end));
    CHECK(text.contains(QStringLiteral("shortened here; the full text is in Civic Wheel")));
}

TEST_CASE("Text is shortened between whole characters and never inside an accented letter")
{
    BadWheel w;
    // The cut falls exactly between an "e" and its combining acute accent.
    const QString outcomes = QString(ui::ReportRenderer::MaxCellText - 1, QLatin1Char('y')) +
                             fromCodePoints({0x65, 0x301}) + QString(200, QLatin1Char('z'));
    const qint64 p = w.addPartner(QStringLiteral("Accent Partner"));
    w.addInitiative(QStringLiteral("Accent initiative"), outcomes, {p}, {});
    const QString text = comparable(pdfText(w.writePdf()));
    // NFKC (see comparable) spells the ellipsis as three full stops.
    CHECK(text.contains(QStringLiteral("yyyy...(shortenedhere;")));
    CHECK_FALSE(text.contains(QStringLiteral("ye...(shortenedhere;")));
}
