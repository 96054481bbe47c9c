#include "TestSupport.h"
#include "model/Validation.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace civic;

TEST_CASE("URNs are six digits")
{
    CHECK(Validation::urn(QStringLiteral("140123")).isEmpty());
    CHECK(Validation::urn(QStringLiteral(" 140123 ")).isEmpty());
    CHECK_FALSE(Validation::urn(QStringLiteral("14012")).isEmpty());
    CHECK_FALSE(Validation::urn(QStringLiteral("1401234")).isEmpty());
    CHECK_FALSE(Validation::urn(QStringLiteral("14O123")).isEmpty()); // letter O
    CHECK(Validation::urn(QString()).contains(QStringLiteral("six-digit")));
}

TEST_CASE("UK postcode shapes")
{
    for (const char* good : {"MB1 3PF", "cw6 0rj", "SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH",
                             "DN55 1PT", "EC1A1BB", "GIR 0AA"})
        CHECK(Validation::postcode(QString::fromLatin1(good)).isEmpty());
    for (const char* bad : {"12345", "MB1", "MB1 3P", "ABC 123", "MB1 3PFF"})
        CHECK_FALSE(Validation::postcode(QString::fromLatin1(bad)).isEmpty());
    CHECK(Validation::postcode(QString()).isEmpty());
    CHECK_FALSE(Validation::postcode(QString(), true).isEmpty());
    CHECK(Validation::normalisedPostcode(QStringLiteral("mb13pf")) == QStringLiteral("MB1 3PF"));
    CHECK(Validation::normalisedPostcode(QStringLiteral(" ec1a 1bb ")) ==
          QStringLiteral("EC1A 1BB"));
    CHECK(Validation::normalisedPostcode(QStringLiteral("unknown")) == QStringLiteral("unknown"));
}

TEST_CASE("Email and phone shapes")
{
    CHECK(Validation::email(QStringLiteral("head@school.org.uk")).isEmpty());
    CHECK(Validation::email(QString()).isEmpty()); // optional
    CHECK_FALSE(Validation::email(QStringLiteral("head@school")).isEmpty());
    CHECK_FALSE(Validation::email(QStringLiteral("head school@x.org")).isEmpty());
    CHECK(Validation::phone(QStringLiteral("01632 960123")).isEmpty());
    CHECK(Validation::phone(QStringLiteral("+44 (0)1632 960123")).isEmpty());
    CHECK_FALSE(Validation::phone(QStringLiteral("call me")).isEmpty());
}

TEST_CASE("Numbers and dates in range")
{
    CHECK(Validation::percentage(0).isEmpty());
    CHECK(Validation::percentage(100).isEmpty());
    CHECK_FALSE(Validation::percentage(100.5).isEmpty());
    CHECK_FALSE(Validation::percentage(-1).isEmpty());
    CHECK(Validation::count(0).isEmpty());
    CHECK_FALSE(Validation::count(-3).isEmpty());
    CHECK(Validation::strength(1).isEmpty());
    CHECK_FALSE(Validation::strength(0).isEmpty());
    CHECK_FALSE(Validation::severity(6).isEmpty());
    CHECK(Validation::dateOrder(QDate(2026, 1, 1), QDate(2026, 1, 1), QStringLiteral("Start"),
                                QStringLiteral("End"))
              .isEmpty());
    CHECK(Validation::dateOrder(QDate(2026, 1, 2), QDate(2026, 1, 1), QStringLiteral("Start"),
                                QStringLiteral("End")) ==
          QStringLiteral("End cannot be before Start."));
    CHECK(Validation::dateOrder(QDate(), QDate(2026, 1, 1), QStringLiteral("Start"),
                                QStringLiteral("End"))
              .isEmpty());
}

TEST_CASE("Names are normalised for finding duplicates")
{
    CHECK(Validation::normalisedName(QStringLiteral("The Harland Engineering Ltd.")) ==
          QStringLiteral("harland engineering"));
    CHECK(Validation::normalisedName(QStringLiteral("Museum & Art Gallery")) ==
          Validation::normalisedName(QStringLiteral("museum and art  gallery")));
}

TEST_CASE("Name normalisation keeps letters and digits of any script")
{
    CHECK(Validation::normalisedName(QStringLiteral("The Caf\u00e9 & Bar Ltd")) ==
          QStringLiteral("caf\u00e9 and bar"));
    CHECK(Validation::normalisedName(QStringLiteral("\u00c5ngstr\u00f6m\u2014Labs, CIC")) ==
          QStringLiteral("\u00e5ngstr\u00f6m labs"));
    CHECK(Validation::normalisedName(QStringLiteral("Route 66 PLC")) == QStringLiteral("route 66"));
    CHECK(Validation::normalisedName(QStringLiteral("theatre the")) == QStringLiteral("theatre"));
    CHECK(Validation::normalisedName(QStringLiteral("A&B")) == QStringLiteral("a and b"));
    CHECK(Validation::normalisedName(QStringLiteral("  -- ")).isEmpty());
    // A letter outside the BMP (U+1D400, mathematical bold A) is part of its
    // word; an emoji (U+1F41D, a bee) separates words like punctuation.
    CHECK(Validation::normalisedName(QString::fromUtf8("\xf0\x9d\x90\x80"
                                                       "cme")) ==
          QString::fromUtf8("\xf0\x9d\x90\x80"
                            "cme"));
    CHECK(Validation::normalisedName(QString::fromUtf8("Bees\xf0\x9f\x90\x9dKnees")) ==
          QStringLiteral("bees knees"));
}

