#include "TestSupport.h"
#include "Validation.h"

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
    for (const char* good : {"MB1 3PF", "cw6 0rj", "SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A1BB", "GIR 0AA"})
        CHECK(Validation::postcode(QString::fromLatin1(good)).isEmpty());
    for (const char* bad : {"12345", "MB1", "MB1 3P", "ABC 123", "MB1 3PFF"})
        CHECK_FALSE(Validation::postcode(QString::fromLatin1(bad)).isEmpty());
    CHECK(Validation::postcode(QString()).isEmpty());
    CHECK_FALSE(Validation::postcode(QString(), true).isEmpty());
    CHECK(Validation::normalisedPostcode(QStringLiteral("mb13pf")) == QStringLiteral("MB1 3PF"));
    CHECK(Validation::normalisedPostcode(QStringLiteral(" ec1a 1bb ")) == QStringLiteral("EC1A 1BB"));
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
    CHECK(Validation::dateOrder(QDate(2026, 1, 1), QDate(2026, 1, 1), QStringLiteral("Start"), QStringLiteral("End")).isEmpty());
    CHECK(Validation::dateOrder(QDate(2026, 1, 2), QDate(2026, 1, 1), QStringLiteral("Start"), QStringLiteral("End"))
              == QStringLiteral("End cannot be before Start."));
    CHECK(Validation::dateOrder(QDate(), QDate(2026, 1, 1), QStringLiteral("Start"), QStringLiteral("End")).isEmpty());
}

TEST_CASE("Names are normalised for finding duplicates")
{
    CHECK(Validation::normalisedName(QStringLiteral("The Harland Engineering Ltd.")) == QStringLiteral("harland engineering"));
    CHECK(Validation::normalisedName(QStringLiteral("Museum & Art Gallery")) ==
          Validation::normalisedName(QStringLiteral("museum and art  gallery")));
}
