#include "TestSupport.h"
#include "model/Enums.h"

#include <QSet>

#include <catch2/catch.hpp>

using namespace civic;

TEMPLATE_TEST_CASE("Every enumerator has a unique code and a name - and round-trips", "", Sector,
                   TieStatus, TieRole, Narrative, Approach, NeedCategory, NeedStatus,
                   InitiativeStatus, EngagementKind)
{
    QSet<QString> codes;
    for (TestType value : allValues<TestType>()) {
        const QString code = codeOf(value);
        CHECK_FALSE(code.isEmpty());
        CHECK_FALSE(displayName(value).isEmpty());
        CHECK_FALSE(codes.contains(code));
        codes.insert(code);
        CHECK(fromCode<TestType>(code) == value);
        CHECK(fromText<TestType>(displayName(value).toUpper()) == value);
    }
    CHECK_FALSE(fromCode<TestType>(QStringLiteral("no-such-code")).has_value());
}

TEST_CASE("The thirteen sectors and four approaches of the design")
{
    CHECK(allValues<Sector>().size() == 13);
    const auto approaches = allValues<Approach>();
    REQUIRE(approaches.size() == 4);
    // CST's pathway order.
    CHECK(approaches[0] == Approach::WiderEducation);
    CHECK(approaches[1] == Approach::ProblemIdentification);
    CHECK(approaches[2] == Approach::Relational);
    CHECK(approaches[3] == Approach::CommunityConvening);
    for (Approach a : approaches)
        CHECK(approachDescription(a).size() > 40);
}

TEST_CASE("Text matching ignores case - spacing and 'and'")
{
    CHECK(fromText<Sector>(QStringLiteral("further and higher education")) ==
          Sector::FurtherHigherEducation);
    CHECK(fromText<Sector>(QStringLiteral("Charity & Voluntary")) == Sector::CharityVoluntary);
    CHECK(fromText<Sector>(QStringLiteral("  local-authority ")) == Sector::LocalAuthority);
    CHECK(fromText<Approach>(QStringLiteral("Community convening")) ==
          Approach::CommunityConvening);
    CHECK_FALSE(fromText<Sector>(QString()).has_value());
    CHECK_FALSE(fromText<Sector>(QStringLiteral("Spaceships")).has_value());
}

TEST_CASE("Strength names")
{
    CHECK(strengthName(1) == QStringLiteral("1 – occasional"));
    CHECK(strengthName(5) == QStringLiteral("5 – core"));
    CHECK(strengthName(0).isEmpty());
    CHECK(strengthName(6).isEmpty());
}
