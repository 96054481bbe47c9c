#include "store/Schema.h"

namespace civic {
namespace {

// Version 1: the first public file format. Never edit a released step; add a new one.
QStringList version1()
{
    return {
        QStringLiteral(R"(CREATE TABLE trusts (
            id INTEGER PRIMARY KEY,
            name VARCHAR(200) NOT NULL,
            companies_house_number VARCHAR(20) NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE academies (
            id INTEGER PRIMARY KEY,
            trust_id INTEGER REFERENCES trusts (id) ON DELETE SET NULL,
            urn VARCHAR(6) NOT NULL UNIQUE,
            name VARCHAR(200) NOT NULL,
            phase VARCHAR(60) NOT NULL DEFAULT '',
            local_authority VARCHAR(100) NOT NULL DEFAULT '',
            postcode VARCHAR(10) NOT NULL DEFAULT '',
            headteacher VARCHAR(200) NOT NULL DEFAULT '',
            pupils_on_roll INTEGER CHECK (pupils_on_roll >= 0),
            percent_disadvantaged REAL CHECK (percent_disadvantaged BETWEEN 0 AND 100),
            percent_send REAL CHECK (percent_send BETWEEN 0 AND 100),
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE partners (
            id INTEGER PRIMARY KEY,
            name VARCHAR(200) NOT NULL,
            sector VARCHAR(30) NOT NULL,
            postcode VARCHAR(10) NOT NULL DEFAULT '',
            website VARCHAR(300) NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
            name VARCHAR(200) NOT NULL,
            role VARCHAR(200) NOT NULL DEFAULT '',
            email VARCHAR(254) NOT NULL DEFAULT '',
            phone VARCHAR(40) NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE ties (
            id INTEGER PRIMARY KEY,
            academy_id INTEGER NOT NULL REFERENCES academies (id) ON DELETE CASCADE,
            partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
            strength INTEGER NOT NULL CHECK (strength BETWEEN 1 AND 5),
            role VARCHAR(20) NOT NULL,
            narrative VARCHAR(20) NOT NULL,
            staff_owner VARCHAR(200) NOT NULL DEFAULT '',
            executive_sponsor VARCHAR(200) NOT NULL DEFAULT '',
            started DATE,
            next_review DATE,
            status VARCHAR(20) NOT NULL,
            notes TEXT NOT NULL DEFAULT '',
            UNIQUE (academy_id, partner_id)))"),
        QStringLiteral(R"(CREATE TABLE needs (
            id INTEGER PRIMARY KEY,
            academy_id INTEGER NOT NULL REFERENCES academies (id) ON DELETE CASCADE,
            title VARCHAR(300) NOT NULL,
            category VARCHAR(30) NOT NULL,
            severity INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 5),
            evidence TEXT NOT NULL DEFAULT '',
            affects_disadvantaged INTEGER NOT NULL DEFAULT 0 CHECK (affects_disadvantaged IN (0, 1)),
            affects_send INTEGER NOT NULL DEFAULT 0 CHECK (affects_send IN (0, 1)),
            consulted INTEGER NOT NULL DEFAULT 0 CHECK (consulted IN (0, 1)),
            status VARCHAR(20) NOT NULL,
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral(R"(CREATE TABLE initiatives (
            id INTEGER PRIMARY KEY,
            academy_id INTEGER NOT NULL REFERENCES academies (id) ON DELETE CASCADE,
            title VARCHAR(300) NOT NULL,
            approach VARCHAR(30) NOT NULL,
            status VARCHAR(20) NOT NULL,
            staff_lead VARCHAR(200) NOT NULL DEFAULT '',
            started DATE,
            ends DATE,
            description TEXT NOT NULL DEFAULT '',
            outcomes TEXT NOT NULL DEFAULT '',
            pupils_reached INTEGER NOT NULL DEFAULT 0 CHECK (pupils_reached >= 0),
            disadvantaged_reached INTEGER NOT NULL DEFAULT 0 CHECK (disadvantaged_reached >= 0),
            send_reached INTEGER NOT NULL DEFAULT 0 CHECK (send_reached >= 0)))"),
        QStringLiteral(R"(CREATE TABLE initiative_partners (
            initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
            partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
            PRIMARY KEY (initiative_id, partner_id)))"),
        QStringLiteral(R"(CREATE TABLE initiative_needs (
            initiative_id INTEGER NOT NULL REFERENCES initiatives (id) ON DELETE CASCADE,
            need_id INTEGER NOT NULL REFERENCES needs (id) ON DELETE CASCADE,
            PRIMARY KEY (initiative_id, need_id)))"),
        QStringLiteral(R"(CREATE TABLE engagements (
            id INTEGER PRIMARY KEY,
            academy_id INTEGER NOT NULL REFERENCES academies (id) ON DELETE CASCADE,
            partner_id INTEGER NOT NULL REFERENCES partners (id) ON DELETE CASCADE,
            contact_id INTEGER REFERENCES contacts (id) ON DELETE SET NULL,
            occurred_on DATE NOT NULL,
            kind VARCHAR(20) NOT NULL,
            summary VARCHAR(500) NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''))"),
        QStringLiteral("CREATE INDEX ties_partner ON ties (partner_id)"),
        QStringLiteral("CREATE INDEX contacts_partner ON contacts (partner_id)"),
        QStringLiteral("CREATE INDEX needs_academy ON needs (academy_id)"),
        QStringLiteral("CREATE INDEX initiatives_academy ON initiatives (academy_id)"),
        QStringLiteral(
            "CREATE INDEX initiative_partners_partner ON initiative_partners (partner_id)"),
        QStringLiteral("CREATE INDEX initiative_needs_need ON initiative_needs (need_id)"),
        QStringLiteral("CREATE INDEX engagements_academy ON engagements (academy_id, occurred_on)"),
    };
}

// Version 2: retention review dates for contacts (UK GDPR), the date a need was
// identified, and an index for a partner's engagement history.
QStringList version2()
{
    return {
        QStringLiteral("ALTER TABLE contacts ADD COLUMN retain_until DATE"),
        QStringLiteral("ALTER TABLE needs ADD COLUMN identified DATE"),
        QStringLiteral("CREATE INDEX engagements_partner ON engagements (partner_id)"),
        QStringLiteral("CREATE INDEX engagements_contact ON engagements (contact_id)"),
    };
}

} // namespace

QStringList Schema::upgradeFrom(int version)
{
    switch (version) {
    case 0:
        return version1();
    case 1:
        return version2();
    default:
        return {};
    }
}

int Schema::latestVersion()
{
    return 2;
}

} // namespace civic