TEST_CASE("Postcode shape matches the documented pattern for every short string")
{
    // The pattern the check is written from; every string of up to 8 characters
    // over letters in both cases, a digit and a space must be judged alike.
    const QRegularExpression pattern(
        QStringLiteral("^(GIR ?0AA|[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2})$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString alphabet = QStringLiteral("Ab1 ");
    int checked = 0;
    int shaped = 0;
    int mismatches = 0;
    for (int length = 1; length <= 8; ++length) {
        QVector<int> digits(length, 0);
        for (;;) {
            QString text;
            for (int d : digits)
                text.append(alphabet.at(d));
            const bool expected =
                text.trimmed().isEmpty() || pattern.match(text.trimmed()).hasMatch();
            const bool actual = Validation::postcode(text).isEmpty();
            mismatches += expected != actual;
            shaped += actual && !text.trimmed().isEmpty();
            ++checked;
            int k = length - 1;
            while (k >= 0 && ++digits[k] == alphabet.size())
                digits[k--] = 0;
            if (k < 0)
                break;
        }
    }
    CHECK(checked == 87380); // 4 + 16 + ... + 65536
    CHECK(shaped > 0);
    CHECK(mismatches == 0);
    for (const char* gir : {"GIR 0AA", "gir0aa", " Gir 0aA "})
        CHECK(Validation::postcode(QString::fromLatin1(gir)).isEmpty());
    for (const char* bad : {"GIR  0AA", "GIR 0A", "AB1  2CD", "A1 1A1", "ABC1 2DE", "A 1 2BC"})
        CHECK_FALSE(Validation::postcode(QString::fromLatin1(bad)).isEmpty());
    CHECK(Validation::normalisedPostcode(QStringLiteral("gir0aa")) == QStringLiteral("GIR 0AA"));
    CHECK(Validation::normalisedPostcode(QStringLiteral("a1 1a1")) == QStringLiteral("a1 1a1"));
}

TEST_CASE("A name made only of invisible characters is no name")
{
    const QString name = QStringLiteral("Name");
    // Zero-width space, left-to-right mark, byte-order mark, zero-width joiner,
    // a tab and a no-break space: nothing a reader could see.
    for (const QString& blank :
         {QString(), QStringLiteral("   "), QStringLiteral("\u200B"),
          QStringLiteral("\u200E\uFEFF"), QStringLiteral(" \u200D\t\u00A0 "),
          QStringLiteral("\u2066\u2069"),
          QString::fromUcs4(U"\U000E0001 ")}) { // a format tag beyond the BMP
        INFO(blank.toStdString());
        CHECK_FALSE(Validation::hasVisibleText(blank));
        CHECK(Validation::requiredText(blank, name) == QStringLiteral("Name is required."));
    }
    for (const QString& seen :
         {QStringLiteral("\u200BA"), QStringLiteral("مدرسة"), QStringLiteral("🌈"),
          QStringLiteral("Cafe\u0301"), QStringLiteral("-"), QStringLiteral("\u00A0x"),
          QString(QChar(0xD800))}) { // a broken pair shows as �
        INFO(seen.toStdString());
        CHECK(Validation::hasVisibleText(seen));
        CHECK(Validation::requiredText(seen, name).isEmpty());
    }
}

TEST_CASE("Lowering for names agrees with Qt's Unicode lowering")
{
    // Uncased characters (dashes, curly quotes, no-break spaces) take a quick
    // path; anything with a case must come out as QString::toLower() says.
    const QStringList samples{
        QStringLiteral("Millbrook Council – Early Help"),
        QStringLiteral("St Mary’s “Friends” Group"),
        QStringLiteral("CAFÉ CULTURE"),
        QStringLiteral("İSTANBUL KEBAB HOUSE"),   // İ lowers to two code points
        QStringLiteral("ΣΟΦΙΑ ΣΥΝΕΡΓΑΣΙΑ"),       // Greek capitals
        QStringLiteral("STRASSE ẞ"),              // capital sharp s
        QStringLiteral("CHAPTER Ⅻ AND Ⓐ"),        // cased, though not letters
        QString::fromUcs4(U"\U00010400 DESERET"), // a capital beyond the BMP
        QStringLiteral("Plain ASCII 123 & Co"),
        QStringLiteral("no\u00A0break\u2011hyphen"),
    };
    for (const QString& sample : samples) {
        INFO(sample.toStdString());
        CHECK(Validation::lowered(sample) == sample.toLower());
    }
}

TEST_CASE("Postcodes outside ASCII are left as written")
{
    // Full-width characters upper-case but are not a postcode's digits.
    CHECK(Validation::normalisedPostcode(QStringLiteral(" ｍｂ１ ３ｐｆ ")) ==
          QStringLiteral("ｍｂ１ ３ｐｆ"));
    CHECK(Validation::normalisedPostcode(QStringLiteral("mb1 3pf\u00A0")) ==
          QStringLiteral("MB1 3PF"));
    CHECK(Validation::normalisedPostcode(QStringLiteral("m b 1 3 p f")) ==
          QStringLiteral("MB1 3PF"));
    CHECK(Validation::normalisedPostcode(QStringLiteral("MB1\t3PF")) == QStringLiteral("MB1\t3PF"));
}
